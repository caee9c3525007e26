#pragma once
// The "Langue" submenu of the preferences: system / Français / English, saved at once through
// InterfaceLanguage (core/settings), applied at the next start.
class QMenu;
class QWidget;

namespace odema::gui::LanguageSettings {

QMenu *createMenu(QWidget *parent);

} // namespace odema::gui::LanguageSettings
