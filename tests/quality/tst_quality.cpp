// The quality checks (core/quality, issue 16) on the real sample of data/ (the files the first
// start imports, without the outlines, which no check reads) and on a fixture of made-up
// figures holding exactly one break, one disagreement and one missing population
// (tests/data/quality/README.md). Expected figures: sqlite3 on the same files.
#include "TestStores.h"
#include "common/OdemaError.h"
#include "common/Tonnage.h"
#include "import/Importer.h"
#include "quality/QualityAcknowledgment.h"
#include "quality/QualityChecker.h"
#include "quality/QualityFormat.h"
#include "report/FactSheetBuilder.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace odema;

namespace {

QList<QualityFinding> select(const QList<QualityFinding> &all, const char *kind, const QStringList &datasets = {})
{
    QList<QualityFinding> out;
    for (const QualityFinding &f : all)
        if (f.kind == QLatin1String(kind) && (datasets.isEmpty() || f.datasets == datasets))
            out << f;
    return out;
}

const QualityFinding *find(const QList<QualityFinding> &all, const char *kind, const char *territory, int year, const QStringList &datasets = {})
{
    for (const QualityFinding &f : all)
        if (f.kind == QLatin1String(kind) && f.territoryRef == QLatin1String(territory) && f.year == year
            && (datasets.isEmpty() || f.datasets == datasets))
            return &f;
    return nullptr;
}

QString describe(const QList<QualityFinding> &findings)
{
    QString text;
    for (const QualityFinding &f : findings)
        text += findingToText(f);
    return text;
}

} // namespace

class TestQuality : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_sample, m_fixture;
    QString m_fixtureLocation;
    QList<QualityFinding> m_findings;

    const QStringList kDecheteries{QStringLiteral("sinoe14-decheterie-type"), QStringLiteral("sinoe-decheterie-destination")};

private slots:
    void initTestCase()
    {
        m_sample = Store::open(test::newStoreLocation(m_dir, QStringLiteral("sample.sqlite")), Store::OpenMode::CreateIfMissing);
        QFile manifest(QStringLiteral(ODEMA_SAMPLE_DATA_DIR "/manifest.json"));
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        Importer importer(*m_sample);
        for (const QJsonValue &entry : QJsonDocument::fromJson(manifest.readAll()).object().value(QStringLiteral("files")).toArray()) {
            const QString name = entry.toObject().value(QStringLiteral("file")).toString();
            if (name.endsWith(QLatin1String(".geojson")))
                continue; // outlines: no check reads them
            ImportOptions options;
            if (entry.toObject().contains(QStringLiteral("populationYear")))
                options.populationYear = entry.toObject().value(QStringLiteral("populationYear")).toInt();
            importer.importFile(QStringLiteral(ODEMA_SAMPLE_DATA_DIR "/") + name, options);
        }
        m_findings = QualityChecker(m_sample->database()).run();
        QVERIFY(!m_findings.isEmpty());

        m_fixtureLocation = test::newStoreLocation(m_dir, QStringLiteral("fixture.sqlite"));
        m_fixture = Store::open(m_fixtureLocation, Store::OpenMode::CreateIfMissing);
        Importer fixture(*m_fixture);
        for (const char *name : {"cog_regions.csv", "cog_departements.csv", "population_estimation.csv", "decheterie_collecte.csv",
                                 "decheterie_traitement.csv"})
            fixture.importFile(QStringLiteral(ODEMA_TEST_DATA_DIR "/quality/") + QLatin1String(name));
    }

    void nordDecheteriesRise27PercentFrom2019To2021()
    {
        const QualityFinding *f = find(m_findings, QualityKind::Break, "departement:59", 2021, {QStringLiteral("sinoe14-decheterie-type")});
        QVERIFY2(f, qPrintable(describe(select(m_findings, QualityKind::Break))));
        QCOMPARE(f->previousYear, 2019);
        QCOMPARE(*f->leftGrams, Q_INT64_C(503843080000));  // 503 843,08 t
        QCOMPARE(*f->rightGrams, Q_INT64_C(641071690000)); // 641 071,69 t
        QVERIFY2(*f->differencePercent > 27.2 && *f->differencePercent < 27.3, qPrintable(QString::number(*f->differencePercent)));
        QCOMPARE(f->severity, QualitySeverity::Warning);
        QVERIFY2(f->sentence.contains(QStringLiteral("(+27,2")), qPrintable(f->sentence));
        QVERIFY(f->files.contains(QStringLiteral("sinoe14_tonnage_decheterie_par_type_dechet_dept.csv")));
        // 2017 -> 2019 is −3,9 %: no break there.
        QVERIFY(!find(m_findings, QualityKind::Break, "departement:59", 2019, {QStringLiteral("sinoe14-decheterie-type")}));
    }

    void dmaExportsDisagreeForSomePairs()
    {
        // SINOE04 and ADEME's chiffres clés DMA avec gravats describe the same tonnes; in 2017
        // they disagree for most départements (Ain: 336 002,38 t against 334 458,56 t, −0,46 %).
        const QStringList pair{QStringLiteral("sinoe04-dma-destination"), QStringLiteral("sinoe-chiffres-cles-dma-ag")};
        const QualityFinding *ain = find(m_findings, QualityKind::Consistency, "departement:01", 2017, pair);
        QVERIFY2(ain, qPrintable(describe(select(m_findings, QualityKind::Consistency, pair))));
        QCOMPARE(*ain->leftGrams, Q_INT64_C(336002380000));
        QCOMPARE(*ain->rightGrams, Q_INT64_C(334458562200));
        QVERIFY(*ain->differencePercent < -0.45 && *ain->differencePercent > -0.47);
        QCOMPARE(ain->severity, QualitySeverity::Warning);
        int in2017 = 0, before = 0;
        for (const QualityFinding &f : select(m_findings, QualityKind::Consistency, pair))
            (f.year == 2017 ? in2017 : before) += 1;
        QCOMPARE(in2017, 81); // of 101 départements
        QCOMPARE(before, 1);  // 2009–2015 agree to the rounding, but for Ariège 2009 (+2,6 %)
        QVERIFY(find(m_findings, QualityKind::Consistency, "departement:09", 2009, pair));
        // Aisne agrees in 2009 (299 205,84 t both, to the file's rounding): no finding.
        QVERIFY(!find(m_findings, QualityKind::Consistency, "departement:02", 2009, pair));
    }

    void decheteriesAgreeUntil2015ThenSaintMartin()
    {
        for (const QualityFinding &f : m_findings)
            if (f.datasets == kDecheteries)
                QVERIFY2(f.year == 2017, qPrintable(findingToText(f)));
        const QList<QualityFinding> all = select(m_findings, QualityKind::Consistency, kDecheteries) + select(m_findings, QualityKind::Absent, kDecheteries);
        QCOMPARE(all.size(), 1);
        const QualityFinding &f = all.first();
        QCOMPARE(f.kind, QLatin1String(QualityKind::Absent));
        QCOMPARE(f.territoryRef, QStringLiteral("departement:978"));
        QCOMPARE(f.year, 2017);
        QCOMPARE(*f.rightGrams, Q_INT64_C(701530000)); // 701,53 t in the treatment file
        QCOMPARE(*f.leftGrams, Q_INT64_C(0));
        QVERIFY2(f.sentence.contains(QStringLiteral("701,53")), qPrintable(f.sentence));
    }

    void overseasTonnesWithoutPopulation()
    {
        const QualityFinding *f = find(m_findings, QualityKind::NoPopulation, "departement:978", 2017);
        QVERIFY(f);
        QCOMPARE(f->severity, QualitySeverity::Warning);
        QVERIFY(!find(m_findings, QualityKind::NoPopulation, "departement:59", 2017));
    }

    void fixtureGivesExactlyItsThreeFindings()
    {
        const QList<QualityFinding> found = QualityChecker(m_fixture->database()).run();
        QCOMPARE(found.size(), 3);
        const QualityFinding *rise = find(found, QualityKind::Break, "departement:59", 2021);
        QVERIFY2(rise, qPrintable(describe(found)));
        QCOMPARE(*rise->differencePercent, 30.0);
        const QualityFinding *gap = find(found, QualityKind::Consistency, "departement:62", 2019, kDecheteries);
        QVERIFY2(gap, qPrintable(describe(found)));
        QCOMPARE(*gap->differenceGrams(), Q_INT64_C(10000000)); // 520 − 510 t
        QCOMPARE(gap->severity, QualitySeverity::Warning);
        const QualityFinding *none = find(found, QualityKind::NoPopulation, "departement:80", 2021);
        QVERIFY2(none, qPrintable(describe(found)));
        QCOMPARE(*none->leftGrams, Q_INT64_C(200000000));
    }

    void scopeAndThreshold()
    {
        QualityOptions options;
        options.territoryIds << sql::scalar(m_fixture->database(), QStringLiteral("SELECT id FROM territory WHERE level = 'departement' AND code = '62'"))
                                    .toLongLong();
        QList<QualityFinding> found = QualityChecker(m_fixture->database()).run(options);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().territoryRef, QStringLiteral("departement:62"));
        options = {};
        options.yearFrom = options.yearTo = 2019;
        found = QualityChecker(m_fixture->database()).run(options);
        QCOMPARE(found.size(), 1);
        options = {};
        options.breakThreshold = 0.35; // +30 % is then no break
        QVERIFY(!find(QualityChecker(m_fixture->database()).run(options), QualityKind::Break, "departement:59", 2021));
    }

    void keysAreStable()
    {
        const QList<QualityFinding> a = QualityChecker(m_fixture->database()).run(), b = QualityChecker(m_fixture->database()).run();
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i)
            QCOMPARE(a.at(i).key(), b.at(i).key());
        QCOMPARE(find(a, QualityKind::Break, "departement:59", 2021)->key(),
                 QStringLiteral("rupture|sinoe14-decheterie-type|departement:59|2021|2019|"));
    }

    void acknowledgmentsStored()
    {
        // Migration 008: a comment kept under the finding's key, replaced, withdrawn.
        const QString key = find(QualityChecker(m_fixture->database()).run(), QualityKind::Consistency, "departement:62", 2019)->key();
        QVERIFY(loadAcknowledgments(m_fixture->database()).isEmpty());
        acknowledgeFinding(*m_fixture, key, QStringLiteral("  Écart connu : révision ADEME.  "));
        QHash<QString, QualityAcknowledgment> all = loadAcknowledgments(m_fixture->database());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.value(key).comment, QStringLiteral("Écart connu : révision ADEME."));
        QVERIFY(all.value(key).at.isValid());
        acknowledgeFinding(*m_fixture, key, QStringLiteral("Vérifié."));
        QCOMPARE(loadAcknowledgments(m_fixture->database()).value(key).comment, QStringLiteral("Vérifié."));
        QVERIFY_THROWS_EXCEPTION(OdemaError, acknowledgeFinding(*m_fixture, key, QStringLiteral("   ")));
        QCOMPARE(loadAcknowledgments(m_fixture->database()).value(key).comment, QStringLiteral("Vérifié.")); // unchanged
        withdrawAcknowledgment(*m_fixture, key);
        QVERIFY(loadAcknowledgments(m_fixture->database()).isEmpty());
        if (!test::onPostgres()) { // a read-only store is never written
            auto readOnly = Store::open(m_fixtureLocation, Store::OpenMode::ReadOnly);
            QVERIFY_THROWS_EXCEPTION(OdemaError, acknowledgeFinding(*readOnly, key, QStringLiteral("non")));
        }
    }

    void factSheetNotesSayWhatToCheck()
    {
        // Nord's 2021 sheet: its break, then the comment once acknowledged.
        const qint64 nord = sql::scalar(m_sample->database(), QStringLiteral("SELECT id FROM territory WHERE level = 'departement' AND code = '59'"))
                                .toLongLong();
        report::FactSheetBuilder builder(m_sample->database());
        builder.setWithCharts(false);
        const QString expected = QStringLiteral("À vérifier : Nord : « déchèteries par type de déchet » passe de ");
        auto noteOf = [&](const report::FactSheetData &d) {
            for (const QString &n : d.methodNotes)
                if (n.startsWith(expected) && n.contains(formatGramsAsTonnes(Q_INT64_C(641071690000))))
                    return n;
            return QString();
        };
        const report::FactSheetData before = builder.build(nord, 2021);
        QVERIFY2(!noteOf(before).isEmpty(), qPrintable(before.methodNotes.filter(QStringLiteral("rifier")).join(QLatin1Char('\n'))));
        const QualityFinding *rise = find(m_findings, QualityKind::Break, "departement:59", 2021, {QStringLiteral("sinoe14-decheterie-type")});
        acknowledgeFinding(*m_sample, rise->key(), QStringLiteral("Nouvelles déchèteries ouvertes en 2020."));
        QVERIFY2(noteOf(builder.build(nord, 2021)).endsWith(QStringLiteral("Pris en compte : Nouvelles déchèteries ouvertes en 2020.")),
                 qPrintable(noteOf(builder.build(nord, 2021))));
        withdrawAcknowledgment(*m_sample, rise->key());
        // A 2017 sheet does not carry a doubt about 2021.
        QVERIFY(noteOf(builder.build(nord, 2017)).isEmpty());
    }

    void checkVerbExitStatus()
    {
        if (test::onPostgres())
            QSKIP("the verb is run on the SQLite file of the fixture");
        auto run = [](const QStringList &arguments, QString *out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(ODEMA_BINARY), QStringList{QStringLiteral("check")} + arguments);
            if (!p.waitForFinished(120000))
                qFatal("odema-explorer check did not finish");
            if (out)
                *out = QString::fromUtf8(p.readAllStandardOutput());
            return p.exitCode();
        };
        QString out;
        QCOMPARE(run({QStringLiteral("--db"), m_fixtureLocation, QStringLiteral("--format"), QStringLiteral("json")}, &out), 1);
        const QJsonArray array = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(array.size(), 3);
        QStringList kinds;
        for (const QJsonValue &v : array)
            kinds << v.toObject().value(QStringLiteral("kind")).toString();
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("coherence"), QStringLiteral("rupture"), QStringLiteral("sans-population")}));
        // 2017 holds nothing doubtful: exit 0.
        QCOMPARE(run({QStringLiteral("--db"), m_fixtureLocation, QStringLiteral("--years"), QStringLiteral("2017")}, &out), 0);
        QCOMPARE(run({QStringLiteral("--db"), m_fixtureLocation, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--years"),
                      QStringLiteral("2019")}, &out), 1);
        QVERIFY2(out.startsWith(QStringLiteral("severity,kind,")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("warning,coherence,departement:62,Pas-de-Calais,2019,,,")), qPrintable(out));
        QCOMPARE(run({QStringLiteral("--db"), m_fixtureLocation, QStringLiteral("--format"), QStringLiteral("xml")}), 2);
        QCOMPARE(run({QStringLiteral("--format"), QStringLiteral("text")}), 2);
    }
};

QTEST_GUILESS_MAIN(TestQuality)
#include "tst_quality.moc"
