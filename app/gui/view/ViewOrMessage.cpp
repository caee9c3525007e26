#include "gui/view/ViewOrMessage.h"

#include <QLabel>

namespace odema::gui {

ViewOrMessage::ViewOrMessage(QWidget *view, QWidget *parent) : QStackedWidget(parent), m_view(view), m_message(new QLabel(this))
{
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    addWidget(m_view);
    addWidget(m_message);
}

void ViewOrMessage::showView() { setCurrentWidget(m_view); }

void ViewOrMessage::showMessage(const QString &text)
{
    m_message->setText(text);
    setCurrentWidget(m_message);
}

bool ViewOrMessage::showsView() const { return currentWidget() == m_view; }

QString ViewOrMessage::message() const { return showsView() ? QString() : m_message->text(); }

} // namespace odema::gui
