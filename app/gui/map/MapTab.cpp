#include "gui/map/MapTab.h"

#include "gui/MainWindow.h"
#include "gui/explorer/ExplorerView.h"
#include "gui/map/MapPanel.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace odema::gui {

void installMapTab(MainWindow &window)
{
    // The factory runs again for each store opened in the window (the views are rebuilt).
    window.addViewTab(QCoreApplication::translate("MapPanel", "Carte"), [](MainWindow &w) -> QWidget * {
        auto *panel = new MapPanel(w.store().database());
        panel->setProperty(ExplorerView::kViewTabProperty, viewTabKey(ViewTab::Map)); // saved views name it
        ExplorerView *explorer = w.explorer();
        QObject::connect(explorer, &ExplorerView::filterChanged, panel, &MapPanel::setSelection);
        QObject::connect(panel, &MapPanel::territoryActivated, explorer, [explorer](qint64 id) { explorer->selectTerritories({id}); });
        panel->setSelection(explorer->currentFilter());
        return panel;
    });
}

} // namespace odema::gui
