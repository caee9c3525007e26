// FactSheetData from the real sample data, every figure checked against a direct SQL sum
// written independently of the aggregation code, and against the anchors of the brief
// (Hauts-de-France déchèteries 2021, Nord 2021, HdF treatment 2017).
#include "TestStores.h"
#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "geo/Lambert93.h"
#include "import/Importer.h"
#include "report/FactSheetBuilder.h"
#include "report/FactSheetCoverage.h"
#include "report/FactSheetLocator.h"
#include "sample/SampleData.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using namespace odema::report;

class TestFactSheetData : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void hautsDeFranceDecheteries2021();
    void nordFiguresAndComparisons();
    void treatmentShares2017();
    void earlierYearsForOmaAndDma();
    void targetsAndGaps();
    void dataTableAndSources();
    void partialDataSaysWhy();
    void coverageAndFileNames();
    void locatorAmongNeighbours();
    void noLocatorWithoutOutlines();

private:
    qint64 id(const QString &ref) const { return m_builder->resolver().resolve(ref).id; }
    /// Tonnes of a family of streams, one kind, summed from département rows under a territory.
    double sqlTonnes(const QString &ref, const QString &kind, const QString &family, int year, const QString &modeGroup = {}) const;
    double sqlPopulation(const QString &ref, int year) const;
    /// Tonnes of one data set (code) under a territory, département rows, optionally some modes.
    double sqlDataSet(const QString &ref, const QString &dataset, int year, const QStringList &modes = {}) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<FactSheetBuilder> m_builder;
};

void TestFactSheetData::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = Store::open(test::newStoreLocation(m_dir, QStringLiteral("s.sqlite")), Store::OpenMode::CreateIfMissing);
    SampleData::importInto(*m_store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
    m_builder = std::make_unique<FactSheetBuilder>(m_store->database());
    m_builder->setWithCharts(false);
}

double TestFactSheetData::sqlTonnes(const QString &ref, const QString &kind, const QString &family, int year,
                                    const QString &modeGroup) const
{
    QString statement = QStringLiteral(
        "SELECT COALESCE(SUM(f.grams), 0) / 1000000.0 FROM flow f JOIN territory d ON d.id = f.territory_id "
        "JOIN waste_stream s ON s.id = f.stream_id LEFT JOIN treatment_mode m ON m.id = f.mode_id "
        "WHERE d.level = 'departement' AND f.kind = ? AND f.year = ? "
        "AND f.territory_id IN (SELECT descendant_id FROM territory_closure WHERE ancestor_id = ?)");
    QVariantList values{kind, year, id(ref)};
    if (!family.isEmpty()) {
        statement += QStringLiteral(" AND s.family = ?");
        values << family;
    }
    if (!modeGroup.isEmpty()) {
        statement += QStringLiteral(" AND m.grp = ?");
        values << modeGroup;
    }
    return sql::scalar(m_store->database(), statement, values).toDouble();
}

double TestFactSheetData::sqlDataSet(const QString &ref, const QString &dataset, int year, const QStringList &modes) const
{
    QString statement = QStringLiteral(
        "SELECT COALESCE(SUM(f.grams), 0) / 1000000.0 FROM flow f JOIN territory d ON d.id = f.territory_id "
        "JOIN dataset s ON s.id = f.dataset_id AND s.code = ? LEFT JOIN treatment_mode m ON m.id = f.mode_id "
        "WHERE d.level = 'departement' AND f.year = ? "
        "AND f.territory_id IN (SELECT descendant_id FROM territory_closure WHERE ancestor_id = ?)");
    if (!modes.isEmpty())
        statement += QStringLiteral(" AND m.code IN ('%1')").arg(modes.join(QStringLiteral("', '")));
    return sql::scalar(m_store->database(), statement, {dataset, year, id(ref)}).toDouble();
}

double TestFactSheetData::sqlPopulation(const QString &ref, int year) const
{
    return sql::scalar(m_store->database(), QStringLiteral("SELECT population FROM population_used WHERE territory_id = ? AND year = ?"),
                       {id(ref), year}).toDouble();
}

void TestFactSheetData::hautsDeFranceDecheteries2021()
{
    const FactSheetData d = m_builder->build(id(QStringLiteral("region:32")), 2021);
    QCOMPARE(d.header.name, QStringLiteral("Hauts-de-France"));
    QCOMPARE(d.header.year, 2021);
    QCOMPARE(d.header.population.value_or(0), qint64(5991088));
    QVERIFY(!d.header.populationBasis.isEmpty());
    const KeyFigure *t = d.figure(QStringLiteral("dech_t_ag"));
    QVERIFY(t && t->value);
    QCOMPARE(t->year, 2021);
    QCOMPARE(qRound64(*t->value * 100), qint64(154589032)); // 1 545 890,32 t
    QCOMPARE(*t->value, sqlTonnes(QStringLiteral("region:32"), QStringLiteral("collecte"), QStringLiteral("decheterie"), 2021));
    const KeyFigure *kg = d.figure(QStringLiteral("dech_kg_ag"));
    QVERIFY(kg && kg->value);
    QCOMPARE(formatNumber(*kg->value, 2), formatNumber(258.03, 2));
    QCOMPARE(*kg->value, *t->value * 1000.0 / 5991088.0);
    // Comparison for a region: France only.
    QCOMPARE(t->comparisons.size(), 1);
    QCOMPARE(t->comparisons[0].label, QStringLiteral("France"));
    QCOMPARE(t->comparisons[0].value.value_or(-1),
             sqlTonnes(QStringLiteral("france"), QStringLiteral("collecte"), QStringLiteral("decheterie"), 2021));
}

void TestFactSheetData::nordFiguresAndComparisons()
{
    const qint64 nord = id(QStringLiteral("departement:59"));
    QCOMPARE(m_builder->latestYear(nord), 2021);
    const FactSheetData d = m_builder->build(nord); // default year = latest with data
    QCOMPARE(d.header.year, 2021);
    QCOMPARE(d.header.code, QStringLiteral("59"));
    QVERIFY(d.header.parents.join(QLatin1Char(' ')).contains(QStringLiteral("Hauts-de-France")));
    const KeyFigure *t = d.figure(QStringLiteral("dech_t_ag"));
    QVERIFY(t && t->value);
    QCOMPARE(qRound64(*t->value * 100), qint64(64107169)); // 641 071,69 t
    const KeyFigure *kg = d.figure(QStringLiteral("dech_kg_ag"));
    QCOMPARE(formatNumber(kg->value.value_or(0), 2), formatNumber(245.87, 2));
    // Change since the previous survey (2019) and the first year (2009), from direct SQL.
    const double t2019 = sqlTonnes(QStringLiteral("departement:59"), QStringLiteral("collecte"), QStringLiteral("decheterie"), 2019);
    const double t2009 = sqlTonnes(QStringLiteral("departement:59"), QStringLiteral("collecte"), QStringLiteral("decheterie"), 2009);
    QCOMPARE(t->previousYear, 2019);
    QCOMPARE(t->firstYear, 2009);
    QVERIFY(qAbs(t->changeSincePrevious.value_or(0) - (*t->value / t2019 - 1) * 100) < 1e-9);
    QVERIFY(qAbs(t->changeSinceFirst.value_or(0) - (*t->value / t2009 - 1) * 100) < 1e-9);
    // Comparisons: région then France, same year, same indicator.
    QCOMPARE(kg->comparisons.size(), 2);
    QCOMPARE(kg->comparisons[0].label, QStringLiteral("Hauts-de-France"));
    QCOMPARE(formatNumber(kg->comparisons[0].value.value_or(0), 2), formatNumber(258.03, 2));
    // France on one scope: the départements that have both déchèterie tonnes and an INSEE
    // estimate, the same in numerator and denominator (977, 978… have no population).
    QSqlQuery q = sql::exec(m_store->database(), QStringLiteral(
        "SELECT sum(g.grams), sum(p.population) FROM (SELECT f.territory_id, sum(f.grams) AS grams FROM flow f "
        "JOIN dataset s ON s.id = f.dataset_id AND s.code = 'sinoe14-decheterie-type' JOIN territory t ON t.id = f.territory_id "
        "AND t.level = 'departement' WHERE f.year = 2021 GROUP BY f.territory_id) g "
        "JOIN population p ON p.territory_id = g.territory_id AND p.year = 2021 AND p.kind = 'estimation'"));
    QVERIFY(q.next());
    const double france = q.value(0).toDouble() / 1000.0 / q.value(1).toDouble();
    QVERIFY2(qAbs(kg->comparisons[1].value.value_or(0) - france) < 1e-9, qPrintable(QString::number(kg->comparisons[1].value.value_or(0), 'f', 4)));
}

void TestFactSheetData::treatmentShares2017()
{
    // The DMA valorisation rate: SINOE04's matière + organique over all its tonnes (gravats
    // included), never the déchèterie destination file under the DMA label.
    const FactSheetData d = m_builder->build(id(QStringLiteral("region:32")), 2017);
    const KeyFigure *v = d.figure(QStringLiteral("valo_mo_dma"));
    QVERIFY(v && v->value);
    QCOMPARE(v->year, 2017);
    const QString r = QStringLiteral("region:32"), sinoe04 = QStringLiteral("sinoe04-dma-destination");
    const double all = sqlDataSet(r, sinoe04, 2017);
    QVERIFY(qAbs(*v->value - sqlDataSet(r, sinoe04, 2017, {QStringLiteral("02A"), QStringLiteral("02E")}) * 100 / all) < 1e-9);
    QVERIFY(v->dataset.contains(QStringLiteral("SINOE04")));
    QVERIFY(v->definition.contains(QStringLiteral("gravats compris")));
    const KeyFigure *s = d.figure(QStringLiteral("stockage_dma"));
    QVERIFY(s && s->value);
    QVERIFY(qAbs(*s->value - sqlDataSet(r, sinoe04, 2017, {QStringLiteral("02D")}) * 100 / all) < 1e-9);
    QVERIFY(s->changeInPoints);
    // Never collecte + traitement: the déchèterie tonnes are ADEME's key figure of 2017.
    const KeyFigure *t = d.figure(QStringLiteral("dech_t_ag"));
    QVERIFY(t->dataset.contains(QStringLiteral("Chiffres clés déchèteries avec gravats")));
}

void TestFactSheetData::earlierYearsForOmaAndDma()
{
    // OMA stop in 2019 in the sample (OMA by waste type): the 2021 sheet shows 2019 and says so.
    const FactSheetData d = m_builder->build(id(QStringLiteral("departement:59")), 2021);
    const KeyFigure *oma = d.figure(QStringLiteral("oma_kg"));
    QVERIFY(oma && oma->value);
    QCOMPARE(oma->year, 2019);
    QVERIFY(oma->note.contains(QStringLiteral("2019")));
    const double pop = sqlPopulation(QStringLiteral("departement:59"), 2019);
    const double omaT = sqlTonnes(QStringLiteral("departement:59"), QStringLiteral("collecte"), QStringLiteral("oma"), 2019);
    QVERIFY(qAbs(*oma->value - omaT * 1000 / pop) < 1e-9);
    // DMA from SINOE04 (2021 included), not OMA + déchèteries.
    const KeyFigure *dma = d.figure(QStringLiteral("dma_kg_ag"));
    QVERIFY(dma && dma->value);
    QCOMPARE(dma->year, 2021);
    QVERIFY(dma->dataset.contains(QStringLiteral("SINOE04")));
    const double dmaT = sqlDataSet(QStringLiteral("departement:59"), QStringLiteral("sinoe04-dma-destination"), 2021);
    QVERIFY(qAbs(*dma->value - dmaT * 1000 / sqlPopulation(QStringLiteral("departement:59"), 2021)) < 1e-9);
    const KeyFigure *valo = d.figure(QStringLiteral("valo_mo_dma"));
    QCOMPARE(valo->year, 2021);
}

void TestFactSheetData::targetsAndGaps()
{
    const FactSheetData d = m_builder->build(id(QStringLiteral("region:32")), 2021);
    // Valorisation: measured on the DMA rate (SINOE04), against the interpolated trajectory.
    const TargetPosition *valo = d.target(QStringLiteral("valorisation_dma"));
    QVERIFY(valo && valo->value && valo->targetValue);
    QCOMPARE(valo->year, 2021);
    QCOMPARE(*valo->value, d.figure(QStringLiteral("valo_mo_dma"))->value.value_or(-1));
    QVERIFY(qAbs(*valo->targetValue - (42.9 + (55 - 42.9) * 12.0 / 16.0)) < 1e-9); // 51,975 % in 2021
    QVERIFY(qAbs(*valo->gap - (*valo->value - *valo->targetValue)) < 1e-12);
    QCOMPARE(valo->status, *valo->value >= 65 ? QStringLiteral("Atteint")
                           : *valo->value >= *valo->targetValue ? QStringLiteral("Sur la trajectoire") : QStringLiteral("En retard"));
    QVERIFY2(valo->sentence.contains(formatPercent(65) + QStringLiteral(" en 2035")), qPrintable(valo->sentence));
    QVERIFY(!valo->sentence.contains(QStringLiteral("déchèterie")));

    const TargetPosition *traj = d.target(QStringLiteral("dma_kg_hab_trajectoire"));
    QVERIFY(traj && traj->value && traj->targetValue);
    QCOMPARE(traj->year, 2021);
    QVERIFY(qAbs(*traj->targetValue - (620 + (558.0 - 620) * 12 / 16)) < 1e-9); // 573,5 kg/hab in 2021
    QCOMPARE(*traj->value, d.figure(QStringLiteral("dma_kg_ag"))->value.value_or(-1));

    // −15 % DMA/hab vs 2010: no survey in 2010 — not measurable, and said, never a proxy year.
    const TargetPosition *national = d.target(QStringLiteral("dma_kg_hab_national"));
    QVERIFY(national && !national->availability.available);
    QVERIFY(national->availability.reason.contains(QStringLiteral("2010")));

    // ISDND: the landfill tonnages (Odema file), 2 482 224 t in 2010 → 1 241 112 t in 2025.
    const TargetPosition *landfill = d.target(QStringLiteral("stockage_isdnd_region"));
    QVERIFY(landfill && landfill->value);
    QCOMPARE(landfill->unit, QStringLiteral("t"));
    QVERIFY(qAbs(*landfill->targetValue - (2482224 + (1241112.0 - 2482224) * (landfill->year - 2010) / 15)) < 1e-6);
    QVERIFY(landfill->sentence.contains(QStringLiteral("1 200 000 t")));
    const TargetPosition *reduction = d.target(QStringLiteral("stockage_reduction"));
    QVERIFY(reduction && reduction->value);
    QCOMPARE(*reduction->value, *landfill->value);
    // No data for incentive pricing: what is missing is named.
    const TargetPosition *ti = d.target(QStringLiteral("tarification_incitative"));
    QVERIFY(ti && !ti->availability.available && ti->availability.reason.contains(QStringLiteral("TEOMi")));
    QVERIFY(d.targetsAvailability.available);
    // The Nord: the absolute regional ISDND target does not apply.
    const FactSheetData nord = m_builder->build(id(QStringLiteral("departement:59")), 2021);
    QVERIFY(!nord.target(QStringLiteral("stockage_isdnd_region")));
    QVERIFY(nord.target(QStringLiteral("stockage_reduction")));
}

void TestFactSheetData::dataTableAndSources()
{
    const FactSheetData d = m_builder->build(id(QStringLiteral("departement:59")), 2021);
    QCOMPARE(d.table.years, (QList<int>{2009, 2011, 2013, 2015, 2017, 2019, 2021}));
    const int oma = int(d.table.columns.indexOf(QStringLiteral("OMA par habitant (kg/hab)")));
    QVERIFY(oma >= 0);
    QVERIFY(!d.table.rows.last()[oma].has_value()); // 2021: no OMA survey, a gap not a zero
    QCOMPARE(d.table.rows.last()[0].value_or(0), d.figure(QStringLiteral("dech_t_ag"))->value.value_or(-1));
    QStringList files;
    for (const SourceNote &s : d.sources) {
        files << s.file;
        QVERIFY(!s.importedAt.isEmpty());
    }
    QVERIFY(files.contains(QStringLiteral("sinoe14_tonnage_decheterie_par_type_dechet_dept.csv")));
    QVERIFY(files.contains(QStringLiteral("sinoe_destination_dechets_decheterie_par_traitement_dept.csv")));
    QVERIFY(files.contains(QStringLiteral("insee_estim_pop_dep_1975_2023__derived.csv")));
    QVERIFY(!d.methodNotes.isEmpty());
}

void TestFactSheetData::partialDataSaysWhy()
{
    // An EPCI: the sample's tonnages are by département only.
    const auto epcis = m_builder->resolver().descendants(id(QStringLiteral("departement:59")), Level::Epci);
    QVERIFY(!epcis.isEmpty());
    const FactSheetData e = m_builder->build(epcis.first().id, 2021);
    QVERIFY(!e.figuresAvailability.available);
    QVERIFY(e.figuresAvailability.reason.contains(QStringLiteral("département")));
    for (const KeyFigure &f : e.figures) {
        QVERIFY(!f.value);
        QVERIFY(!f.availability.reason.isEmpty());
    }
    QVERIFY(!e.targetsAvailability.available);
    QVERIFY(e.table.years.isEmpty());

    // Mayotte: OMA 2015 and 2017 only, no déchèterie nor treatment data.
    const qint64 mayotte = id(QStringLiteral("departement:976"));
    QCOMPARE(m_builder->latestYear(mayotte), 2017);
    const FactSheetData m = m_builder->build(mayotte, 2021);
    const KeyFigure *oma = m.figure(QStringLiteral("oma_kg"));
    QVERIFY(oma && oma->value);
    QCOMPARE(oma->year, 2017);
    QCOMPARE(oma->previousYear, 2015);
    const KeyFigure *dech = m.figure(QStringLiteral("dech_t_ag"));
    QVERIFY(!dech->value);
    QVERIFY(dech->availability.reason.contains(QStringLiteral("déchèterie")));
    // DMA and its valorisation from SINOE04, which surveys Mayotte: never OMA taken for DMA.
    const KeyFigure *dma = m.figure(QStringLiteral("dma_kg_ag"));
    QVERIFY(!dma->value || !dma->dataset.contains(QStringLiteral("OMA")));
    // Déchèteries: none surveyed there — no figure, not 0 t.
    QVERIFY(!m.figure(QStringLiteral("dech_kg_ag"))->value);
}

void TestFactSheetData::coverageAndFileNames()
{
    const TerritoryInfo hdf = m_builder->resolver().resolve(QStringLiteral("region:32"));
    const FactSheetCoverage c(m_builder->resolver(), hdf, Level::Departement);
    QStringList codes;
    for (const TerritoryInfo &t : c.territories())
        codes << t.code;
    QCOMPARE(codes, (QStringList{QStringLiteral("02"), QStringLiteral("59"), QStringLiteral("60"), QStringLiteral("62"), QStringLiteral("80")}));
    const FactSheetCoverage all(m_builder->resolver(), m_builder->resolver().resolve(QStringLiteral("france")), Level::Departement);
    QVERIFY(all.size() >= 101);
    QVERIFY_THROWS_EXCEPTION(OdemaError, (void)FactSheetCoverage(m_builder->resolver(), hdf, Level::Region));
    const TerritoryInfo pdc = m_builder->resolver().resolve(QStringLiteral("departement:62"));
    QCOMPARE(expandFileName(QStringLiteral("{code}_{nom}_{annee}"), pdc, 2021), QStringLiteral("62_pas-de-calais_2021.pdf"));
    QCOMPARE(slug(QStringLiteral("Côte-d'Or")), QStringLiteral("cote-d-or"));
    QCOMPARE(expandFileName(QStringLiteral("../{nom}"), pdc, 2021, QStringLiteral("html")), QStringLiteral(".._pas-de-calais.html"));
}

namespace {
QStringList codesOf(const QList<LocatorShape> &shapes)
{
    QStringList codes;
    for (const LocatorShape &s : shapes)
        codes << s.code;
    codes.sort();
    return codes;
}

QPointF scene(double lon, double lat) // Lambert-93 with y = −northing, as the locator's paths
{
    const QPointF p = geo::Lambert93().project(lon, lat);
    return {p.x(), -p.y()};
}
} // namespace

void TestFactSheetData::locatorAmongNeighbours()
{
    // The sheet data of the Nord: the Nord highlighted among the other four départements of
    // Hauts-de-France, from the detailed HdF file (rather than the simplified France one).
    const FactSheetData d = m_builder->build(id(QStringLiteral("departement:59")), 2021);
    QVERIFY(d.locator);
    const SheetLocator &nord = *d.locator;
    QCOMPARE(nord.territory.code, QStringLiteral("59"));
    QCOMPARE(nord.territory.name, QStringLiteral("Nord"));
    QCOMPARE(codesOf(nord.neighbours), (QStringList{"02", "60", "62", "80"}));
    QCOMPARE(nord.caption, QStringLiteral("Parmi les départements"));
    QCOMPARE(nord.perimeter, QStringLiteral("de la région Hauts-de-France"));
    QCOMPARE(nord.sourceName, QStringLiteral("geo_departements_hdf_2018.geojson"));
    QCOMPARE(nord.description(), QStringLiteral("Nord parmi les départements de la région Hauts-de-France"));
    QVERIFY(nord.territory.path.contains(scene(3.0573, 50.6292)));  // Lille
    QVERIFY(!nord.territory.path.contains(scene(2.2958, 49.8941))); // Amiens, in the Somme
    for (const LocatorShape &n : nord.neighbours)
        QCOMPARE(n.path.contains(scene(2.2958, 49.8941)), n.code == QLatin1String("80"));
    QVERIFY(nord.bounds.contains(nord.territory.path.boundingRect()));
    for (const LocatorShape &n : nord.neighbours)
        QVERIFY(nord.bounds.contains(n.path.boundingRect()));

    const TerritoryResolver &r = m_builder->resolver();
    const auto locate = [&](const QString &ref) {
        const TerritoryInfo t = r.resolve(ref);
        return buildLocator(m_store->database(), t, r.ancestors(t.id));
    };
    // Hauts-de-France among the régions: the 12 other mainland ones (the overseas régions have
    // no outline), which the caption says.
    const auto hdf = locate(QStringLiteral("region:32"));
    QVERIFY(hdf);
    QCOMPARE(hdf->neighbours.size(), 12);
    QVERIFY(codesOf(hdf->neighbours).contains(QStringLiteral("11")));
    QCOMPARE(hdf->perimeter, QStringLiteral("de France métropolitaine"));
    QVERIFY(hdf->bounds.width() < 1.3e6 && hdf->bounds.height() < 1.3e6);

    // An EPCI among the EPCI of its département (all within the Nord); a commune among those
    // of its EPCI.
    const auto mel = locate(QStringLiteral("epci:200093201"));
    QVERIFY(mel);
    QCOMPARE(mel->territory.name, QStringLiteral("Métropole Européenne de Lille"));
    QCOMPARE(mel->perimeter, QStringLiteral("du département Nord"));
    const QList<TerritoryInfo> nordEpcis = r.descendants(id(QStringLiteral("departement:59")), Level::Epci);
    QCOMPARE(mel->neighbours.size(), nordEpcis.size() - 1);
    QVERIFY(nordEpcis.size() > 10 && nordEpcis.size() < 92);
    const auto lilleCommune = locate(QStringLiteral("commune:59350"));
    QVERIFY(lilleCommune);
    QCOMPARE(lilleCommune->perimeter, QStringLiteral("de l'EPCI Métropole Européenne de Lille"));
    QVERIFY(lilleCommune->neighbours.size() > 80);

    // France has nothing to be located among; Paris is among the 8 départements of
    // Île-de-France (outlines of the France file); Guadeloupe has no outline at all.
    QVERIFY(!locate(QStringLiteral("france:FR")));
    const auto paris = locate(QStringLiteral("departement:75"));
    QVERIFY(paris);
    QCOMPARE(paris->neighbours.size(), 7);
    QCOMPARE(paris->perimeter, QStringLiteral("de la région Île-de-France"));
    QVERIFY(!m_builder->build(id(QStringLiteral("departement:971")), 2021).locator);
}

void TestFactSheetData::noLocatorWithoutOutlines()
{
    // A store with the territories but no boundary file: the Nord's sheet builds, without a
    // locator. Then only the départements of Hauts-de-France: the Nord gets one, the Gironde
    // (no outline of its own) and Hauts-de-France (no région outlines) do not.
    QTemporaryDir dir;
    auto store = Store::open(test::newStoreLocation(dir, QStringLiteral("s.sqlite")), Store::OpenMode::CreateIfMissing);
    Importer importer(*store);
    for (const char *f : {"insee_cog_2024_regions.csv", "insee_cog_2024_departements.csv"})
        importer.importFile(QStringLiteral(ODEMA_SAMPLE_DATA_DIR "/") + QLatin1String(f));
    FactSheetBuilder builder(store->database());
    builder.setWithCharts(false);
    const auto sheet = [&](const QString &ref) { return builder.build(builder.resolver().resolve(ref).id, 2021); };
    QVERIFY(!sheet(QStringLiteral("departement:59")).locator);

    importer.importFile(QStringLiteral(ODEMA_SAMPLE_DATA_DIR "/geo_departements_hdf_2018.geojson"));
    const FactSheetData nord = sheet(QStringLiteral("departement:59"));
    QVERIFY(nord.locator);
    QCOMPARE(codesOf(nord.locator->neighbours), (QStringList{"02", "60", "62", "80"}));
    QVERIFY(!sheet(QStringLiteral("departement:33")).locator);
    QVERIFY(!sheet(QStringLiteral("region:32")).locator);
}

QTEST_GUILESS_MAIN(TestFactSheetData)
#include "tst_factsheet_data.moc"
