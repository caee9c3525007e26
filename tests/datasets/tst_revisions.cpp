// Revisions (issue 12, item 8) and the population year (item 5): another export of a data set
// already in the store is compared slice by slice (data set × territory × year), refused with
// what would change unless asked to replace, replaced whole, and undone from the history; a
// population is never filed under another year, never overwritten silently.
// The "older export" is derived from the real SINOE04 HdF extract with altered figures (see
// tests/data/real/README.md): 3 values changed, 2 rows dropped, years after 2017 absent.
#include "common/OdemaError.h"
#include "datasets/DataSetTestUtil.h"
#include "import/ImportHistory.h"

#include <QtTest>

using namespace odema;
using namespace odema::test;

namespace {
const char *const kNewer = "sinoe04_destination_dma_par_type_traitement_dept__hdf.csv";
const char *const kOlder = "sinoe04_destination_dma_par_type_traitement_dept__hdf_export_ancien_modifie.csv";

qint64 sliceGrams(const Store &s, const QString &dept, int year)
{
    return one(s, QStringLiteral("SELECT coalesce(sum(f.grams), 0) FROM flow f JOIN territory t ON t.id = f.territory_id "
                                 "WHERE t.level = 'departement' AND t.code = ? AND f.year = ?"), {dept, year}).toLongLong();
}

qint64 sliceRows(const Store &s, const QString &dept, int year)
{
    return one(s, QStringLiteral("SELECT count(*) FROM flow f JOIN territory t ON t.id = f.territory_id "
                                 "WHERE t.level = 'departement' AND t.code = ? AND f.year = ?"), {dept, year}).toLongLong();
}

qint64 sourceOf(const Store &s, const QString &name)
{
    return one(s, QStringLiteral("SELECT id FROM source_file WHERE name = ?"), {name}).toLongLong();
}
} // namespace

class TestRevisions : public QObject {
    Q_OBJECT

private slots:
    void olderExportIsARevision()
    {
        QTemporaryDir dir;
        auto store = newStore(dir);
        Importer importer(*store);
        importer.importFile(real(QLatin1String(kNewer)));
        const QString before = fingerprintAll(*store);

        // Refused, with what would change, largest first, before -> after and %.
        try {
            importer.importFile(real(QLatin1String(kOlder)));
            QFAIL("an older export with other figures must not replace the store's silently");
        } catch (const OdemaError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("3 tranche(s) de données")), qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("--replace")));
            QVERIFY(e.details().size() >= 4);
            QVERIFY(e.details().at(0).contains(QStringLiteral("sur 25")));
            const QString largest = e.details().at(1);
            QVERIFY2(largest.contains(QStringLiteral("Aisne")) && largest.contains(QStringLiteral("2015"))
                         && largest.contains(QStringLiteral("290\u202F150,21\u00A0t → 166\u202F098,61\u00A0t (\u221242,75\u202F%)"))
                         && largest.contains(QStringLiteral("2 ligne(s) retirée(s)")),
                     qPrintable(largest));
            QVERIFY(e.details().at(2).contains(QStringLiteral("Nord")) && e.details().at(2).contains(QStringLiteral("3 ligne(s) modifiée(s)")));
            QVERIFY(e.details().at(3).contains(QStringLiteral("Somme")) && e.details().at(3).contains(QStringLiteral("366\u202F749,68\u00A0t → 366\u202F749,69\u00A0t")));
        }
        QCOMPARE(fingerprintAll(*store), before);

        // The import dialog's check shows the same, and changes nothing.
        ImportOptions check;
        check.checkOnly = true;
        const ImportReport checked = importer.importFile(real(QLatin1String(kOlder)), check);
        QCOMPARE(checked.revision.changes.size(), 3);
        QCOMPARE(checked.revision.slicesCompared, 25);
        QCOMPARE(checked.revision.slicesIdentical, 22);
        QCOMPARE(checked.revision.changes.at(0).gramsBefore, qint64(290150210000));
        QCOMPARE(checked.revision.changes.at(0).gramsAfter, qint64(166098610000));
        QCOMPARE(fingerprintAll(*store), before);

        // Applied: every slice of the older export is its own now, whole (the 2 rows it does not
        // have are gone); the years it does not cover stay the newer export's.
        ImportOptions replace;
        replace.replace = true;
        const ImportReport applied = importer.importFile(real(QLatin1String(kOlder)), replace);
        QVERIFY(applied.revision.applied);
        QCOMPARE(sliceGrams(*store, QStringLiteral("02"), 2015), qint64(166098610000));
        QCOMPARE(sliceRows(*store, QStringLiteral("02"), 2015), sliceRows(*store, QStringLiteral("02"), 2015)); // no duplicate
        QCOMPARE(sliceGrams(*store, QStringLiteral("59"), 2017), qint64(1525951180000));
        QCOMPARE(sliceGrams(*store, QStringLiteral("80"), 2009), qint64(366749690000));
        QCOMPARE(sliceGrams(*store, QStringLiteral("59"), 2019), qint64(1510198880000));
        // Which export each figure comes from.
        const qint64 older = sourceOf(*store, QLatin1String(kOlder));
        const qint64 newer = sourceOf(*store, QLatin1String(kNewer));
        QCOMPARE(one(*store, QStringLiteral("SELECT count(*) FROM flow WHERE year <= 2017 AND source_id <> ?"), {older}).toInt(), 0);
        QCOMPARE(one(*store, QStringLiteral("SELECT count(*) FROM flow WHERE year > 2017 AND source_id <> ?"), {newer}).toInt(), 0);
        QCOMPARE(one(*store, QStringLiteral("SELECT count(*) FROM flow WHERE year <= 2017")).toInt(), 607);
        QCOMPARE(applied.rowsReplaced, 609);

        // Undone from the import history: the newer export's rows are back, all of them.
        const UndoReport undone = undoImport(*store, older);
        QCOMPARE(undone.restored, 609);
        QCOMPARE(sliceGrams(*store, QStringLiteral("02"), 2015), qint64(290150210000));
        QCOMPARE(one(*store, QStringLiteral("SELECT count(*) FROM flow")).toInt(), 859);
        QCOMPARE(one(*store, QStringLiteral("SELECT count(*) FROM flow WHERE source_id <> ?"), {newer}).toInt(), 0);
        QCOMPARE(one(*store, QStringLiteral("SELECT count(*) FROM flow_replaced")).toInt(), 0);
    }

    void sameFiguresOtherBytesAreNoRevision()
    {
        // The same export saved again (CRLF): nothing changes, nothing to ask, provenance moves.
        QTemporaryDir dir;
        auto store = newStore(dir);
        Importer importer(*store);
        importer.importFile(real(QLatin1String(kNewer)));
        const QString copy = dir.filePath(QStringLiteral("sinoe04_copie.csv"));
        QVERIFY(writeAll(copy, readAll(real(QLatin1String(kNewer))).replace("\n", "\r\n")));
        const ImportReport r = importer.importFile(copy);
        QVERIFY(r.revision.isEmpty());
        QCOMPARE(r.revision.slicesIdentical, 35);
        QCOMPARE(one(*store, QStringLiteral("SELECT count(*) FROM flow")).toInt(), 859);
    }

    void populationYearOfTheFileWins()
    {
        // `import --annee-population 2021` of the 2021 and 2023 legal populations: the 2023 file
        // keeps 2023 (its name says so), and no 2021 population changes.
        QTemporaryDir dir;
        auto store = newStore(dir);
        Importer importer(*store);
        ImportOptions year2021;
        year2021.populationYear = 2021;
        importer.importFile(real(QStringLiteral("insee_pop_legales_2021_communes_hdf__extrait.csv")), year2021);
        const qint64 abbecourt2021 = one(*store, QStringLiteral("SELECT population FROM population p JOIN territory t ON t.id = p.territory_id "
                                                                "WHERE t.code = '02001' AND p.kind = 'municipale' AND p.year = 2021")).toLongLong();
        QCOMPARE(abbecourt2021, qint64(507));
        const ImportReport r = importer.importFile(real(QStringLiteral("insee_pop_legales_2023_communes_hdf__extrait.csv")), year2021);
        QVERIFY(r.years.contains(2023) && !r.years.contains(2021));
        QVERIFY(r.revision.populations.isEmpty());
        QCOMPARE(one(*store, QStringLiteral("SELECT count(*) FROM population WHERE year = 2021 AND kind = 'municipale'")).toInt(), 40);
        QCOMPARE(one(*store, QStringLiteral("SELECT count(*) FROM population WHERE year = 2023 AND kind = 'municipale'")).toInt(), 40);
        QCOMPARE(one(*store, QStringLiteral("SELECT population FROM population p JOIN territory t ON t.id = p.territory_id "
                                            "WHERE t.code = '02001' AND p.kind = 'municipale' AND p.year = 2021")).toLongLong(), abbecourt2021);
    }

    void yearlessFileNeverOverwritesSilently()
    {
        QTemporaryDir dir;
        auto store = newStore(dir);
        Importer importer(*store);
        importer.importFile(real(QStringLiteral("insee_pop_legales_2021_communes_hdf__extrait.csv")));
        // The 2023 figures in a file without a year, declared 2021: 37 of the 40 communes differ,
        // in population municipale and totale.
        const QString yearless = dir.filePath(QStringLiteral("donnees_communes.csv"));
        QVERIFY(writeAll(yearless, readAll(real(QStringLiteral("insee_pop_legales_2023_communes_hdf__extrait.csv")))));
        ImportOptions year2021;
        year2021.populationYear = 2021;
        const QString before = fingerprintAll(*store);
        try {
            importer.importFile(yearless, year2021);
            QFAIL("populations of another file overwritten without --replace");
        } catch (const OdemaError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("74 population(s)")), qPrintable(e.message()));
            QVERIFY(e.details().join(QLatin1Char('\n')).contains(QStringLiteral("insee_pop_legales_2021_communes_hdf__extrait.csv")));
        }
        QCOMPARE(fingerprintAll(*store), before);
        // Asked for: applied, and the history puts the 2021 figures back.
        year2021.replace = true;
        const ImportReport r = importer.importFile(yearless, year2021);
        QCOMPARE(r.revision.populations.size(), 74);
        undoImport(*store, sourceOf(*store, QStringLiteral("donnees_communes.csv")));
        QCOMPARE(fingerprintAll(*store).section(QLatin1Char(' '), -1), before.section(QLatin1Char(' '), -1));
        QCOMPARE(one(*store, QStringLiteral("SELECT count(*) FROM population WHERE year = 2021 AND kind = 'municipale'")).toInt(), 40);
    }

    void percentInTerritoryNameKeptInRevision()
    {
        // A commune named with "%1": the year was substituted into its name ("Saint-2021-Bourg")
        // by chained arg() calls in the list of populations that would change.
        QTemporaryDir dir;
        auto store = newStore(dir);
        Importer importer(*store);
        const QByteArray header = "REG;Région;DEP;CODARR;CODCAN;CODCOM;COM;Commune;PMUN;PCAP;PTOT\n";
        const QString first = dir.filePath(QStringLiteral("insee_pop_legales_2021_communes.csv"));
        QVERIFY(writeAll(first, header + "32;Hauts-de-France;02;2;03;001;02001;Saint-%1-Bourg;507;10;517\n"));
        importer.importFile(first);
        const QString second = dir.filePath(QStringLiteral("communes_sans_annee.csv"));
        QVERIFY(writeAll(second, header + "32;Hauts-de-France;02;2;03;001;02001;Saint-%1-Bourg;512;10;522\n"));
        ImportOptions year2021;
        year2021.populationYear = 2021;
        try {
            importer.importFile(second, year2021);
            QFAIL("populations of another file overwritten without --replace");
        } catch (const OdemaError &e) {
            const QString details = e.details().join(QLatin1Char('\n'));
            QVERIFY2(details.contains(QStringLiteral("  Saint-%1-Bourg (commune:02001) 2021 (municipale) : 507 → 512")),
                     qPrintable(details));
        }
    }
};

QTEST_GUILESS_MAIN(TestRevisions)
#include "tst_revisions.moc"
