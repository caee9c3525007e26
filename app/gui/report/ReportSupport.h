#pragma once
// How the main window reaches the fact sheets: a "Fiches" menu with "Fiche territoriale…",
// "Fiches en série…" and "Modèle de fiche…". One call from MainWindow::buildMenus.
#include "query/FlowFilter.h"
#include "report/ReportTemplate.h"

#include <functional>

class QMainWindow;

namespace odema::gui {

/// What the dialogs start from: the open store and the explorer's selection (first territory,
/// last year).
struct ReportSelection {
    QString storePath;
    FlowFilter filter;
};

/// Adds the "Fiches" menu to `window`'s menu bar; `selection` is asked each time a dialog opens.
void installReportActions(QMainWindow *window, std::function<ReportSelection()> selection);

/// The user's branding (saved by the "Modèle de fiche…" dialog), or the shipped defaults.
report::ReportTemplate userReportTemplate();
QString userReportTemplatePath();

} // namespace odema::gui
