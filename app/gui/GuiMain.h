#pragma once
// Starts the window: picks the store (--db or the per-user default), fills a new default
// store from the sample data, shows the main window.
#include <QApplication>
#include <QString>
#include <QStringList>

namespace odema::gui {

struct SampleDataLocation {
    QString sourceTree;      ///< data/ of the source tree (build-tree runs)
    QString installedSubdir; ///< share/odema-explorer/data relative to the install prefix
};

/// The store used when no --db is given: in the user's data folder, never the install folder.
QString defaultStorePath();

int run(QApplication &app, const QStringList &arguments, const SampleDataLocation &sample);

} // namespace odema::gui
