#include "export/ResultExport.h"

#include "store/Store.h"

#include <QCoreApplication>

namespace odema {

namespace {

QVariant cell(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }

/// A progress step that also honours the user's Cancel.
void step(const ExportProgress &progress, qint64 rows)
{
    if (progress && !progress(rows))
        throw CancelledError(QCoreApplication::translate("Export", "Export annulé : aucun fichier n'a été écrit."));
}

} // namespace

qint64 exportFlows(const QSqlDatabase &db, const FlowQuery &query, TableWriter &writer, const ExportProgress &progress)
{
    constexpr qint64 kRowsPerProgress = 5000;
    QStringList titles;
    for (int c = 0; c < int(FlowColumn::Count); ++c)
        titles << flowColumnTitle(FlowColumn(c));
    writer.header(titles);
    qint64 n = 0;
    QVariantList cells;
    query.forEachRow(db, [&](const FlowRecord &r) {
        cells.clear();
        for (int c = 0; c < int(FlowColumn::Count); ++c)
            cells << r.value(FlowColumn(c));
        writer.row(cells);
        if (++n % kRowsPerProgress == 0)
            step(progress, n);
    });
    step(progress, n); // the last checkpoint: once the file is closed, the export is done
    writer.finish();
    return n;
}

QStringList pivotHeader(const PivotTable &table)
{
    QStringList titles{pivotRowsTitle(table.rowsBy)};
    for (int year : table.years)
        titles << QString::number(year);
    titles << table.totalTitle();
    return titles;
}

QVariantList pivotRow(const PivotTable &table, int row)
{
    const bool totals = row == table.rowCount();
    QVariantList cells{totals ? table.totalTitle() : table.rowLabels.at(row)};
    const auto &values = totals ? table.columnTotals : table.cells.at(row);
    for (const auto &v : values)
        cells << cell(v);
    cells << cell(totals ? table.grandTotal : table.rowTotals.at(row));
    return cells;
}

qint64 exportPivot(const PivotTable &table, TableWriter &writer, const ExportProgress &progress)
{
    constexpr int kRowsPerProgress = 500;
    writer.header(pivotHeader(table));
    for (int r = 0; r <= table.rowCount(); ++r) {
        writer.row(pivotRow(table, r));
        if ((r + 1) % kRowsPerProgress == 0)
            step(progress, r + 1);
    }
    step(progress, table.rowCount());
    writer.finish();
    return table.rowCount();
}

ExportOutcome ExportJob::run(const QString &path, ExportFormat format, CsvStyle style, const ExportProgress &progress) const
{
    ExportOutcome outcome;
    try {
        auto store = Store::open(storeLocation, Store::OpenMode::ReadOnly);
        if (pivot) {
            step(progress, 0); // the cross table is computed in one query: a Cancel before it
            const PivotTable table = computePivot(store->database(), filter, rows, measure);
            auto writer = TableWriter::create(format, path, style, QCoreApplication::translate("Export", "Tableau croisé"));
            outcome.rows = exportPivot(table, *writer, progress);
        } else {
            auto writer = TableWriter::create(format, path, style, QCoreApplication::translate("Export", "Flux"));
            outcome.rows = exportFlows(store->database(), FlowQuery(filter, sort), *writer, progress);
        }
    } catch (const CancelledError &e) {
        outcome.result = WorkResult::Cancelled;
        outcome.message = e.message();
    } catch (const OdemaError &e) {
        outcome.result = WorkResult::Refused;
        outcome.message = e.message();
    }
    return outcome;
}

} // namespace odema
