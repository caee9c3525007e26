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
} // namespace

QList<ImportedSource> importHistory(const QSqlDatabase &db)
{
    const auto flows = countsBySource(db, QStringLiteral("flow"));
    const auto populations = countsBySource(db, QStringLiteral("population"));
    const auto landfill = countsBySource(db, QStringLiteral("landfill_year"));
    QList<ImportedSource> list;
    QSqlQuery q = sql::exec(db, QStringLiteral(
        "SELECT id, name, sha256, format, imported_at, row_count FROM source_file ORDER BY imported_at DESC, id DESC"));
    while (q.next()) {
        ImportedSource s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.sha256 = q.value(2).toString();
        s.format = q.value(3).toString();
        s.importedAt = q.value(4).toString();
        s.rowCount = q.value(5).toLongLong();
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
    sql::exec(db, QStringLiteral("UPDATE territory_link SET source_id = NULL WHERE source_id = ?"), {sourceId});
    sql::exec(db, QStringLiteral("DELETE FROM source_file WHERE id = ?"), {sourceId});
    store.refreshDerived();
    transaction.commit(StoreChange::of(StoreChange::Kind::Undo, {report.name}, report.flows));
    return report;
}

} // namespace odema
