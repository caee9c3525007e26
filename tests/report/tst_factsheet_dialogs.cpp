// The fact sheet dialogs on the real sample data, offscreen: the preview shows the two pages,
// the series dialog writes one PDF per département of Hauts-de-France into the chosen folder.
#include "gui/report/FactSheetDialog.h"
#include "gui/report/FactSheetSeriesDialog.h"
#include "sample/SampleData.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;

class TestFactSheetDialogs : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void previewShowsTwoPages();
    void seriesWritesOneFilePerTerritory();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestFactSheetDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // no user branding file from the real home
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("s.sqlite"));
    auto store = Store::open(m_path, Store::OpenMode::CreateIfMissing);
    SampleData::importInto(*store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
}

void TestFactSheetDialogs::previewShowsTwoPages()
{
    auto store = Store::open(m_path, Store::OpenMode::ReadOnly);
    const qint64 nord = TerritoryResolver(store->database()).resolve(QStringLiteral("departement:59")).id;
    gui::FactSheetDialog dialog(m_path, nord, 2021);
    int pages = 0;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        if (!l->pixmap().isNull() && l->pixmap().height() > l->pixmap().width())
            ++pages;
    QCOMPARE(pages, 2);
    bool status = false;
    for (QLabel *l : dialog.findChildren<QLabel *>())
        status = status || l->text().contains(QStringLiteral("Nord, données 2021"));
    QVERIFY(status);
    // ODEMA_SCREENSHOT_DIR=folder: keep an image of the dialog to look at.
    if (qEnvironmentVariableIsSet("ODEMA_SCREENSHOT_DIR")) {
        dialog.resize(900, 1000);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QDir(qEnvironmentVariable("ODEMA_SCREENSHOT_DIR")).filePath(QStringLiteral("fiche-dialog.png")));
    }
}

void TestFactSheetDialogs::seriesWritesOneFilePerTerritory()
{
    gui::FactSheetSeriesDialog dialog(m_path, 0, 2021); // defaults to Hauts-de-France, départements
    const QString out = m_dir.filePath(QStringLiteral("series"));
    for (QLineEdit *e : dialog.findChildren<QLineEdit *>())
        if (e->text().endsWith(QStringLiteral("fiches")))
            e->setText(out);
    QPushButton *start = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("Produire")))
            start = b;
    QVERIFY(start);
    start->click();
    QCOMPARE(QDir(out).entryList(QDir::Files).size(), 5);
    QVERIFY(dialog.findChild<QPlainTextEdit *>()->toPlainText().contains(QStringLiteral("Toutes les fiches sont écrites (5)")));
    if (qEnvironmentVariableIsSet("ODEMA_SCREENSHOT_DIR")) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QDir(qEnvironmentVariable("ODEMA_SCREENSHOT_DIR")).filePath(QStringLiteral("series-dialog.png")));
    }
}

QTEST_MAIN(TestFactSheetDialogs)
#include "tst_factsheet_dialogs.moc"
