#include "dataset/PopulationBasis.h"

#include "common/OdemaError.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Population)
};
} // namespace

QString populationBasisKey(PopulationBasis basis)
{
    switch (basis) {
    case PopulationBasis::Estimation: return QStringLiteral("estimation");
    case PopulationBasis::Legale: return QStringLiteral("legale");
    case PopulationBasis::Source: return QStringLiteral("source");
    }
    return QString();
}

std::optional<PopulationBasis> populationBasisFromKey(const QString &key)
{
    for (PopulationBasis b : {PopulationBasis::Estimation, PopulationBasis::Legale, PopulationBasis::Source})
        if (populationBasisKey(b) == key)
            return b;
    return std::nullopt;
}

QString populationBasisLabel(PopulationBasis basis)
{
    switch (basis) {
    case PopulationBasis::Estimation: return Tr::tr("estimation INSEE au 1er janvier");
    case PopulationBasis::Legale: return Tr::tr("population municipale légale (INSEE)");
    case PopulationBasis::Source: return Tr::tr("population du fichier source (celle de l'éditeur des chiffres)");
    }
    return QString();
}

QString populationKindOf(PopulationBasis basis)
{
    switch (basis) {
    case PopulationBasis::Estimation: return QStringLiteral("estimation");
    case PopulationBasis::Legale: return QStringLiteral("municipale");
    case PopulationBasis::Source: return QStringLiteral("source");
    }
    return QString();
}

PopulationBasis storePopulationBasis(const QSqlDatabase &db)
{
    const QVariant v = sql::scalar(db, QStringLiteral("SELECT value FROM store_meta WHERE key = 'population_basis'"));
    return populationBasisFromKey(v.toString()).value_or(PopulationBasis::Estimation);
}

void setStorePopulationBasis(Store &store, PopulationBasis basis)
{
    store.requireWritable();
    QSqlDatabase db = store.database();
    sql::Transaction transaction(db);
    sql::exec(db, QStringLiteral("INSERT INTO store_meta(key, value) VALUES ('population_basis', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              {populationBasisKey(basis)});
    store.refreshDerived();
    transaction.commit();
}

void rebuildPopulationUsed(QSqlDatabase &db)
{
    const QString chosen = populationKindOf(storePopulationBasis(db));
    sql::exec(db, QStringLiteral("DELETE FROM population_used"));
    // A figure given for the territory itself: the chosen kind first, then the others in a fixed
    // order; within a kind, the data sets in the catalogue's order (INSEE before Etalab).
    sql::exec(db, QStringLiteral(
        "INSERT INTO population_used(territory_id, year, population, basis, kind, dataset_id) "
        "SELECT territory_id, year, population, basis, kind, dataset_id FROM ("
        "  SELECT p.territory_id, p.year, p.population, p.kind, p.dataset_id, "
        "    CASE p.kind WHEN 'estimation' THEN 'Estimation INSEE au 1er janvier' "
        "                WHEN 'source' THEN 'Population du fichier source (' || d.label || ')' "
        "                WHEN 'municipale' THEN 'Population municipale (INSEE)' "
        "                ELSE 'Population totale (INSEE)' END || ' – ' || coalesce(s.name, '') AS basis, "
        "    row_number() OVER (PARTITION BY p.territory_id, p.year ORDER BY "
        "      CASE WHEN p.kind = ? THEN 0 ELSE 1 END, "
        "      CASE p.kind WHEN 'estimation' THEN 1 WHEN 'source' THEN 2 WHEN 'municipale' THEN 3 ELSE 4 END, "
        "      d.sort_order, p.dataset_id) AS rn "
        "  FROM population p JOIN dataset d ON d.id = p.dataset_id LEFT JOIN source_file s ON s.id = p.source_id"
        ") ranked WHERE rn = 1"),
        {chosen});
    // A région without a figure of its own: the sum of its départements, when all of them have
    // one of the same kind and data set for that year.
    sql::exec(db, QStringLiteral(
        "INSERT INTO population_used(territory_id, year, population, basis, kind, dataset_id) "
        "SELECT r.id, pu.year, sum(pu.population), "
        "  'Somme des ' || count(*) || ' départements (' || min(substr(pu.basis, 1, instr(pu.basis, ' – ') - 1)) || ')', "
        "  min(pu.kind), min(pu.dataset_id) "
        "FROM territory r "
        "JOIN territory_link l ON l.parent_id = r.id AND l.year_to IS NULL "
        "JOIN territory d ON d.id = l.child_id AND d.level = 'departement' "
        "JOIN population_used pu ON pu.territory_id = d.id "
        "WHERE r.level = 'region' AND NOT EXISTS ("
        "  SELECT 1 FROM population_used x WHERE x.territory_id = r.id AND x.year = pu.year) "
        "GROUP BY r.id, pu.year "
        "HAVING count(*) = (SELECT count(*) FROM territory_link l2 JOIN territory d2 ON d2.id = l2.child_id "
        "                   WHERE l2.parent_id = r.id AND l2.year_to IS NULL AND d2.level = 'departement') "
        "   AND min(pu.kind) = max(pu.kind) AND min(pu.dataset_id) = max(pu.dataset_id)"));
    // France: the sum of the départements that have a figure of the chosen kind that year (the
    // overseas collectivities outside INSEE's estimates have none), and the basis says how many.
    sql::exec(db, QStringLiteral(
        "INSERT INTO population_used(territory_id, year, population, basis, kind, dataset_id) "
        "SELECT f.id, pu.year, sum(pu.population), "
        "  'Somme des ' || count(*) || ' départements (' || min(substr(pu.basis, 1, instr(pu.basis, ' – ') - 1)) || ')', "
        "  min(pu.kind), min(pu.dataset_id) "
        "FROM territory f "
        "JOIN territory d ON d.level = 'departement' "
        "JOIN population_used pu ON pu.territory_id = d.id AND pu.kind = ? "
        "WHERE f.level = 'france' AND NOT EXISTS ("
        "  SELECT 1 FROM population_used x WHERE x.territory_id = f.id AND x.year = pu.year) "
        "GROUP BY f.id, pu.year "
        "HAVING min(pu.dataset_id) = max(pu.dataset_id)"),
        {chosen});
}

} // namespace odema
