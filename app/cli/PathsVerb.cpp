// `odema-explorer paths`: where this installation reads its sample data and translations, and
// where it keeps the user's store and preferences. Lets a user find the store to back it up,
// and lets the package test prove an installed copy reads nothing from the build folder.
#include "cli/Terminal.h"
#include "cli/Verbs.h"
#include "sample/SampleData.h"
#include "settings/InterfaceLanguage.h"
#include "settings/StoreLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSettings>

#ifndef ODEMA_SOURCE_DATA_DIR // given by packaging/Packaging.cmake, like the executable's
#define ODEMA_SOURCE_DATA_DIR ""
#endif
#ifndef ODEMA_INSTALL_DATA_SUBDIR
#define ODEMA_INSTALL_DATA_SUBDIR "share/odema-explorer/data"
#endif

namespace odema::cli {

int runPaths(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Indique où cette installation lit ses données d'exemple et ses traductions, et où elle garde la base "
        "et les préférences de l'utilisateur.\n"
        "Exemple : odema-explorer paths"));
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    const QString none = QCoreApplication::translate("Cli", "(introuvable)");
    const QString data = SampleData::locate(QStringLiteral(ODEMA_SOURCE_DATA_DIR), QStringLiteral(ODEMA_INSTALL_DATA_SUBDIR));
    const QString translations = InterfaceLanguage::translationsDir();
    out(QCoreApplication::translate("Cli",
                                    "Programme           : %1\n"
                                    "Données d'exemple   : %2\n"
                                    "Traductions         : %3\n"
                                    "Langue              : %4\n"
                                    "Base par défaut     : %5\n"
                                    "Préférences         : %6\n")
            .arg(QCoreApplication::applicationFilePath(), data.isEmpty() ? none : data,
                 translations.isEmpty() ? none : translations, InterfaceLanguage::effective(),
                 StoreLocation::defaultPath(), QSettings().fileName()));
    return 0;
}

} // namespace odema::cli
