#pragma once
// The menus every window of the application shares: "Préférences > Langue" and
// "Aide > À propos". One call from the main window adds them (or fills its own menus when it
// already has menus named "menuPreferences" / "menuHelp").
class QMainWindow;

namespace odema::gui {

void addPreferencesAndHelpMenus(QMainWindow *window);

} // namespace odema::gui
