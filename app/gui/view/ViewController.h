#pragma once
// Saved views in the window: reads what the window shows into a ViewState (explorer, chart and
// map tabs), shows a ViewState again, and the file side (Fichier › Enregistrer la vue / Ouvrir
// une vue, a view file dropped on the window, `--view FILE`). After showing a view it reads the
// window back and names every part that differs from the file, so "restored" means restored.
#include "view/ViewState.h"

#include <QStringList>

namespace odema::gui {

class MainWindow;

class ViewController {
public:
    explicit ViewController(MainWindow &window) : m_window(window) {}

    ViewState current() const;
    /// Shows `state`; returns what could not be shown, one sentence each.
    QStringList show(const ViewState &state);

    /// Writes the current view to `path`; throws OdemaError.
    void save(const QString &path) const;
    /// Reads `path` and shows it; returns what this store or window could not restore.
    /// Throws OdemaError when the file is not a readable view.
    QStringList open(const QString &path);

    /// The dialogs of the Fichier menu; they report in the status bar and in a message box.
    void saveWithDialog();
    void openWithDialog();
    void openAndReport(const QString &path);

private:
    QStringList differences(const ViewState &wanted, const ViewState &shown) const;
    int tabIndex(ViewTab tab) const;

    MainWindow &m_window;
};

} // namespace odema::gui
