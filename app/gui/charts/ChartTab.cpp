#include "gui/charts/ChartTab.h"

#include "gui/MainWindow.h"
#include "gui/charts/ChartPanel.h"
#include "gui/explorer/ExplorerView.h"
#include "store/Store.h"

#include <QCoreApplication>

namespace odema::gui {

void installChartTab(MainWindow &window)
{
    // The factory runs again for each store opened in the window (the views are rebuilt).
    window.addViewTab(QCoreApplication::translate("ChartPanel", "Graphiques"), [](MainWindow &w) -> QWidget * {
        auto *panel = new ChartPanel(w.store().database());
        panel->setProperty(ExplorerView::kViewTabProperty, viewTabKey(ViewTab::Charts)); // saved views name it
        ExplorerView *explorer = w.explorer();
        QObject::connect(explorer, &ExplorerView::filterChanged, panel, &ChartPanel::setSelection);
        panel->setSelection(explorer->currentFilter());
        return panel;
    });
}

} // namespace odema::gui
