#include "gui/explorer/FilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMouseEvent>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

namespace odema::gui {

namespace {

/// A menu of check boxes that stays open while the user ticks several of them.
class CheckMenu : public QMenu {
public:
    using QMenu::QMenu;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        QAction *action = activeAction();
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return;
        }
        QMenu::mouseReleaseEvent(event);
    }
};

QComboBox *yearBox(const QList<int> &years, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    for (int y : years)
        box->addItem(QString::number(y), y);
    return box;
}

} // namespace

FilterBar::FilterBar(const FilterChoices &choices, QWidget *parent) : QWidget(parent), m_choices(choices)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    layout->addWidget(new QLabel(tr("Années"), this));
    m_yearFrom = yearBox(m_choices.years, this);
    m_yearTo = yearBox(m_choices.years, this);
    m_yearFrom->setAccessibleName(tr("Première année"));
    m_yearTo->setAccessibleName(tr("Dernière année"));
    layout->addWidget(m_yearFrom);
    layout->addWidget(new QLabel(tr("à"), this));
    layout->addWidget(m_yearTo);

    m_streams = makeMultiButton(&m_streamMenu, m_choices.streams, true);
    m_modes = makeMultiButton(&m_modeMenu, m_choices.modes, false);
    layout->addWidget(m_streams);
    layout->addWidget(m_modes);

    m_channel = new QComboBox(this);
    m_channel->addItem(tr("Tous les canaux"), 0);
    for (const Choice &c : m_choices.channels)
        m_channel->addItem(c.label, c.id);
    layout->addWidget(m_channel);

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("Collecte et traitement"), int(FlowFilter::Kind::Any));
    m_kind->addItem(tr("Collecte"), int(FlowFilter::Kind::Collecte));
    m_kind->addItem(tr("Traitement"), int(FlowFilter::Kind::Traitement));
    m_kind->setToolTip(tr("Les tonnages de collecte et de traitement décrivent les mêmes déchets : "
                          "ils sont totalisés séparément, jamais additionnés."));
    layout->addWidget(m_kind);

    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("Texte : territoire, flux, mode…"));
    m_text->setClearButtonEnabled(true);
    m_text->setMinimumWidth(160);
    layout->addWidget(m_text, 1);

    auto *resetButton = new QPushButton(tr("Réinitialiser"), this);
    resetButton->setToolTip(tr("Toutes les années, tous les flux, modes et canaux, sans texte"));
    layout->addWidget(resetButton);

    // Typing waits for a pause (200 ms) so each key does not start a query.
    m_textTimer = new QTimer(this);
    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(kTextDelayMs);
    connect(m_text, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_textTimer, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(m_yearFrom, &QComboBox::currentIndexChanged, this, [this] {
        if (m_yearTo->currentIndex() < m_yearFrom->currentIndex())
            m_yearTo->setCurrentIndex(m_yearFrom->currentIndex());
        emitChanged();
    });
    connect(m_yearTo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_yearFrom->currentIndex() > m_yearTo->currentIndex())
            m_yearFrom->setCurrentIndex(m_yearTo->currentIndex());
        emitChanged();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
    connect(resetButton, &QPushButton::clicked, this, &FilterBar::reset);
    reset();
}

QToolButton *FilterBar::makeMultiButton(QMenu **menuOut, const QList<Choice> &choices, bool grouped)
{
    auto *button = new QToolButton(this);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new CheckMenu(button);
    const bool streams = grouped;
    QAction *all = menu->addAction(streams ? tr("Tous les flux") : tr("Tous les modes"));
    connect(all, &QAction::triggered, this, [this, menu] { setChecked(menu, {}); emitChanged(); });
    QString group = QStringLiteral("\x01");
    for (const Choice &c : choices) {
        if (grouped && c.group != group) {
            group = c.group;
            menu->addSection(familyTitle(group));
        }
        QAction *a = menu->addAction(QStringLiteral("%1 — %2").arg(c.code, c.label));
        a->setCheckable(true);
        a->setData(c.id);
        connect(a, &QAction::toggled, this, &FilterBar::emitChanged);
    }
    button->setMenu(menu);
    *menuOut = menu;
    return button;
}

QList<qint64> FilterBar::checkedIds(QMenu *menu) const
{
    QList<qint64> ids;
    for (QAction *a : menu->actions())
        if (a->isCheckable() && a->isChecked())
            ids << a->data().toLongLong();
    return ids;
}

void FilterBar::setChecked(QMenu *menu, const QList<qint64> &ids)
{
    const bool quiet = m_quiet;
    m_quiet = true;
    for (QAction *a : menu->actions())
        if (a->isCheckable())
            a->setChecked(ids.contains(a->data().toLongLong()));
    m_quiet = quiet;
}

void FilterBar::setStreamChecked(qint64 streamId, bool checked)
{
    for (QAction *a : m_streamMenu->actions())
        if (a->isCheckable() && a->data().toLongLong() == streamId)
            a->setChecked(checked);
}

void FilterBar::setModeChecked(qint64 modeId, bool checked)
{
    for (QAction *a : m_modeMenu->actions())
        if (a->isCheckable() && a->data().toLongLong() == modeId)
            a->setChecked(checked);
}

void FilterBar::updateButtonText(QToolButton *button, QMenu *menu, const QString &all, const QString &some)
{
    QStringList names;
    for (QAction *a : menu->actions())
        if (a->isCheckable() && a->isChecked())
            names << a->text().section(QStringLiteral(" — "), 1);
    if (names.isEmpty())
        button->setText(all);
    else if (names.size() == 1)
        button->setText(names.first());
    else
        button->setText(some.arg(names.size()));
    button->setToolTip(names.isEmpty() ? all : names.join(QLatin1Char('\n')));
}

void FilterBar::fillFilter(FlowFilter &filter) const
{
    filter.yearFrom = m_yearFrom->currentData().toInt();
    filter.yearTo = m_yearTo->currentData().toInt();
    filter.streamIds = checkedIds(m_streamMenu);
    filter.modeIds = checkedIds(m_modeMenu);
    filter.channelIds.clear();
    if (const qint64 channel = m_channel->currentData().toLongLong())
        filter.channelIds << channel;
    filter.kind = FlowFilter::Kind(m_kind->currentData().toInt());
    filter.text = m_text->text().trimmed();
}

void FilterBar::setFromFilter(const FlowFilter &filter)
{
    m_quiet = true;
    const int from = m_yearFrom->findData(filter.yearFrom);
    const int to = m_yearTo->findData(filter.yearTo);
    m_yearFrom->setCurrentIndex(from >= 0 ? from : 0);
    m_yearTo->setCurrentIndex(to >= 0 ? to : m_yearTo->count() - 1);
    setChecked(m_streamMenu, filter.streamIds);
    setChecked(m_modeMenu, filter.modeIds);
    const int channel = filter.channelIds.isEmpty() ? 0 : m_channel->findData(filter.channelIds.first());
    m_channel->setCurrentIndex(qMax(0, channel));
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(filter.kind))));
    m_text->setText(filter.text);
    m_textTimer->stop();
    m_quiet = false;
    emitChanged();
}

void FilterBar::reset()
{
    FlowFilter all;
    setFromFilter(all);
}

void FilterBar::emitChanged()
{
    if (m_quiet)
        return;
    updateButtonText(m_streams, m_streamMenu, tr("Tous les flux"), tr("%1 flux"));
    updateButtonText(m_modes, m_modeMenu, tr("Tous les modes"), tr("%1 modes"));
    emit changed();
}

} // namespace odema::gui
