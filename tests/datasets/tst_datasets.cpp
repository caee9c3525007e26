// Every real département data set of ADEME SINOE® imported without options, each in its own
// data set with its own codes, published figures stored as published, installations with their
// position (issue 12, item 1), and the figures the observatory checks (DMA tonnes of SINOE04
// against the chiffres clés, kg/hab on ADEME's population against ADEME's ratio). Expected
// values were computed with Python (decimal arithmetic) on the same extracts.
#include "common/Tonnage.h"
#include "datasets/DataSetTestUtil.h"
#include "dataset/DataSetFigures.h"

#include <QSqlRecord>
#include <QtTest>
#include <cmath>

using namespace odema;
using namespace odema::test;

class TestDataSets : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QVariant scalar(const QString &statement, const QVariantList &values = {}) const { return one(*m_store, statement, values); }
    qint64 dept(const QString &code) const { return territoryId(*m_store, QStringLiteral("departement"), code); }
    QList<qint64> modes(const QStringList &codes) const
    {
        QList<qint64> ids;
        for (const QString &c : codes)
            ids << scalar(QStringLiteral("SELECT id FROM treatment_mode WHERE code = ?"), {c}).toLongLong();
        return ids;
    }

private slots:
    void initTestCase()
    {
        m_store = newStore(m_dir);
        Importer importer(*m_store);
        for (const char *name : {"sinoe04_destination_dma_par_type_traitement_dept__hdf.csv", "sinoe_tonnage_dma_par_type_dechet_dept__hdf.csv",
                                 "sinoe_repartition_dma_par_type_collecte_dept__hdf.csv", "sinoe_destination_oma_par_traitement_dept__hdf.csv",
                                 "sinoe_tonnage_oma_par_type_dept__derived_from_sqlite__hdf.csv",
                                 "sinoe_chiffres_cles_dma_avec_gravats_dept_2009_2017__hdf.csv",
                                 "sinoe_chiffres_cles_dma_hors_gravats_dept_2009_2017__hdf.csv", "sinoe_chiffres_cles_oma_dept_2009_2017__hdf.csv",
                                 "sinoe_chiffres_cles_decheterie_avec_gravats_dept_2009_2017__hdf.csv",
                                 "sinoe_chiffres_cles_decheterie_hors_gravats_dept_2009_2017__hdf.csv",
                                 "sinoe_performances_collecte_oma_par_type_dept__hdf.csv", "sinoe_performance_collecte_omr_dept_2017__hdf.csv",
                                 "sinoe_annuaire_isdnd_2016__hdf.csv", "sinoe_annuaire_uiom_2016__hdf.csv",
                                 "sinoe_nomenclature_regroupement_dechet.csv", "sinoe_nomenclature_types_acteurs.csv"})
            importer.importFile(real(QLatin1String(name))); // no option: a refusal fails the test
    }

    void eachFileInItsDataSet_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("dataset");
        QTest::addColumn<int>("rows");
        QTest::newRow("SINOE04") << "sinoe04_destination_dma_par_type_traitement_dept__hdf.csv" << "flow" << "sinoe04-dma-destination" << 859;
        QTest::newRow("DMA par type") << "sinoe_tonnage_dma_par_type_dechet_dept__hdf.csv" << "flow" << "sinoe-dma-type" << 210;
        // 75 rows: 75 hors-gravats figures and 25 gravats parts (avec − hors, where they differ:
        // the déchèteries).
        QTest::newRow("DMA par collecte") << "sinoe_repartition_dma_par_type_collecte_dept__hdf.csv" << "flow" << "sinoe-dma-collecte" << 100;
        QTest::newRow("OMA destination") << "sinoe_destination_oma_par_traitement_dept__hdf.csv" << "flow" << "sinoe-oma-destination" << 346;
        QTest::newRow("OMA par type") << "sinoe_tonnage_oma_par_type_dept__derived_from_sqlite__hdf.csv" << "flow" << "sinoe-oma-type" << 90;
        QTest::newRow("CC DMA ag") << "sinoe_chiffres_cles_dma_avec_gravats_dept_2009_2017__hdf.csv" << "published_value"
                                   << "sinoe-chiffres-cles-dma-ag" << 75;
        QTest::newRow("CC DMA hg") << "sinoe_chiffres_cles_dma_hors_gravats_dept_2009_2017__hdf.csv" << "published_value"
                                   << "sinoe-chiffres-cles-dma-hg" << 75;
        QTest::newRow("CC OMA") << "sinoe_chiffres_cles_oma_dept_2009_2017__hdf.csv" << "published_value" << "sinoe-chiffres-cles-oma" << 75;
        // 12 figures a row, APP_MOY_VISITE empty in 1 of the 25 rows: empty is not 0.
        QTest::newRow("CC dech ag") << "sinoe_chiffres_cles_decheterie_avec_gravats_dept_2009_2017__hdf.csv" << "published_value"
                                    << "sinoe-chiffres-cles-decheterie-ag" << 12 * 25 - 1;
        QTest::newRow("CC dech hg") << "sinoe_chiffres_cles_decheterie_hors_gravats_dept_2009_2017__hdf.csv" << "published_value"
                                    << "sinoe-chiffres-cles-decheterie-hg" << 12 * 25 - 1;
        QTest::newRow("Perf OMA") << "sinoe_performances_collecte_oma_par_type_dept__hdf.csv" << "published_value" << "sinoe-performance-oma" << 3 * 88;
        QTest::newRow("Perf OMR") << "sinoe_performance_collecte_omr_dept_2017__hdf.csv" << "published_value" << "sinoe-performance-omr" << 5;
        QTest::newRow("ISDND") << "sinoe_annuaire_isdnd_2016__hdf.csv" << "installation" << "sinoe-annuaire-isdnd" << 20;
        QTest::newRow("UIOM") << "sinoe_annuaire_uiom_2016__hdf.csv" << "installation" << "sinoe-annuaire-uiom" << 9;
    }
    void eachFileInItsDataSet()
    {
        QFETCH(QString, file);
        QFETCH(QString, table);
        QFETCH(QString, dataset);
        QFETCH(int, rows);
        const QString counts = QStringLiteral("SELECT count(*), min(d.code), max(d.code) FROM %1 t JOIN dataset d ON d.id = t.dataset_id "
                                              "JOIN source_file s ON s.id = t.source_id WHERE s.name = ?").arg(table);
        QSqlQuery q = sql::exec(m_store->database(), counts, {file});
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), rows);
        QCOMPARE(q.value(1).toString(), dataset);
        QCOMPARE(q.value(2).toString(), dataset);
    }

    void dmaOfSinoe04AgainstChiffresCles()
    {
        // Hors gravats = every SINOE04 stream but 07B. 2009–2015: the sum of SINOE04's parts, each
        // rounded to the cent by ADEME, equals the chiffres-clés figure (5 decimals) within
        // 0,0191 t in HdF (within 0,04 t in France). 2017 was revised between the two exports.
        DataSetFigures figures(m_store->database());
        for (const QString code : {"02", "59", "60", "62", "80"}) {
            for (int year : {2009, 2011, 2013, 2015}) {
                for (const auto &[gravats, published] : {std::pair{GravatsScope::Hors, "sinoe-chiffres-cles-dma-hg"},
                                                         std::pair{GravatsScope::Avec, "sinoe-chiffres-cles-dma-ag"}}) {
                    DataSetFigureRequest r{QStringLiteral("sinoe04-dma-destination"), dept(code), year, gravats};
                    r.basis = PopulationBasis::Source;
                    const auto computed = figures.tonnes(r);
                    const auto ademe = figures.published(QLatin1String(published), dept(code), year, QStringLiteral("tonnage"));
                    QVERIFY(computed && ademe && ademe->grams);
                    QVERIFY2(std::abs(computed->grams - *ademe->grams) <= 19100,
                             qPrintable(QStringLiteral("%1 %2 %3: %4 / %5").arg(code).arg(year).arg(QLatin1String(published),
                                        exactTonnesText(computed->grams), ademe->text)));
                    // The source basis: ADEME's own POPULATION, so kg/hab is ADEME's ratio.
                    const auto ratio = figures.published(QLatin1String(published), dept(code), year, QStringLiteral("ratio"));
                    QVERIFY(ratio && computed->kgPerInhabitant());
                    QCOMPARE(computed->populationKind, QStringLiteral("source"));
                    QVERIFY(std::abs(*computed->kgPerInhabitant() - ratio->value) < 0.01);
                }
            }
        }
        DataSetFigureRequest nord{QStringLiteral("sinoe04-dma-destination"), dept(QStringLiteral("59")), 2019, GravatsScope::Hors};
        QCOMPARE(figures.tonnes(nord)->grams, qint64(1330412340000)); // 1 330 412,34 t
        nord.year = 2017;
        QCOMPARE(figures.tonnes(nord)->grams, qint64(1335678980000));
        QCOMPARE(*figures.published(QStringLiteral("sinoe-chiffres-cles-dma-hg"), dept(QStringLiteral("59")), 2017, QStringLiteral("tonnage"))->grams,
                 qint64(1327156394000));
    }

    void omaRatioOnTheSourceBasis()
    {
        // OMA by type over the chiffres-clés OMA population = RATIO_OMA (to 1e-5 kg/hab in HdF).
        DataSetFigures figures(m_store->database());
        for (const QString code : {"02", "59", "60", "62", "80"})
            for (int year : {2009, 2011, 2013, 2015, 2017}) {
                DataSetFigureRequest r{QStringLiteral("sinoe-oma-type"), dept(code), year};
                r.basis = PopulationBasis::Source;
                const auto f = figures.tonnes(r);
                const auto ratio = figures.published(QStringLiteral("sinoe-chiffres-cles-oma"), dept(code), year, QStringLiteral("ratio"));
                QVERIFY(f && f->kgPerInhabitant() && ratio);
                QCOMPARE(f->populationDataSet, QStringLiteral("sinoe-chiffres-cles-oma"));
                QVERIFY(std::abs(*f->kgPerInhabitant() - ratio->value) < 0.01);
            }
    }

    void regionOnOneScope()
    {
        // Hauts-de-France: the sum of its five départements, in tonnes and in population alike.
        DataSetFigures figures(m_store->database());
        DataSetFigureRequest r{QStringLiteral("sinoe04-dma-destination"), territoryId(*m_store, QStringLiteral("region"), QStringLiteral("32")),
                               2009};
        r.basis = PopulationBasis::Source;
        const auto all = figures.tonnes(r);
        QVERIFY(all);
        QCOMPARE(all->levelUsed, QStringLiteral("departement"));
        QCOMPARE(all->scope.size(), 5);
        QCOMPARE(all->grams, qint64(3755518930000));
        QCOMPARE(*all->population, qint64(539870 + 2571940 + 801512 + 1461257 + 569775));
        // The regional reference point of the valorisation trajectory: 42,9 % in 2009.
        r.modeIds = modes({QStringLiteral("02A"), QStringLiteral("02E")});
        const auto valorised = figures.tonnes(r);
        QCOMPARE(valorised->grams, qint64(1609782290000));
        QCOMPARE(QString::number(100.0 * double(valorised->grams) / double(all->grams), 'f', 1), QStringLiteral("42.9"));
        // No population of the estimate basis in this store: the figure keeps its tonnes and says
        // what is missing, with no kg/hab.
        DataSetFigureRequest estimate{QStringLiteral("sinoe04-dma-destination"), dept(QStringLiteral("59")), 2009};
        const auto none = figures.tonnes(estimate);
        QVERIFY(!none->kgPerInhabitant());
        QVERIFY(!none->missing.isEmpty());
    }

    void collectionTypesWithTheirGravats()
    {
        // Nord 2015: déchèterie 327 912,3114 t hors gravats, 522 291,7636 t avec.
        const qint64 nord = dept(QStringLiteral("59"));
        auto grams = [&](const QString &code) {
            return scalar(QStringLiteral("SELECT f.grams FROM flow f JOIN waste_stream w ON w.id = f.stream_id "
                                         "WHERE w.code = ? AND f.territory_id = ? AND f.year = 2015"), {code, nord}).toLongLong();
        };
        QCOMPARE(grams(QStringLiteral("TC-DECH")), qint64(327912311400));
        QCOMPARE(grams(QStringLiteral("TC-DECH-G")), qint64(522291763600 - 327912311400));
        QCOMPARE(grams(QStringLiteral("TC-OMR")), qint64(652472646400));
        DataSetFigures figures(m_store->database());
        DataSetFigureRequest r{QStringLiteral("sinoe-dma-collecte"), nord, 2015, GravatsScope::Avec};
        QCOMPARE(figures.tonnes(r)->grams, qint64(652472646400 + 386342359900 + 522291763600));
        r.gravats = GravatsScope::Hors;
        QCOMPARE(figures.tonnes(r)->grams, qint64(652472646400 + 386342359900 + 327912311400));
    }

    void codesMatchedPerDataSet()
    {
        // The OMA destination writes 01A for "Valorisation matière": the same mode as SINOE04's 02A.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT m.code) FROM flow f JOIN treatment_mode m ON m.id = f.mode_id "
                                       "JOIN dataset d ON d.id = f.dataset_id WHERE d.code = 'sinoe-oma-destination' AND m.code LIKE '01%'")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT m.code FROM dataset_code c JOIN treatment_mode m ON m.id = c.target_id JOIN dataset d ON d.id = c.dataset_id "
                                       "WHERE d.code = 'sinoe-oma-destination' AND c.axis = 'mode' AND c.code = '01A'")).toString(), QStringLiteral("02A"));
        // …while its stream 01A (OMR of the OMA destination) is not SINOE04's 07A nor 08A.
        QCOMPARE(scalar(QStringLiteral("SELECT count(DISTINCT w.code) FROM flow f JOIN waste_stream w ON w.id = f.stream_id "
                                       "WHERE w.label = 'Ordures ménagères résiduelles'")).toInt(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM treatment_mode WHERE seeded = 0")).toInt(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT family FROM waste_stream WHERE code = '07B'")).toString(), QStringLiteral("dma"));
        QCOMPARE(scalar(QStringLiteral("SELECT gravats FROM waste_stream WHERE code = '07B'")).toInt(), 1);
    }

    void publishedAsPublished()
    {
        const qint64 nord = dept(QStringLiteral("59"));
        QCOMPARE(scalar(QStringLiteral("SELECT v.as_published FROM published_value v JOIN dataset d ON d.id = v.dataset_id "
                                       "WHERE d.code = 'sinoe-chiffres-cles-dma-ag' AND v.territory_id = ? AND v.year = 2009 AND v.measure = 'ratio'"),
                        {nord}).toString(), QStringLiteral("624.084565"));
        // The performance file's population is ADEME's, the same as the chiffres clés'.
        QCOMPARE(scalar(QStringLiteral("SELECT p.population FROM population p JOIN dataset d ON d.id = p.dataset_id "
                                       "WHERE d.code = 'sinoe-performance-oma' AND p.territory_id = ? AND p.year = 2015"), {nord}).toLongLong(),
                 qint64(2605238));
        // "RATIO_OMR (kg/hab/an)": the unit in the header did not hide the column.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM published_value v JOIN dataset d ON d.id = v.dataset_id "
                                       "WHERE d.code = 'sinoe-performance-omr' AND v.measure = 'ratio' AND v.year = 2017")).toInt(), 5);
        // Déchèteries: ADEME's ratio is over the population desservie (stored, with its decimals).
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM published_value WHERE measure = 'population_desservie'")).toInt() == 50);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM published_value WHERE measure = 'kg_par_visite'")).toInt(), 48);
    }

    void installationsOnTheMap()
    {
        // Postal codes and communes lost their leading zero in the export: 2320 is 02320.
        QCOMPARE(scalar(QStringLiteral("SELECT postal_code FROM installation WHERE kind = 'isdnd' AND code = '6514'")).toString(), QStringLiteral("02320"));
        QCOMPARE(scalar(QStringLiteral("SELECT capacity_grams FROM installation WHERE kind = 'isdnd' AND code = '5451'")).toLongLong(),
                 qint64(600000) * kGramsPerTonne);
        QCOMPARE(scalar(QStringLiteral("SELECT name FROM installation WHERE kind = 'isdnd' AND code = '6514'")).toString(), QStringLiteral("Cet2 Allemant"));
        QCOMPARE(scalar(QStringLiteral("SELECT departement FROM installation WHERE kind = 'uiom' AND code = '5445'")).toString(), QStringLiteral("59"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM installation WHERE lat IS NULL")).toInt(), 0);
        // CVE Antarès (Halluin) has no latitude / longitude: its Web Mercator metres are projected.
        QSqlQuery q = sql::exec(m_store->database(), QStringLiteral("SELECT lon, lat, position_from FROM installation WHERE kind = 'uiom' AND code = '5442'"));
        QVERIFY(q.next());
        QCOMPARE(q.value(2).toString(), QStringLiteral("mercator"));
        QVERIFY(std::abs(q.value(0).toDouble() - 3.1252) < 0.001 && std::abs(q.value(1).toDouble() - 50.7755) < 0.001);
        QCOMPARE(scalar(QStringLiteral("SELECT opened FROM installation WHERE kind = 'uiom' AND code = '5445'")).toString(), QStringLiteral("1981-04-21"));
    }

    void codeLists()
    {
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM reference_code WHERE kind = 'regroupement_dechet'")).toInt(), 84);
        QCOMPARE(scalar(QStringLiteral("SELECT parent_code FROM reference_code WHERE kind = 'regroupement_dechet' AND code = '07B'")).toString(),
                 QStringLiteral("07"));
        QCOMPARE(scalar(QStringLiteral("SELECT parent_code FROM reference_code WHERE kind = 'type_acteur' AND code = '04H'")).toString(),
                 QStringLiteral("04"));
        QVERIFY(scalar(QStringLiteral("SELECT valid_to FROM reference_code WHERE kind = 'type_acteur' AND code = '04H'")).isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT valid_to FROM reference_code WHERE kind = 'type_acteur' AND code = '04F'")).toString(),
                 QStringLiteral("2002-12-31"));
    }

    void otherExportsOfTheSameDataSets_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("variant");
        for (const char *file : {"sinoe04_destination_dma_par_type_traitement_dept__hdf.csv", "sinoe_repartition_dma_par_type_collecte_dept__hdf.csv",
                                 "sinoe_destination_oma_par_traitement_dept__hdf.csv", "sinoe_chiffres_cles_oma_dept_2009_2017__hdf.csv",
                                 "sinoe_chiffres_cles_decheterie_hors_gravats_dept_2009_2017__hdf.csv",
                                 "sinoe_performances_collecte_oma_par_type_dept__hdf.csv", "sinoe_annuaire_isdnd_2016__hdf.csv"})
            for (const char *variant : {"point-virgule", "minuscules", "colonnes"})
                QTest::newRow(qPrintable(QStringLiteral("%1 %2").arg(QLatin1String(file).left(30), QLatin1String(variant))))
                    << QString::fromLatin1(file) << QString::fromLatin1(variant);
    }
    void otherExportsOfTheSameDataSets()
    {
        // Other exports of the same data sets (sinoe.org: ';' and decimal commas; Data Fair:
        // lowercase names and technical columns; a spreadsheet: columns in another order): the
        // same rows, the same exact tonnes, the same published texts.
        QFETCH(QString, file);
        QFETCH(QString, variant);
        QByteArray bytes = readAll(real(file));
        QVERIFY(!bytes.isEmpty());
        const QString text = QString::fromUtf8(bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes);
        // A minimal CSV split (the extracts quote fields without embedded quotes, except the
        // ISDND header's line breaks, which the records keep as they are).
        QList<QStringList> records;
        QStringList current;
        QString field;
        bool quoted = false;
        for (QChar c : text) {
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (c == QLatin1Char(',') && !quoted) {
                current << field;
                field.clear();
            } else if ((c == QLatin1Char('\n')) && !quoted) {
                if (field.endsWith(QLatin1Char('\r')))
                    field.chop(1);
                current << field;
                field.clear();
                records << current;
                current.clear();
            } else {
                field += c;
            }
        }
        QStringList lines;
        for (int i = 0; i < records.size(); ++i) {
            QStringList r = records.at(i);
            if (variant == QLatin1String("minuscules")) {
                if (i == 0) {
                    for (QString &h : r)
                        h = h.toLower();
                    r.prepend(QStringLiteral("_i"));
                } else {
                    r.prepend(QString::number(i));
                }
            } else if (variant == QLatin1String("colonnes")) {
                std::reverse(r.begin(), r.end());
                r << (i == 0 ? QStringLiteral("COMMENTAIRE") : QStringLiteral("x"));
            }
            const QChar sep = variant == QLatin1String("point-virgule") ? QLatin1Char(';') : QLatin1Char(',');
            QStringList cells;
            for (QString c : r) {
                static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+\\.[0-9]+$"));
                if (variant == QLatin1String("point-virgule") && decimal.match(c).hasMatch())
                    c.replace(QLatin1Char('.'), QLatin1Char(','));
                cells << (c.contains(sep) || c.contains(QLatin1Char('\n')) || c.contains(QLatin1Char(',')) ? QLatin1Char('"') + c + QLatin1Char('"') : c);
            }
            lines << cells.join(sep);
        }
        const QString path = m_dir.filePath(variant + QLatin1Char('_') + file);
        QVERIFY(writeAll(path, lines.join(QLatin1Char('\n')).toUtf8() + '\n'));

        QTemporaryDir d1, d2;
        auto original = newStore(d1);
        auto other = newStore(d2);
        const ImportReport a = Importer(*original).importFile(real(file));
        const ImportReport b = Importer(*other).importFile(path);
        QCOMPARE(b.layoutId, a.layoutId);
        QCOMPARE(b.rowsStored, a.rowsStored);
        QCOMPARE(b.totalGrams, a.totalGrams);
        auto rowsOf = [](const Store &store, const char *statement) {
            QStringList out;
            QSqlQuery q = sql::exec(store.database(), QLatin1String(statement));
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.value(i).toString();
                out << cells.join(QLatin1Char('|'));
            }
            return out;
        };
        for (const char *check : {"SELECT coalesce(sum(grams), 0), count(*) FROM flow",
                                  "SELECT t.code, v.year, v.measure, coalesce(v.stream_id, 0), v.as_published FROM published_value v "
                                  "JOIN territory t ON t.id = v.territory_id ORDER BY 1, 2, 3, 4",
                                  "SELECT code, lon, lat, capacity_grams, postal_code FROM installation ORDER BY code"})
            QCOMPARE(rowsOf(*other, check), rowsOf(*original, check));
    }
};

QTEST_GUILESS_MAIN(TestDataSets)
#include "tst_datasets.moc"
