#pragma once
// The worker's side of a series drawn by several processes (see FactSheetWorkers.h for the
// parent's side and the line protocol): `odema-explorer report --worker-sheets …` draws its
// share of the sheets with its own connection to the store and its own Qt Charts (which is
// not thread-safe, hence processes rather than threads), says on standard output what it
// finished, and reads "paint" or "cancel" on standard input.
#include "report/FactSheetBatch.h"

namespace odema::report {

struct WorkerTask {
    /// The share: index of the sheet in the whole series, territory id.
    QList<std::pair<int, qint64>> sheets;
    BatchSettings settings; ///< outDir, pattern, html, year, tpl; singleFile unused
    /// Combined series: the file this worker's pages go to (numbered as in the whole document,
    /// once the parent knows which sheets could be made). Empty: one PDF per sheet.
    QString partFile;
    QString title; ///< of the combined document
};

/// Parses "0:12,1:57,…" (index:territory id) into WorkerTask::sheets; false when malformed.
bool parseWorkerSheets(const QString &text, QList<std::pair<int, qint64>> *sheets);
QString workerSheetsArgument(const QList<std::pair<int, qint64>> &sheets);

/// Runs the share and returns the process exit code.
int runFactSheetWorker(const FactSheetBuilder &builder, const WorkerTask &task);

} // namespace odema::report
