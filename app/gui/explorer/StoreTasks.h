#pragma once
// Long store work started from the window (importing files, exporting a result), run on a
// worker thread with its own connection while a progress dialog keeps the window alive.
#include "export/TableWriter.h"

#include <QString>
#include <QStringList>

class QWidget;

namespace odema::gui {

struct ExportJob;

/// Imports `files` in order into the store at `storeLocation`. Returns a French summary (one
/// line per file), or an empty string when cancelled or refused (the reason was shown).
QString importFilesWithProgress(const QString &storeLocation, const QStringList &files, QWidget *parent);

/// Writes the job's whole result to `path`; returns the message for the status bar (the
/// failure was also shown in a message box).
QString exportWithProgress(const ExportJob &job, const QString &path, ExportFormat format, CsvStyle style, QWidget *parent);

} // namespace odema::gui
