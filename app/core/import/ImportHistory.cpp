#include "import/ImportHistory.h"

#include "common/OdemaError.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "store/StoreWrite.h"

#include <QCoreApplication>
#include <QHash>

namespace odema {

namespace {
QHash<qint64, qint64> countsBySource(const QSqlDatabase &db, const QString &table)
{
    QHash<qint64, qint64> counts;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT source_id, count(*) FROM %1 WHERE source_id IS NOT NULL GROUP BY source_id").arg(table));
    while (q.next())
        counts.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return counts;
}
/// Puts back what import `sourceId` replaced: the slices of other exports and the populations
/// of other files it overwrote. Returns the number of rows restored.
qint64 restoreReplaced(QSqlDatabase &db, qint64 sourceId)
{
    qint64 restored = sql::exec(db, QStringLiteral(
        "INSERT INTO flow(dataset_id, kind, year, territory_id, stream_id, mode_id, channel_id, grams, source_id) "
        "SELECT dataset_id, kind, year, territory_id, stream_id, mode_id, channel_id, grams, source_id FROM flow_replaced "
        "WHERE replaced_by = ?"), {sourceId}).numRowsAffected();
    restored += sql::exec(db, QStringLiteral(
        "INSERT INTO published_value(dataset_id, territory_id, year, stream_id, measure, unit, value, grams, as_published, source_id) "
        "SELECT dataset_id, territory_id, year, stream_id, measure, unit, value, grams, as_published, source_id FROM published_value_replaced "
        "WHERE replaced_by = ?"), {sourceId}).numRowsAffected();
    // The import's own populations are gone already: the earlier ones take their place again.
    restored += sql::exec(db, QStringLiteral(
        "INSERT INTO population(territory_id, year, kind, dataset_id, population, source_id) "
        "SELECT territory_id, year, kind, dataset_id, population, source_id FROM population_replaced r WHERE replaced_by = ? "
        "AND NOT EXISTS (SELECT 1 FROM population p WHERE p.territory_id = r.territory_id AND p.year = r.year "
        "AND p.kind = r.kind AND p.dataset_id = r.dataset_id)"), {sourceId}).numRowsAffected();
    for (const char *table : {"flow_replaced", "published_value_replaced", "population_replaced"})
        sql::exec(db, QStringLiteral("DELETE FROM %1 WHERE replaced_by = ?").arg(QLatin1String(table)), {sourceId});
    return restored;
}

} // namespace

QList<ImportedSource> importHistory(const QSqlDatabase &db)
{
    const auto flows = countsBySource(db, QStringLiteral("flow"));
    const auto populations = countsBySource(db, QStringLiteral("population"));
    const auto landfill = countsBySource(db, QStringLiteral("landfill_year"));
    QList<ImportedSource> list;
    QSqlQuery q = sql::exec(db, QStringLiteral(
        "SELECT id, name, sha256, format, imported_at, row_count, warning_count FROM source_file ORDER BY imported_at DESC, id DESC"));
    while (q.next()) {
        ImportedSource s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.sha256 = q.value(2).toString();
        s.format = q.value(3).toString();
        s.importedAt = q.value(4).toString();
        s.rowCount = q.value(5).toLongLong();
        s.warningCount = q.value(6).toInt();
        s.flows = flows.value(s.id);
        s.populations = populations.value(s.id);
        s.landfillYears = landfill.value(s.id);
        list << s;
    }
    return list;
}

UndoReport undoImport(Store &store, qint64 sourceId)
{
    QSqlDatabase db = store.database();
    StoreWrite transaction(store, QCoreApplication::translate("Import", "annulation d'un import"));
    UndoReport report;
    const QVariant name = sql::scalar(db, QStringLiteral("SELECT name FROM source_file WHERE id = ?"), {sourceId});
    if (!name.isValid())
        throw OdemaError(QCoreApplication::translate("Import", "Cet import n'existe plus dans la base."));
    report.name = name.toString();
    // Explicit deletes rather than trusting the cascade alone: the counts are what the user
    // is told, and they must hold even where foreign keys are switched off.
    report.flows = sql::exec(db, QStringLiteral("DELETE FROM flow WHERE source_id = ?"), {sourceId}).numRowsAffected();
    report.populations = sql::exec(db, QStringLiteral("DELETE FROM population WHERE source_id = ?"), {sourceId}).numRowsAffected();
    report.landfillYears = sql::exec(db, QStringLiteral("DELETE FROM landfill_year WHERE source_id = ?"), {sourceId}).numRowsAffected();
    report.publishedValues = sql::exec(db, QStringLiteral("DELETE FROM published_value WHERE source_id = ?"), {sourceId}).numRowsAffected();
    report.installations = sql::exec(db, QStringLiteral("DELETE FROM installation WHERE source_id = ?"), {sourceId}).numRowsAffected();
    sql::exec(db, QStringLiteral("DELETE FROM reference_code WHERE source_id = ?"), {sourceId});
    sql::exec(db, QStringLiteral("DELETE FROM import_warning WHERE source_id = ?"), {sourceId});
    report.restored = restoreReplaced(db, sourceId);
    // Rows of this file another import had set aside can never come back.
    for (const char *table : {"flow_replaced", "published_value_replaced", "population_replaced"})
        sql::exec(db, QStringLiteral("DELETE FROM %1 WHERE source_id = ?").arg(QLatin1String(table)), {sourceId});
    sql::exec(db, QStringLiteral("UPDATE territory_link SET source_id = NULL WHERE source_id = ?"), {sourceId});
    sql::exec(db, QStringLiteral("DELETE FROM source_file WHERE id = ?"), {sourceId});
    store.refreshDerived();
    transaction.commit(StoreChange::of(StoreChange::Kind::Undo, {report.name}, report.flows));
    return report;
}

} // namespace odema
