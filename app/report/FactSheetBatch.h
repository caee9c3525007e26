#pragma once
// Fact sheets in series (QGIS atlas-like): one sheet per territory of a coverage, one PDF each
// named from a pattern, or one combined PDF with contents. A failure on one territory is
// recorded and the others go on; a cancel stops between sheets and leaves no partial file.
#include "common/WorkResult.h"
#include "report/FactSheetBuilder.h"
#include "report/ReportTemplate.h"

#include <QStringList>
#include <atomic>

namespace odema::report {

struct BatchSettings {
    QString outDir;                                     ///< one PDF per territory in this folder
    QString pattern = QStringLiteral("{code}_{nom}_{annee}");
    QString singleFile;                                 ///< non-empty: one combined PDF instead
    QString combinedTitle;                              ///< contents page title
    bool html = false;                                  ///< also one HTML per territory
    int year = 0;                                       ///< 0 = latest year with data, per territory
    ReportTemplate tpl = ReportTemplate::defaults();
    /// Processes drawing the sheets (FactSheetWorkers): 0 = one per core, 1 = this process only.
    int workers = 0;
    /// The store the workers open (read-only); without it the series is drawn in this process.
    QString storeLocation;
};

/// Progress and cancel, shared with the caller's thread.
class BatchFeedback {
public:
    virtual ~BatchFeedback() = default;
    virtual void progress(int done, int total, const QString &current) { Q_UNUSED(done) Q_UNUSED(total) Q_UNUSED(current) }
    virtual void failed(const QString &territory, const QString &message) { Q_UNUSED(territory) Q_UNUSED(message) }
    void cancel() { m_canceled = true; }
    bool isCanceled() const { return m_canceled; }

private:
    std::atomic<bool> m_canceled{false};
};

/// How a series ended. Done: it ran to the end, `failures` lists the territories whose sheet
/// could not be made (the others were written). Cancelled: stopped by the user between sheets;
/// the files complete so far are kept, a combined file is not written. Refused: the folder or
/// the combined file could not be written (`error`).
struct BatchReport {
    WorkResult result = WorkResult::Done;
    QStringList files;                           ///< written, complete
    QList<std::pair<QString, QString>> failures; ///< territory, message
    QString error;                               ///< Refused: why
    int total = 0;
    int workers = 1; ///< processes that drew the sheets

    /// Every sheet written.
    bool complete() const { return result == WorkResult::Done && failures.isEmpty(); }
};

class FactSheetBatch {
public:
    static BatchReport run(const FactSheetBuilder &builder, const QList<TerritoryInfo> &territories,
                           const BatchSettings &settings, BatchFeedback &feedback);
};

QString batchResultText(const BatchReport &report); ///< one-line French summary

} // namespace odema::report
