// Exports of a filtered result (Hauts-de-France, 2017–2021, déchets verts) through the export
// verb: CSV in both styles and XLSX hold exactly the filtered rows, numbers read back equal.
#include "ExplorerTestStore.h"
#include "common/WorkResult.h"
#include "export/ResultExport.h"
#include "query/FlowQuery.h"

#include <QProcess>
#include <QXmlStreamReader>
#include <QtTest>

using namespace odema;

class TestExport : public QObject {
    Q_OBJECT
private:
    test::SampleStore s;
    QVector<FlowRecord> expected;

    void runVerb(const QStringList &extra)
    {
        QProcess p;
        p.start(QStringLiteral(ODEMA_BINARY), QStringList{QStringLiteral("export"), QStringLiteral("--db"), s.path,
                                                          QStringLiteral("--territory"), QStringLiteral("region:32"),
                                                          QStringLiteral("--years"), QStringLiteral("2017-2021"),
                                                          QStringLiteral("--stream"), QStringLiteral("02C")} + extra);
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

private slots:
    void initTestCase()
    {
        s.build();
        FlowFilter f;
        f.territories << TerritorySelection{s.territory(QStringLiteral("region:32")), true};
        f.yearFrom = 2017;
        f.yearTo = 2021;
        f.streamIds << s.streamId(QStringLiteral("02C"));
        expected = FlowQuery(f).rows(s.db(), 0, 0);
        QVERIFY(expected.size() > 10);
    }

    void csv_data()
    {
        QTest::addColumn<QString>("style");
        QTest::newRow("excel") << QStringLiteral("excel");
        QTest::newRow("rfc") << QStringLiteral("rfc");
    }
    void csv()
    {
        QFETCH(QString, style);
        const QString out = s.dir.filePath(QStringLiteral("out-%1.csv").arg(style));
        runVerb({QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--csv-style"), style, QStringLiteral("--out"), out});
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        const bool excel = style == QLatin1String("excel");
        QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), excel);
        if (excel)
            bytes.remove(0, 3);
        const QStringList lines = QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), expected.size() + 1);
        const QChar sep = excel ? QLatin1Char(';') : QLatin1Char(',');
        for (int i = 0; i < expected.size(); ++i) {
            const QStringList cells = lines.at(i + 1).split(sep);
            QCOMPARE(cells.size(), int(FlowColumn::Count));
            QCOMPARE(cells.at(int(FlowColumn::Year)).toInt(), expected.at(i).year);
            QString tonnes = cells.at(int(FlowColumn::Tonnes));
            if (excel) {
                QVERIFY(!tonnes.contains(QLatin1Char('.')));
                tonnes.replace(QLatin1Char(','), QLatin1Char('.'));
            }
            QCOMPARE(tonnes.toDouble(), expected.at(i).tonnes);
            QCOMPARE(cells.at(int(FlowColumn::Territory)), expected.at(i).territory);
        }
    }

    void jobSaysHowItEnded()
    {
        // The job's outcome, not the Cancel button, says what is on disk. Both kinds of result
        // report progress (a cross table did not, so its Cancel was never seen and the window
        // said "not written" over a file that was).
        for (bool pivot : {false, true}) {
            ExportJob job;
            job.storeLocation = s.path;
            job.pivot = pivot;
            const QString out = s.dir.filePath(pivot ? QStringLiteral("job-pivot.csv") : QStringLiteral("job-flows.csv"));
            QList<qint64> told;
            const ExportOutcome done = job.run(out, ExportFormat::Csv, CsvStyle::Excel, [&told](qint64 rows) {
                told << rows;
                return true;
            });
            QCOMPARE(done.result, WorkResult::Done);
            QVERIFY(done.rows > 0);
            QVERIFY(QFile::exists(out));
            QVERIFY(!told.isEmpty());
            QCOMPARE(told.last(), done.rows); // the last step comes with the final count

            // Cancel pressed once the last step is behind (the file is being closed): too late,
            // the export says done and the file is there, whatever the button says afterwards.
            QVERIFY(QFile::remove(out));
            bool pressed = false;
            int callsAfter = 0;
            const ExportOutcome late = job.run(out, ExportFormat::Csv, CsvStyle::Excel, [&](qint64 rows) {
                if (pressed) {
                    ++callsAfter;
                    return false;
                }
                pressed = rows == done.rows;
                return true;
            });
            QVERIFY(pressed);
            QCOMPARE(callsAfter, 0);
            QCOMPARE(late.result, WorkResult::Done);
            QCOMPARE(late.rows, done.rows);
            QVERIFY(QFile::exists(out));

            QVERIFY(QFile::remove(out));
            const ExportOutcome stopped = job.run(out, ExportFormat::Csv, CsvStyle::Excel, [](qint64) { return false; });
            QCOMPARE(stopped.result, WorkResult::Cancelled);
            QVERIFY2(stopped.message.contains(QStringLiteral("annulé")), qPrintable(stopped.message));
            QVERIFY(!QFile::exists(out));
        }
        ExportJob nowhere;
        nowhere.storeLocation = s.path;
        const ExportOutcome refused = nowhere.run(s.dir.filePath(QStringLiteral("no/such/folder/x.csv")), ExportFormat::Csv,
                                                  CsvStyle::Excel);
        QCOMPARE(refused.result, WorkResult::Refused);
        QVERIFY(!refused.message.isEmpty());
    }

    void cancelledExportLeavesThePreviousFile()
    {
        // Every flow of the store (more rows than one progress step), stopped at the first step.
        for (ExportFormat format : {ExportFormat::Csv, ExportFormat::Xlsx}) {
            const QString out = s.dir.filePath(format == ExportFormat::Csv ? QStringLiteral("kept.csv") : QStringLiteral("kept.xlsx"));
            {
                QFile before(out);
                QVERIFY(before.open(QIODevice::WriteOnly));
                before.write("previous export");
            }
            qint64 told = 0;
            auto writer = TableWriter::create(format, out);
            bool refused = false;
            try {
                exportFlows(s.db(), FlowQuery(FlowFilter{}), *writer, [&told](qint64 rows) {
                    told = rows;
                    return false;
                });
            } catch (const CancelledError &e) {
                refused = e.message().contains(QStringLiteral("annulé"));
            }
            writer.reset();
            QVERIFY(refused);
            QVERIFY(told > 0);
            QFile after(out);
            QVERIFY(after.open(QIODevice::ReadOnly));
            QCOMPARE(after.readAll(), QByteArray("previous export"));
            QCOMPARE(QDir(s.dir.path()).entryList({QFileInfo(out).fileName() + QLatin1Char('*')}, QDir::Files).size(), 1); // no temporary left
        }
    }

    void xlsx()
    {
        const QString out = s.dir.filePath(QStringLiteral("out.xlsx"));
        runVerb({QStringLiteral("--out"), out});
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), out, QStringLiteral("xl/worksheets/sheet1.xml")});
        QVERIFY(unzip.waitForFinished(30000));
        QXmlStreamReader xml(unzip.readAllStandardOutput());
        QList<QStringList> rows;
        QStringList types;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("row"))
                rows << QStringList();
            if (xml.isStartElement() && xml.name() == QLatin1String("c") && !rows.isEmpty()) {
                const QString type = xml.attributes().value(QLatin1String("t")).toString();
                QString value;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("c")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        value += xml.text();
                }
                rows.last() << (type.isEmpty() ? QStringLiteral("n:") : QStringLiteral("s:")) + value;
            }
        }
        QVERIFY(!xml.hasError());
        QCOMPARE(rows.size(), expected.size() + 1);
        QCOMPARE(rows.first().at(int(FlowColumn::Tonnes)), QStringLiteral("s:Tonnes"));
        for (int i = 0; i < expected.size(); ++i) {
            const QString tonnes = rows.at(i + 1).at(int(FlowColumn::Tonnes));
            QVERIFY2(tonnes.startsWith(QLatin1String("n:")), qPrintable(tonnes)); // a real number cell
            QCOMPARE(tonnes.mid(2).toDouble(), expected.at(i).tonnes);
        }
    }

    void pivotCsv()
    {
        const QString out = s.dir.filePath(QStringLiteral("pivot.csv"));
        runVerb({QStringLiteral("--pivot"), QStringLiteral("territoire"), QStringLiteral("--csv-style"), QStringLiteral("rfc"),
                 QStringLiteral("--out"), out});
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5 + 2); // header, the five départements, totals
        double collecte = 0;
        for (const FlowRecord &r : expected)
            if (!r.treatment)
                collecte += r.tonnes;
        QCOMPARE(qRound64(lines.last().split(QLatin1Char(',')).last().toDouble() * 100), qRound64(collecte * 100));
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
