#include "store/Migrations.h"

#include "common/OdemaError.h"
#include "dataset/DataSetCatalog.h"
#include "nomenclature/Nomenclature.h"
#include "store/SqlBackend.h"
#include "store/SqlUtil.h"
#include "store/StoreErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <functional>

namespace odema::Migrations {

namespace {

struct Step {
    int version;
    const char *script;
    std::function<void(QSqlDatabase &)> seed;
};

void seedVersion1(QSqlDatabase &db)
{
    sql::exec(db, QStringLiteral("INSERT INTO territory(level, code, name, search_key) VALUES ('france', 'FR', 'France', 'france')"));
    sql::exec(db, QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('created_by', ?)"),
              {QStringLiteral("Odema Explorer " ODEMA_VERSION)});
    Nomenclature::seed(db);
}

void seedDataSets(QSqlDatabase &db)
{
    DataSetCatalog::seed(db);
}

void seedExactTonnes(QSqlDatabase &db)
{
    // Streams and modes added since the store was created (07x DMA, 01x OMA destination,
    // collection types), then the data sets' own codes that point to them.
    Nomenclature::seed(db);
    DataSetCatalog::seed(db);
    // Streams an older import created from 07x / 01x codes were filed under 'autre'.
    sql::exec(db, QStringLiteral("UPDATE waste_stream SET family = 'dma' WHERE family = 'autre' AND substr(code, 1, 2) = '07'"));
    sql::exec(db, QStringLiteral("UPDATE waste_stream SET family = 'oma' WHERE family = 'autre' AND substr(code, 1, 2) = '01'"));
    sql::exec(db, QStringLiteral("UPDATE waste_stream SET gravats = 1 WHERE code IN ('07B', '01ZG', '02E')"));
    DataSetCatalog::tagUntaggedFlows(db);
}

const std::vector<Step> &steps()
{
    static const std::vector<Step> all{
        {1, ":/odema/sql/001_initial.sql", seedVersion1},
        {2, ":/odema/sql/002_geo.sql", nullptr},
        {3, ":/odema/sql/003_browse_index.sql", nullptr},
        {4, ":/odema/sql/004_sort_indexes.sql", nullptr},
        {5, ":/odema/sql/005_datasets.sql", seedDataSets},
        {6, ":/odema/sql/006_exact_published_population.sql", seedExactTonnes},
        {7, ":/odema/sql/007_import_warnings.sql", nullptr},
        {8, ":/odema/sql/008_quality_acknowledgments.sql", nullptr},
    };
    return all;
}

/// The engine's own variant of a script when there is one (001_initial.postgresql.sql beside
/// 001_initial.sql), else the portable script.
QString scriptFor(const QString &path, const SqlBackend &backend)
{
    QString variant = path;
    variant.replace(QLatin1String(".sql"), QLatin1Char('.') + backend.dialect() + QLatin1String(".sql"));
    return QFile::exists(variant) ? variant : path;
}

void runScript(QSqlDatabase &db, const SqlBackend &backend, const QString &path)
{
    QFile file(scriptFor(path, backend));
    if (!file.open(QIODevice::ReadOnly))
        throw OdemaError(QCoreApplication::translate("Store", "Script de schéma introuvable : %1").arg(path));
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &portable : text.split(QStringLiteral("\n;;\n"))) {
        const QString statement = backend.schemaStatement(portable);
        if (!statement.trimmed().isEmpty())
            sql::exec(db, statement);
    }
}

} // namespace

int latestVersion() { return steps().back().version; }

void apply(QSqlDatabase &db, const SqlBackend &backend, const QString &location, int toVersion)
{
    // One session migrates at a time; the version is read again once the lock is held, since
    // another one may have migrated meanwhile.
    const auto lock = backend.lockSchema(db, location);
    if (const QString failed = backend.failedMigration(db); !failed.isEmpty())
        throw WriteRefused(failed);
    const int fromVersion = backend.schemaVersion(db);
    for (const Step &step : steps()) {
        if (step.version <= fromVersion || (toVersion > 0 && step.version > toVersion))
            continue;
        backend.markMigrationStarted(db, step.version);
        try {
            sql::Transaction transaction(db);
            runScript(db, backend, QString::fromLatin1(step.script));
            if (step.seed)
                step.seed(db);
            backend.afterSchemaStep(db);
            backend.setSchemaVersion(db, step.version);
            transaction.commit();
        } catch (const OdemaError &e) {
            backend.markMigrationFailed(db, step.version, e.message() + QLatin1Char(' ') + e.details().join(QLatin1Char(' ')));
            throw OdemaError(QCoreApplication::translate("Store", "La mise à jour du schéma de « %1 » vers la version %2 a échoué : %3")
                                 .arg(location, QString::number(step.version), e.message()),
                             e.details());
        }
    }
}

} // namespace odema::Migrations
