#include "dataset/DataSetFigures.h"

#include "common/Tonnage.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DataSet)
};

// Shallowest first: a territory's figure is the sum of the first level below it (itself
// included) that holds the data set's rows that year, never of two levels.
const char *const kLevelsByDepth[] = {"france", "region", "departement", "epci", "syndicat", "commune"};

QString territoryName(const QSqlDatabase &db, qint64 id)
{
    return sql::scalar(db, QStringLiteral("SELECT name FROM territory WHERE id = ?"), {id}).toString();
}

} // namespace

double DataSetFigure::tonnes() const
{
    return tonnesFromGrams(grams);
}

std::optional<double> DataSetFigure::kgPerInhabitant() const
{
    if (!population || *population <= 0)
        return std::nullopt;
    return double(gramsOnPopulationScope) / 1000.0 / double(*population);
}

std::optional<DataSetFigures::Population> DataSetFigures::population(qint64 territoryId, int year, PopulationBasis basis,
                                                                     qint64 datasetId) const
{
    QSqlQuery q;
    if (basis == PopulationBasis::Source) {
        // The figure's own data set first, then ADEME's published ones of the same family.
        q = sql::exec(m_db, QStringLiteral(
            "SELECT p.population, p.kind, d.code FROM population p JOIN dataset d ON d.id = p.dataset_id "
            "JOIN dataset f ON f.id = ? "
            "WHERE p.territory_id = ? AND p.year = ? AND p.kind = 'source' "
            "AND (d.id = f.id OR (d.family = f.family AND d.axis IN ('chiffres-cles', 'performance'))) "
            "ORDER BY CASE WHEN d.id = f.id THEN 0 ELSE 1 END, d.sort_order LIMIT 1"),
            {datasetId, territoryId, year});
    } else {
        q = sql::exec(m_db, QStringLiteral(
            "SELECT p.population, p.kind, d.code FROM population p JOIN dataset d ON d.id = p.dataset_id "
            "WHERE p.territory_id = ? AND p.year = ? AND p.kind = ? ORDER BY d.sort_order LIMIT 1"),
            {territoryId, year, populationKindOf(basis)});
    }
    if (!q.next() || q.value(0).toLongLong() <= 0)
        return std::nullopt;
    return Population{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

std::optional<DataSetFigure> DataSetFigures::tonnes(const DataSetFigureRequest &r) const
{
    const QVariant datasetId = sql::scalar(m_db, QStringLiteral("SELECT id FROM dataset WHERE code = ?"), {r.dataset});
    if (!datasetId.isValid())
        return std::nullopt;
    QString filters;
    QVariantList filterValues;
    if (r.gravats == GravatsScope::Hors)
        filters += QStringLiteral(" AND w.gravats = 0");
    if (!r.modeIds.isEmpty()) {
        filters += QStringLiteral(" AND f.mode_id IN (%1)").arg(sql::placeholders(r.modeIds.size()));
        for (qint64 id : r.modeIds)
            filterValues << id;
    }
    if (!r.streamIds.isEmpty()) {
        filters += QStringLiteral(" AND f.stream_id IN (%1)").arg(sql::placeholders(r.streamIds.size()));
        for (qint64 id : r.streamIds)
            filterValues << id;
    }
    // The level: the shallowest holding any row of the data set that year (gravats and modes
    // aside, so that a scope never changes with the filter).
    DataSetFigure fig;
    fig.dataset = r.dataset;
    fig.territoryId = r.territoryId;
    fig.year = r.year;
    for (const char *level : kLevelsByDepth) {
        const bool any = sql::scalar(m_db, QStringLiteral(
            "SELECT EXISTS (SELECT 1 FROM territory_closure c JOIN territory t ON t.id = c.descendant_id AND t.level = ? "
            "JOIN flow f ON f.territory_id = c.descendant_id AND f.dataset_id = ? AND f.year = ? WHERE c.ancestor_id = ?)"),
            {QLatin1String(level), datasetId, r.year, r.territoryId}).toBool();
        if (any) {
            fig.levelUsed = QLatin1String(level);
            break;
        }
    }
    if (fig.levelUsed.isEmpty())
        return std::nullopt;
    // The filters sit inside the CASE: their values come before the territory's.
    QVariantList binds = filterValues;
    binds << fig.levelUsed << datasetId << r.year << r.territoryId;
    QSqlQuery q = sql::exec(m_db, QStringLiteral(
        "SELECT c.descendant_id, coalesce(sum(CASE WHEN 1 = 1%1 THEN f.grams ELSE 0 END), 0) "
        "FROM territory_closure c JOIN territory t ON t.id = c.descendant_id AND t.level = ? "
        "JOIN flow f ON f.territory_id = c.descendant_id AND f.dataset_id = ? AND f.year = ? "
        "JOIN waste_stream w ON w.id = f.stream_id "
        "WHERE c.ancestor_id = ? GROUP BY c.descendant_id ORDER BY c.descendant_id").arg(filters),
        binds);
    QList<std::pair<qint64, qint64>> leaves;
    while (q.next())
        leaves.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    qint64 population = 0;
    QString kind, populationSet;
    for (const auto &[territory, grams] : leaves) {
        fig.scope << territory;
        fig.grams += grams;
        const auto p = this->population(territory, r.year, r.basis, datasetId.toLongLong());
        // One population data set over the scope: a sum of two publishers' figures is neither.
        if (!p || (!populationSet.isEmpty() && p->dataset != populationSet)) {
            fig.withoutPopulation << territory;
            continue;
        }
        kind = p->kind;
        populationSet = p->dataset;
        population += p->value;
        fig.populationScope << territory;
        fig.gramsOnPopulationScope += grams;
    }
    if (!fig.withoutPopulation.isEmpty()) {
        QStringList names;
        for (qint64 id : std::as_const(fig.withoutPopulation).mid(0, 5))
            names << territoryName(m_db, id);
        fig.missing << Tr::tr("population (%1) de %2 pour %3 absente de la base")
                           .arg(populationBasisLabel(r.basis), names.join(QStringLiteral(", ")), QString::number(r.year));
    }
    const bool whole = fig.withoutPopulation.isEmpty();
    if (!fig.populationScope.isEmpty() && (whole || r.commonScope)) {
        fig.population = population;
        fig.populationKind = kind;
        fig.populationDataSet = populationSet;
    } else {
        fig.populationScope.clear();
        fig.gramsOnPopulationScope = 0;
    }
    return fig;
}

std::optional<PublishedFigure> DataSetFigures::published(const QString &dataset, qint64 territoryId, int year, const QString &measure,
                                                         qint64 streamId) const
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral(
        "SELECT v.value, v.grams, v.as_published, v.unit, s.name FROM published_value v JOIN dataset d ON d.id = v.dataset_id "
        "JOIN source_file s ON s.id = v.source_id "
        "WHERE d.code = ? AND v.territory_id = ? AND v.year = ? AND v.measure = ? AND coalesce(v.stream_id, 0) = ?"),
        {dataset, territoryId, year, measure, streamId});
    if (!q.next())
        return std::nullopt;
    PublishedFigure p;
    p.dataset = dataset;
    p.value = q.value(0).toDouble();
    if (!q.isNull(1))
        p.grams = q.value(1).toLongLong();
    p.text = q.value(2).toString();
    p.unit = q.value(3).toString();
    p.sourceFile = q.value(4).toString();
    return p;
}

} // namespace odema
