#pragma once
// Registers the "Graphiques" tab in the window: one call after the window is built
// (`installChartTab(window);`). The tab follows the explorer's selection (territories, years,
// streams, modes) through ChartPanel::setSelection.
namespace odema::gui {

class MainWindow;

void installChartTab(MainWindow &window);

} // namespace odema::gui
