#include "export/ResultExport.h"

#include "common/OdemaError.h"

#include <QCoreApplication>

namespace odema {

namespace {

QVariant cell(const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); }

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
        if (++n % kRowsPerProgress == 0 && progress && !progress(n))
            throw OdemaError(QCoreApplication::translate("Export", "Export annulé : aucun fichier n'a été écrit."));
    });
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

qint64 exportPivot(const PivotTable &table, TableWriter &writer)
{
    writer.header(pivotHeader(table));
    for (int r = 0; r <= table.rowCount(); ++r)
        writer.row(pivotRow(table, r));
    writer.finish();
    return table.rowCount();
}

} // namespace odema
