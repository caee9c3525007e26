#pragma once
// The whole filtered result (detail rows or cross table) to a file, through the same query code
// as the window: what the user sees is what the file holds, not only the rows loaded so far.
#include "export/TableWriter.h"
#include "query/FlowQuery.h"
#include "query/PivotQuery.h"

#include <functional>

namespace odema {

/// Told the rows written so far, every few thousand rows; returns false to stop the export.
using ExportProgress = std::function<bool(qint64 rowsWritten)>;

/// Writes every row of `query` in its sort order; returns the rows written. When `progress` says stop, throws
/// OdemaError and the writer leaves no file (see TableWriter::finish).
qint64 exportFlows(const QSqlDatabase &db, const FlowQuery &query, TableWriter &writer, const ExportProgress &progress = {});
/// Writes the cross table with its totals row and column; returns the number of data rows.
qint64 exportPivot(const PivotTable &table, TableWriter &writer);

/// Header and cells of a cross table as exported and copied (first cell = row label).
QStringList pivotHeader(const PivotTable &table);
QVariantList pivotRow(const PivotTable &table, int row); ///< row == rowCount(): the totals row

} // namespace odema
