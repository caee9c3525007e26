// Families never double count (issue 12, item 2), on the real HdF extracts of the DMA family:
// DMA (SINOE04, DMA by waste type, DMA by collection type) contains the OMA and the déchèteries,
// so the status bar's totals, the pivot's totals and its cells never add two data sets, and a
// total over years is refused where a row's data set lacks one. Expected figures are plain SQL
// written here, per data set.
#include "TestStores.h"
#include "common/Tonnage.h"
#include "import/Importer.h"
#include "query/FlowQuery.h"
#include "query/PivotQuery.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QtTest>

using namespace odema;

class TestFamilies : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QSqlDatabase db() const { return m_store->database(); }
    qint64 territory(const QString &level, const QString &code) const
    {
        return sql::scalar(db(), QStringLiteral("SELECT id FROM territory WHERE level = ? AND code = ?"), {level, code}).toLongLong();
    }
    qint64 datasetId(const QString &code) const
    {
        return sql::scalar(db(), QStringLiteral("SELECT id FROM dataset WHERE code = ?"), {code}).toLongLong();
    }
    qint64 gramsOf(const QString &dataset, qint64 territoryId, int year = 0) const
    {
        return sql::scalar(db(), QStringLiteral(
            "SELECT coalesce(sum(f.grams), 0) FROM flow f JOIN territory_closure c ON c.descendant_id = f.territory_id "
            "JOIN dataset d ON d.id = f.dataset_id WHERE c.ancestor_id = ? AND d.code = ? AND (? = 0 OR f.year = ?)"),
            {territoryId, dataset, year, year}).toLongLong();
    }

private slots:
    void initTestCase()
    {
        m_store = Store::open(test::newStoreLocation(m_dir, QStringLiteral("families.sqlite")), Store::OpenMode::CreateIfMissing);
        Importer importer(*m_store);
        for (const char *name : {"sinoe04_destination_dma_par_type_traitement_dept__hdf.csv", "sinoe_tonnage_dma_par_type_dechet_dept__hdf.csv",
                                 "sinoe_repartition_dma_par_type_collecte_dept__hdf.csv", "sinoe_destination_oma_par_traitement_dept__hdf.csv",
                                 "sinoe_tonnage_oma_par_type_dept__derived_from_sqlite__hdf.csv"})
            importer.importFile(QStringLiteral(ODEMA_TEST_DATA_DIR "/real/") + QLatin1String(name));
    }

    void statusTotalsNameEachDataSet()
    {
        FlowFilter f;
        f.territories << TerritorySelection{territory(QStringLiteral("region"), QStringLiteral("32")), true};
        const FlowTotals t = FlowQuery(f).totals(db());
        QStringList codes;
        for (const DataSetTotal &d : t.byDataSet) {
            codes << sql::scalar(db(), QStringLiteral("SELECT code FROM dataset WHERE id = ?"), {d.datasetId}).toString();
            QCOMPARE(d.grams, gramsOf(codes.last(), f.territories.first().territoryId));
        }
        // The catalogue's order: SINOE04, DMA by type, by collection type, OMA by type, OMA destination.
        QCOMPARE(codes, (QStringList{"sinoe04-dma-destination", "sinoe-dma-type", "sinoe-dma-collecte", "sinoe-oma-type",
                                     "sinoe-oma-destination"}));
        const QString text = t.tonnesText();
        for (const DataSetTotal &d : t.byDataSet)
            QVERIFY2(text.contains(d.label + QStringLiteral(" : ") + formatGramsAsTonnes(d.grams)), qPrintable(text));
        // The pooled figures (DMA + OMA, collecte of three data sets) are printed nowhere.
        QVERIFY(!text.contains(formatGramsAsTonnes(t.collecteGrams)));
        QVERIFY(!text.contains(formatGramsAsTonnes(t.traitementGrams)));
        QVERIFY(text.contains(QStringLiteral("non additionnés")));

        // One data set selected: its tonnes alone.
        FlowFilter one = f;
        one.kind = FlowFilter::Kind::Traitement;
        one.streamIds << sql::scalar(db(), QStringLiteral("SELECT id FROM waste_stream WHERE code = '07A'")).toLongLong();
        const FlowTotals single = FlowQuery(one).totals(db());
        QCOMPARE(single.byDataSet.size(), 1);
        QCOMPARE(single.tonnesText(), formatGramsAsTonnes(single.traitementGrams));
    }

    void pivotCellsNeverAddTwoDataSets()
    {
        const qint64 hdf = territory(QStringLiteral("region"), QStringLiteral("32"));
        FlowFilter f;
        f.territories << TerritorySelection{hdf, true};
        f.kind = FlowFilter::Kind::Collecte;
        const PivotTable t = computePivot(db(), f, PivotRows::Territory, PivotMeasure::Tonnes);
        QVERIFY2(t.dataSets.size() == 3, qPrintable(t.dataSets.join(QStringLiteral(" | ")) + QStringLiteral(" // ") + t.rowLabels.join(QStringLiteral(" | "))));
        const qint64 nord = territory(QStringLiteral("departement"), QStringLiteral("59"));
        const int col2015 = int(t.years.indexOf(2015));
        for (const auto &[label, code] : {std::pair{"Nord · DMA par type de déchet", "sinoe-dma-type"},
                                          std::pair{"Nord · DMA par type de collecte", "sinoe-dma-collecte"},
                                          std::pair{"Nord · OMA par type de déchet", "sinoe-oma-type"}}) {
            const int row = int(t.rowLabels.indexOf(QString::fromUtf8(label)));
            QVERIFY2(row >= 0, qPrintable(t.rowLabels.join(QStringLiteral(" | "))));
            QCOMPARE(qRound64(*t.cells.at(row).at(col2015) * 1e6), gramsOf(QLatin1String(code), nord, 2015));
        }
        // No year is totalled across overlapping families, and the note says why.
        for (int c = 0; c < t.years.size(); ++c) {
            QVERIFY(!t.columnTotals.at(c).has_value());
            QVERIFY(t.columnTotalNotes.at(c).contains(QStringLiteral("familles qui se recouvrent")));
        }
        QVERIFY(!t.grandTotal.has_value());
        QVERIFY(t.grandTotalNote.contains(QStringLiteral("DMA ⊇ OMA + déchèteries")));
        // A row's data set lacking a year of the table: no total over the years.
        QVERIFY(t.years.contains(2009) && t.years.contains(2019));
        const int collecte = int(t.rowLabels.indexOf(QStringLiteral("Nord · DMA par type de collecte"))); // 2009–2017
        QVERIFY(!t.rowTotals.at(collecte).has_value());
        QVERIFY(t.rowTotalNotes.at(collecte).contains(QStringLiteral("2019")));
        const int type = int(t.rowLabels.indexOf(QStringLiteral("Nord · DMA par type de déchet"))); // 2009–2019
        QCOMPARE(qRound64(*t.rowTotals.at(type) * 1e6), gramsOf(QStringLiteral("sinoe-dma-type"), nord));
    }

    void pivotTotalsOfOneDataSet()
    {
        // The streams of the DMA family on the treatment side: SINOE04 alone, totalled.
        const qint64 hdf = territory(QStringLiteral("region"), QStringLiteral("32"));
        FlowFilter f;
        f.territories << TerritorySelection{hdf, true};
        f.kind = FlowFilter::Kind::Traitement;
        QSqlQuery q = sql::exec(db(), QStringLiteral("SELECT id FROM waste_stream WHERE code LIKE '07%'"));
        while (q.next())
            f.streamIds << q.value(0).toLongLong();
        const PivotTable t = computePivot(db(), f, PivotRows::Territory, PivotMeasure::Tonnes);
        QCOMPARE(t.dataSets, QStringList{QStringLiteral("DMA par traitement")});
        QCOMPARE(t.rowLabels, (QStringList{"Aisne", "Nord", "Oise", "Pas-de-Calais", "Somme"}));
        const int c2009 = int(t.years.indexOf(2009));
        QVERIFY2(t.columnTotals.at(c2009).has_value(), qPrintable(t.columnTotalNotes.at(c2009)));
        QCOMPARE(qRound64(*t.columnTotals.at(c2009) * 1e6), gramsOf(QStringLiteral("sinoe04-dma-destination"), hdf, 2009));
        QVERIFY(t.grandTotal.has_value());
        QCOMPARE(qRound64(*t.grandTotal * 1e6), gramsOf(QStringLiteral("sinoe04-dma-destination"), hdf));

        // Modes of SINOE04 and of the OMA destination file share their labels: two rows, never one.
        FlowFilter modes;
        modes.territories = f.territories;
        modes.kind = FlowFilter::Kind::Traitement;
        const PivotTable m = computePivot(db(), modes, PivotRows::Mode, PivotMeasure::Share);
        QVERIFY(m.rowLabels.contains(QStringLiteral("Valorisation matière · DMA par traitement")));
        QVERIFY(m.rowLabels.contains(QStringLiteral("Valorisation matière · OMA par traitement")));
        // Shares are of their own data set's year: the DMA rows of 2009 add up to 100 %.
        double sum = 0;
        for (int r = 0; r < m.rowCount(); ++r)
            if (m.rowLabels.at(r).endsWith(QStringLiteral("DMA par traitement")))
                sum += m.cells.at(r).at(int(m.years.indexOf(2009))).value_or(0);
        QVERIFY(qAbs(sum - 100.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestFamilies)
#include "tst_families.moc"
