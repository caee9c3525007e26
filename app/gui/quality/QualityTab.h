#pragma once
// Registers the "Qualité" tab in the window (`installQualityTab(window);`): the findings of the
// quality checks; a double-click selects the finding's territory, years and stream in the shared
// selection and shows the table, so that the rows it is about are on screen.
namespace odema::gui {

class MainWindow;

void installQualityTab(MainWindow &window);

} // namespace odema::gui
