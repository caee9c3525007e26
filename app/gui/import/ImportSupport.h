#pragma once
// How the main window reaches the import dialog: an "Importer des fichiers…" action at the
// top of its File menu, and files dropped anywhere on the window. One call from MainWindow.
#include <QString>
#include <QStringList>
#include <functional>

class QMainWindow;

namespace odema::gui {

class ImportDialog;

/// Adds the File menu action and drag-and-drop to `window`. `storeChanged` is called after
/// rows were imported or removed (views refresh).
void installImportSupport(QMainWindow *window, const QString &storePath, std::function<void()> storeChanged);

/// Opens the window's import dialog (one per window, non-modal) with `files` added.
ImportDialog *showImportDialog(QMainWindow *window, const QStringList &files = {});

} // namespace odema::gui
