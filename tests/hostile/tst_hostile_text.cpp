// Hostile text files (issue 17, CSV part): a corpus of small files made from the real SINOE®
// files' shape (tests/data/hostile/text), each one refused at its exact file:line:column with
// the reason, or accepted with the warning that says what was assumed, through the `import`
// verb as a user runs it. ODEMA_HOSTILE_BINARY runs the corpus against another build (the one
// before the fix, to see which cases fail there).
#include "TestStores.h"
#include "common/OdemaError.h"
#include "import/ImportHistory.h"
#include "import/Importer.h"
#include "import/ImportWarnings.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;

namespace {

QString corpusFile(const QString &name) { return QStringLiteral(ODEMA_TEST_DATA_DIR "/hostile/text/") + name; }

QString binary()
{
    const QString other = qEnvironmentVariable("ODEMA_HOSTILE_BINARY");
    return other.isEmpty() ? QStringLiteral(ODEMA_BINARY) : other;
}

struct Run {
    int status = -1;
    QString out, err;
};

Run importVerb(const QString &store, const QString &file)
{
    QProcess p;
    p.start(binary(), {QStringLiteral("import"), QStringLiteral("--db"), store, corpusFile(file)});
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

qint64 count(const QString &location, const QString &statement)
{
    auto store = Store::open(location, Store::OpenMode::ReadOnly);
    return sql::scalar(store->database(), statement).toLongLong();
}

} // namespace

class TestHostileText : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    int m_stores = 0;

    QString newStore() { return test::newStoreLocation(m_dir, QStringLiteral("h%1.sqlite").arg(++m_stores)); }

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("outcome"); // refuse / warn / accept
        QTest::addColumn<QString>("expected"); // after "file:", for refuse and warn
        auto add = [](const char *file, const char *outcome, const char *expected) {
            QTest::newRow(file) << QString::fromUtf8(file) << QString::fromLatin1(outcome) << QString::fromUtf8(expected);
        };
        // Field counts exact: a tonnage with an unquoted decimal comma makes one field too many.
        add("sinoe14_champ_en_trop.csv", "refuse", "5:9: 9 champs au lieu des 8 de l'en-tête");
        add("sinoe14_champ_manquant.csv", "refuse", "3:8: 7 champs au lieu des 8 de l'en-tête");
        add("sinoe14_separateur_final.csv", "accept", "");
        add("sinoe14_guillemet_mal_place.csv", "refuse", "3:8: texte après le guillemet fermant du champ (« 84\" »)");
        // A column named twice: which one holds the figures?
        add("sinoe14_tonnage_deux_fois.csv", "refuse", "1:9: les colonnes 8 et 9 portent le même nom « TONNAGE_T »");
        add("sinoe14_annee_deux_fois.csv", "refuse", "1:9: les colonnes 1 et 9 portent le même nom « ANNEE »");
        // The same figure twice would be counted twice.
        add("sinoe14_cle_en_double.csv", "refuse", "7:1: même année, territoire, type de déchet et mode qu'à la ligne 4");
        add("sinoe04_cle_en_double.csv", "refuse", "4:1: même année, territoire, type de déchet et mode qu'à la ligne 2");
        // Plausibility.
        add("sinoe14_annee_2099.csv", "refuse", "3:1: année 2099 dans le futur");
        add("sinoe14_departement_999.csv", "refuse", "4:4: département « 999 » inconnu du code officiel géographique");
        add("sinoe14_region_99.csv", "refuse", "2:2: région « 99 » inconnue du code officiel géographique");
        add("sinoe14_tonnage_negatif.csv", "refuse", "3:8: tonnage négatif « -25404,84 »");
        add("sinoe14_tonnage_1e20.csv", "refuse", "6:8: tonnage « 1e20 » invraisemblable");
        add("sinoe_chiffres_cles_dma_hors_gravats_1e20.csv", "refuse", "3:6: tonnage « 1e20 » invraisemblable");
        add("sinoe_chiffres_cles_dma_hors_gravats_2099.csv", "refuse", "4:1: année 2099 dans le futur");
        add("sinoe_chiffres_cles_dma_hors_gravats_dep999.csv", "refuse", "2:4: département « 999 » inconnu");
        add("insee_estimation_pop_dep_futur.csv", "refuse", "4:1: année 2099 dans le futur");
        add("insee_pop_legales_2099_departements.csv", "refuse", " : année 2099 dans le futur"); // the whole file's year
        // Ambiguous decimal separators: read with the file's own, said in a warning.
        add("sinoe14_virgule_point_ambigu.csv", "warn",
            "5:8: avertissement : « 34.728 » lu comme 34728 t : ce fichier écrit ses décimales avec « , », « . » y sépare les milliers");
        add("sinoe_destination_decheterie_point_virgule_ambigu.csv", "warn",
            "3:10: avertissement : « 282,719 » lu comme 282719 t : ce fichier écrit ses décimales avec « . », « , » y sépare les milliers");
        add("sinoe14_sans_autre_decimale.csv", "warn", "2:8: avertissement : « 1.500 » lu comme 1,500 t (« . » pris pour le séparateur décimal)");
        // Encodings, per file.
        add("sinoe14_utf8_un_octet_1252.csv", "refuse", "4:42: octet 0xE9 invalide en UTF-8");
        add("sinoe14_1252_puis_utf8.csv", "refuse", "5:20: caractère UTF-8 dans un fichier lu en Windows-1252");
        add("sinoe14_windows1252.csv", "warn",
            "2:20: avertissement : octet 0xF4 : le fichier n'est pas en UTF-8, il est lu en entier en Windows-1252 (« ô »)");
        add("sinoe14_nul_ligne5.csv", "refuse", "5:52: octet nul (0x00)");
        add("sinoe14_utf16.csv", "accept", "");
    }

    void corpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, outcome);
        QFETCH(QString, expected);
        const QString store = newStore();
        const Run run = importVerb(store, file);
        const QString said = run.out + run.err;
        // "file:line:column: reason", or "file : reason" for the whole file
        const QString needle = expected.startsWith(QLatin1Char(' ')) ? file + expected : file + QLatin1Char(':') + expected;
        if (outcome == QLatin1String("refuse")) {
            QVERIFY2(run.status == 1, qPrintable(QStringLiteral("exit %1: %2").arg(run.status).arg(said)));
            QVERIFY2(run.err.contains(needle), qPrintable(said));
            // Nothing of the file went in: the store is as the import found it (new, empty).
            QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM flow")), 0);
            QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM published_value")), 0);
            QCOMPARE(count(store, QStringLiteral("SELECT count(*) FROM source_file")), 0);
            return;
        }
        QVERIFY2(run.status == 0, qPrintable(QStringLiteral("exit %1: %2").arg(run.status).arg(said)));
        if (outcome == QLatin1String("warn")) {
            QVERIFY2(run.err.contains(needle), qPrintable(said));
            QVERIFY2(run.out.contains(QStringLiteral("avertissements : 1 ")), qPrintable(said));
        } else {
            QVERIFY2(!said.contains(QStringLiteral("avertissement")), qPrintable(said));
        }
        QVERIFY(count(store, QStringLiteral("SELECT count(*) FROM flow")) > 0);
    }

    void ambiguousNumbersStoredAsTheWarningSays()
    {
        const QString store = newStore();
        QCOMPARE(importVerb(store, QStringLiteral("sinoe14_virgule_point_ambigu.csv")).status, 0);
        QCOMPARE(count(store, QStringLiteral("SELECT grams FROM flow f JOIN waste_stream w ON w.id = f.stream_id WHERE w.code = '02D'")),
                 qint64(34728) * 1000000);
        const QString other = newStore();
        QCOMPARE(importVerb(other, QStringLiteral("sinoe_destination_decheterie_point_virgule_ambigu.csv")).status, 0);
        QCOMPARE(count(other, QStringLiteral("SELECT max(grams) FROM flow")), qint64(282719) * 1000000);
    }

    void encodingsReadWhole()
    {
        // UTF-16 with its BOM and Windows-1252 as a whole: the names as written.
        for (const char *file : {"sinoe14_utf16.csv", "sinoe14_windows1252.csv"}) {
            const QString store = newStore();
            QCOMPARE(importVerb(store, QString::fromLatin1(file)).status, 0);
            auto opened = Store::open(store, Store::OpenMode::ReadOnly);
            QCOMPARE(sql::scalar(opened->database(), QStringLiteral("SELECT name FROM territory WHERE level = 'region' AND code = '84'")).toString(),
                     QStringLiteral("Auvergne-Rhône-Alpes"));
            QCOMPARE(sql::scalar(opened->database(), QStringLiteral("SELECT count(*) FROM flow")).toInt(), 5);
        }
    }

    void warningsKeptInHistoryAndUndone()
    {
        auto store = Store::open(newStore(), Store::OpenMode::CreateIfMissing);
        const ImportReport report = Importer(*store).importFile(corpusFile(QStringLiteral("sinoe14_virgule_point_ambigu.csv")));
        QCOMPARE(report.warningCount, 1);
        QCOMPARE(report.warnings.size(), 1);
        QCOMPARE(report.warnings.first().line, qint64(5));
        QCOMPARE(report.warnings.first().column, 8);
        const QList<ImportedSource> history = importHistory(store->database());
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().warningCount, 1);
        const QList<ImportWarning> kept = loadImportWarnings(store->database(), history.first().id);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().line, qint64(5));
        QCOMPARE(kept.first().column, 8);
        QCOMPARE(kept.first().message, report.warnings.first().message);
        QVERIFY(warningText(QStringLiteral("f.csv"), kept.first()).startsWith(QStringLiteral("f.csv:5:8: avertissement : « 34.728 »")));
        undoImport(*store, history.first().id);
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("SELECT count(*) FROM import_warning")).toInt(), 0);
    }

    void checkListsWarnings()
    {
        // A check (the import dialog's) reports the warnings too, and leaves the store as it was.
        auto store = Store::open(newStore(), Store::OpenMode::CreateIfMissing);
        ImportOptions options;
        options.checkOnly = true;
        const ImportReport report = Importer(*store).importFile(corpusFile(QStringLiteral("sinoe14_windows1252.csv")), options);
        QCOMPARE(report.warningCount, 1);
        QCOMPARE(report.warnings.first().line, qint64(2));
        QCOMPARE(report.warnings.first().column, 20);
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("SELECT count(*) FROM import_warning")).toInt(), 0);
    }

    void userChoiceReadsWithoutWarning()
    {
        // The decimal separator chosen in the dialog settles the doubt: no warning.
        auto store = Store::open(newStore(), Store::OpenMode::CreateIfMissing);
        ImportOptions options;
        options.decimalSeparator = QLatin1Char('.');
        const ImportReport report = Importer(*store).importFile(corpusFile(QStringLiteral("sinoe14_sans_autre_decimale.csv")), options);
        QCOMPARE(report.warningCount, 0);
        QCOMPARE(sql::scalar(store->database(), QStringLiteral("SELECT min(grams) FROM flow")).toLongLong(), qint64(1500000));
    }

    void helpTextsInUtf8()
    {
        // Option value names are French words with accents: never read as Latin-1 ("ANNÃ‰E").
        for (const char *verb : {"import", "export", "chart", "map", "report", "info", "paths"}) {
            QProcess p;
            p.start(binary(), {QString::fromLatin1(verb), QStringLiteral("--help")});
            QVERIFY(p.waitForFinished(60000));
            const QString help = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            QVERIFY2(!help.contains(QChar(0x00C3)), qPrintable(QStringLiteral("%1 --help:\n%2").arg(QLatin1String(verb), help)));
            if (qstrcmp(verb, "map") == 0)
                QVERIFY2(help.contains(QStringLiteral("<ANNÉE>")) && help.contains(QStringLiteral("<MÉTHODE>")), qPrintable(help));
        }
    }

    void realExtractsGiveNoWarning()
    {
        auto store = Store::open(newStore(), Store::OpenMode::CreateIfMissing);
        for (const char *name : {"sinoe14_tonnage_decheterie_par_type_dechet_dept__extrait.csv",
                                 "sinoe04_destination_dma_par_type_traitement_dept__hdf.csv",
                                 "sinoe_destination_dechets_decheterie_par_traitement_dept__extrait.csv",
                                 "sinoe_chiffres_cles_dma_hors_gravats_dept_2009_2017__hdf.csv",
                                 "sinoe_chiffres_cles_decheterie_avec_gravats_dept_2009_2017__hdf.csv"}) {
            const ImportReport report = Importer(*store).importFile(QStringLiteral(ODEMA_TEST_DATA_DIR "/real/") + QLatin1String(name));
            QVERIFY2(report.warningCount == 0, qPrintable(report.warningLines().join(QLatin1Char('\n'))));
            QVERIFY(report.rowsStored > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestHostileText)
#include "tst_hostile_text.moc"
