// `odema-explorer map` as a user runs it: the example of the issue writes an SVG with a
// viewBox; bad requests exit non-zero with a message; unmapped outlines are reported.
#include "CliRun.h"
#include "sample/SampleData.h"
#include "store/Store.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;

class TestMapCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;

    using Run = test::CliRun;
    Run run(const QStringList &arguments) { return test::runCli(QStringList{QStringLiteral("map")} + arguments); }

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("store.sqlite"));
        auto store = Store::open(m_db, Store::OpenMode::CreateIfMissing);
        SampleData::importInto(*store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
    }

    void exampleOfTheIssue()
    {
        const QString out = m_dir.filePath(QStringLiteral("carte.svg"));
        const Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("--level"), QStringLiteral("departement"),
                           QStringLiteral("--within"), QStringLiteral("region:32"), QStringLiteral("--indicator"), QStringLiteral("kg_hab"),
                           QStringLiteral("--year"), QStringLiteral("2021"), QStringLiteral("--stream"), QStringLiteral("DECH"),
                           QStringLiteral("--format"), QStringLiteral("svg"), QStringLiteral("--out"), out});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("viewBox="));
        QVERIFY(svg.contains("245,9")); // lowest class bound: Nord, 245,87 kg/hab
    }

    void pngWithDpiAndLandfills()
    {
        const QString out = m_dir.filePath(QStringLiteral("communes.png"));
        const Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("--level"), QStringLiteral("commune"), QStringLiteral("--within"),
                           QStringLiteral("region:32"), QStringLiteral("--indicator"), QStringLiteral("population"), QStringLiteral("--year"),
                           QStringLiteral("2021"), QStringLiteral("--classes"), QStringLiteral("7"), QStringLiteral("--method"),
                           QStringLiteral("jenks"), QStringLiteral("--landfills"), QStringLiteral("--dpi"), QStringLiteral("150"),
                           QStringLiteral("--out"), out});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(QImage(out).dotsPerMeterX(), qRound(150 / 0.0254));
        // The 5 COG 2018 outlines tied to no current commune are said.
        QVERIFY2(r.err.contains(QLatin1String("80389")), qPrintable(r.err));
    }

    void refusals()
    {
        const QString out = m_dir.filePath(QStringLiteral("x.svg"));
        QCOMPARE(run({QStringLiteral("--db"), m_db, QStringLiteral("--out"), out}).status, 2); // no --level
        Run r = run({QStringLiteral("--db"), m_db, QStringLiteral("--level"), QStringLiteral("departement"), QStringLiteral("--indicator"),
                     QStringLiteral("tonnage"), QStringLiteral("--out"), out});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QLatin1String("tonnage")));
        r = run({QStringLiteral("--db"), m_db, QStringLiteral("--level"), QStringLiteral("departement"), QStringLiteral("--classes"),
                 QStringLiteral("12"), QStringLiteral("--out"), out});
        QCOMPARE(r.status, 1);
        r = run({QStringLiteral("--db"), m_db, QStringLiteral("--level"), QStringLiteral("departement"), QStringLiteral("--indicator"),
                 QStringLiteral("part"), QStringLiteral("--out"), out});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(QLatin1String("--stream")));
    }
};

QTEST_GUILESS_MAIN(TestMapCli)
#include "tst_map_cli.moc"
