// A view saved from the window and reopened in a new window (settings cleared, as after a
// restart) gives the same table, cross table, chart and map; the same file through
// `chart --view` and `map --view` writes the chart and the map the window showed, byte for byte.
#include "charts/ChartExporter.h"
#include "gui/MainWindow.h"
#include "gui/charts/ChartPanel.h"
#include "gui/charts/ChartTab.h"
#include "gui/explorer/ExplorerView.h"
#include "gui/explorer/FlowTableModel.h"
#include "gui/explorer/PivotModel.h"
#include "gui/map/MapPanel.h"
#include "gui/map/MapTab.h"
#include "gui/map/MapView.h"
#include "gui/view/ViewController.h"
#include "map/MapExporter.h"
#include "sample/SampleData.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"
#include "view/SavedView.h"

#include <QProcess>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using namespace odema::gui;

namespace {

/// What a person sees of the four views, as text: compared between the two windows.
struct Seen {
    QStringList tableRows;
    QStringList pivot;
    QStringList chart;
    QStringList map;
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString run(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(ODEMA_BINARY), arguments);
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAllStandardError()));
    return QString();
}

} // namespace

class TestViewWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_store;

    std::unique_ptr<MainWindow> openWindow()
    {
        auto w = std::make_unique<MainWindow>(Store::open(m_store, Store::OpenMode::ReadWrite));
        installChartTab(*w);
        installMapTab(*w);
        w->resize(1400, 860);
        w->show();
        return w;
    }

    int tabOf(MainWindow &w, ViewTab tab)
    {
        for (int i = 0; i < w.tabs()->count(); ++i)
            if (w.tabs()->widget(i)->property(ExplorerView::kViewTabProperty).toString() == viewTabKey(tab))
                return i;
        return -1;
    }

    Seen look(MainWindow &w)
    {
        Seen seen;
        ExplorerView *explorer = w.explorer();
        FlowTableModel *table = explorer->tableModel();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(table->isUpToDate() && table->countKnown() && table->isRowLoaded(0), 10000); }();
        for (int r = 0; r < qMin(40, table->rowCount()); ++r) {
            QStringList cells;
            for (int c = 0; c < table->columnCount(); ++c)
                cells << table->index(r, c).data().toString();
            seen.tableRows << cells.join(QLatin1Char('|'));
        }
        seen.tableRows << QString::number(table->rowCount());

        const int shown = w.tabs()->currentIndex();
        w.tabs()->setCurrentIndex(tabOf(w, ViewTab::Pivot));
        PivotModel *pivot = explorer->pivotModel();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(pivot->isReady(), 10000); }();
        for (int r = 0; r < pivot->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < pivot->columnCount(); ++c)
                cells << pivot->index(r, c).data().toString();
            seen.pivot << cells.join(QLatin1Char('|'));
        }

        auto *chart = w.findChild<ChartPanel *>();
        if (chart->currentData()) {
            const ChartData &d = *chart->currentData();
            seen.chart << d.title << d.subtitle << d.categories.join(QLatin1Char(','));
            for (const ChartSeries &s : d.series) {
                QStringList values;
                for (const auto &v : s.values)
                    values << (v ? QString::number(*v, 'f', 6) : QStringLiteral("-"));
                seen.chart << s.name + QLatin1Char('=') + values.join(QLatin1Char(','));
            }
        } else {
            seen.chart << chart->messageText();
        }

        w.tabs()->setCurrentIndex(tabOf(w, ViewTab::Map));
        auto *map = w.findChild<MapPanel *>();
        const geo::MapData &m = map->view()->mapData();
        seen.map << m.title << m.subtitle << QString::number(m.year) << map->messageText();
        for (const geo::MapFeature &f : m.features)
            seen.map << f.territory.code + QLatin1Char('=') + (f.value ? QString::number(*f.value, 'f', 6) : QStringLiteral("-"));
        w.tabs()->setCurrentIndex(shown);
        return seen;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OdemaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_view_window"));
        QSettings().clear();
        m_store = m_dir.filePath(QStringLiteral("sample.sqlite"));
        auto store = Store::open(m_store, Store::OpenMode::CreateIfMissing);
        SampleData::importInto(*store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
    }

    void savedThenReopened()
    {
        const QString viewPath = m_dir.filePath(QStringLiteral("nord-verts.json"));
        Seen before;
        QByteArray chartSeen;
        QByteArray mapSeen;
        {
            auto w = openWindow();
            const QSqlDatabase db = w->store().database();
            const TerritoryResolver resolver(db);
            // What an analyst sets by hand: Nord and Pas-de-Calais, 2011–2017, two streams,
            // the table sorted by tonnes, the cross table by stream in kg/hab, the chart of
            // composition in %, the map of EPCI tonnes in 4 Jenks classes, the chart in front.
            ViewState state;
            state.filter.territories = {{resolver.resolve(QStringLiteral("departement:59")).id, true},
                                        {resolver.resolve(QStringLiteral("departement:62")).id, true}};
            state.filter.yearFrom = 2011;
            state.filter.yearTo = 2017;
            for (const char *code : {"02B", "02C"}) // in the filter bar's order
                state.filter.streamIds << sql::scalar(db, QStringLiteral("SELECT id FROM waste_stream WHERE code = ?"), {QLatin1String(code)}).toLongLong();
            state.sort = {FlowColumn::Tonnes, Qt::DescendingOrder};
            state.pivot = {PivotRows::Stream, PivotMeasure::KgPerInhabitant};
            state.chart.kind = ChartKind::Composition;
            state.chart.measure = Measure::Percent;
            state.chart.targetId = QStringLiteral("valorisation_dma"); // the target box always shows one
            state.map.level = Level::Epci;
            state.map.measure = geo::MapMeasure::Tonnes;
            state.map.classes = 4;
            state.map.method = geo::BreakMethod::Jenks;
            state.tab = ViewTab::Charts;
            ViewController views(*w);
            const QStringList notShown = views.show(state);
            QVERIFY2(notShown.isEmpty(), qPrintable(notShown.join(QLatin1Char(';'))));
            const ViewState shown = views.current();
            QVERIFY(views.current() == state);
            before = look(*w);
            QVERIFY(before.chart.size() > 3);   // a chart, not a message
            QVERIFY(before.map.size() > 10);    // EPCI of the région
            QVERIFY(before.pivot.size() >= 2);
            views.save(viewPath);

            QTemporaryDir out;
            const ChartPanel *chart = w->findChild<ChartPanel *>();
            charts::ExportSize size;
            size.dpi = 96; // the chart verb's size of a vector file
            charts::ChartExporter::exportToFile(*chart->currentData(), size, charts::ExportFormat::Svg, out.filePath(QStringLiteral("c.svg")));
            chartSeen = fileBytes(out.filePath(QStringLiteral("c.svg")));
            map::MapExporter::exportToFile(w->findChild<MapPanel *>()->view()->mapData(), map::MapPageSize(), map::MapFormat::Svg,
                                           out.filePath(QStringLiteral("m.svg")));
            mapSeen = fileBytes(out.filePath(QStringLiteral("m.svg")));
        }
        QVERIFY(SavedView::looksLikeView(viewPath));

        // A restart: nothing of the last session is left, the window opens on its home.
        QSettings().clear();
        auto w = openWindow();
        const QStringList missing = ViewController(*w).open(viewPath);
        QCOMPARE(missing, QStringList());
        QCOMPARE(w->tabs()->currentIndex(), tabOf(*w, ViewTab::Charts));
        const Seen after = look(*w);
        QCOMPARE(after.tableRows, before.tableRows);
        QCOMPARE(after.pivot, before.pivot);
        QCOMPARE(after.chart, before.chart);
        QCOMPARE(after.map, before.map);

        // The same file headless draws what the window showed.
        QTemporaryDir out;
        const QString chartPath = out.filePath(QStringLiteral("chart.svg"));
        QCOMPARE(run({QStringLiteral("chart"), QStringLiteral("--db"), m_store, QStringLiteral("--view"), viewPath,
                      QStringLiteral("--out"), chartPath}), QString());
        QVERIFY(fileBytes(chartPath) == chartSeen);
        const QString mapPath = out.filePath(QStringLiteral("map.svg"));
        QCOMPARE(run({QStringLiteral("map"), QStringLiteral("--db"), m_store, QStringLiteral("--view"), viewPath,
                      QStringLiteral("--out"), mapPath}), QString());
        QVERIFY(fileBytes(mapPath) == mapSeen);
    }

    void partOfAViewOnAnotherStore()
    {
        // A view naming a territory and a stream this store does not have: the rest is
        // restored, the missing parts are named; the verbs refuse it and write nothing.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v.json"));
        SavedView v;
        v.territories = {QStringLiteral("departement:59"), QStringLiteral("epci:999999999")};
        v.streams = {QStringLiteral("02C"), QStringLiteral("ZZZ")};
        v.tab = ViewTab::Pivot;
        v.write(path);
        auto w = openWindow();
        const QStringList missing = ViewController(*w).open(path);
        QCOMPARE(missing.size(), 2);
        QVERIFY(missing.join(QLatin1Char(' ')).contains(QStringLiteral("epci:999999999")));
        QVERIFY(missing.join(QLatin1Char(' ')).contains(QStringLiteral("ZZZ")));
        QCOMPARE(w->explorer()->currentFilter().territories.size(), 1);
        QVERIFY(w->explorer()->isPivotShown());
        const QString out = dir.filePath(QStringLiteral("c.svg"));
        const QString said = run({QStringLiteral("chart"), QStringLiteral("--db"), m_store, QStringLiteral("--view"), path,
                                  QStringLiteral("--out"), out});
        QVERIFY2(said.startsWith(QStringLiteral("exit 1")) && said.contains(QStringLiteral("ZZZ")), qPrintable(said));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestViewWindow)
#include "tst_view_window.moc"
