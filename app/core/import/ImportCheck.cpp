#include "import/ImportCheck.h"

#include "store/SqlUtil.h"

#include <QMap>

namespace odema {

void summariseCheckedFlows(const QSqlDatabase &db, qint64 sourceId, ImportReport &report)
{
    QMap<int, YearChange> years;
    QSqlQuery added = sql::exec(db, QStringLiteral(
        "SELECT year, count(*), total(tonnes) FROM flow WHERE source_id = ? GROUP BY year"), {sourceId});
    while (added.next()) {
        YearChange &y = years[added.value(0).toInt()];
        y.year = added.value(0).toInt();
        y.rowsAdded = added.value(1).toLongLong();
        y.tonnesAdded = added.value(2).toDouble();
    }
    // Same key as Importer's replacement of covered rows: kind, year, territory, stream, mode.
    QSqlQuery replaced = sql::exec(db, QStringLiteral(
        "SELECT f.year, count(*), total(f.tonnes) FROM flow f WHERE f.source_id <> ? AND EXISTS ("
        "  SELECT 1 FROM flow n WHERE n.source_id = ? AND n.territory_id = f.territory_id AND n.year = f.year "
        "  AND n.stream_id = f.stream_id AND coalesce(n.mode_id, 0) = coalesce(f.mode_id, 0) AND n.kind = f.kind) "
        "GROUP BY f.year"), {sourceId, sourceId});
    while (replaced.next()) {
        YearChange &y = years[replaced.value(0).toInt()];
        y.year = replaced.value(0).toInt();
        y.rowsReplaced = replaced.value(1).toLongLong();
        y.tonnesReplaced = replaced.value(2).toDouble();
    }
    report.yearChanges = years.values();
    report.streams = sql::scalar(db, QStringLiteral("SELECT count(DISTINCT stream_id) FROM flow WHERE source_id = ?"), {sourceId}).toInt();
}

} // namespace odema
