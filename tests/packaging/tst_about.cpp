// The About dialog names the version, the licence of every data source and the libraries.
#include "gui/AboutDialog.h"

#include <QtTest>

using namespace odema::gui;

class AboutTest : public QObject {
    Q_OBJECT
private slots:
    void namesVersionLicencesAndLibraries()
    {
        const QString html = AboutDialog::bodyHtml();
        QVERIFY(html.contains(QStringLiteral(ODEMA_VERSION)));
        QVERIFY(html.contains(QLatin1String("Licence Ouverte / Etalab 2.0")));
        for (const char *source : {"ADEME", "SINOE®", "Odema", "INSEE", "IGN"})
            QVERIFY2(html.contains(QString::fromUtf8(source)), source);
        QVERIFY(html.contains(QStringLiteral("Qt %1").arg(QLatin1String(qVersion()))));
        QVERIFY(!AboutDialog::sqliteVersion().isEmpty());
        QVERIFY(html.contains(QStringLiteral("SQLite %1").arg(AboutDialog::sqliteVersion())));
    }

    void dialogOpens()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("À propos d'Odema Explorer"));
    }
};

QTEST_MAIN(AboutTest)
#include "tst_about.moc"
