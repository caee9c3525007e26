// Map data from the real sample data (boundaries included in data/manifest.json): outlines
// imported and tied to territories, Lambert-93 through PROJ, the département map of
// Hauts-de-France with the right values, unmapped commune codes reported, landfill overlay.
#include "TestStores.h"
#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "geo/BoundaryStore.h"
#include "geo/Lambert93.h"
#include "geo/MapDataBuilder.h"
#include "import/Importer.h"
#include "sample/SampleData.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using namespace odema::geo;

class TestMapData : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QList<ImportReport> m_reports;
    qint64 m_hdf = 0;

    double valueOf(const MapData &d, const QString &code)
    {
        for (const MapFeature &f : d.features)
            if (f.territory.code == code) {
                if (!f.value)
                    qWarning() << "no value for" << code;
                return f.value.value_or(-1);
            }
        qWarning() << "no feature" << code;
        return -2;
    }

private slots:
    void initTestCase()
    {
        m_store = Store::open(test::newStoreLocation(m_dir, QStringLiteral("store.sqlite")), Store::OpenMode::CreateIfMissing);
        m_reports = SampleData::importInto(*m_store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
        m_hdf = TerritoryResolver(m_store->database()).resolve(QStringLiteral("region:32")).id;
    }

    void lambert93OfKnownPoints()
    {
        // cs2cs EPSG:4326 EPSG:2154 (proj-bin 9.1.1): Lille 50.6292 N 3.0573 E -> 704061.15 7059136.59;
        // the projection's origin meridian 3° E at 46.5° N -> 700000 6600000 by definition.
        const Lambert93 p;
        const QPointF lille = p.project(3.0573, 50.6292);
        QVERIFY2(std::abs(lille.x() - 704061.15) < 1 && std::abs(lille.y() - 7059136.59) < 1,
                 qPrintable(QStringLiteral("%1 %2").arg(lille.x(), 0, 'f', 2).arg(lille.y(), 0, 'f', 2)));
        const QPointF origin = p.project(3.0, 46.5);
        QVERIFY(std::abs(origin.x() - 700000) < 0.01 && std::abs(origin.y() - 6600000) < 0.01);
    }

    void simplifiedOutline()
    {
        // By hand: a 10 × 10 square with points on its edges, one 0.05 off the bottom edge and
        // one 1 off the right edge: at tolerance 0.1 the corners and the 1-off point remain.
        GeoShape square;
        square.polygons = {{QPolygonF({{0, 0}, {5, 0.05}, {10, 0}, {11, 5}, {10, 10}, {5, 10}, {0, 10}, {0, 5}})}};
        const QPolygonF ring = square.simplified(0.1).polygons.first().first();
        QCOMPARE(ring, QPolygonF({{0, 0}, {10, 0}, {11, 5}, {10, 10}, {0, 10}}));
        // A ring smaller than the tolerance keeps 3 points.
        QCOMPARE(square.simplified(100).polygons.first().first().size(), 3);

        // The Nord of the detailed file at 1 km (what a locator 3 cm high needs): most points
        // dropped, every dropped point within 1 km of the kept outline, the area nearly kept.
        const MapGeometry g = BoundaryStore(m_store->database()).load(Level::Departement, m_hdf);
        const auto nord = std::find_if(g.territories.cbegin(), g.territories.cend(),
                                       [](const MapTerritory &t) { return t.code == QLatin1String("59"); });
        QVERIFY(nord != g.territories.cend());
        const GeoShape simple = nord->shape.simplified(1000);
        QVERIFY2(simple.pointCount() * 5 < nord->shape.pointCount(),
                 qPrintable(QStringLiteral("%1 of %2").arg(simple.pointCount()).arg(nord->shape.pointCount())));
        QVERIFY(std::abs(simple.area() / nord->shape.area() - 1) < 0.02);
        const QPolygonF kept = simple.polygons.first().first();
        for (const QPointF &p : nord->shape.polygons.first().first()) {
            double nearest = 1e12;
            for (int i = 0; i < kept.size(); ++i) {
                const QLineF edge(kept.at(i), kept.at((i + 1) % kept.size()));
                const double t = std::clamp(QPointF::dotProduct(p - edge.p1(), edge.p2() - edge.p1())
                                                / std::max(1e-9, QPointF::dotProduct(edge.p2() - edge.p1(), edge.p2() - edge.p1())),
                                            0.0, 1.0);
                nearest = std::min(nearest, QLineF(p, edge.pointAt(t)).length());
            }
            QVERIFY2(nearest <= 1000.001, qPrintable(QString::number(nearest)));
        }
    }

    void boundariesImported()
    {
        const QSqlDatabase db = m_store->database();
        const auto count = [&](const char *where) {
            return sql::scalar(db, QStringLiteral("SELECT count(*) FROM boundary WHERE %1").arg(QLatin1String(where))).toInt();
        };
        QCOMPARE(count("level = 'region'"), 13 + 1);         // France file + the single-Feature HdF file
        QCOMPARE(count("level = 'departement'"), 96 + 5);
        QCOMPARE(count("level = 'epci'"), 92);
        QCOMPARE(count("level = 'commune'"), 3808);
        // COG 2018 commune codes: 20 no longer exist in COG 2024; 15 are former communes
        // (COMD/COMA) tied to today's commune; 5 map to nothing and are kept, flagged.
        QCOMPARE(count("level = 'commune' AND mapping = 'alias'"), 15);
        QStringList unmapped;
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT code FROM boundary WHERE mapping = 'unmapped' ORDER BY code"));
        while (q.next())
            unmapped << q.value(0).toString();
        QCOMPARE(unmapped, (QStringList{QStringLiteral("60475"), QStringLiteral("62210"), QStringLiteral("80209"),
                                        QStringLiteral("80389"), QStringLiteral("80419")}));
        // …and the import report says so.
        bool reported = false;
        for (const ImportReport &r : m_reports)
            if (r.fileName == QLatin1String("geo_communes_hdf_2018.geojson"))
                reported = r.notes.join(QLatin1Char('\n')).contains(QLatin1String("80389"));
        QVERIFY(reported);
    }

    void departementsOfHautsDeFrance()
    {
        MapDataBuilder builder(m_store->database());
        MapRequest r;
        r.level = Level::Departement;
        r.withinId = m_hdf;
        r.year = 2021;
        r.streamIds = builder.streamIdsFromCodes({QStringLiteral("DECH")});
        r.measure = MapMeasure::Tonnes;
        MapData d = builder.build(r);
        QCOMPARE(d.features.size(), 5);
        QCOMPARE(d.noDataCount, 0);
        QVERIFY(std::abs(valueOf(d, QStringLiteral("02")) - 149162.47) < 0.005);
        QVERIFY(std::abs(valueOf(d, QStringLiteral("59")) - 641071.69) < 0.005);
        QVERIFY(std::abs(valueOf(d, QStringLiteral("60")) - 217001.84) < 0.005);
        QVERIFY(std::abs(valueOf(d, QStringLiteral("62")) - 363554.50) < 0.005);
        QVERIFY(std::abs(valueOf(d, QStringLiteral("80")) - 175099.82) < 0.005);
        // The more detailed regional file is chosen over the national one for these five.
        QCOMPARE(d.sourceLine.contains(QLatin1String("geo_departements_hdf_2018.geojson")), true);
        for (const MapFeature &f : d.features)
            QVERIFY(f.classIndex >= 0 && f.classIndex < d.colours.size());

        r.measure = MapMeasure::KgPerInhabitant;
        d = builder.build(r);
        QCOMPARE(formatNumber(valueOf(d, QStringLiteral("59")), 2), QStringLiteral("245,87"));
        const MapFeature *nord = nullptr;
        for (const MapFeature &f : d.features)
            if (f.territory.code == QLatin1String("59"))
                nord = &f;
        QVERIFY(nord);
        QCOMPARE(d.formatValue(nord->value), QStringLiteral("245,87\u00a0kg/hab"));
        QCOMPARE(d.legendLabels.size(), d.colours.size());
        QVERIFY(d.title.contains(QLatin1String("2021")));
    }

    void incompleteYearSaid()
    {
        // 2021 holds only the déchèterie file (the OMA file stops in 2019): a map of every
        // stream says so instead of letting 2021 read as a fall.
        MapDataBuilder builder(m_store->database());
        MapRequest r;
        r.level = Level::Departement;
        r.withinId = m_hdf;
        r.year = 2021;
        const MapData d = builder.build(r);
        QVERIFY2(d.notes.join(QLatin1Char('\n')).contains(QLatin1String("Collecte OMR")), qPrintable(d.notes.join(QLatin1Char('\n'))));
        r.year = 2019;
        QVERIFY(!builder.build(r).notes.join(QLatin1Char('\n')).contains(QLatin1String("ne couvrent que")));
    }

    void collecteAndTraitementNeverAdded()
    {
        // 2017 has both datasets for déchèteries; the map reads one kind only. The traitement
        // total (every mode) must equal the sum of its own rows, not collecte + traitement.
        MapDataBuilder builder(m_store->database());
        MapRequest r;
        r.level = Level::Departement;
        r.withinId = m_hdf;
        r.year = 2017;
        r.measure = MapMeasure::Tonnes;
        r.modeIds = builder.modeIdsFromCodes({QStringLiteral("valorisation")});
        const MapData d = builder.build(r);
        // One data set: SINOE04, the catalogue's first on the treatment side, never added to the
        // déchèterie or OMA destination files that describe part of the same tonnes.
        const double direct = sql::scalar(m_store->database(), QStringLiteral(
            "SELECT sum(f.grams) / 1000000.0 FROM flow f JOIN territory t ON t.id = f.territory_id JOIN treatment_mode m ON m.id = f.mode_id "
            "JOIN dataset d ON d.id = f.dataset_id AND d.code = 'sinoe04-dma-destination' "
            "WHERE f.kind = 'traitement' AND f.year = 2017 AND t.level = 'departement' AND t.code = '59' AND m.grp = 'valorisation'")).toDouble();
        QVERIFY(direct > 0);
        QVERIFY(std::abs(valueOf(d, QStringLiteral("59")) - direct) < 0.01);
        // Share of valorisation: between 0 and 100 %.
        r.measure = MapMeasure::Share;
        const MapData share = builder.build(r);
        QVERIFY(valueOf(share, QStringLiteral("59")) > 0 && valueOf(share, QStringLiteral("59")) < 100);
    }

    void communesWithUnmappedOutlines()
    {
        MapDataBuilder builder(m_store->database());
        MapRequest r;
        r.level = Level::Commune;
        r.withinId = m_hdf;
        r.measure = MapMeasure::Population;
        r.year = 2021;
        const MapData d = builder.build(r);
        int unmapped = 0;
        for (const MapFeature &f : d.features)
            unmapped += f.territory.territoryId == 0 ? 1 : 0;
        QCOMPARE(unmapped, 5);
        // 3 788 current communes (15 of them drawn with a former commune's outline) + 5 orphans.
        QCOMPARE(d.features.size(), 3788 + 5);
        QVERIFY(d.notes.join(QLatin1Char('\n')).contains(QLatin1String("80389")));
        QVERIFY(d.hasValues());
    }

    void franceWithoutOverseas()
    {
        MapDataBuilder builder(m_store->database());
        MapRequest r;
        r.level = Level::Departement;
        r.measure = MapMeasure::KgPerInhabitant;
        r.year = 2021;
        const MapData d = builder.build(r);
        QCOMPARE(d.features.size(), 96);
        // The overseas départements have no outline in the metropolitan file: said, not hidden.
        QVERIFY(d.notes.join(QLatin1Char('\n')).contains(QLatin1String("971")));
        QVERIFY(d.bounds.width() > 900000 && d.bounds.width() < 1300000); // ~1 100 km east-west in metres
    }

    void changeBetweenYears()
    {
        MapDataBuilder builder(m_store->database());
        MapRequest r;
        r.level = Level::Departement;
        r.withinId = m_hdf;
        r.measure = MapMeasure::Tonnes;
        r.streamIds = builder.streamIdsFromCodes({QStringLiteral("DECH")});
        r.year = 2021;
        r.compareYear = 2019;
        const MapData d = builder.build(r);
        const double t21 = sql::scalar(m_store->database(), QStringLiteral(
            "SELECT sum(f.grams) / 1000000.0 FROM flow f JOIN territory t ON t.id = f.territory_id JOIN waste_stream s ON s.id = f.stream_id "
            "JOIN channel c ON c.id = s.channel_id WHERE f.kind = 'collecte' AND year = 2021 AND t.code = '59' AND t.level = 'departement' AND c.code = 'DECH'")).toDouble();
        const double t19 = sql::scalar(m_store->database(), QStringLiteral(
            "SELECT sum(f.grams) / 1000000.0 FROM flow f JOIN territory t ON t.id = f.territory_id JOIN waste_stream s ON s.id = f.stream_id "
            "JOIN channel c ON c.id = s.channel_id WHERE f.kind = 'collecte' AND year = 2019 AND t.code = '59' AND t.level = 'departement' AND c.code = 'DECH'")).toDouble();
        QVERIFY(std::abs(valueOf(d, QStringLiteral("59")) - (t21 - t19) * 100 / t19) < 1e-6);
        QCOMPARE(d.unit, QStringLiteral("%"));
    }

    void landfillOverlay()
    {
        MapDataBuilder builder(m_store->database());
        MapRequest r;
        r.level = Level::Departement;
        r.withinId = m_hdf;
        r.year = 2021;
        r.landfills = true;
        const MapData d = builder.build(r);
        QCOMPARE(d.landfills.size(), 24);
        const LandfillMark *blaringhem = nullptr;
        for (const LandfillMark &m : d.landfills)
            if (m.aiot == QLatin1String("0007000662"))
                blaringhem = &m;
        QVERIFY(blaringhem);
        QCOMPARE(*blaringhem->tonnes, 349774.0);
        QCOMPARE(*blaringhem->capacity, 430000.0);
        const double later = sql::scalar(m_store->database(), QStringLiteral(
            "SELECT sum(capacity_grams) / 1000000.0 FROM landfill_year y JOIN landfill_site s ON s.id = y.site_id WHERE s.aiot = '0007000662' AND y.year > 2021")).toDouble();
        QCOMPARE(blaringhem->remainingCapacity, later);
        QVERIFY(d.bounds.contains(blaringhem->at));
    }

    void geoJsonFixtures()
    {
        // A fresh store with the COG only: level found from the names, a single Feature read,
        // a broken geometry refused at its line:column, the store left unchanged.
        QTemporaryDir dir;
        auto store = Store::open(test::newStoreLocation(dir, QStringLiteral("s.sqlite")), Store::OpenMode::CreateIfMissing);
        Importer importer(*store);
        for (const char *f : {"insee_cog_2024_regions.csv", "insee_cog_2024_departements.csv"})
            importer.importFile(QStringLiteral(ODEMA_SAMPLE_DATA_DIR "/") + QLatin1String(f));
        const auto write = [&](const char *name, const QByteArray &json) {
            QFile file(dir.filePath(QLatin1String(name)));
            file.open(QIODevice::WriteOnly);
            file.write(json);
            return file.fileName();
        };
        const QByteArray square = R"("geometry":{"type":"Polygon","coordinates":[[[2,50],[3,50],[3,49],[2,49],[2,50]]]})";
        // "32" is both Hauts-de-France and the Gers: the name decides.
        ImportReport r = importer.importFile(write("gers.json", R"({"type":"Feature","properties":{"code":"32","nom":"Gers"},)" + square + "}"));
        QCOMPARE(r.layoutId, QStringLiteral("geojson-contours"));
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("SELECT level FROM boundary")).toString(), QStringLiteral("departement"));
        const QByteArray broken = R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"59","nom":"Nord"},)"
            + square + R"(},{"type":"Feature","properties":{"code":"62","nom":"Pas-de-Calais"},"geometry":{"type":"Point","coordinates":[2,50]}}]})";
        try {
            importer.importFile(write("broken.geojson", broken));
            QFAIL("a Point geometry must be refused");
        } catch (const OdemaError &e) {
            // At the text position of the geometry's type, not at a feature number.
            QVERIFY2(e.details().join(QLatin1Char('\n')).contains(QStringLiteral("broken.geojson:1:269: « type » de géométrie : Polygon ou MultiPolygon attendu")),
                     qPrintable(e.details().join(QLatin1Char('\n'))));
        }
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("SELECT count(*) FROM boundary")).toInt(), 1);
    }

    void refusals()
    {
        MapDataBuilder builder(m_store->database());
        MapRequest r;
        r.level = Level::Departement;
        r.withinId = m_hdf;
        r.measure = MapMeasure::Share; // a share of nothing
        QVERIFY_THROWS_EXCEPTION(OdemaError, builder.build(r));
        r.measure = MapMeasure::Tonnes;
        r.classes = 12;
        QVERIFY_THROWS_EXCEPTION(OdemaError, builder.build(r));
        QVERIFY_THROWS_EXCEPTION(OdemaError, builder.streamIdsFromCodes({QStringLiteral("ZZZ")}));
    }
};

QTEST_GUILESS_MAIN(TestMapData)
#include "tst_map_data.moc"
