// The "Graphiques" panel driven by the shared selection: a chart for a territory, the explicit
// "Pas de données pour cette sélection" for an empty one, every kind reachable.
#include "gui/charts/ChartPanel.h"
#include "sample/SampleData.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QChartView>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;

class TestChartPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void followsSelection();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestChartPanel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = Store::open(m_dir.filePath(QStringLiteral("s.sqlite")), Store::OpenMode::CreateIfMissing);
    SampleData::importInto(*m_store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
}

void TestChartPanel::followsSelection()
{
    gui::ChartPanel panel(m_store->database());
    panel.resize(900, 600);
    QVERIFY(!panel.currentData());
    QVERIFY(panel.messageText().contains(QStringLiteral("territoire")));

    FlowFilter filter;
    filter.territories << TerritorySelection{TerritoryResolver(m_store->database()).resolve(QStringLiteral("region:32")).id, true};
    filter.yearFrom = 1990;
    filter.yearTo = 1995;
    panel.setSelection(filter);
    QCOMPARE(panel.messageText(), QStringLiteral("Pas de données pour cette sélection"));

    filter.yearFrom = 2009;
    filter.yearTo = 2021;
    panel.setSelection(filter);
    QVERIFY(panel.currentData());
    QVERIFY(panel.messageText().isEmpty());
    for (ChartKind kind : allChartKinds()) {
        panel.setKind(kind);
        QVERIFY2(panel.currentData(), qPrintable(chartKindKey(kind) + panel.messageText()));
        QCOMPARE(panel.currentData()->kind, kind);
    }
    // "Exporter tous les graphiques": one file per kind, named from code, kind and years.
    QTemporaryDir out;
    charts::ExportSize size;
    size.dpi = 96;
    const auto report = panel.exportAllTo(out.path(), charts::ExportFormat::Svg, size);
    QCOMPARE(report.written.size(), 6);
    QVERIFY(report.skipped.isEmpty());
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("region-32_composition_2009-2019.svg"))));
    QVERIFY(QFile::exists(out.filePath(QStringLiteral("region-32_traitement_2009-2021.svg"))));

    panel.setKind(ChartKind::Composition);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    if (qEnvironmentVariableIsSet("ODEMA_CHART_PANEL_SHOT"))
        panel.grab().save(qEnvironmentVariable("ODEMA_CHART_PANEL_SHOT"));
}

QTEST_MAIN(TestChartPanel)
#include "tst_chart_panel.moc"
