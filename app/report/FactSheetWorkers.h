#pragma once
// A series of fact sheets drawn on every core: one worker process per core (Qt Charts is not
// thread-safe, and a process has its own connection and caches), each given an interleaved
// share of the territories. The parent only listens and reports, with the same progress,
// failures and cancel as the series drawn in one process.
//
// The worker is odema-explorer itself (`report --worker-sheets INDEX:ID,… --db …`, see
// FactSheetWorker.h). Its lines on standard output, tab-separated:
//   done <index> <file>…    a sheet written (PDF, and HTML when asked)
//   built <index>           combined series: the sheet's data are ready
//   failed <index> <text>   that sheet could not be made; the others go on
//   painted | end | error <text>
// and on its standard input it reads:
//   cancel                   stop after the current sheet
//   paint <pages> <p,p,…>   combined series: draw the built sheets from these page numbers
// A combined series is then put together from the workers' pages (PdfAssembly), behind the
// contents page the parent draws, so no sheet is drawn twice.
#include "report/FactSheetBatch.h"

#include <optional>

namespace odema::report {

/// The program that draws sheets as a worker: odema-explorer sets itself at start. Empty (the
/// default, e.g. in a test executable) means every series is drawn in the calling process.
void setWorkerProgram(const QString &path);
QString workerProgram();

/// Worker processes a series gets: `requested` (0 = one per core), no more than one per two
/// sheets; 1 when there is no worker program or no store file.
int workerCount(int requested, int sheets, const BatchSettings &settings);

/// Draws the series with `workers` processes; nullopt when they could not be started (the
/// caller then draws it itself).
std::optional<BatchReport> runInWorkers(const QList<TerritoryInfo> &territories, const BatchSettings &settings, int workers,
                                        BatchFeedback &feedback);

} // namespace odema::report
