#pragma once
// Interface language: French (the source language) or English, following the system locale
// unless the user picked one in the preferences (QSettings "interface/langue"). Loads the
// application's .qm from share/odema-explorer/translations next to the executable's prefix,
// and Qt's own catalogue (qtbase_xx.qm) so standard dialogs speak the same language.
#include <QString>
#include <QStringList>

class QCoreApplication;
class QMenu;
class QWidget;

namespace odema::gui::LanguageSettings {

/// Languages the interface exists in, source language first.
QStringList available();

/// The stored choice: "" (follow the system), "fr" or "en".
QString preferred();
void setPreferred(const QString &language);

/// The language to use now: the stored choice, else the first of the system's UI languages
/// that the application speaks, else French.
QString effective();

/// Folder of the application's .qm files: $ODEMA_TRANSLATIONS_DIR, else
/// <executable>/../share/odema-explorer/translations (the same layout in a build tree and
/// once installed), else empty.
QString translationsDir();

/// Installs the translators for `language` (effective() when empty) on the running
/// application. Returns the language installed. Call once, right after creating the app.
QString install(QCoreApplication &app, const QString &language = QString());

/// "Langue" submenu for the preferences: system / Français / English, saved at once,
/// applied at the next start.
QMenu *createMenu(QWidget *parent);

} // namespace odema::gui::LanguageSettings
