#include "store/Migrations.h"

#include "common/OdemaError.h"
#include "nomenclature/Nomenclature.h"
#include "store/SqlBackend.h"
#include "store/SqlUtil.h"

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

const std::vector<Step> &steps()
{
    static const std::vector<Step> all{
        {1, ":/odema/sql/001_initial.sql", seedVersion1},
        {2, ":/odema/sql/002_geo.sql", nullptr},
        {3, ":/odema/sql/003_browse_index.sql", nullptr},
        {4, ":/odema/sql/004_sort_indexes.sql", nullptr},
    };
    return all;
}

void runScript(QSqlDatabase &db, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OdemaError(QCoreApplication::translate("Store", "Script de schéma introuvable : %1").arg(path));
    const QString text = QString::fromUtf8(file.readAll());
    for (const QString &statement : text.split(QStringLiteral("\n;;\n"))) {
        if (!statement.trimmed().isEmpty())
            sql::exec(db, statement);
    }
}

} // namespace

int latestVersion() { return steps().back().version; }

void apply(QSqlDatabase &db, const SqlBackend &backend, int fromVersion)
{
    for (const Step &step : steps()) {
        if (step.version <= fromVersion)
            continue;
        sql::Transaction transaction(db);
        runScript(db, QString::fromLatin1(step.script));
        if (step.seed)
            step.seed(db);
        backend.setSchemaVersion(db, step.version);
        transaction.commit();
    }
}

} // namespace odema::Migrations
