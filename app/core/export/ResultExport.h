#pragma once
// The whole filtered result (detail rows or cross table) to a file, through the same query code
// as the window: what the user sees is what the file holds, not only the rows loaded so far.
#include "export/TableWriter.h"
#include "query/FlowQuery.h"
#include "query/PivotQuery.h"

namespace odema {

/// Writes every row of `query` in its sort order; returns the number of rows written.
qint64 exportFlows(const QSqlDatabase &db, const FlowQuery &query, TableWriter &writer);
/// Writes the cross table with its totals row and column; returns the number of data rows.
qint64 exportPivot(const PivotTable &table, TableWriter &writer);

/// Header and cells of a cross table as exported and copied (first cell = row label).
QStringList pivotHeader(const PivotTable &table);
QVariantList pivotRow(const PivotTable &table, int row); ///< row == rowCount(): the totals row

} // namespace odema
