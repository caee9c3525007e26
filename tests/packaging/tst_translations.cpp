// The English translation is complete and really used: every entry of the .ts is translated
// (with the same %n placeholders), counted messages have a singular and a plural form, the
// .ts covers every string of the sources in the context the code names, and the program
// speaks English when the locale or the preference asks for it.
#include "gui/AboutDialog.h"
#include "gui/AppMenus.h"
#include "gui/MainWindow.h"
#include "settings/InterfaceLanguage.h"
#include "store/Store.h"

#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace odema;

namespace {

struct TsStats {
    int messages = 0;
    QStringList problems; ///< one line per entry that is not finished
};

QSet<QString> placeholders(const QString &text)
{
    QSet<QString> found;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

TsStats readTs(const QString &path)
{
    TsStats stats;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        stats.problems << QStringLiteral("cannot open %1").arg(path);
        return stats;
    }
    QXmlStreamReader xml(&file);
    QString context, source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name"))
            context = xml.readElementText();
        else if (xml.name() == QLatin1String("source"))
            source = xml.readElementText();
        else if (xml.name() == QLatin1String("translation")) {
            ++stats.messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            // Plural forms carry <numerusform> children; the others carry text directly.
            while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
            }
            const QString where = QStringLiteral("[%1] %2").arg(context, source.left(70));
            if (!type.isEmpty())
                stats.problems << QStringLiteral("%1: type=\"%2\"").arg(where, type);
            else if (text.trimmed().isEmpty())
                stats.problems << QStringLiteral("%1: empty translation").arg(where);
            else if (placeholders(source) != placeholders(text))
                stats.problems << QStringLiteral("%1: placeholders differ").arg(where);
        }
    }
    if (xml.hasError())
        stats.problems << QStringLiteral("%1: %2").arg(path, xml.errorString());
    return stats;
}

/// Counted messages (numerus="yes") whose English forms are not "one" and "many": two forms,
/// different, each with %n, none in the "(s)" style.
QStringList badPlurals(const QString &path)
{
    QStringList problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("cannot open %1").arg(path)};
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    QStringList forms;
    int plurals = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
            numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            forms.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && numerus) {
            ++plurals;
            const bool ok = forms.size() == 2 && forms.at(0) != forms.at(1) && forms.at(0).contains(QLatin1String("%n"))
                         && forms.at(1).contains(QLatin1String("%n")) && !forms.join(QString()).contains(QLatin1String("(s)"));
            if (!ok)
                problems << QStringLiteral("%1 => %2").arg(source.left(70), forms.join(QStringLiteral(" | ")));
        }
    }
    if (plurals < 10)
        problems << QStringLiteral("only %1 counted messages: are plurals still real numerus entries?").arg(plurals);
    return problems;
}

/// Runs the program with a clean home (no stored preference) and the given locale.
QString runProgram(const QStringList &arguments, const QString &lang, const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "ODEMA_TRANSLATIONS_DIR"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ODEMA_BINARY), arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

const QString tsPath = QStringLiteral(ODEMA_TS_FILE);

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT
private slots:
    void everyEntryTranslated()
    {
        const TsStats stats = readTs(tsPath);
        QVERIFY2(stats.messages > 50, qPrintable(QStringLiteral("only %1 entries in %2").arg(stats.messages).arg(tsPath)));
        QVERIFY2(stats.problems.isEmpty(), qPrintable(stats.problems.join(QLatin1Char('\n'))));
    }

    void pluralsHaveTheirForms()
    {
        const QStringList problems = badPlurals(tsPath);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void tsCoversEverySourceString()
    {
        // lupdate over a copy: any string of app/ missing from the .ts comes back "unfinished".
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(tsPath, copy));
        QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.start(QStringLiteral(ODEMA_LUPDATE), {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                                                       QStringLiteral("none"), QStringLiteral(ODEMA_APP_SOURCE_DIR),
                                                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const TsStats stats = readTs(copy);
        QVERIFY2(stats.problems.isEmpty(),
                 qPrintable(QStringLiteral("run `ninja update_translations` and translate:\n")
                            + stats.problems.join(QLatin1Char('\n'))));
    }

    void commandLineFollowsLocale()
    {
        QTemporaryDir home;
        const QString english = runProgram({QStringLiteral("--help")}, QStringLiteral("en_US.UTF-8"), home.path());
        QVERIFY2(english.contains(QLatin1String("\nVerbs:\n")), qPrintable(english));
        QVERIFY2(english.contains(QLatin1String("imports files")), qPrintable(english));
        const QString french = runProgram({QStringLiteral("--help")}, QStringLiteral("fr_FR.UTF-8"), home.path());
        QVERIFY2(french.contains(QLatin1String("\nVerbes :\n")), qPrintable(french));
        // A locale the program does not speak falls back to French, its source language.
        const QString german = runProgram({QStringLiteral("--help")}, QStringLiteral("de_DE.UTF-8"), home.path());
        QVERIFY2(german.contains(QLatin1String("\nVerbes :\n")), qPrintable(german));
    }

    void preferenceOverridesLocale()
    {
        QTemporaryDir home;
        {
            QSettings settings(home.filePath(QStringLiteral(".config/Odema/odema-explorer.conf")), QSettings::IniFormat);
            settings.setValue(QStringLiteral("interface/langue"), QStringLiteral("en"));
        }
        const QString text = runProgram({QStringLiteral("paths")}, QStringLiteral("fr_FR.UTF-8"), home.path());
        QVERIFY2(text.contains(QLatin1String("Language")) && text.contains(QLatin1String(": en\n")), qPrintable(text));
    }

    void windowInEnglish()
    {
        QCOMPARE(InterfaceLanguage::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QTemporaryDir dir;
        gui::MainWindow window(Store::open(dir.filePath(QStringLiteral("t.sqlite")), Store::OpenMode::CreateIfMissing));
        gui::addPreferencesAndHelpMenus(&window);
        QStringList menus;
        for (QAction *action : window.menuBar()->actions())
            menus << action->text();
        QVERIFY2(menus.contains(QLatin1String("&File")), qPrintable(menus.join(QLatin1Char(' '))));
        QVERIFY2(menus.contains(QLatin1String("&Help")), qPrintable(menus.join(QLatin1Char(' '))));
        QVERIFY(!menus.contains(QLatin1String("&Fichier")));
        gui::AboutDialog about(&window);
        QCOMPARE(about.windowTitle(), QStringLiteral("About Odema Explorer"));
        QVERIFY(gui::AboutDialog::bodyHtml().contains(QLatin1String("Libraries")));

        // Each string is found in the context the code names (no single-context lookup), and a
        // count picks its form: "1 file", "2 files".
        const char *imported = "%n fichier(s) importé(s).";
        QCOMPARE(QCoreApplication::translate("odema::gui::ImportHistoryPanel", imported, nullptr, 1), QStringLiteral("1 file imported."));
        QCOMPARE(QCoreApplication::translate("odema::gui::ImportHistoryPanel", imported, nullptr, 2), QStringLiteral("2 files imported."));
        const char *cancelled = "Annulé : %n fichier(s) complet(s) écrit(s), aucun fichier partiel.";
        QCOMPARE(QCoreApplication::translate("Report", cancelled, nullptr, 1), QStringLiteral("Cancelled: 1 complete file written, no partial file."));
        QCOMPARE(QCoreApplication::translate("Report", cancelled, nullptr, 3), QStringLiteral("Cancelled: 3 complete files written, no partial file."));
        QCOMPARE(QCoreApplication::translate("Cli", "Base à lire."), QStringLiteral("Store to read."));
        QCOMPARE(QCoreApplication::translate("Import", "Base à lire."), QStringLiteral("Base à lire.")); // not in that context
    }
};

QTEST_MAIN(TranslationsTest)
#include "tst_translations.moc"
