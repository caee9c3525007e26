#pragma once
// "À propos d'Odema Explorer": version, where the data come from and under which licence,
// and the libraries the program is built on (with the versions actually running).
#include <QDialog>

namespace odema::gui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The dialog's body (rich text), kept separate so tests can read it.
    static QString bodyHtml();
    /// Version of the SQLite library the Qt driver runs on ("" if the driver is missing).
    static QString sqliteVersion();
};

} // namespace odema::gui
