// The indicator catalogue (resources/indicators.json) and its evaluator on the real HdF
// extracts (issue 12, items 3–6): the observatory's reference point (HdF 2009 valorisation
// 42,9 %), DMA hors gravats from SINOE04 against ADEME's chiffres clés, kg/hab on ADEME's own
// population against ADEME's ratios, a région on one scope, and targets measured on the
// indicator they are about. Expected values: Python (decimal) on the same extracts.
#include "TestStores.h"
#include "common/FrenchFormat.h"
#include "common/Tonnage.h"
#include "import/Importer.h"
#include "indicators/IndicatorEvaluator.h"
#include "indicators/TargetAssessment.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QtTest>
#include <cmath>

using namespace odema;

class TestIndicators : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<IndicatorEvaluator> m_eval;

    qint64 territory(const QString &level, const QString &code) const
    {
        return sql::scalar(m_store->database(), QStringLiteral("SELECT id FROM territory WHERE level = ? AND code = ?"), {level, code})
            .toLongLong();
    }
    qint64 dept(const char *code) const { return territory(QStringLiteral("departement"), QLatin1String(code)); }
    qint64 hdf() const { return territory(QStringLiteral("region"), QStringLiteral("32")); }
    /// The indicator computed from one entry of its `from` list only.
    IndicatorValue from(const QString &id, int source, qint64 t, int year, PopulationBasis basis) const
    {
        IndicatorDefinition d = *m_eval->catalog().find(id);
        d.from = {d.from.at(source)};
        return m_eval->evaluate(d, t, year, basis);
    }

private slots:
    void initTestCase()
    {
        m_store = Store::open(test::newStoreLocation(m_dir, QStringLiteral("indicators.sqlite")), Store::OpenMode::CreateIfMissing);
        Importer importer(*m_store);
        for (const char *name : {"sinoe04_destination_dma_par_type_traitement_dept__hdf.csv", "sinoe_tonnage_dma_par_type_dechet_dept__hdf.csv",
                                 "sinoe_repartition_dma_par_type_collecte_dept__hdf.csv", "sinoe_destination_oma_par_traitement_dept__hdf.csv",
                                 "sinoe_tonnage_oma_par_type_dept__derived_from_sqlite__hdf.csv",
                                 "sinoe_chiffres_cles_dma_avec_gravats_dept_2009_2017__hdf.csv",
                                 "sinoe_chiffres_cles_dma_hors_gravats_dept_2009_2017__hdf.csv", "sinoe_chiffres_cles_oma_dept_2009_2017__hdf.csv",
                                 "sinoe_chiffres_cles_decheterie_avec_gravats_dept_2009_2017__hdf.csv",
                                 "sinoe_chiffres_cles_decheterie_hors_gravats_dept_2009_2017__hdf.csv",
                                 "sinoe_performances_collecte_oma_par_type_dept__hdf.csv"})
            importer.importFile(QStringLiteral(ODEMA_TEST_DATA_DIR "/real/") + QLatin1String(name));
        m_eval = std::make_unique<IndicatorEvaluator>(m_store->database());
    }

    void catalogueEntriesAreComplete()
    {
        const IndicatorCatalog &c = m_eval->catalog();
        for (const char *id : {"dma_t_ag", "dma_t_hg", "dma_kg_ag", "dma_kg_hg", "oma_t", "oma_kg", "omr_t", "omr_kg", "cs_t", "cs_kg", "dech_t_ag",
                               "dech_t_hg", "dech_kg_ag", "dech_kg_hg", "valo_mo_dma", "valo_energie_dma", "stockage_dma", "isdnd_t",
                               "isdnd_evol_2010"}) {
            const IndicatorDefinition *d = c.find(QLatin1String(id));
            QVERIFY2(d, id);
            QVERIFY2(!d->label.isEmpty() && !d->unit.isEmpty() && !d->numerator.isEmpty() && !d->source.isEmpty() && !d->from.isEmpty(), id);
            if (d->kind == QLatin1String("ratio") || d->kind == QLatin1String("share"))
                QVERIFY2(!d->denominator.isEmpty(), id);
        }
        for (const IndicatorDefinition &d : c.all())
            QVERIFY2(indicatorLabelsForTranslation().contains(d.label), qPrintable(d.label)); // English through the .ts
        // The valorisation rate is a DMA figure: SINOE04 first, never the déchèterie file alone.
        const IndicatorDefinition *valo = c.find(QStringLiteral("valo_mo_dma"));
        QCOMPARE(valo->from.first().dataset, QStringLiteral("sinoe04-dma-destination"));
        for (const IndicatorSource &s : valo->from)
            QVERIFY(s.datasetCodes() != QStringList{QStringLiteral("sinoe-decheterie-destination")});
    }

    void valorisationOfHautsDeFrance2009()
    {
        const IndicatorValue v = m_eval->evaluate(QStringLiteral("valo_mo_dma"), hdf(), 2009, PopulationBasis::Estimation);
        QVERIFY2(v.value, qPrintable(v.missing));
        QCOMPARE(QString::number(*v.value, 'f', 1), QStringLiteral("42.9"));
        QCOMPARE(v.dataset, QStringLiteral("sinoe04-dma-destination"));
        QCOMPARE(v.method, QStringLiteral("calcule"));
        QCOMPARE(*v.numeratorGrams, qint64(1609782290000));
        QCOMPARE(qRound64(*v.denominator * 1e6), qint64(3755518930000)); // every DMA tonne, gravats included
        QCOMPARE(v.scope.size(), 5);
        QVERIFY(v.notes.join(QString()).contains(QStringLiteral("somme de 5 territoire")));
    }

    void dmaHorsGravatsOfSinoe04AgainstChiffresCles()
    {
        // SINOE04 without 07B against ADEME's published hors-gravats tonnage, to the cent
        // (ADEME rounds each SINOE04 row to the cent: 0,02 t at most over a département).
        for (const char *code : {"02", "59", "60", "62", "80"})
            for (int year : {2009, 2011, 2013, 2015}) {
                const IndicatorValue computed = from(QStringLiteral("dma_t_hg"), 1, dept(code), year, PopulationBasis::Source);
                const IndicatorValue published = from(QStringLiteral("dma_t_hg"), 0, dept(code), year, PopulationBasis::Source);
                QVERIFY(computed.value && published.value);
                QCOMPARE(computed.dataset, QStringLiteral("sinoe04-dma-destination"));
                QCOMPARE(published.method, QStringLiteral("publie"));
                QVERIFY2(std::llabs(roundGrams(*computed.numeratorGrams, 2) - roundGrams(*published.numeratorGrams, 2)) <= 20000,
                         qPrintable(QStringLiteral("%1 %2: %3 / %4").arg(QLatin1String(code)).arg(year)
                                        .arg(exactTonnesText(*computed.numeratorGrams), exactTonnesText(*published.numeratorGrams))));
            }
    }

    void chiffresCles2017GapIsTheirDecheterieVintage()
    {
        // 2017 is the one year where SINOE04 and the chiffres clés disagree (Nord: 1 522 860,82 t
        // against 1 514 338,24 t). The whole gap, to the cent, is the déchèterie part: the chiffres
        // clés DMA 2017 were built on an older déchèterie vintage (chiffres clés déchèteries
        // 515 537,46 t) than SINOE14 and the répartition file (524 060,04 t), which agree with
        // SINOE04. Other years both gaps are nil. Checked for every département and year.
        auto grams = [this](const char *id, int source, const char *code, int year) {
            const IndicatorValue v = from(QLatin1String(id), source, dept(code), year, PopulationBasis::Source);
            if (!v.numeratorGrams)
                qFatal("%s %s %d: %s", id, code, year, qPrintable(v.missing));
            return *v.numeratorGrams;
        };
        for (const char *code : {"02", "59", "60", "62", "80"})
            for (int year : {2009, 2011, 2013, 2015, 2017}) {
                const qint64 dmaGap = grams("dma_t_ag", 1, code, year) - grams("dma_t_ag", 0, code, year);
                const qint64 decheterieGap = grams("dech_t_ag", 1, code, year) - grams("dech_t_ag", 0, code, year);
                QVERIFY2(std::llabs(dmaGap - decheterieGap) <= 50000, // 0,05 t: rows rounded to the cent in both files
                         qPrintable(QStringLiteral("%1 %2: DMA %3 t, déchèteries %4 t")
                                        .arg(QLatin1String(code), QString::number(year), exactTonnesText(dmaGap), exactTonnesText(decheterieGap))));
                if (year < 2017)
                    QVERIFY2(std::llabs(dmaGap) <= 20000, qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(code)).arg(year)));
            }
        QCOMPARE(roundGrams(grams("dma_t_ag", 1, "59", 2017) - grams("dma_t_ag", 0, "59", 2017), 2), qint64(8522580000));
    }

    void sourceBasisGivesAdemeRatios()
    {
        for (const char *code : {"02", "59", "60", "62", "80"})
            for (int year : {2009, 2011, 2013, 2015, 2017})
                for (const char *id : {"dma_kg_hg", "dma_kg_ag", "oma_kg"}) {
                    const IndicatorValue v = m_eval->evaluate(QLatin1String(id), dept(code), year, PopulationBasis::Source);
                    QVERIFY2(v.value && v.published, qPrintable(QStringLiteral("%1 %2 %3 %4").arg(QLatin1String(id), QLatin1String(code)).arg(year).arg(v.missing)));
                    QCOMPARE(v.populationKind, QStringLiteral("source"));
                    QVERIFY2(std::abs(*v.value - *v.published) < 0.01,
                             qPrintable(QStringLiteral("%1 %2 %3: %4 / %5").arg(QLatin1String(id), QLatin1String(code)).arg(year)
                                            .arg(*v.value).arg(v.publishedText)));
                }
    }

    void regionOnOneScope()
    {
        // HdF 2015 DMA hors gravats per inhabitant: the five départements' tonnes over the five
        // départements' populations (ADEME's), and it says so.
        const IndicatorValue v = m_eval->evaluate(QStringLiteral("dma_kg_hg"), hdf(), 2015, PopulationBasis::Source);
        QVERIFY(v.value && v.population);
        QCOMPARE(v.scope.size(), 5);
        qint64 grams = 0, population = 0;
        for (const char *code : {"02", "59", "60", "62", "80"}) {
            const IndicatorValue d = m_eval->evaluate(QStringLiteral("dma_kg_hg"), dept(code), 2015, PopulationBasis::Source);
            grams += *d.numeratorGrams;
            population += *d.population;
        }
        QCOMPARE(*v.numeratorGrams, grams);
        QCOMPARE(*v.population, population);
        QVERIFY(v.notes.join(QString()).contains(QStringLiteral("les mêmes au numérateur et au dénominateur")));
        QVERIFY(!v.published); // ADEME publishes départements only
    }

    void disagreementIsSaid()
    {
        // 2017 was revised between the SINOE04 export and the chiffres clés: when the two differ
        // by more than 0,1 % the figure says so; 2009 they agree and nothing is said.
        const IndicatorValue agree = m_eval->evaluate(QStringLiteral("dma_t_hg"), dept("59"), 2009, PopulationBasis::Source);
        QCOMPARE(agree.method, QStringLiteral("publie"));
        QVERIFY2(!agree.notes.join(QString()).contains(QStringLiteral("écart")), qPrintable(agree.notes.join(QStringLiteral(" | "))));
        // Aisne 2017: chiffres clés 281 665,66 t, SINOE04 (a later export) 281 907,85 t.
        const IndicatorValue revised = m_eval->evaluate(QStringLiteral("dma_t_hg"), dept("02"), 2017, PopulationBasis::Source);
        QCOMPARE(revised.method, QStringLiteral("publie"));
        const QString said = revised.notes.join(QStringLiteral(" | "));
        QVERIFY2(said.contains(QStringLiteral("Destination des DMA")) && said.contains(formatNumber(281907.85, 2))
                     && said.contains(formatSignedPercent((281907.85 / 281665.6563 - 1) * 100, 2)), qPrintable(said));
        // The sum of parts, when it is used, says it is one.
        const IndicatorValue parts = from(QStringLiteral("oma_t"), 2, dept("59"), 2009, PopulationBasis::Source);
        QVERIFY(parts.value);
        QCOMPARE(parts.method, QStringLiteral("somme-des-parties"));
        QVERIFY(parts.notes.join(QString()).contains(QStringLiteral("somme des parties")));
    }

    void notMeasurableSaysWhat()
    {
        // No landfill file in this store: the ISDND target is not measurable, and says why.
        const IndicatorValue v = m_eval->evaluate(QStringLiteral("isdnd_t"), hdf(), 2015, PopulationBasis::Estimation);
        QVERIFY(!v.value);
        QVERIFY(v.missing.contains(QStringLiteral("non mesurable avec les données de la base")));
        QVERIFY(v.missing.contains(QStringLiteral("odema-isdnd")));
    }

    void targetsOnTheirIndicator()
    {
        const Targets targets = Targets::load();
        const auto valo = targets.find(QStringLiteral("valorisation_dma"));
        QVERIFY(valo);
        QCOMPARE(valo->points, (QList<QPair<int, double>>{{2009, 42.9}, {2025, 55}, {2030, 60}, {2035, 65}}));
        QCOMPARE(valo->indicator, QStringLiteral("valo_mo_dma"));
        const TargetAssessment a = assessTarget(*valo, *m_eval, hdf(), QStringLiteral("region:32"), 2021, PopulationBasis::Estimation);
        QCOMPARE(a.year, 2021);
        QVERIFY(a.measured && a.expected && a.gap);
        QVERIFY(qAbs(*a.expected - (42.9 + (55 - 42.9) * 12.0 / 16.0)) < 1e-9); // 51,975 % in 2021
        QCOMPARE(*a.gap, *a.measured - *a.expected);
        QCOMPARE(a.state, *a.measured >= 65 ? TargetState::Atteint : *a.measured >= *a.expected ? TargetState::SurLaTrajectoire : TargetState::EnRetard);

        const auto isdnd = targets.find(QStringLiteral("stockage_isdnd_region"));
        QCOMPARE(isdnd->points.last(), (QPair<int, double>{2025, 1241112}));
        const TargetAssessment landfill = assessTarget(*isdnd, *m_eval, hdf(), QStringLiteral("region:32"), 2021, PopulationBasis::Estimation);
        QCOMPARE(landfill.state, TargetState::NonMesurable);
        QVERIFY(!landfill.missing.isEmpty());
        // −15 % DMA/hab vs 2010: SINOE surveys odd years, so no 2010 value — said, not proxied.
        const TargetAssessment national = assessTarget(*targets.find(QStringLiteral("dma_kg_hab_national")), *m_eval, dept("59"),
                                                       QStringLiteral("departement:59"), 2017, PopulationBasis::Source);
        QCOMPARE(national.state, TargetState::NonMesurable);
        QVERIFY2(national.missing.contains(QStringLiteral("2010")), qPrintable(national.missing));
        // An absolute regional target is not the Nord's.
        const TargetAssessment nord = assessTarget(*isdnd, *m_eval, dept("59"), QStringLiteral("departement:59"), 2021, PopulationBasis::Estimation);
        QCOMPARE(nord.state, TargetState::NonApplicable);
    }
};

QTEST_GUILESS_MAIN(TestIndicators)
#include "tst_indicators.moc"
