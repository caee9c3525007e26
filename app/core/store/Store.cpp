#include "store/Store.h"

#include "common/FileChecks.h"
#include "common/OdemaError.h"
#include "dataset/PopulationBasis.h"
#include "store/Migrations.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};
} // namespace

int Store::currentSchemaVersion() { return Migrations::latestVersion(); }

Store::Store(std::unique_ptr<SqlBackend> backend, QString location)
    : m_backend(std::move(backend)), m_location(std::move(location)),
      m_connectionName(QStringLiteral("odema-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

Store::~Store()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Store> Store::open(const QString &location, OpenMode mode)
{
    std::unique_ptr<Store> store(new Store(SqlBackend::forLocation(location), location));
    const SqlBackend &backend = *store->m_backend;
    backend.checkLocation(location);
    if (backend.isEmptyFile(location)) {
        // Nothing to lose in 0 bytes, but a reader must not take it for a store with no data,
        // nor a writer silently turn it into one.
        if (mode != OpenMode::CreateIfMissing)
            throw OdemaError(Tr::tr("« %1 » est un fichier vide (0 octet), pas une base Odema : vérifiez le chemin. "
                                    "Le fichier n'a pas été modifié.").arg(location));
        store->m_emptyFile = true;
    }
    const bool exists = backend.locationExists(location);
    if (!exists && mode != OpenMode::CreateIfMissing)
        throw OdemaError(Tr::tr("La base « %1 » n'existe pas. Créez-la avec « import » ou depuis le menu Fichier.").arg(location));

    if (exists) {
        store->openConnection(true);
        if (backend.createsInEmptyDatabase() && backend.isEmptyDatabase(store->m_db) && !backend.isOdemaStore(store->m_db)) {
            // A server database created for the store by its administrator, still empty.
            if (mode != OpenMode::CreateIfMissing)
                throw OdemaError(Tr::tr("« %1 » ne contient pas encore de base Odema. Créez-la avec « import » ou « copy », "
                                    "sous un rôle qui peut créer le schéma (odema_admin).").arg(store->displayName()));
            store->switchToWriting();
            store->createNew();
        } else {
            store->inspectExisting();
            if (mode == OpenMode::ReadOnly)
                return store;
            backend.checkWritable(location);
            store->switchToWriting();
            backend.requireWriteAccess(store->m_db, location);
        }
    } else {
        store->openConnection(false);
        store->createNew();
    }
    store->migrate();
    return store;
}

void Store::refuseOutputOnStore(const QString &location, const QString &outputPath)
{
    for (const QString &file : SqlBackend::forLocation(location)->storeFiles(location))
        if (sameFile(file, outputPath))
            throw OdemaError(file == location
                                 ? Tr::tr("« %1 » est la base elle-même (« %2 ») : l'écrire détruirait la base. "
                                          "Choisissez un autre fichier de sortie ; la base n'a pas été modifiée.").arg(outputPath, location)
                                 : Tr::tr("« %1 » est un fichier de travail de la base « %2 » (%3) : l'écrire l'abîmerait. "
                                          "Choisissez un autre fichier de sortie ; la base n'a pas été modifiée.")
                                       .arg(outputPath, location, QFileInfo(file).fileName()));
}

void Store::retryFailedMigration(const QString &location)
{
    std::unique_ptr<Store> store(new Store(SqlBackend::forLocation(location), location));
    store->m_backend->checkLocation(location);
    store->openConnection(false);
    store->m_backend->clearFailedMigration(store->m_db);
}

QString Store::displayName() const { return m_backend->displayName(m_location); }

void Store::createNew()
{
    m_backend->initialiseNewStore(m_db);
    m_created = true;
}

void Store::switchToWriting()
{
    if (!m_backend->switchesConnectionToWriting()) {
        m_db.close();
        openConnection(false);
        return;
    }
    m_backend->configure(m_db, false);
    m_readOnly = false;
}

void Store::openConnection(bool readOnly)
{
    if (m_db.isValid()) {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_db = m_backend->connect(m_connectionName, m_location, readOnly);
    if (!m_db.open())
        m_backend->refuseConnection(m_db, m_location);
    m_readOnly = readOnly;
    try {
        m_backend->configure(m_db, readOnly);
    } catch (const OdemaError &e) {
        if (e.message().contains(displayName()))
            throw; // the engine's failure, already said of this store (a full disk, a damaged page…)
        throw OdemaError(Tr::tr("« %1 » n'est pas une base Odema lisible (fichier corrompu ?) : %2").arg(m_location, e.message()));
    }
}

void Store::inspectExisting()
{
    try {
        if (m_backend->isEmptyDatabase(m_db) && !m_backend->isOdemaStore(m_db))
            throw OdemaError(Tr::tr("« %1 » est une base SQLite vide qui n'a pas été créée par Odema Explorer ; "
                                "elle n'a pas été modifiée.").arg(m_location));
        if (!m_backend->isOdemaStore(m_db))
            throw OdemaError(m_backend->createsInEmptyDatabase()
                                 ? Tr::tr("« %1 » contient déjà d'autres tables, mais pas de base Odema Explorer ; elle n'a pas été "
                                      "modifiée. Demandez une base vide à son administrateur.").arg(displayName())
                                 : Tr::tr("« %1 » est une base SQLite, mais pas une base Odema Explorer ; elle n'a pas été modifiée.").arg(m_location));
        m_version = m_backend->schemaVersion(m_db);
    } catch (const OdemaError &e) {
        if (e.message().contains(m_location) || e.message().contains(displayName()))
            throw;
        throw OdemaError(Tr::tr("« %1 » est illisible ou corrompu : %2").arg(m_location, e.message()));
    }
    if (m_version > currentSchemaVersion())
        throw OdemaError(Tr::tr("La base « %1 » a été écrite par une version plus récente d'Odema Explorer (schéma %2, "
                            "cette version connaît le schéma %3). Mettez à jour l'application ; la base n'a pas été modifiée.")
                             .arg(m_location, QString::number(m_version), QString::number(currentSchemaVersion())));
}

void Store::migrate()
{
    m_version = m_backend->schemaVersion(m_db);
    if (m_version >= currentSchemaVersion())
        return;
    Migrations::apply(m_db, *m_backend, m_location);
    m_version = currentSchemaVersion();
}

void Store::requireWritable() const
{
    if (m_readOnly)
        throw OdemaError(Tr::tr("La base « %1 » est ouverte en lecture seule.").arg(m_location));
}

void Store::refreshDerived()
{
    requireWritable();
    sql::exec(m_db, QStringLiteral("DELETE FROM territory_closure"));
    sql::exec(m_db, QStringLiteral(
        "INSERT INTO territory_closure(ancestor_id, descendant_id, depth) "
        "WITH RECURSIVE c(a, d, depth) AS ("
        "  SELECT id, id, 0 FROM territory "
        "  UNION "
        "  SELECT c.a, l.child_id, c.depth + 1 FROM c JOIN territory_link l ON l.parent_id = c.d "
        "  WHERE l.year_to IS NULL AND c.depth < 8"
        ") SELECT a, d, min(depth) FROM c GROUP BY a, d"));

    rebuildPopulationUsed(m_db);
}

} // namespace odema
