// The headless verbs as a user runs them: the real executable, its exit status and output.
#include "CliRun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {
using Run = odema::test::CliRun;
Run run(const QStringList &arguments) { return odema::test::runCli(arguments); }

QString fixture(const QString &name) { return QStringLiteral(ODEMA_TEST_DATA_DIR "/import/") + name; }
} // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void versionAndHelp()
    {
        const Run v = run({QStringLiteral("--version")});
        QCOMPARE(v.status, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("odema-explorer ")));
        const Run h = run({QStringLiteral("--help")});
        QCOMPARE(h.status, 0);
        QVERIFY(h.out.contains(QStringLiteral("import")));
        QVERIFY(h.out.contains(QStringLiteral("info")));
        const Run ih = run({QStringLiteral("import"), QStringLiteral("--help")});
        QVERIFY(ih.out.contains(QStringLiteral("--db")));
    }
    void unknownVerbRefused()
    {
        // A typo of a verb is refused with the list of verbs, never taken for "open the window".
        const Run r = run({QStringLiteral("frobnicate"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("x.sqlite"))});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(r.err));
        for (const char *verb : {"import", "info", "export", "chart", "report", "map", "paths"})
            QVERIFY2(r.err.contains(QLatin1String(verb)), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.sqlite")))); // nothing opened or created
    }
    void percentInFileNameKept()
    {
        // A URL-encoded download name, imported and refused: its name is intact in both reports.
        const QString db = m_dir.filePath(QStringLiteral("pct.sqlite"));
        const QString good = m_dir.filePath(QStringLiteral("SINOE%2Cdept.csv"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("tab_treatment.csv")), good));
        const Run ok = run({QStringLiteral("import"), QStringLiteral("--db"), db, good});
        QCOMPARE(ok.status, 0);
        QVERIFY2(ok.out.contains(QStringLiteral("SINOE%2Cdept.csv")), qPrintable(ok.out));
        const QString bad = m_dir.filePath(QStringLiteral("SINOE%1%2bad.csv"));
        QVERIFY(QFile::copy(fixture(QStringLiteral("malformed.csv")), bad));
        const Run refused = run({QStringLiteral("import"), QStringLiteral("--db"), db, bad});
        QVERIFY(refused.status != 0);
        QVERIFY2(refused.err.contains(QStringLiteral("SINOE%1%2bad.csv:")), qPrintable(refused.err));
    }
    void importThenInfo()
    {
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        const Run i = run({QStringLiteral("import"), QStringLiteral("--db"), db, fixture(QStringLiteral("utf8_bom_quoted_dot.csv")),
                           fixture(QStringLiteral("tab_treatment.csv"))});
        QCOMPARE(i.status, 0);
        QVERIFY(i.out.contains(QStringLiteral("UTF-8 (BOM)")));
        QVERIFY(i.out.contains(QStringLiteral("séparateur « TAB »")));
        QVERIFY(i.out.contains(QStringLiteral("2017")));
        const Run again = run({QStringLiteral("import"), QStringLiteral("--db"), db, fixture(QStringLiteral("tab_treatment.csv"))});
        QCOMPARE(again.status, 0);
        QVERIFY(again.out.contains(QStringLiteral("déjà importé")));

        const Run info = run({QStringLiteral("info"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        QCOMPARE(info.status, 0);
        const QJsonObject json = QJsonDocument::fromJson(info.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("flow_rows")).toInt(), 4);
        QCOMPARE(json.value(QStringLiteral("sources")).toArray().size(), 2);
        QCOMPARE(json.value(QStringLiteral("sources")).toArray().at(0).toObject().value(QStringLiteral("sha256")).toString().size(), 64);
        double perMode = 0;
        for (const QJsonValue &v : json.value(QStringLiteral("tonnes_per_mode")).toArray())
            perMode += v.toObject().value(QStringLiteral("tonnes")).toDouble();
        QCOMPARE(perMode, 105.0);
        const Run text = run({QStringLiteral("info"), QStringLiteral("--db"), db});
        QVERIFY(text.out.contains(QStringLiteral("Valorisation organique")));
    }
    void refusedFileGivesPositionsAndNonZeroStatus()
    {
        const QString db = m_dir.filePath(QStringLiteral("bad.sqlite"));
        const Run r = run({QStringLiteral("import"), QStringLiteral("--db"), db, fixture(QStringLiteral("malformed.csv"))});
        QVERIFY(r.status != 0);
        QVERIFY(r.err.contains(QStringLiteral("malformed.csv:4:8: tonnage illisible")));
    }
    void notAStoreIsLeftAlone()
    {
        const QString path = fixture(QStringLiteral("unknown_layout.csv"));
        const Run r = run({QStringLiteral("info"), QStringLiteral("--db"), path});
        QVERIFY(r.status != 0);
        QVERIFY(r.err.contains(QStringLiteral("pas une base Odema")));
        const Run usage = run({QStringLiteral("import"), QStringLiteral("--db")});
        QVERIFY(usage.status != 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
