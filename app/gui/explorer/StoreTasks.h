#pragma once
// Long store work started from the window (exporting a result), run on a worker thread with
// its own connection while a progress dialog with Cancel keeps the window alive. Imports have
// their own dialog (gui/import).
#include "export/ResultExport.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace odema::gui {

/// Writes the job's whole result to `path`; returns the message for the status bar (a refusal
/// is also shown in a message box). What it says follows the job's outcome, not the Cancel button.
QString exportWithProgress(const ExportJob &job, const QString &path, ExportFormat format, CsvStyle style, QWidget *parent);

} // namespace odema::gui
