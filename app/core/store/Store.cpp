#include "store/Store.h"

#include "common/OdemaError.h"
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

    sql::exec(m_db, QStringLiteral("DELETE FROM population_used"));
    // A figure given for the territory itself, the best kind first.
    sql::exec(m_db, QStringLiteral(
        "INSERT INTO population_used(territory_id, year, population, basis) "
        "SELECT territory_id, year, population, basis FROM ("
        "  SELECT p.territory_id, p.year, p.population, "
        "    CASE p.kind WHEN 'estimation' THEN 'Estimation INSEE au 1er janvier' "
        "                WHEN 'fichier' THEN 'Population du fichier source' "
        "                WHEN 'municipale' THEN 'Population municipale (INSEE)' "
        "                ELSE 'Population totale (INSEE)' END || ' – ' || s.name AS basis, "
        "    row_number() OVER (PARTITION BY p.territory_id, p.year ORDER BY "
        "      CASE p.kind WHEN 'estimation' THEN 1 WHEN 'fichier' THEN 2 WHEN 'municipale' THEN 3 ELSE 4 END) AS rn "
        "  FROM population p LEFT JOIN source_file s ON s.id = p.source_id"
        ") ranked WHERE rn = 1"));
    // A région without a figure of its own: the sum of its départements, when all of them have
    // one of the same kind for that year.
    sql::exec(m_db, QStringLiteral(
        "INSERT INTO population_used(territory_id, year, population, basis) "
        "SELECT r.id, pu.year, sum(pu.population), "
        "  'Somme des ' || count(*) || ' départements (' || min(substr(pu.basis, 1, instr(pu.basis, ' – ') - 1)) || ')' "
        "FROM territory r "
        "JOIN territory_link l ON l.parent_id = r.id AND l.year_to IS NULL "
        "JOIN territory d ON d.id = l.child_id AND d.level = 'departement' "
        "JOIN population_used pu ON pu.territory_id = d.id "
        "WHERE r.level = 'region' AND NOT EXISTS ("
        "  SELECT 1 FROM population_used x WHERE x.territory_id = r.id AND x.year = pu.year) "
        "GROUP BY r.id, pu.year "
        "HAVING count(*) = (SELECT count(*) FROM territory_link l2 JOIN territory d2 ON d2.id = l2.child_id "
        "                   WHERE l2.parent_id = r.id AND l2.year_to IS NULL AND d2.level = 'departement') "
        "   AND min(substr(pu.basis, 1, instr(pu.basis, ' – ') - 1)) = max(substr(pu.basis, 1, instr(pu.basis, ' – ') - 1))"));
    // France: the sum of the départements that have a figure that year (the overseas
    // collectivities outside INSEE's estimates have none), and the basis says how many.
    sql::exec(m_db, QStringLiteral(
        "INSERT INTO population_used(territory_id, year, population, basis) "
        "SELECT f.id, pu.year, sum(pu.population), "
        "  'Somme des ' || count(*) || ' départements (' || min(substr(pu.basis, 1, instr(pu.basis, ' – ') - 1)) || ')' "
        "FROM territory f "
        "JOIN territory d ON d.level = 'departement' "
        "JOIN population_used pu ON pu.territory_id = d.id AND pu.basis LIKE 'Estimation%' "
        "WHERE f.level = 'france' AND NOT EXISTS ("
        "  SELECT 1 FROM population_used x WHERE x.territory_id = f.id AND x.year = pu.year) "
        "GROUP BY f.id, pu.year"));
}

} // namespace odema
