#include "gui/LanguageSettings.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

namespace odema::gui::LanguageSettings {

namespace {
const char *const settingsKey = "interface/langue";
const char *const sourceLanguage = "fr";

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LanguageSettings)
};
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

QMenu *createMenu(QWidget *parent)
{
    auto *menu = new QMenu(Tr::tr("&Langue"), parent);
    auto *group = new QActionGroup(menu);
    const QString current = preferred();
    const struct {
        QString code;
        QString label;
    } choices[] = {
        {QString(), Tr::tr("Langue du système")},
        // Each language is named in itself, so a user lost in the other one still finds it.
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.label);
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        action->setData(choice.code);
        group->addAction(action);
    }
    QObject::connect(group, &QActionGroup::triggered, menu, [parent](QAction *action) {
        const QString code = action->data().toString();
        if (code == preferred())
            return;
        setPreferred(code);
        QMessageBox::information(parent, Tr::tr("Langue"),
                                 Tr::tr("La nouvelle langue s'appliquera au prochain démarrage d'Odema Explorer."));
    });
    return menu;
}

} // namespace odema::gui::LanguageSettings
