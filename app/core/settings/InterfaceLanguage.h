#pragma once
// Interface language: French (the source language) or English, following the system locale
// unless the user picked one (QSettings "interface/langue"). Loads the application's .qm from
// share/odema-explorer/translations next to the executable's prefix, and Qt's own catalogue
// (qtbase_xx.qm) so standard dialogs and --help speak the same language. The window and the
// command line both use it; the window adds the menu that changes it (gui/LanguageSettings).
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace odema::InterfaceLanguage {

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

} // namespace odema::InterfaceLanguage
