#include "gui/quality/QualityTab.h"

#include "gui/MainWindow.h"
#include "gui/explorer/ExplorerView.h"
#include "gui/quality/QualityPanel.h"
#include "quality/QualityCheck.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "view/ViewState.h"

#include <QCoreApplication>
#include <algorithm>

namespace odema::gui {

namespace {

/// The selection that shows the rows of a finding: its territory (with those below it for a
/// comparison with them), its year and the year it is compared with, its stream.
FlowFilter filterFor(const QualityFinding &f, const QSqlDatabase &db)
{
    FlowFilter filter;
    filter.territories = {TerritorySelection{f.territoryId, f.kind == QLatin1String(QualityKind::Hierarchy)}};
    filter.yearFrom = f.previousYear > 0 ? std::min(f.previousYear, f.year) : f.year;
    filter.yearTo = f.year;
    if (!f.stream.isEmpty()) {
        const QVariant id = sql::scalar(db, QStringLiteral("SELECT id FROM waste_stream WHERE code = ?"), {f.stream});
        if (id.isValid())
            filter.streamIds = {id.toLongLong()};
    }
    return filter;
}

} // namespace

void installQualityTab(MainWindow &window)
{
    // The factory runs again for each store opened in the window (the views are rebuilt).
    window.addViewTab(QCoreApplication::translate("QualityPanel", "Qualité"), [](MainWindow &w) -> QWidget * {
        auto *panel = new QualityPanel(w.store());
        panel->setProperty(ExplorerView::kViewTabProperty, viewTabKey(ViewTab::Quality)); // saved views name it
        ExplorerView *explorer = w.explorer();
        QObject::connect(panel, &QualityPanel::findingActivated, explorer, [explorer, &w](const QualityFinding &f) {
            explorer->showFilter(filterFor(f, w.store().database()));
            explorer->showPivot(false);
        });
        return panel;
    });
}

} // namespace odema::gui
