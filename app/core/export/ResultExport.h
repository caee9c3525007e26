#pragma once
// The whole filtered result (detail rows or cross table) to a file, through the same query code
// as the window: what the user sees is what the file holds, not only the rows loaded so far.
#include "common/WorkResult.h"
#include "export/TableWriter.h"
#include "query/FlowQuery.h"
#include "query/PivotQuery.h"

#include <functional>

namespace odema {

/// Told the rows written so far, every few thousand rows and once more before the file is
/// closed; returns false to stop the export.
using ExportProgress = std::function<bool(qint64 rowsWritten)>;

/// Writes every row of `query` in its sort order; returns the rows written. When `progress` says
/// stop, throws CancelledError and the writer leaves no file (see TableWriter::finish).
qint64 exportFlows(const QSqlDatabase &db, const FlowQuery &query, TableWriter &writer, const ExportProgress &progress = {});
/// Writes the cross table with its totals row and column; returns the number of data rows.
/// Progress and cancel as for exportFlows.
qint64 exportPivot(const PivotTable &table, TableWriter &writer, const ExportProgress &progress = {});

/// How an export ended, decided once the file was closed (or not).
struct ExportOutcome {
    WorkResult result = WorkResult::Done;
    qint64 rows = 0;  ///< Done: data rows written
    QString message;  ///< Refused or Cancelled: what to tell the user
};

/// What the user sees now (detail rows or cross table), to write to a file from any thread:
/// run() opens its own connection to the store.
struct ExportJob {
    QString storeLocation;
    FlowFilter filter;
    FlowSort sort;
    bool pivot = false;
    PivotRows rows = PivotRows::Territory;
    PivotMeasure measure = PivotMeasure::Tonnes;
    qint64 expectedRows = 0; ///< for a progress bar; 0 = not known yet

    /// Writes the whole result to `path`. Never throws: the outcome says how it ended. A Cancel
    /// seen after the last progress call comes too late: the file is written and the outcome Done.
    ExportOutcome run(const QString &path, ExportFormat format, CsvStyle style, const ExportProgress &progress = {}) const;
};

/// Header and cells of a cross table as exported and copied (first cell = row label).
QStringList pivotHeader(const PivotTable &table);
QVariantList pivotRow(const PivotTable &table, int row); ///< row == rowCount(): the totals row

} // namespace odema
