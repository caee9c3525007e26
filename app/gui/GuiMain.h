#pragma once
// Starts the window: picks the store (--db, else the last one or the per-user default of
// StoreLocation), fills a new default store from the sample data, shows the main window.
#include <QApplication>
#include <QString>
#include <QStringList>

namespace odema::gui {

struct SampleDataLocation {
    QString sourceTree;      ///< data/ of the source tree (build-tree runs)
    QString installedSubdir; ///< share/odema-explorer/data relative to the install prefix
};

int run(QApplication &app, const QStringList &arguments, const SampleDataLocation &sample);

} // namespace odema::gui
