#include "indicators/FlowAggregate.h"

#include "common/Tonnage.h"
#include "store/SqlUtil.h"

#include <QSet>
#include <QStringList>
#include <algorithm>

namespace odema {

namespace {

// Levels, shallowest first. Syndicats sit beside EPCI in the tree; coming after EPCI, they are
// used only where no EPCI has figures, rather than added to them.
const char *const kLevelsByDepth[] = {"france", "region", "departement", "epci", "syndicat", "commune"};

} // namespace

QString flowKindKey(FlowKind kind)
{
    return kind == FlowKind::Collecte ? QStringLiteral("collecte") : QStringLiteral("traitement");
}

qint64 AggregateSlice::totalGrams() const
{
    qint64 sum = 0;
    for (qint64 g : gramsByCategory)
        sum += g;
    return sum;
}

double AggregateSlice::tonnes(qint64 category) const
{
    return tonnesFromGrams(gramsByCategory.value(category, 0));
}

double AggregateSlice::totalTonnes() const
{
    return tonnesFromGrams(totalGrams());
}

QHash<qint64, QMap<int, AggregateSlice>> FlowAggregate::run(const AggregateRequest &request) const
{
    QHash<qint64, QMap<int, AggregateSlice>> result;
    if (request.territoryIds.isEmpty())
        return result;

    // Years to find for every territory: those with flows of this kind in the store.
    QList<int> wanted;
    for (int y : request.storeYears ? *request.storeYears : storeYears(request.kind))
        if ((request.yearFrom <= 0 || y >= request.yearFrom) && (request.yearTo <= 0 || y <= request.yearTo))
            wanted << y;
    if (wanted.isEmpty())
        return result;

    QString category = QStringLiteral("0");
    if (request.breakdown == Breakdown::Stream)
        category = QStringLiteral("f.stream_id");
    else if (request.breakdown == Breakdown::Mode)
        category = QStringLiteral("COALESCE(f.mode_id, 0)");
    QString filters;
    QVariantList filterValues;
    if (!request.streamIds.isEmpty()) {
        filters += QStringLiteral(" AND f.stream_id IN (%1)").arg(sql::placeholders(int(request.streamIds.size())));
        sql::appendIds(filterValues, request.streamIds);
    }
    if (!request.modeIds.isEmpty()) {
        filters += QStringLiteral(" AND f.mode_id IN (%1)").arg(sql::placeholders(int(request.modeIds.size())));
        sql::appendIds(filterValues, request.modeIds);
    }
    // Never two data sets unless the caller names them: the preferred one holding the rows.
    QList<qint64> datasets = request.datasetIds;
    if (datasets.isEmpty()) {
        const qint64 chosen = preferredDataSet(request, wanted);
        if (chosen == 0)
            return result;
        datasets << chosen;
    }
    filters += QStringLiteral(" AND f.dataset_id IN (%1)").arg(sql::placeholders(int(datasets.size())));
    sql::appendIds(filterValues, datasets);
    const qint64 sliceDataSet = datasets.size() == 1 ? datasets.first() : 0;

    // Level by level from the shallowest: a (territory, year) found at one level is never
    // summed again from a deeper one, and deeper levels are read only for the years still
    // missing — so a region with département figures never walks its communes' rows.
    QHash<qint64, QSet<int>> found;
    for (const char *level : kLevelsByDepth) {
        QSet<int> pending;
        for (qint64 id : request.territoryIds)
            for (int y : wanted)
                if (!found.value(id).contains(y))
                    pending.insert(y);
        if (pending.isEmpty())
            break;
        QVariantList values;
        values << QLatin1String(level) << flowKindKey(request.kind);
        QList<int> years = pending.values();
        std::sort(years.begin(), years.end());
        for (int y : years)
            values << y;
        values << filterValues;
        sql::appendIds(values, request.territoryIds);
        const QString statement = QStringLiteral(
            "SELECT c.ancestor_id, f.year, %1 AS cat, SUM(f.grams) "
            "FROM territory_closure c "
            "JOIN territory t ON t.id = c.descendant_id AND t.level = ? "
            "JOIN flow f ON f.territory_id = c.descendant_id AND f.kind = ? AND f.year IN (%2)%3 "
            "WHERE c.ancestor_id IN (%4) "
            "GROUP BY c.ancestor_id, f.year, cat")
            .arg(category, sql::placeholders(int(years.size())), filters, sql::placeholders(int(request.territoryIds.size())));
        QSqlQuery q = sql::exec(m_db, statement, values);
        QHash<qint64, QSet<int>> foundHere;
        while (q.next()) {
            const qint64 territory = q.value(0).toLongLong();
            const int year = q.value(1).toInt();
            if (found.value(territory).contains(year))
                continue; // already given by a shallower level
            AggregateSlice &slice = result[territory][year];
            slice.levelUsed = QLatin1String(level);
            slice.datasetId = sliceDataSet;
            slice.gramsByCategory[q.value(2).toLongLong()] += q.value(3).toLongLong();
            foundHere[territory].insert(year);
        }
        for (auto it = foundHere.begin(); it != foundHere.end(); ++it)
            found[it.key()] += it.value();
    }
    return result;
}

qint64 FlowAggregate::preferredDataSet(const AggregateRequest &request, const QList<int> &years) const
{
    if (request.territoryIds.isEmpty() || years.isEmpty())
        return 0;
    QString filters;
    QVariantList values;
    values << flowKindKey(request.kind);
    for (int y : years)
        values << y;
    if (!request.streamIds.isEmpty()) {
        filters += QStringLiteral(" AND f.stream_id IN (%1)").arg(sql::placeholders(int(request.streamIds.size())));
        sql::appendIds(values, request.streamIds);
    }
    if (!request.modeIds.isEmpty()) {
        filters += QStringLiteral(" AND f.mode_id IN (%1)").arg(sql::placeholders(int(request.modeIds.size())));
        sql::appendIds(values, request.modeIds);
    }
    sql::appendIds(values, request.territoryIds);
    // EXISTS per data set (a handful of rows in the catalogue): each stops at its first flow.
    const QString statement = QStringLiteral(
        "SELECT d.id FROM dataset d WHERE EXISTS (SELECT 1 FROM territory_closure c JOIN flow f ON f.territory_id = c.descendant_id "
        "AND f.dataset_id = d.id AND f.kind = ? AND f.year IN (%1)%2 WHERE c.ancestor_id IN (%3)) ORDER BY d.sort_order, d.id LIMIT 1")
        .arg(sql::placeholders(int(years.size())), filters, sql::placeholders(int(request.territoryIds.size())));
    return sql::scalar(m_db, statement, values).toLongLong();
}

QList<int> FlowAggregate::storeYears(FlowKind kind) const
{
    QList<int> years;
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT DISTINCT year FROM flow WHERE kind = ? ORDER BY year"),
                            {flowKindKey(kind)});
    while (q.next())
        years << q.value(0).toInt();
    return years;
}

QString FlowAggregate::dataStamp() const
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT COUNT(*), COALESCE(MAX(id), 0), COALESCE(MAX(imported_at), '') FROM source_file"));
    q.next();
    return QStringLiteral("%1:%2:%3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
}

FlowAggregate::Coverage FlowAggregate::coverage() const
{
    struct File { QString name; QString importedAt; };
    QHash<qint64, File> files;
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT id, name, imported_at FROM source_file"));
    while (q.next())
        files.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString().left(10)});
    Coverage c;
    q = sql::exec(m_db, QStringLiteral("SELECT kind, year, source_id FROM flow GROUP BY kind, year, source_id"));
    while (q.next()) {
        const int kind = int(q.value(0).toString() == QLatin1String("collecte") ? FlowKind::Collecte : FlowKind::Traitement);
        const int year = q.value(1).toInt();
        QList<int> &years = c.years[kind];
        if (!years.contains(year))
            years << year;
        Vintage &v = c.vintages[kind];
        v.firstYear = v.firstYear == 0 ? year : std::min(v.firstYear, year);
        v.lastYear = std::max(v.lastYear, year);
        const File file = files.value(q.value(2).toLongLong());
        if (!v.files.contains(file.name))
            v.files << file.name;
        if (file.importedAt > v.importedAt)
            v.importedAt = file.importedAt;
    }
    for (QList<int> &years : c.years)
        std::sort(years.begin(), years.end());
    return c;
}

QHash<qint64, QMap<int, PopulationUsed>> populationsUsed(const QSqlDatabase &db, const QList<qint64> &territoryIds,
                                                         int yearFrom, int yearTo)
{
    QHash<qint64, QMap<int, PopulationUsed>> result;
    if (territoryIds.isEmpty())
        return result;
    QVariantList values;
    sql::appendIds(values, territoryIds);
    values << (yearFrom > 0 ? yearFrom : 0) << (yearTo > 0 ? yearTo : 9999);
    QSqlQuery q = sql::exec(db, QStringLiteral(
        "SELECT territory_id, year, population, basis FROM population_used "
        "WHERE territory_id IN (%1) AND year >= ? AND year <= ? AND population > 0").arg(sql::placeholders(territoryIds.size())),
        values);
    while (q.next())
        result[q.value(0).toLongLong()][q.value(1).toInt()] = {q.value(2).toLongLong(), q.value(3).toString()};
    return result;
}

} // namespace odema
