// The "Qualité" tab (issue 16, item 3) on the fixture of made-up figures
// (tests/data/quality/README.md): its three findings listed, filtered by severity and text,
// sorted, a double-click showing the rows of a finding in the table, and an acknowledgment kept
// in the store across a restart. ODEMA_SCREENSHOT_DIR=folder keeps a picture of the tab.
#include "gui/MainWindow.h"
#include "gui/explorer/ExplorerView.h"
#include "gui/explorer/FlowTableModel.h"
#include "gui/quality/QualityFilterProxy.h"
#include "gui/quality/QualityModel.h"
#include "gui/quality/QualityPanel.h"
#include "gui/quality/QualityTab.h"
#include "import/Importer.h"
#include "quality/QualityAcknowledgment.h"
#include "quality/QualityCheck.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace odema;
using namespace odema::gui;

class TestQualityTab : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

    static QualityPanel *openTab(MainWindow &window)
    {
        installQualityTab(window);
        auto *panel = window.findChild<QualityPanel *>();
        if (!panel)
            return nullptr;
        QSignalSpy checked(panel, &QualityPanel::checked);
        window.tabs()->setCurrentWidget(panel); // shown: the checks start
        window.show();
        if (!checked.wait(60000))
            return nullptr;
        return panel;
    }
    static int rowOf(QualityPanel *panel, const char *kind)
    {
        for (int row = 0; row < panel->proxy()->rowCount(); ++row)
            if (panel->model()->finding(panel->proxy()->mapToSource(panel->proxy()->index(row, 0)).row()).kind == QLatin1String(kind))
                return row;
        return -1;
    }

private slots:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("fixture.sqlite"));
        auto store = Store::open(m_path, Store::OpenMode::CreateIfMissing);
        Importer importer(*store);
        for (const char *name : {"cog_regions.csv", "cog_departements.csv", "population_estimation.csv", "decheterie_collecte.csv",
                                 "decheterie_traitement.csv"})
            importer.importFile(QStringLiteral(ODEMA_TEST_DATA_DIR "/quality/") + QLatin1String(name));
    }

    void listsFiltersAndSorts()
    {
        MainWindow window(Store::open(m_path, Store::OpenMode::ReadWrite));
        QualityPanel *panel = openTab(window);
        QVERIFY(panel);
        QCOMPARE(panel->model()->rowCount(), 3);
        QVERIFY2(panel->summaryText().contains(QStringLiteral("avertissements : 3")), qPrintable(panel->summaryText()));
        panel->severityFilter()->setCurrentIndex(2); // errors only: the fixture has none
        QCOMPARE(panel->proxy()->rowCount(), 0);
        panel->severityFilter()->setCurrentIndex(1);
        QCOMPARE(panel->proxy()->rowCount(), 3);
        panel->searchBox()->setText(QStringLiteral("pas de calais")); // folded: "Pas-de-Calais"
        QCOMPARE(panel->proxy()->rowCount(), 1);
        QCOMPARE(rowOf(panel, QualityKind::Consistency), 0);
        panel->searchBox()->clear();
        // Sorted by gap in tonnes, largest first: Nord's +300 t, then the +10 t.
        panel->view()->sortByColumn(QualityModel::GapTonnes, Qt::DescendingOrder);
        QCOMPARE(rowOf(panel, QualityKind::Break), 0);
        QCOMPARE(rowOf(panel, QualityKind::Consistency), 1);
        if (qEnvironmentVariableIsSet("ODEMA_SCREENSHOT_DIR"))
            window.grab().save(QDir(qEnvironmentVariable("ODEMA_SCREENSHOT_DIR")).filePath(QStringLiteral("qualite-fixture.png")));
    }

    void doubleClickShowsTheRows()
    {
        MainWindow window(Store::open(m_path, Store::OpenMode::ReadWrite));
        QualityPanel *panel = openTab(window);
        QVERIFY(panel);
        const int row = rowOf(panel, QualityKind::Break);
        QVERIFY(row >= 0);
        QTableView *view = panel->view();
        const QRect cell = view->visualRect(panel->proxy()->index(row, QualityModel::Territory));
        QSignalSpy activated(panel, &QualityPanel::findingActivated);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center()); // the press a double-click follows
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(activated.size(), 1);
        const FlowFilter filter = window.explorer()->currentFilter();
        QCOMPARE(filter.territories.size(), 1);
        const qint64 nord = sql::scalar(window.store().database(), QStringLiteral("SELECT id FROM territory WHERE level = 'departement' AND code = '59'"))
                                .toLongLong();
        QCOMPARE(filter.territories.first().territoryId, nord);
        QCOMPARE(filter.yearFrom, 2019);
        QCOMPARE(filter.yearTo, 2021);
        QCOMPARE(window.tabs()->currentIndex(), 0); // the table: Nord collected 2019 and 2021, treated 2019
        FlowTableModel *table = window.explorer()->tableModel();
        QTRY_VERIFY_WITH_TIMEOUT(table->isUpToDate() && table->rowCount() == 3, 30000);
    }

    void acknowledgmentIsKept()
    {
        const QString comment = QStringLiteral("Écart vérifié avec l'ADEME : collecte corrigée en 2019.");
        QString key;
        {
            MainWindow window(Store::open(m_path, Store::OpenMode::ReadWrite));
            QualityPanel *panel = openTab(window);
            QVERIFY(panel);
            const int row = rowOf(panel, QualityKind::Consistency);
            panel->view()->selectRow(row);
            panel->commentBox()->setText(comment);
            panel->acknowledgeCurrent();
            const int source = panel->proxy()->mapToSource(panel->proxy()->index(row, 0)).row();
            key = panel->model()->finding(source).key();
            QCOMPARE(panel->model()->index(source, QualityModel::Comment).data().toString(), comment);
            QVERIFY2(panel->summaryText().contains(QStringLiteral("pris en compte : 1")), qPrintable(panel->summaryText()));
        }
        // Restarted: the comment comes back with the finding.
        MainWindow window(Store::open(m_path, Store::OpenMode::ReadWrite));
        QualityPanel *panel = openTab(window);
        QVERIFY(panel);
        const int row = rowOf(panel, QualityKind::Consistency);
        const int source = panel->proxy()->mapToSource(panel->proxy()->index(row, 0)).row();
        QCOMPARE(panel->model()->finding(source).key(), key);
        QCOMPARE(panel->model()->index(source, QualityModel::Comment).data().toString(), comment);
        panel->view()->selectRow(row);
        QCOMPARE(panel->commentBox()->text(), comment);
        panel->withdrawCurrent();
        QVERIFY(!loadAcknowledgments(window.store().database()).contains(key));
    }
};

QTEST_MAIN(TestQualityTab)
#include "tst_quality_tab.moc"
