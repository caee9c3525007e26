#pragma once
// Registers the "Carte" tab in the window: one call after the window is built
// (`installMapTab(window);`). The tab follows the explorer's selection, and a click on a
// territory selects it in the tree.
namespace odema::gui {

class MainWindow;

void installMapTab(MainWindow &window);

} // namespace odema::gui
