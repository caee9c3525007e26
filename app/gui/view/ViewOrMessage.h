#pragma once
// A panel's picture (chart, map) or, in its place, a sentence saying why there is none
// ("Choisissez un territoire…", an error): the chart and map tabs share this.
#include <QStackedWidget>

class QLabel;

namespace odema::gui {

class ViewOrMessage : public QStackedWidget {
    Q_OBJECT
public:
    /// Takes `view` (reparented here); shows it until showMessage().
    explicit ViewOrMessage(QWidget *view, QWidget *parent = nullptr);

    void showView();
    void showMessage(const QString &text);
    bool showsView() const;
    /// The message shown, empty while the view is.
    QString message() const;

private:
    QWidget *m_view;
    QLabel *m_message;
};

} // namespace odema::gui
