// Hostile JSON and GeoJSON (issue 17): values of the wrong type or out of range, each refused at
// the line and column of the value in the text (not at an object number), and the locator that
// finds those positions.
#include "TestStores.h"
#include "common/OdemaError.h"
#include "geo/GeoShape.h"
#include "import/Importer.h"
#include "import/JsonLocator.h"
#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using namespace odema::test;

namespace {

/// One ISDND record, one field a line, with `field` replaced (or added) by `value`.
QByteArray isdnd(const QByteArray &field, const QByteArray &value)
{
    QList<QPair<QByteArray, QByteArray>> fields{{"annee", "2017.0"}, {"tonnage", "521902"}, {"aiot", "\"0007000662\""},
                                                {"name", "\"Isdnd Blaringhem\""}, {"departement", "\"59\""},
                                                {"capacite", "517500.0"}, {"lng", "2.41251"}, {"lat", "50.67431"}};
    QByteArrayList lines;
    for (auto &[key, v] : fields)
        lines << "    \"" + key + "\" : " + (key == field ? value : v);
    return "[\n  {\n" + lines.join(",\n") + "\n  }\n]\n";
}

QVariant scalar(const Store &store, const QString &statement) { return sql::scalar(store.database(), statement); }

const QByteArray kSquare = R"("geometry":{"type":"Polygon","coordinates":[[[2,50],[3,50],[3,49],[2,49],[2,50]]]})";

} // namespace

class TestHostileJson : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    }

    /// The refusal's details (one line a problem), empty when the file was imported.
    QString refusal(const QString &name, const QByteArray &bytes)
    {
        Importer importer(*m_store);
        try {
            importer.importFile(write(name, bytes));
        } catch (const OdemaError &e) {
            return e.message() + QLatin1Char('\n') + e.details().join(QLatin1Char('\n'));
        }
        return QString();
    }

private slots:
    void initTestCase()
    {
        m_store = Store::open(newStoreLocation(m_dir, QStringLiteral("json.sqlite")), Store::OpenMode::CreateIfMissing);
        Importer importer(*m_store);
        for (const char *f : {"insee_cog_2024_regions.csv", "insee_cog_2024_departements.csv"})
            importer.importFile(QStringLiteral(ODEMA_SAMPLE_DATA_DIR "/") + QLatin1String(f));
    }

    void locatorFindsValues()
    {
        const JsonLocator locator(QByteArray("[\n {\"a\": 1, \"b\": [10, {\"c\": \"x\"}]},\n {\"é\\\"\": true,\n  \"a\": \"Île\", \"d\": 2}\n]"));
        QCOMPARE(locator.at({0, "a"}).line, 2);
        QCOMPARE(locator.at({0, "a"}).column, 8);
        QCOMPARE(locator.at({0, "b", 1, "c"}).column, 27);
        QCOMPARE(locator.at({1, "é\""}).line, 3);
        QCOMPARE(locator.at({1, "é\""}).column, 10);
        // Columns count characters: "Île" is three of them, before "d" on line 4.
        QCOMPARE(locator.at({1, "d"}).line, 4);
        QCOMPARE(locator.at({1, "d"}).column, 20);
        // A key the object lacks: the object's own position. Backwards look-ups work too.
        QCOMPARE(locator.at({1, "absent"}).line, 3);
        QCOMPARE(locator.at({1, "absent"}).column, 2);
        QCOMPARE(locator.at({0}).line, 2);
        QCOMPARE(locator.at({7}).line, 1); // no such element: the array
    }

    void syntaxErrorColumnCountsCharacters()
    {
        // Qt's offset is just past the "1" that should have been a ':'; "Î" is one character
        // though two bytes (the byte count said 36).
        const QString message = refusal(QStringLiteral("syntaxe.json"), "[{\"nom\": \"Île-de-France\", \"code\" 11}]");
        QVERIFY2(message.contains(QStringLiteral("syntaxe.json:1:35:")), qPrintable(message));
    }

    void tonnageAsTextIsRefused()
    {
        // Was stored as NULL: the figure vanished without a word.
        const QString message = refusal(QStringLiteral("isdnd_texte.json"), isdnd("tonnage", "\"521902\""));
        QVERIFY2(message.contains(QStringLiteral("isdnd_texte.json:4:17: « tonnage » : un nombre attendu, pas le texte « 521902 »")),
                 qPrintable(message));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM landfill_year")).toInt(), 0);
    }

    void negativeTonnageIsRefused()
    {
        const QString message = refusal(QStringLiteral("isdnd_negatif.json"), isdnd("tonnage", "-5"));
        QVERIFY2(message.contains(QStringLiteral("isdnd_negatif.json:4:17: « tonnage » : -5 hors des valeurs admises")), qPrintable(message));
    }

    void badCoordinatesAreRefused()
    {
        const QString text = refusal(QStringLiteral("isdnd_lat.json"), isdnd("lat", "\"cinquante\""));
        QVERIFY2(text.contains(QStringLiteral("isdnd_lat.json:10:13: « lat » : un nombre attendu, pas le texte « cinquante »")),
                 qPrintable(text));
        const QString far = refusal(QStringLiteral("isdnd_lng.json"), isdnd("lng", "999"));
        QVERIFY2(far.contains(QStringLiteral("isdnd_lng.json:9:13: « lng » : 999 hors des valeurs admises")), qPrintable(far));
        // In range for the globe, not for France (a swapped pair: latitude 2, longitude 50).
        const QString swapped = refusal(QStringLiteral("isdnd_inverse.json"), isdnd("lng", "50.67431").replace("\"lat\" : 50.67431", "\"lat\" : 2.41251"));
        QVERIFY2(swapped.contains(QStringLiteral("isdnd_inverse.json:9:13: coordonnées (lng 50.67431, lat 2.41251) hors de la France")),
                 qPrintable(swapped));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM landfill_site")).toInt(), 0);
    }

    void futureTonnageIsRefusedFutureCapacityKept()
    {
        const QString message = refusal(QStringLiteral("isdnd_futur.json"), isdnd("annee", "2099"));
        QVERIFY2(message.contains(QStringLiteral("isdnd_futur.json:4:17: « tonnage » de l'année 2099")), qPrintable(message));
        // The observatory's file gives authorised capacities up to 2050, without tonnage.
        QVERIFY(refusal(QStringLiteral("isdnd_capacite.json"), isdnd("tonnage", "null").replace("2017.0", "2049.0")).isEmpty());
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT year FROM landfill_year")).toInt(), 2049);
    }

    void populationsAsTextAreRefused()
    {
        // Were stored as 0 inhabitants.
        const QByteArray epci = "[\n{\"code\": \"200018083\", \"nom\": \"CC de Desvres-Samer\", \"type\": \"CC\",\n"
                                " \"populationTotale\": \"23824\",\n"
                                " \"membres\": [{\"code\": \"62268\", \"nom\": \"Desvres\", \"populationMunicipale\": \"4843\"}]}\n]";
        const QString message = refusal(QStringLiteral("epci_2021.json"), epci);
        QVERIFY2(message.contains(QStringLiteral("epci_2021.json:3:22: « populationTotale » : un nombre attendu, pas le texte « 23824 »")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("epci_2021.json:4:74: « populationMunicipale » : un nombre attendu")), qPrintable(message));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM population")).toInt(), 0);
    }

    void errorsAreAtTheValueNotAtAnObjectNumber()
    {
        // The third object's code, on line 5: was reported as line 3 ("objet n° 3").
        const QByteArray epci = "[\n{\"code\": \"200018083\", \"nom\": \"A\", \"membres\": []},\n{\"code\": \"200018084\", \"nom\": \"B\", \"membres\": []},\n\n"
                                "{\"nom\": \"C\", \"membres\": [], \"code\": 200018085}\n]";
        const QString message = refusal(QStringLiteral("epci_2022.json"), epci);
        QVERIFY2(message.contains(QStringLiteral("epci_2022.json:5:37: « code » : un code SIREN de 9 chiffres attendu, pas le nombre 200018085")),
                 qPrintable(message));
    }

    void repeatedKeyIsRefused()
    {
        // QJsonDocument keeps the last of the two: 500 t, without a word.
        const QString message = refusal(QStringLiteral("isdnd_double.json"), isdnd("tonnage", "5, \"tonnage\" : 500"));
        QVERIFY2(message.contains(QStringLiteral("isdnd_double.json:4:20: clé « tonnage » donnée deux fois")), qPrintable(message));
        const JsonLocator locator(QByteArray("{\"a\": {\"b\": 1, \"c\": [{\"b\": 2}]}, \"b\": {\"a\": 3}, \"s\": \"a\\\":\"}"));
        QCOMPARE(locator.firstDuplicateKey().offset, -1); // same key in different objects, a quote in a value
    }

    void geoJsonBadPointsAreRefused()
    {
        const QByteArray collection = "{\"type\":\"FeatureCollection\",\"features\":[\n"
                                      "{\"type\":\"Feature\",\"properties\":{\"code\":\"59\",\"nom\":\"Nord\"}," + kSquare + "},\n"
                                      "{\"type\":\"Feature\",\"properties\":{\"code\":\"62\",\"nom\":\"Pas-de-Calais\"},"
                                      "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[2,50],[3,\"cinquante\"],[3,49],[2,50]]]}},\n"
                                      "{\"type\":\"Feature\",\"properties\":{\"code\":\"80\",\"nom\":\"Somme\"},"
                                      "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[2,50],[999,50],[3,49],[2,50]]]}}\n]}";
        const QString message = refusal(QStringLiteral("contours.geojson"), collection);
        QVERIFY2(message.contains(QStringLiteral("contours.geojson:3:123: coordonnée : un nombre est attendu, pas le texte « cinquante »")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("contours.geojson:4:112: point (longitude 999, latitude 50) hors de la France")),
                 qPrintable(message));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM boundary")).toInt(), 0);
    }

    void geoJsonUnknownCodeIsRefused()
    {
        // Used to create a département 999, named after the feature.
        const QString message = refusal(QStringLiteral("inconnu.geojson"),
                                        "{\"type\":\"Feature\",\"properties\":{\"code\":\"999\",\"nom\":\"Nord\"}," + kSquare + "}");
        QVERIFY2(message.contains(QStringLiteral("inconnu.geojson:1:40: code « 999 » : aucun territoire")), qPrintable(message));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM territory WHERE code = '999'")).toInt(), 0);
        // A code written as a number has lost its zeros: "02" became 2.
        const QString number = refusal(QStringLiteral("nombre.geojson"),
                                       "{\"type\":\"Feature\",\"properties\":{\"code\":2,\"nom\":\"Aisne\"}," + kSquare + "}");
        QVERIFY2(number.contains(QStringLiteral("nombre.geojson:1:40: « code » : un code de territoire en texte attendu, pas le nombre 2")),
                 qPrintable(number));
    }

    void unknownCommuneIsKeptWithAWarning()
    {
        // Communes: an outline file is often of an older COG; kept unmapped, and now said where.
        Importer importer(*m_store);
        const ImportReport r = importer.importFile(write(QStringLiteral("communes.geojson"),
            "{\"type\":\"Feature\",\"properties\":{\"code\":\"59999\",\"nom\":\"Nulle-Part\"}," + kSquare + "}"));
        QCOMPARE(r.rowsStored, 1);
        QCOMPARE(r.warningCount, 1);
        QCOMPARE(r.warnings.first().line, 1);
        QCOMPARE(r.warnings.first().column, 40);
        QVERIFY2(r.warnings.first().message.contains(QStringLiteral("59999")), qPrintable(r.warnings.first().message));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT mapping FROM boundary WHERE code = '59999'")).toString(), QStringLiteral("unmapped"));
    }

    void lambert93IsReadWhenTheFileSaysSo()
    {
        // Lille in Lambert-93 metres: refused without a crs (metres read as degrees would put it
        // off the globe), read and converted to degrees with one.
        const QByteArray square = R"("geometry":{"type":"Polygon","coordinates":[[[700000,7060000],[710000,7060000],[710000,7050000],[700000,7050000],[700000,7060000]]]})";
        const QByteArray feature = "\"type\":\"Feature\",\"properties\":{\"code\":\"59\",\"nom\":\"Nord\"}," + square;
        const QString bare = refusal(QStringLiteral("l93.geojson"), "{" + feature + "}");
        QVERIFY2(bare.contains(QStringLiteral("en mètres, pas en degrés")), qPrintable(bare));
        const QByteArray crs = R"("crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2154"}},)";
        QVERIFY(refusal(QStringLiteral("l93_crs.geojson"), "{" + crs + feature + "}").isEmpty());
        const geo::GeoShape shape = geo::decodeShape(scalar(*m_store, QStringLiteral("SELECT geometry FROM boundary WHERE code = '59'")).toByteArray());
        const QRectF bounds = shape.bounds();
        QVERIFY2(bounds.left() > 2.9 && bounds.right() < 3.3 && bounds.top() > 50.4 && bounds.bottom() < 50.7,
                 qPrintable(QStringLiteral("%1 %2 %3 %4").arg(bounds.left()).arg(bounds.right()).arg(bounds.top()).arg(bounds.bottom())));
        const QString other = refusal(QStringLiteral("mercator.geojson"),
                                      R"({"crs":{"type":"name","properties":{"name":"EPSG:3857"}},)" + feature + "}");
        QVERIFY2(other.contains(QStringLiteral("mercator.geojson:1:8: système de coordonnées « EPSG:3857 » non pris en charge")),
                 qPrintable(other));
    }
};

QTEST_GUILESS_MAIN(TestHostileJson)
#include "tst_hostile_json.moc"
