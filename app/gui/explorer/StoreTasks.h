#pragma once
// Long store work started from the window (exporting a result), run on a worker thread with
// its own connection while a progress dialog with Cancel keeps the window alive. Imports have
// their own dialog (gui/import).
#include "export/TableWriter.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace odema::gui {

struct ExportJob;

/// Writes the job's whole result to `path`; returns the message for the status bar (the
/// failure was also shown in a message box).
QString exportWithProgress(const ExportJob &job, const QString &path, ExportFormat format, CsvStyle style, QWidget *parent);

} // namespace odema::gui
