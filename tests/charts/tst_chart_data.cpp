// Chart data and indicators from the real sample data, each figure checked against a direct
// SQL sum and against the anchors of the brief (Hauts-de-France treatment mix 2017,
// déchèteries 2021 by département, kg/hab 2021).
#include "TestStores.h"
#include "common/OdemaError.h"
#include "indicators/ChartDataBuilder.h"
#include "import/Importer.h"
#include "indicators/Indicators.h"
#include "sample/SampleData.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace odema;

class TestChartData : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void treatmentMix2017();
    void decheteries2021ByDepartement();
    void kgPerInhabitant();
    void noDoubleCountAcrossLevels();
    void evolutionMatchesSql();
    void compositionMatchesSql();
    void traitementPercentAndDonut();
    void comparaisonWithParents();
    void classementOfDepartements();
    void trajectoireAgainstTarget();
    void badRequests();
    void missingPopulationIsNamed();

private:
    qint64 id(const QString &ref) const { return TerritoryResolver(m_store->database()).resolve(ref).id; }
    double sqlSum(const QString &where, const QVariantList &values) const;
    /// The same over one data set (code): a chart never adds two.
    double sqlDataSet(const QString &dataset, const QString &where, const QVariantList &values) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

void TestChartData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = Store::open(test::newStoreLocation(m_dir, QStringLiteral("s.sqlite")), Store::OpenMode::CreateIfMissing);
    SampleData::importInto(*m_store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
}

double TestChartData::sqlDataSet(const QString &dataset, const QString &where, const QVariantList &values) const
{
    QVariantList all{dataset};
    all << values;
    return sqlSum(QStringLiteral("f.dataset_id = (SELECT id FROM dataset WHERE code = ?) AND ") + where, all);
}

double TestChartData::sqlSum(const QString &where, const QVariantList &values) const
{
    return sql::scalar(m_store->database(),
                       QStringLiteral("SELECT COALESCE(SUM(f.grams), 0) / 1000000.0 FROM flow f JOIN territory_closure c "
                                      "ON c.descendant_id = f.territory_id WHERE ") + where, values).toDouble();
}

void TestChartData::treatmentMix2017()
{
    // The treatment side prefers the DMA destination data set (SINOE04): its modes alone, never
    // pooled with the déchèterie or OMA destination files that describe part of the same tonnes.
    Indicators ind(m_store->database());
    IndicatorScope scope;
    scope.kind = FlowKind::Traitement;
    const qint64 hdf = id(QStringLiteral("region:32"));
    const auto shares = ind.shares(hdf, 2017, scope);
    QSqlQuery q = sql::exec(m_store->database(), QStringLiteral(
        "SELECT m.label, sum(f.grams) / 1000000.0 FROM flow f JOIN territory_closure c ON c.descendant_id = f.territory_id "
        "JOIN treatment_mode m ON m.id = f.mode_id JOIN dataset d ON d.id = f.dataset_id AND d.code = 'sinoe04-dma-destination' "
        "WHERE c.ancestor_id = ? AND f.year = 2017 GROUP BY m.label, m.sort_order, m.code ORDER BY m.sort_order, m.code"), {hdf});
    QList<QPair<QString, double>> expected;
    double total = 0, valorised = 0, landfilled = 0;
    while (q.next()) {
        expected << qMakePair(q.value(0).toString(), q.value(1).toDouble());
        total += q.value(1).toDouble();
    }
    QCOMPARE(shares.size(), expected.size()); // and in the observatory's order
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(shares.at(i).category.label, expected.at(i).first);
        QVERIFY2(qAbs(shares.at(i).tonnes - expected.at(i).second) < 0.01, qPrintable(shares.at(i).category.label));
        if (shares.at(i).category.group == QLatin1String("valorisation"))
            valorised += expected.at(i).second;
        if (shares.at(i).category.group == QLatin1String("stockage"))
            landfilled += expected.at(i).second;
    }
    QVERIFY(qAbs(*ind.valorisationRate(hdf, 2017) - valorised * 100.0 / total) < 1e-6);
    QVERIFY(qAbs(*ind.landfillShare(hdf, 2017) - landfilled * 100.0 / total) < 1e-6);
}

void TestChartData::decheteries2021ByDepartement()
{
    Indicators ind(m_store->database());
    const QList<QPair<QString, double>> expected{{QStringLiteral("02"), 149162.47}, {QStringLiteral("59"), 641071.69},
                                                 {QStringLiteral("60"), 217001.84}, {QStringLiteral("62"), 363554.50},
                                                 {QStringLiteral("80"), 175099.82}};
    for (const auto &e : expected) {
        const auto t = ind.total(id(QStringLiteral("departement:") + e.first), 2021);
        QVERIFY(t);
        QVERIFY2(qAbs(t->tonnes - e.second) < 0.01, qPrintable(e.first));
        QCOMPARE(t->levelUsed, QStringLiteral("departement"));
    }
}

void TestChartData::kgPerInhabitant()
{
    Indicators ind(m_store->database());
    const auto hdf = ind.total(id(QStringLiteral("region:32")), 2021);
    QVERIFY(hdf && hdf->population);
    QCOMPARE(*hdf->population, qint64(5991088));
    QVERIFY(!hdf->populationBasis.isEmpty());
    QCOMPARE(qRound(*hdf->kgPerInhabitant() * 100), 25803);
    const auto nord = ind.total(id(QStringLiteral("departement:59")), 2021);
    QCOMPARE(qRound(*nord->kgPerInhabitant() * 100), 24587);
    // No population: no kg/hab, never zero.
    TerritoryTotal lonely;
    lonely.tonnes = 10;
    QVERIFY(!lonely.kgPerInhabitant());
}

void TestChartData::noDoubleCountAcrossLevels()
{
    // Flows given for an EPCI of the Nord on top of the département figures: the region's
    // total keeps using the département level; a year with EPCI flows only uses them.
    QSqlDatabase db = m_store->database();
    const qint64 epci = sql::scalar(db, QStringLiteral(
        "SELECT c.descendant_id FROM territory_closure c JOIN territory t ON t.id = c.descendant_id "
        "WHERE c.ancestor_id = ? AND t.level = 'epci' LIMIT 1"), {id(QStringLiteral("departement:59"))}).toLongLong();
    QVERIFY(epci > 0);
    const qint64 source = sql::scalar(db, QStringLiteral("SELECT MIN(id) FROM source_file")).toLongLong();
    Indicators ind(db);
    const double before = ind.total(id(QStringLiteral("region:32")), 2021)->tonnes;
    sql::exec(db, QStringLiteral("INSERT INTO flow(kind, year, territory_id, stream_id, grams, source_id, dataset_id) VALUES "
                                 "('collecte', 2021, ?, 1, 1000000000, ?, 1), ('collecte', 2041, ?, 1, 250000000, ?, 1)"),
              {epci, source, epci, source});
    // Written behind the importer's back: a new Indicators sees them (imports change the stamp).
    const Indicators after(db);
    const double with = after.total(id(QStringLiteral("region:32")), 2021)->tonnes;
    const auto only = after.total(id(QStringLiteral("region:32")), 2041);
    sql::exec(db, QStringLiteral("DELETE FROM flow WHERE year = 2041 OR (year = 2021 AND territory_id = ?)"), {epci});
    QCOMPARE(with, before);
    QVERIFY(only);
    QCOMPARE(only->tonnes, 250.0);
    QCOMPARE(only->levelUsed, QStringLiteral("epci"));
}

void TestChartData::evolutionMatchesSql()
{
    ChartRequest r;
    r.kind = ChartKind::Evolution;
    r.territoryIds = {id(QStringLiteral("region:32")), id(QStringLiteral("departement:59"))};
    r.yearFrom = 2009;
    r.yearTo = 2021;
    const ChartData d = ChartDataBuilder(m_store->database()).build(r);
    // One data set, the catalogue's first holding the rows: DMA by waste type (2009–2019), never
    // DMA + OMA + déchèteries; 2021, which it lacks, is not drawn from another data set.
    QCOMPARE(d.categories, (QStringList{"2009", "2011", "2013", "2015", "2017", "2019"}));
    QCOMPARE(d.series.size(), 2);
    for (int s = 0; s < 2; ++s)
        for (int i = 0; i < 6; ++i) {
            const double expected = sqlDataSet(QStringLiteral("sinoe-dma-type"), QStringLiteral("c.ancestor_id = ? AND f.year = ?"),
                                               {r.territoryIds.at(s), d.categories.at(i).toInt()});
            QVERIFY(d.series.at(s).values.at(i));
            QVERIFY(qAbs(*d.series.at(s).values.at(i) - expected) < 1e-6);
        }
    QVERIFY(d.title.contains(QStringLiteral("(DMA)")));
    QVERIFY(d.sourceLine.startsWith(QStringLiteral("Source : ADEME, SINOE® – traitement Odema")));
    QCOMPARE(d.fileStem, QStringLiteral("region-32_evolution_2009-2019"));

    // By stream for one territory: the bands add up to the same totals, complete years only.
    r.territoryIds = {r.territoryIds.first()};
    r.byStream = true;
    const ChartData bands = ChartDataBuilder(m_store->database()).build(r);
    QCOMPARE(bands.shape, ChartShape::StackedAreas);
    QCOMPARE(bands.categories, d.categories);
    for (int i = 0; i < bands.categories.size(); ++i) {
        double sum = 0;
        for (const ChartSeries &s : bands.series)
            sum += s.values.at(i).value_or(0.0);
        QVERIFY(qAbs(sum - *d.series.first().values.at(i)) < 1e-6);
    }
}

void TestChartData::compositionMatchesSql()
{
    ChartRequest r;
    r.kind = ChartKind::Composition;
    r.territoryIds = {id(QStringLiteral("region:32"))};
    const ChartData d = ChartDataBuilder(m_store->database()).build(r);
    QCOMPARE(d.shape, ChartShape::StackedBars);
    QCOMPARE(d.categories.size(), 6);
    QCOMPARE(d.series.size(), 7); // the seven DMA streams of one data set, no OMA or déchèterie stream on top
    QSqlQuery q = sql::exec(m_store->database(), QStringLiteral(
        "SELECT s.label, f.year, sum(f.grams) / 1000000.0 FROM flow f JOIN territory_closure c ON c.descendant_id = f.territory_id "
        "JOIN waste_stream s ON s.id = f.stream_id JOIN dataset d ON d.id = f.dataset_id AND d.code = 'sinoe-dma-type' "
        "WHERE c.ancestor_id = ? GROUP BY 1, 2"),
        {r.territoryIds.first()});
    int checked = 0;
    while (q.next()) {
        const auto series = std::find_if(d.series.begin(), d.series.end(), [&](const ChartSeries &s) { return s.name == q.value(0).toString(); });
        QVERIFY(series != d.series.end());
        const int i = int(d.categories.indexOf(q.value(1).toString()));
        QVERIFY(series->values.at(i));
        QVERIFY(qAbs(*series->values.at(i) - q.value(2).toDouble()) < 1e-6);
        ++checked;
    }
    QCOMPARE(checked, 7 * 6);
    // Streams sharing the observatory's orange get distinct shades.
    QSet<QRgb> colours;
    for (const ChartSeries &s : d.series)
        colours.insert(s.colour.rgb());
    QCOMPARE(colours.size(), d.series.size());
}

void TestChartData::traitementPercentAndDonut()
{
    ChartRequest r;
    r.kind = ChartKind::Traitement;
    r.territoryIds = {id(QStringLiteral("region:32"))};
    ChartDataBuilder builder(m_store->database());
    const ChartData bars = builder.build(r);
    QCOMPARE(bars.unit, QStringLiteral("%"));
    QCOMPARE(bars.series.first().name, QStringLiteral("Valorisation matière"));
    const int i2017 = int(bars.categories.indexOf(QStringLiteral("2017")));
    double sum = 0;
    for (const ChartSeries &s : bars.series)
        sum += s.values.at(i2017).value_or(0);
    QVERIFY(qAbs(sum - 100) < 1e-9);
    const QString sinoe04 = QStringLiteral("sinoe04-dma-destination");
    const double total = sqlDataSet(sinoe04, QStringLiteral("c.ancestor_id = ? AND f.year = 2017"), {r.territoryIds.first()});
    const double matiere = sqlDataSet(sinoe04, QStringLiteral("c.ancestor_id = ? AND f.year = 2017 AND f.mode_id = "
                                                              "(SELECT id FROM treatment_mode WHERE code = '02A')"), {r.territoryIds.first()});
    QVERIFY(qAbs(*bars.series.first().values.at(i2017) - matiere * 100 / total) < 1e-6);

    r.donut = true;
    r.measure = Measure::Tonnes;
    const ChartData donut = builder.build(r);
    QCOMPARE(donut.shape, ChartShape::Donut);
    QCOMPARE(donut.categoryColours.first(), QColor(QStringLiteral("#FEFA54")));
    // The latest year of SINOE04 (2021): its tonnes alone, every mode.
    double donutSum = 0;
    for (const auto &v : donut.series.first().values)
        donutSum += v.value_or(0);
    QVERIFY(qAbs(donutSum - sqlDataSet(sinoe04, QStringLiteral("c.ancestor_id = ? AND f.year = 2021"), {r.territoryIds.first()})) < 0.01);
}

void TestChartData::comparaisonWithParents()
{
    ChartRequest r;
    r.kind = ChartKind::Comparaison;
    r.territoryIds = {id(QStringLiteral("departement:59"))};
    const ChartData d = ChartDataBuilder(m_store->database()).build(r);
    QCOMPARE(d.unit, QStringLiteral("kg/hab"));
    QCOMPARE(d.series.size(), 3);
    QCOMPARE(d.series.at(1).name, QStringLiteral("Hauts-de-France"));
    QCOMPARE(d.series.at(2).name, QStringLiteral("France"));
    const int i = int(d.categories.indexOf(QStringLiteral("2019")));
    const double tonnes = sqlDataSet(QStringLiteral("sinoe-dma-type"), QStringLiteral("c.ancestor_id = ? AND f.year = 2019"), {id(QStringLiteral("region:32"))});
    const double pop = sql::scalar(m_store->database(), QStringLiteral("SELECT population FROM population_used WHERE territory_id = ? AND year = 2019"),
                                   {id(QStringLiteral("region:32"))}).toDouble();
    QVERIFY(qAbs(*d.series.at(1).values.at(i) - tonnes * 1000 / pop) < 1e-9);
    QVERIFY(!d.categories.contains(QStringLiteral("2021"))); // incomplete year left out

    r.territoryIds = {id(QStringLiteral("departement:59")), id(QStringLiteral("departement:62"))};
    r.year = 2021;
    const ChartData side = ChartDataBuilder(m_store->database()).build(r);
    QCOMPARE(side.categories, (QStringList{"Nord", "Pas-de-Calais"}));
    QCOMPARE(qRound(*side.series.first().values.first() * 100), 24587);
}

void TestChartData::classementOfDepartements()
{
    ChartRequest r;
    r.kind = ChartKind::Classement;
    r.territoryIds = {id(QStringLiteral("departement:59"))};
    r.year = 2021;
    r.measure = Measure::Tonnes;
    const ChartData d = ChartDataBuilder(m_store->database()).build(r);
    QCOMPARE(d.categories, (QStringList{"Nord", "Pas-de-Calais", "Oise", "Somme", "Aisne"}));
    QCOMPARE(d.highlight, 0);
    QVERIFY(qAbs(*d.series.first().values.at(0) - 641071.69) < 0.01);
    QVERIFY(qAbs(*d.series.first().values.at(4) - 149162.47) < 0.01);

    r.nationalRanking = true;
    r.measure = Measure::KgPerInhabitant;
    const ChartData national = ChartDataBuilder(m_store->database()).build(r);
    QVERIFY(national.categories.size() > 90);
    QCOMPARE(national.categories.at(national.highlight), QStringLiteral("Nord"));
    for (int i = 1; i < national.categories.size(); ++i)
        QVERIFY(*national.series.first().values.at(i - 1) >= *national.series.first().values.at(i));
}

void TestChartData::trajectoireAgainstTarget()
{
    ChartRequest r;
    r.kind = ChartKind::Trajectoire;
    r.territoryIds = {id(QStringLiteral("region:32"))};
    ChartDataBuilder builder(m_store->database());
    const ChartData d = builder.build(r);
    QVERIFY(d.target);
    QCOMPARE(d.categories.first(), QStringLiteral("2009"));
    QCOMPARE(d.categories.last(), QStringLiteral("2035")); // the trajectory's last point, from targets.json
    const int i = int(d.categories.indexOf(QStringLiteral("2017")));
    // The catalogue's valorisation rate: SINOE04's (matière + organique) over every DMA tonne.
    const QString sinoe04 = QStringLiteral("sinoe04-dma-destination");
    const double total = sqlDataSet(sinoe04, QStringLiteral("f.territory_id IN (SELECT id FROM territory t WHERE t.level = 'departement') AND c.ancestor_id = ? AND f.year = 2017"),
                                    {r.territoryIds.first()});
    const double valorised = sqlDataSet(sinoe04, QStringLiteral("f.territory_id IN (SELECT id FROM territory t WHERE t.level = 'departement') AND c.ancestor_id = ? AND f.year = 2017 "
                                                                "AND f.mode_id IN (SELECT id FROM treatment_mode WHERE code IN ('02A', '02E'))"),
                                        {r.territoryIds.first()});
    QVERIFY(qAbs(*d.series.first().values.at(i) - valorised * 100 / total) < 1e-6);
    QVERIFY(qAbs(*d.target->values.at(i) - (42.9 + (55 - 42.9) * 8.0 / 16.0)) < 1e-9); // 48,95 % in 2017
    QVERIFY(!d.series.first().values.at(i + 1)); // 2018: no survey, no invented value
    QVERIFY(d.sourceLine.contains(QStringLiteral("PRPGD")));
    QVERIFY(d.notes.join(QString()).contains(QStringLiteral("SINOE04")));

    r.targetId = QStringLiteral("dma_kg_hab_trajectoire");
    const ChartData dma = builder.build(r);
    QCOMPARE(dma.unit, QStringLiteral("kg/hab"));
    QCOMPARE(dma.categories.last(), QStringLiteral("2030"));
    QCOMPARE(*dma.target->values.at(dma.categories.indexOf(QStringLiteral("2025"))), 558.0);
    QCOMPARE(*dma.target->values.at(0), 620.0);
}

void TestChartData::badRequests()
{
    ChartDataBuilder builder(m_store->database());
    ChartRequest r;
    r.kind = ChartKind::Composition;
    QVERIFY_THROWS_EXCEPTION(OdemaError, builder.build(r)); // no territory
    r.territoryIds = {id(QStringLiteral("region:32"))};
    r.yearFrom = 2021;
    r.yearTo = 2009;
    QVERIFY_THROWS_EXCEPTION(OdemaError, builder.build(r)); // empty range
    r.yearFrom = 1990;
    r.yearTo = 1995;
    QVERIFY(builder.build(r).isEmpty()); // no data: an empty chart, shown as such
    r = {};
    r.kind = ChartKind::Trajectoire;
    r.territoryIds = {id(QStringLiteral("region:32"))};
    r.targetId = QStringLiteral("inconnu");
    QVERIFY_THROWS_EXCEPTION(OdemaError, builder.build(r));
}


void TestChartData::missingPopulationIsNamed()
{
    // Déchèterie tonnes without any population: a kg/hab chart names the missing population
    // and the file to import, instead of "vérifiez le territoire et les années".
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("p.sqlite")), Store::OpenMode::CreateIfMissing);
    Importer(*store).importFile(QStringLiteral(ODEMA_SAMPLE_DATA_DIR "/sinoe14_tonnage_decheterie_par_type_dechet_dept.csv"));
    ChartRequest r;
    r.kind = ChartKind::Classement;
    r.measure = Measure::KgPerInhabitant;
    r.territoryIds = {TerritoryResolver(store->database()).resolve(QStringLiteral("departement:59")).id};
    const ChartData d = ChartDataBuilder(store->database()).build(r);
    QVERIFY(d.isEmpty());
    QVERIFY2(d.emptyReason.contains(QStringLiteral("Pas de population")) && d.emptyReason.contains(QStringLiteral("estim-pop-dep")),
             qPrintable(d.emptyReason));
    r.measure = Measure::Tonnes; // the same chart in tonnes has its data
    QVERIFY(!ChartDataBuilder(store->database()).build(r).isEmpty());
}

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chart_data.moc"
