// Saved views without a window: the JSON file both ways, its errors (file:line:column, the
// member that is wrong, a newer format), and restoring on a store that lacks part of it.
#include "common/OdemaError.h"
#include "import/Importer.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"
#include "view/SavedView.h"
#include "view/ViewResolver.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;

namespace {

QString writeText(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString errorOf(const std::function<void()> &f)
{
    try {
        f();
    } catch (const OdemaError &e) {
        return e.message();
    }
    return QString();
}

SavedView everythingSet()
{
    SavedView v;
    v.territories = {QStringLiteral("departement:59"), QStringLiteral("departement:62")};
    v.includeContained = false;
    v.yearFrom = 2011;
    v.yearTo = 2017;
    v.streams = {QStringLiteral("02C"), QStringLiteral("02B")};
    v.modes = {QStringLiteral("02A")};
    v.channels = {QStringLiteral("DECH")};
    v.kind = FlowFilter::Kind::Traitement;
    v.text = QStringLiteral("Déchèterie « verte »");
    v.tab = ViewTab::Map;
    v.sort = {FlowColumn::Tonnes, Qt::DescendingOrder};
    v.pivot = {PivotRows::Mode, PivotMeasure::Share};
    v.chart.kind = ChartKind::Classement;
    v.chart.measure = Measure::Tonnes;
    v.chart.year = 2015;
    v.chart.national = true;
    v.chart.targetId = QStringLiteral("valorisation_dma");
    v.map.level = Level::Epci;
    v.map.inRegion = true;
    v.map.measure = geo::MapMeasure::Share;
    v.map.year = 2017;
    v.map.compareYear = 2011;
    v.map.classes = 7;
    v.map.method = geo::BreakMethod::Jenks;
    v.map.landfills = true;
    return v;
}

} // namespace

class TestSavedView : public QObject {
    Q_OBJECT
private slots:
    void fileBothWays()
    {
        QTemporaryDir dir;
        const SavedView v = everythingSet();
        const QString path = dir.filePath(QStringLiteral("vue.json"));
        v.write(path);
        QVERIFY(SavedView::looksLikeView(path));
        const SavedView back = SavedView::read(path);
        QVERIFY(back == v);
        // Every default survives too (an empty view is not "nothing set" by accident).
        SavedView defaults;
        defaults.write(path);
        QVERIFY(SavedView::read(path) == defaults);
    }

    void smallFileWithDefaults()
    {
        // Only the marker and what differs from the defaults: a file a person could write.
        QTemporaryDir dir;
        const SavedView v = SavedView::read(writeText(dir, QStringLiteral("v.json"),
            R"({"odemaView": 1, "territories": ["region:32"], "tab": "graphiques", "chart": {"kind": "composition"}})"));
        QCOMPARE(v.territories, QStringList{QStringLiteral("region:32")});
        QCOMPARE(v.tab, ViewTab::Charts);
        QCOMPARE(v.chart.kind, ChartKind::Composition);
        QCOMPARE(v.chart.measure, Measure::Default);
        QCOMPARE(v.map.classes, 5);
        QVERIFY(v.includeContained);
    }

    void errorsNameWhereAndWhat()
    {
        QTemporaryDir dir;
        const QString bad = writeText(dir, QStringLiteral("bad.json"), "{\"odemaView\": 1,\n  \"years\": {\"from\": 2009,, }\n}");
        const QString e1 = errorOf([&] { SavedView::read(bad); });
        QVERIFY2(e1.startsWith(bad + QStringLiteral(":2:")), qPrintable(e1));

        const QString wrongType = writeText(dir, QStringLiteral("w.json"), R"({"odemaView": 1, "chart": {"year": "2015"}})");
        const QString e2 = errorOf([&] { SavedView::read(wrongType); });
        QVERIFY2(e2.contains(QStringLiteral("chart.year")) && e2.contains(wrongType), qPrintable(e2));

        const QString wrongKey = writeText(dir, QStringLiteral("k.json"), R"({"odemaView": 1, "map": {"method": "pifometre"}})");
        const QString e3 = errorOf([&] { SavedView::read(wrongKey); });
        QVERIFY2(e3.contains(QStringLiteral("map.method")) && e3.contains(QStringLiteral("jenks")), qPrintable(e3));

        const QString newer = writeText(dir, QStringLiteral("n.json"), R"({"odemaView": 7})");
        QVERIFY(errorOf([&] { SavedView::read(newer); }).contains(QStringLiteral("plus récent")));

        const QString notView = writeText(dir, QStringLiteral("geo.json"), R"({"type": "FeatureCollection", "features": []})");
        QVERIFY(!SavedView::looksLikeView(notView));
        QVERIFY(errorOf([&] { SavedView::read(notView); }).contains(QStringLiteral("n'est pas une vue")));
    }

    void restoreNamesWhatTheStoreLacks()
    {
        // A store with the déchèterie extract only: départements 01–63 of 2009, no Nord.
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("s.sqlite")), Store::OpenMode::CreateIfMissing);
        Importer(*store).importFile(QStringLiteral(ODEMA_TEST_DATA_DIR "/real/sinoe14_tonnage_decheterie_par_type_dechet_dept__extrait.csv"));
        const ViewResolver resolver(store->database());

        SavedView v;
        v.territories = {QStringLiteral("departement:01"), QStringLiteral("departement:59"), QStringLiteral("pas une référence")};
        v.yearFrom = 2009;
        v.yearTo = 2009;
        v.streams = {QStringLiteral("02C"), QStringLiteral("99Z")};
        v.chart.kind = ChartKind::Composition;
        const RestoredView r = resolver.restore(v);
        QCOMPARE(r.state.filter.territories.size(), 1);
        QCOMPARE(r.state.filter.territories.first().territoryId, TerritoryResolver(store->database()).resolve(QStringLiteral("departement:01")).id);
        QCOMPARE(r.state.filter.streamIds.size(), 1);
        QCOMPARE(r.state.chart.kind, ChartKind::Composition);
        const QString said = r.notRestored.join(QLatin1Char('\n'));
        QVERIFY2(said.contains(QStringLiteral("departement:59")) && said.contains(QStringLiteral("pas une référence"))
                     && said.contains(QStringLiteral("99Z")), qPrintable(said));
        QCOMPARE(r.notRestored.size(), 3);

        // Years the store has no tonnage for are said too.
        v.territories = {QStringLiteral("departement:01")};
        v.streams.clear();
        v.yearFrom = 2019;
        v.yearTo = 2021;
        QCOMPARE(resolver.restore(v).notRestored.size(), 1);

        // What the store has comes back as it was captured.
        ViewState state = r.state;
        state.tab = ViewTab::Pivot;
        const SavedView captured = resolver.capture(state);
        QCOMPARE(captured.territories, QStringList{QStringLiteral("departement:01")});
        QCOMPARE(captured.streams, QStringList{QStringLiteral("02C")});
        const RestoredView again = resolver.restore(captured);
        QVERIFY(again.complete());
        QVERIFY(again.state == state);
    }
};

QTEST_GUILESS_MAIN(TestSavedView)
#include "tst_saved_view.moc"
