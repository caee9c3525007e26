#include "indicators/FlowAggregate.h"

#include "store/SqlUtil.h"

#include <QStringList>

namespace odema {

namespace {

// Rank of a level, shallowest first. Syndicats sit beside EPCI in the tree; ranking them after
// EPCI keeps one of the two when both exist, rather than adding them.
const char *kLevelRank =
    "CASE t.level WHEN 'france' THEN 0 WHEN 'region' THEN 1 WHEN 'departement' THEN 2 "
    "WHEN 'epci' THEN 3 WHEN 'syndicat' THEN 4 ELSE 5 END";

QString placeholders(int count)
{
    QStringList marks;
    for (int i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1Char(','));
}

void appendIds(QVariantList &values, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        values << id;
}

} // namespace

QString flowKindKey(FlowKind kind)
{
    return kind == FlowKind::Collecte ? QStringLiteral("collecte") : QStringLiteral("traitement");
}

double AggregateSlice::total() const
{
    double sum = 0;
    for (double t : byCategory)
        sum += t;
    return sum;
}

QHash<qint64, QMap<int, AggregateSlice>> FlowAggregate::run(const AggregateRequest &request) const
{
    QHash<qint64, QMap<int, AggregateSlice>> result;
    if (request.territoryIds.isEmpty())
        return result;

    QString category = QStringLiteral("0");
    if (request.breakdown == Breakdown::Stream)
        category = QStringLiteral("f.stream_id");
    else if (request.breakdown == Breakdown::Mode)
        category = QStringLiteral("COALESCE(f.mode_id, 0)");

    QVariantList values;
    appendIds(values, request.territoryIds);
    values << flowKindKey(request.kind);
    QString where;
    if (request.yearFrom > 0) {
        where += QStringLiteral(" AND f.year >= ?");
        values << request.yearFrom;
    }
    if (request.yearTo > 0) {
        where += QStringLiteral(" AND f.year <= ?");
        values << request.yearTo;
    }
    if (!request.streamIds.isEmpty()) {
        where += QStringLiteral(" AND f.stream_id IN (%1)").arg(placeholders(request.streamIds.size()));
        appendIds(values, request.streamIds);
    }
    if (!request.modeIds.isEmpty()) {
        where += QStringLiteral(" AND f.mode_id IN (%1)").arg(placeholders(request.modeIds.size()));
        appendIds(values, request.modeIds);
    }
    // Grouped by level rank so that the shallowest level with flows can be chosen per year.
    const QString statement = QStringLiteral(
        "SELECT c.ancestor_id, f.year, %1 AS lr, MIN(t.level), %2 AS cat, SUM(f.tonnes) "
        "FROM territory_closure c "
        "JOIN flow f ON f.territory_id = c.descendant_id "
        "JOIN territory t ON t.id = c.descendant_id "
        "WHERE c.ancestor_id IN (%3) AND f.kind = ?%4 "
        "GROUP BY c.ancestor_id, f.year, lr, cat")
        .arg(QLatin1String(kLevelRank), category, placeholders(request.territoryIds.size()), where);

    QHash<qint64, QMap<int, int>> bestRank; // territory -> year -> shallowest rank seen
    struct Row { qint64 territory; int year; int rank; QString level; qint64 cat; double tonnes; };
    QList<Row> rows;
    QSqlQuery q = sql::exec(m_db, statement, values);
    while (q.next()) {
        Row r{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toString(),
              q.value(4).toLongLong(), q.value(5).toDouble()};
        auto &years = bestRank[r.territory];
        auto it = years.find(r.year);
        if (it == years.end() || r.rank < it.value())
            years[r.year] = r.rank;
        rows << r;
    }
    for (const Row &r : rows) {
        if (bestRank[r.territory][r.year] != r.rank)
            continue;
        AggregateSlice &slice = result[r.territory][r.year];
        slice.levelUsed = r.level;
        slice.byCategory[r.cat] += r.tonnes;
    }
    return result;
}

FlowAggregate::Vintage FlowAggregate::vintage(FlowKind kind) const
{
    Vintage v;
    QSqlQuery q = sql::exec(m_db, QStringLiteral(
        "SELECT s.name, s.imported_at, MIN(f.year), MAX(f.year) FROM flow f JOIN source_file s ON s.id = f.source_id "
        "WHERE f.kind = ? GROUP BY s.id ORDER BY s.name"), {flowKindKey(kind)});
    while (q.next()) {
        v.files << q.value(0).toString();
        const QString at = q.value(1).toString().left(10);
        if (at > v.importedAt)
            v.importedAt = at;
        const int first = q.value(2).toInt(), last = q.value(3).toInt();
        if (v.firstYear == 0 || first < v.firstYear)
            v.firstYear = first;
        v.lastYear = std::max(v.lastYear, last);
    }
    return v;
}

QHash<qint64, QMap<int, PopulationUsed>> populationsUsed(const QSqlDatabase &db, const QList<qint64> &territoryIds,
                                                         int yearFrom, int yearTo)
{
    QHash<qint64, QMap<int, PopulationUsed>> result;
    if (territoryIds.isEmpty())
        return result;
    QVariantList values;
    appendIds(values, territoryIds);
    values << (yearFrom > 0 ? yearFrom : 0) << (yearTo > 0 ? yearTo : 9999);
    QSqlQuery q = sql::exec(db, QStringLiteral(
        "SELECT territory_id, year, population, basis FROM population_used "
        "WHERE territory_id IN (%1) AND year >= ? AND year <= ? AND population > 0").arg(placeholders(territoryIds.size())),
        values);
    while (q.next())
        result[q.value(0).toLongLong()][q.value(1).toInt()] = {q.value(2).toLongLong(), q.value(3).toString()};
    return result;
}

} // namespace odema
