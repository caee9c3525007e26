#include "gui/view/ViewController.h"

#include "common/OdemaError.h"
#include "gui/MainWindow.h"
#include "gui/charts/ChartPanel.h"
#include "gui/explorer/ExplorerView.h"
#include "gui/explorer/FlowTableModel.h"
#include "gui/map/MapPanel.h"
#include "store/Store.h"
#include "view/ViewResolver.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace odema::gui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ViewController)
};

QString yearsText(int from, int to)
{
    return QStringLiteral("%1–%2").arg(from > 0 ? QString::number(from) : QStringLiteral("…"),
                                      to > 0 ? QString::number(to) : QStringLiteral("…"));
}

/// Streams, modes and channels are sets: the filter bar lists them in its menu's order.
bool sameSet(QList<qint64> a, QList<qint64> b)
{
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    return a == b;
}

QString lastViewDir()
{
    const QString dir = QSettings().value(QStringLiteral("views/lastDir")).toString();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : dir;
}

} // namespace

int ViewController::tabIndex(ViewTab tab) const
{
    QTabWidget *tabs = m_window.tabs();
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->widget(i)->property(ExplorerView::kViewTabProperty).toString() == viewTabKey(tab))
            return i;
    return -1;
}

ViewState ViewController::current() const
{
    ExplorerView *explorer = m_window.explorer();
    ViewState s;
    s.filter = explorer->currentFilter();
    const QString tab = m_window.tabs()->currentWidget() ? m_window.tabs()->currentWidget()->property(ExplorerView::kViewTabProperty).toString()
                                                         : QString();
    s.tab = viewTabFromKey(tab).value_or(ViewTab::Table);
    s.sort = explorer->tableModel()->flowSort();
    s.pivot = explorer->pivotOptions();
    if (auto *chart = m_window.findChild<ChartPanel *>())
        s.chart = chart->options();
    if (auto *map = m_window.findChild<MapPanel *>())
        s.map = map->options();
    return s;
}

QStringList ViewController::show(const ViewState &state)
{
    QStringList missing;
    ExplorerView *explorer = m_window.explorer();
    explorer->setPivotOptions(state.pivot);
    explorer->setSort(state.sort);
    explorer->showFilter(state.filter);
    if (auto *chart = m_window.findChild<ChartPanel *>())
        missing << chart->setOptions(state.chart);
    if (auto *map = m_window.findChild<MapPanel *>())
        missing << map->setOptions(state.map);
    const int tab = tabIndex(state.tab);
    if (tab >= 0)
        m_window.tabs()->setCurrentIndex(tab);
    else
        missing << Tr::tr("l'onglet « %1 », absent de cette fenêtre").arg(viewTabKey(state.tab));
    missing << differences(state, current());
    missing.removeDuplicates();
    return missing;
}

QStringList ViewController::differences(const ViewState &wanted, const ViewState &shown) const
{
    QStringList out;
    const FlowFilter &w = wanted.filter;
    const FlowFilter &s = shown.filter;
    if (w.territories != s.territories)
        out << Tr::tr("une partie des territoires (l'arbre n'affiche pas tous ceux de la vue)");
    if ((w.yearFrom && w.yearFrom != s.yearFrom) || (w.yearTo && w.yearTo != s.yearTo))
        out << Tr::tr("les années %1 : la fenêtre montre %2, les années de cette base").arg(yearsText(w.yearFrom, w.yearTo), yearsText(s.yearFrom, s.yearTo));
    if (!sameSet(w.streamIds, s.streamIds))
        out << Tr::tr("une partie des flux (absents des tonnages de cette base)");
    if (!sameSet(w.modeIds, s.modeIds))
        out << Tr::tr("une partie des modes de traitement (absents des tonnages de cette base)");
    if (!sameSet(w.channelIds, s.channelIds))
        out << Tr::tr("les canaux de collecte (la barre de filtres n'en choisit qu'un)");
    if (w.kind != s.kind || w.text != s.text)
        out << Tr::tr("le type ou le texte du filtre");
    if (!(wanted.sort == shown.sort))
        out << Tr::tr("le tri du tableau");
    if (!(wanted.pivot == shown.pivot))
        out << Tr::tr("les réglages du tableau croisé");
    return out;
}

void ViewController::save(const QString &path) const
{
    ViewResolver(m_window.store().database()).capture(current()).write(path);
}

QStringList ViewController::open(const QString &path)
{
    const SavedView view = SavedView::read(path);
    const RestoredView restored = ViewResolver(m_window.store().database()).restore(view);
    QStringList missing = restored.notRestored;
    missing << show(restored.state);
    return missing;
}

void ViewController::saveWithDialog()
{
    QString path = QFileDialog::getSaveFileName(&m_window, Tr::tr("Enregistrer la vue"), lastViewDir() + QStringLiteral("/vue.json"),
                                                Tr::tr("Vues Odema Explorer (*.json)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        path += QLatin1String(".json");
    try {
        save(path);
        QSettings().setValue(QStringLiteral("views/lastDir"), QFileInfo(path).absolutePath());
        m_window.statusBar()->showMessage(Tr::tr("Vue enregistrée : %1").arg(path), 8000);
    } catch (const OdemaError &e) {
        QMessageBox::warning(&m_window, Tr::tr("Enregistrer la vue"), e.message());
    }
}

void ViewController::openWithDialog()
{
    const QString path = QFileDialog::getOpenFileName(&m_window, Tr::tr("Ouvrir une vue"), lastViewDir(),
                                                      Tr::tr("Vues Odema Explorer (*.json);;Tous les fichiers (*)"));
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("views/lastDir"), QFileInfo(path).absolutePath());
    openAndReport(path);
}

void ViewController::openAndReport(const QString &path)
{
    try {
        const QStringList missing = open(path);
        if (missing.isEmpty()) {
            m_window.statusBar()->showMessage(Tr::tr("Vue ouverte : %1").arg(QFileInfo(path).fileName()), 8000);
            return;
        }
        m_window.statusBar()->showMessage(Tr::tr("Vue ouverte en partie : %1").arg(QFileInfo(path).fileName()), 8000);
        QMessageBox::information(&m_window, Tr::tr("Ouvrir une vue"),
                                 Tr::tr("La vue « %1 » est ouverte, sauf :\n• %2")
                                     .arg(QFileInfo(path).fileName(), missing.join(QStringLiteral("\n• "))));
    } catch (const OdemaError &e) {
        QMessageBox::warning(&m_window, Tr::tr("Ouvrir une vue"), e.message());
    }
}

} // namespace odema::gui
