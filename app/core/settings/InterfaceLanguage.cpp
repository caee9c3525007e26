#include "settings/InterfaceLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace odema::InterfaceLanguage {

namespace {
const char *const settingsKey = "interface/langue";
const char *const sourceLanguage = "fr";
} // namespace

QStringList available() { return {QStringLiteral("fr"), QStringLiteral("en")}; }

QString preferred()
{
    const QString value = QSettings().value(QLatin1String(settingsKey)).toString();
    return available().contains(value) ? value : QString();
}

void setPreferred(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1String(settingsKey));
    else
        settings.setValue(QLatin1String(settingsKey), language);
}

QString effective()
{
    const QString chosen = preferred();
    if (!chosen.isEmpty())
        return chosen;
    // uiLanguages() honours LANGUAGE, LC_ALL, LC_MESSAGES and LANG, in that order.
    for (const QString &name : QLocale::system().uiLanguages()) {
        const QString language = name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (available().contains(language))
            return language;
    }
    return QLatin1String(sourceLanguage);
}

QString translationsDir()
{
    if (qEnvironmentVariableIsSet("ODEMA_TRANSLATIONS_DIR"))
        return qEnvironmentVariable("ODEMA_TRANSLATIONS_DIR");
    const QString dir = QDir(QCoreApplication::applicationDirPath())
                            .filePath(QStringLiteral("../share/odema-explorer/translations"));
    return QFileInfo::exists(dir) ? QDir(dir).absolutePath() : QString();
}

QString install(QCoreApplication &app, const QString &language)
{
    const QString lang = language.isEmpty() ? effective() : language;
    // Qt's own strings (standard buttons, file dialogs, QCommandLineParser) are English in
    // the library itself; French needs qtbase_fr.qm from qt6-translations-l10n.
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    if (lang != QLatin1String(sourceLanguage)) {
        auto *own = new QTranslator(&app);
        if (own->load(QStringLiteral("odema-explorer_") + lang, translationsDir()))
            QCoreApplication::installTranslator(own);
        else
            delete own; // untranslated: the interface stays in French rather than failing
    }
    return lang;
}

} // namespace odema::InterfaceLanguage
