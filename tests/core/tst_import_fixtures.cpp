#include "TestStores.h"
#include "common/OdemaError.h"
#include "import/Importer.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;

namespace {
QString fixture(const QString &name) { return QStringLiteral(ODEMA_TEST_DATA_DIR "/import/") + name; }

QVariant scalar(Store &store, const QString &statement, const QVariantList &values = {})
{
    return sql::scalar(store.database(), statement, values);
}

/// Everything a failed import must leave as it was.
QString fingerprint(Store &store)
{
    QStringList parts;
    for (const char *table : {"flow", "territory", "territory_link", "population", "waste_stream", "treatment_mode", "source_file",
                              "nomenclature_alias", "population_used", "territory_closure"})
        parts << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(
                     scalar(store, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong());
    parts << scalar(store, QStringLiteral("SELECT coalesce(sum(grams), 0) FROM flow")).toString();
    return parts.join(QLatin1Char(' '));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}
} // namespace

class TestImportFixtures : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_n = 0;

private slots:
    void init()
    {
        m_store = Store::open(test::newStoreLocation(m_dir, QStringLiteral("s%1.sqlite").arg(++m_n)), Store::OpenMode::CreateIfMissing);
    }
    void cleanup() { m_store.reset(); }

    void windows1252Labels()
    {
        Importer importer(*m_store);
        const ImportReport r = importer.importFile(fixture(QStringLiteral("cp1252_semicolon_crlf.csv")));
        QCOMPARE(r.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(r.delimiter, QStringLiteral(";"));
        QCOMPARE(r.rowsStored, 2);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT label FROM waste_stream WHERE code = '02H'")).toString(),
                 QStringLiteral("Déchets d’œuvres d’art (€)"));
        QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("02H")));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT grams FROM flow f JOIN waste_stream w ON w.id = f.stream_id WHERE w.code = '02H'")).toLongLong(),
                 qint64(1234500000));
    }
    void quotedDotDecimalAndCorsica()
    {
        Importer importer(*m_store);
        const ImportReport r = importer.importFile(fixture(QStringLiteral("utf8_bom_quoted_dot.csv")));
        QCOMPARE(r.encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(r.rowsStored, 2);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT name FROM territory WHERE level = 'departement' AND code = '2A'")).toString(),
                 QStringLiteral("Corse-du-Sud"));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT grams FROM flow f JOIN territory t ON t.id = f.territory_id WHERE t.code = '02'")).toLongLong(),
                 qint64(282719380)); // 282.71938 t, exactly
        // The code matched the known stream; the label variant did not create a new one.
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM waste_stream WHERE seeded = 0")).toInt(), 0);
    }
    void groupSeparatorsAndRepairedCode()
    {
        Importer importer(*m_store);
        const ImportReport r = importer.importFile(fixture(QStringLiteral("semicolon_nbsp_no_final_newline.csv")));
        QCOMPARE(r.rowsStored, 3);
        QCOMPARE(r.totalGrams, qint64(1240294000000) + 12345600000 + 7500000);
        QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("« 1 » → « 01 »")));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM territory WHERE level = 'departement' AND code = '01'")).toInt(), 1);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM territory WHERE level = 'departement' AND code = '1'")).toInt(), 0);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT c.label FROM flow f JOIN channel c ON c.id = f.channel_id "
                                                 "JOIN waste_stream w ON w.id = f.stream_id WHERE w.code = '08A'")).toString(),
                 QStringLiteral("Collecte OMR"));
    }
    void treatmentLayoutAddsUnknownMode()
    {
        Importer importer(*m_store);
        const ImportReport r = importer.importFile(fixture(QStringLiteral("tab_treatment.csv")));
        QCOMPARE(r.layoutId, QStringLiteral("sinoe-departement-traitement"));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM flow WHERE kind = 'traitement' AND mode_id IS NOT NULL")).toInt(), 2);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT label FROM treatment_mode WHERE code = '02Q'")).toString(),
                 QStringLiteral("Compostage de proximité"));
    }
    void observatoryEpciLayoutMatchesLabels()
    {
        Importer importer(*m_store);
        const ImportReport r = importer.importFile(fixture(QStringLiteral("odema_epci.csv")));
        QCOMPARE(r.layoutId, QStringLiteral("odema-epci"));
        QCOMPARE(r.rowsStored, 3);
        // "ORDURES MENAGERES RESIDUELLES" is 08A whatever the case and accents.
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT w.code FROM flow f JOIN waste_stream w ON w.id = f.stream_id "
                                                 "WHERE f.grams = 250000500000")).toString(), QStringLiteral("08A"));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT m.code FROM flow f JOIN treatment_mode m ON m.id = f.mode_id "
                                                 "WHERE f.grams = 250000500000")).toString(), QStringLiteral("02B"));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT population FROM population_used pu JOIN territory t ON t.id = pu.territory_id "
                                                 "WHERE t.code = '200093201' AND pu.year = 2021")).toInt(), 1182250);
        QVERIFY(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("Textiles")));
    }
    void communeLayoutHoldsBothKindsUnderTheirDepartement()
    {
        // The national per-commune series: collecte rows (no service code) and treatment rows
        // in one file; each commune tied to the département the row names, and a 4-digit code
        // (leading zero lost by a spreadsheet) repaired.
        const QString path = m_dir.filePath(QStringLiteral("communes.csv"));
        writeFile(path, "ANNEE;C_REGION;L_REGION;C_DEPT;N_DEPT;C_COMMUNE;L_COMMUNE;C_TYP_REG_DECHET;L_TYP_REG_DECHET;"
                        "C_TYP_REG_SERVICE;L_TYP_REG_SERVICE;TONNAGE_T\n"
                        "2021;32;Hauts-de-France;59;Nord;59350;Lille;02C;Déchets verts;;;120,5\n"
                        "2021;32;Hauts-de-France;59;Nord;59350;Lille;02C;Déchets verts;02E;Valorisation organique;118,25\n"
                        "2021;84;Auvergne-Rhône-Alpes;01;Ain;1053;Bourg-en-Bresse;02D;Encombrants;02D;Stockage;40\n");
        Importer importer(*m_store);
        const ImportReport r = importer.importFile(path);
        QCOMPARE(r.layoutId, QStringLiteral("sinoe-commune"));
        QCOMPARE(r.rowsStored, 3);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM flow WHERE kind = 'collecte' AND mode_id IS NULL")).toInt(), 1);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM flow WHERE kind = 'traitement' AND mode_id IS NOT NULL")).toInt(), 2);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT name FROM territory WHERE level = 'commune' AND code = '01053'")).toString(),
                 QStringLiteral("Bourg-en-Bresse"));
        // Lille's flows are found under the Nord and the région through the closure.
        QCOMPARE(scalar(*m_store, QStringLiteral(
                     "SELECT sum(f.grams) FROM flow f JOIN territory_closure c ON c.descendant_id = f.territory_id "
                     "JOIN territory a ON a.id = c.ancestor_id WHERE a.level = 'region' AND a.code = '32' AND f.kind = 'collecte'")).toLongLong(),
                 qint64(120500000));
        // Commune rows belong to the data sets of the same codes at département level.
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(DISTINCT d.code) FROM flow f JOIN dataset d ON d.id = f.dataset_id "
                                                 "WHERE d.code IN ('sinoe14-decheterie-type', 'sinoe-decheterie-destination')")).toInt(), 2);
        const QString bad = m_dir.filePath(QStringLiteral("bad_commune.csv"));
        writeFile(bad, "ANNEE;C_DEPT;C_COMMUNE;C_TYP_REG_DECHET;TONNAGE_T\n2021;59;593;02C;1\n");
        const QString before = fingerprint(*m_store);
        try {
            importer.importFile(bad);
            QFAIL("a 3-character commune code was accepted");
        } catch (const OdemaError &e) {
            QVERIFY2(e.details().join(QLatin1Char('\n')).contains(QStringLiteral("bad_commune.csv:2:3")), qPrintable(e.details().join(QLatin1Char('\n'))));
        }
        QCOMPARE(fingerprint(*m_store), before);
    }

    void olderInseeLayoutSplitsCodes()
    {
        Importer importer(*m_store);
        importer.importFile(fixture(QStringLiteral("pop_legales_old_layout_2020.csv")));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT name FROM territory WHERE level = 'commune' AND code = '2A004'")).toString(),
                 QStringLiteral("Ajaccio"));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT p.population FROM population p JOIN territory t ON t.id = p.territory_id "
                                                 "WHERE t.code = '01001' AND p.kind = 'municipale' AND p.year = 2020")).toInt(), 779);
    }
    void malformedFileIsRefusedWhole()
    {
        Importer importer(*m_store);
        importer.importFile(fixture(QStringLiteral("tab_treatment.csv")));
        const QString before = fingerprint(*m_store);
        try {
            importer.importFile(fixture(QStringLiteral("malformed.csv")));
            QFAIL("a malformed file must be refused");
        } catch (const OdemaError &e) {
            const QStringList details = e.details();
            QCOMPARE(details.size(), 3);
            QCOMPARE(details.at(0), QStringLiteral("malformed.csv:3:7: 6 champs au lieu des 8 de l'en-tête"));
            QCOMPARE(details.at(1), QStringLiteral("malformed.csv:4:8: tonnage illisible « douze »"));
            QCOMPARE(details.at(2), QStringLiteral("malformed.csv:5:1: année vide"));
        }
        QCOMPARE(fingerprint(*m_store), before);
    }
    void problemListIsCapped()
    {
        QByteArray bytes("ANNEE,C_DEPT,C_TYP_REG_DECHET,TONNAGE_T\n");
        for (int i = 0; i < 120; ++i)
            bytes += "2021,59,02C,abc\n";
        const QString path = m_dir.filePath(QStringLiteral("many_errors.csv"));
        writeFile(path, bytes);
        try {
            Importer(*m_store).importFile(path);
            QFAIL("refused");
        } catch (const OdemaError &e) {
            QCOMPARE(e.details().size(), 51);
            QVERIFY(e.details().last().contains(QStringLiteral("70")));
        }
    }
    void unknownLayoutListsColumnsAndLayouts()
    {
        try {
            Importer(*m_store).importFile(fixture(QStringLiteral("unknown_layout.csv")));
            QFAIL("refused");
        } catch (const OdemaError &e) {
            QVERIFY(e.message().contains(QStringLiteral("foo, bar, baz")));
            QVERIFY(e.details().join(QLatin1Char('\n')).contains(QStringLiteral("C_TYP_REG_DECHET")));
        }
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM source_file")).toInt(), 0);
    }
    void truncatedFileIsRefused()
    {
        QVERIFY_THROWS_EXCEPTION(OdemaError, Importer(*m_store).importFile(fixture(QStringLiteral("truncated_quote.csv"))));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM flow")).toInt(), 0);
    }
    void emptyAndBinaryFilesAreRefused()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.csv"));
        writeFile(empty, "");
        QVERIFY_THROWS_EXCEPTION(OdemaError, Importer(*m_store).importFile(empty));
        const QString binary = m_dir.filePath(QStringLiteral("binary.xls"));
        writeFile(binary, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12));
        QVERIFY_THROWS_EXCEPTION(OdemaError, Importer(*m_store).importFile(binary));
    }
    void sameFileTwiceChangesNothing()
    {
        Importer importer(*m_store);
        importer.importFile(fixture(QStringLiteral("tab_treatment.csv")));
        const QString before = fingerprint(*m_store);
        const ImportReport again = importer.importFile(fixture(QStringLiteral("tab_treatment.csv")));
        QVERIFY(again.alreadyImported);
        QVERIFY(again.alreadyImportedAs.contains(QStringLiteral("tab_treatment.csv")));
        QCOMPARE(fingerprint(*m_store), before);
    }
    void newerVintageReplacesWhatItCovers()
    {
        const QByteArray header("ANNEE,C_REGION,L_REGION,C_DEPT,N_DEPT,C_TYP_REG_DECHET,L_TYP_REG_DECHET,TONNAGE_T\n");
        const QString v1 = m_dir.filePath(QStringLiteral("v1.csv"));
        const QString v2 = m_dir.filePath(QStringLiteral("v2.csv"));
        writeFile(v1, header + "2019,32,HdF,59,Nord,02C,Déchets verts,\"10\"\n2021,32,HdF,59,Nord,02C,Déchets verts,\"20\"\n"
                               "2021,32,HdF,62,Pas-de-Calais,02C,Déchets verts,\"30\"\n");
        writeFile(v2, header + "2021,32,HdF,59,Nord,02C,Déchets verts,\"21\"\n2021,32,HdF,59,Nord,02D,Encombrants,\"5\"\n");
        Importer importer(*m_store);
        importer.importFile(v1);
        ImportOptions replace;
        replace.replace = true;
        const ImportReport r = importer.importFile(v2, replace);
        QCOMPARE(r.rowsReplaced, 1);
        // 2019 Nord and 2021 Pas-de-Calais are kept; the slice Nord 2021 is the new export's.
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM flow")).toInt(), 4);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT sum(grams) FROM flow")).toLongLong(), qint64(10 + 21 + 30 + 5) * 1000000);
    }
    void cancelLeavesStoreUnchanged()
    {
        class CancelAtOnce : public ImportFeedback {
        public:
            void setProgress(double) override { cancel(); }
        } feedback;
        QByteArray bytes("ANNEE,C_DEPT,C_TYP_REG_DECHET,TONNAGE_T\n");
        for (int i = 0; i < 40000; ++i)
            bytes += "2021,59,02C,1\n";
        const QString path = m_dir.filePath(QStringLiteral("big.csv"));
        writeFile(path, bytes);
        const QString before = fingerprint(*m_store);
        QVERIFY_THROWS_EXCEPTION(OdemaError, Importer(*m_store).importFile(path, {}, &feedback));
        QCOMPARE(fingerprint(*m_store), before);
    }
    void populationYearIsRequired()
    {
        const QString path = m_dir.filePath(QStringLiteral("donnees_communes.csv"));
        QFile::copy(fixture(QStringLiteral("pop_legales_old_layout_2020.csv")), path);
        try {
            Importer(*m_store).importFile(path);
            QFAIL("a population file without a year must be refused");
        } catch (const OdemaError &e) {
            QVERIFY(e.message().contains(QStringLiteral("--annee-population")));
        }
        ImportOptions options;
        options.populationYear = 2019;
        QCOMPARE(Importer(*m_store).importFile(path, options).years, (QSet<int>{2019}));
    }
};

QTEST_GUILESS_MAIN(TestImportFixtures)
#include "tst_import_fixtures.moc"
