// The import dialog's logic without widgets: detection and overrides, preview, column
// mappings saved and offered again, the dry-run check, skipping listed rows, history and undo.
#include "ImportTestUtil.h"
#include "TestStores.h"
#include "common/WorkResult.h"
#include "import/ColumnMapping.h"
#include "import/ImportHistory.h"
#include "import/ImportPreview.h"
#include "import/Importer.h"
#include "import/RejectedRows.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using namespace odema::test;

class TestImportLogic : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    int m_n = 0;

    QString temp(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void init()
    {
        m_store = Store::open(newStoreLocation(m_dir, QStringLiteral("s%1.sqlite").arg(++m_n)), Store::OpenMode::CreateIfMissing);
    }
    void cleanup() { m_store.reset(); }

    void previewOfRealSinoeFile()
    {
        const ImportPreview p = previewFile(realExtract(QStringLiteral("sinoe14_tonnage_decheterie_par_type_dechet_dept__extrait.csv")), {});
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.kind, FileKind::Csv);
        QCOMPARE(p.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(p.delimiter, QLatin1Char(','));
        QCOMPARE(p.decimalSeparator, QLatin1Char(',')); // "1358,45"
        QCOMPARE(p.headerLine, 1);
        QVERIFY(p.match);
        QCOMPARE(p.match->layout, Layout::SinoeDepartement);
        QCOMPARE(p.rows.size(), 20);
        QCOMPARE(p.lines.first(), 2);
        const int dept = p.header.indexOf(QStringLiteral("C_DEPT"));
        const int tonnes = p.header.indexOf(QStringLiteral("TONNAGE_T"));
        QCOMPARE(p.columnRoles.at(tonnes), QStringLiteral("Tonnes"));
        // Codes stay text with their zero; tonnages are parsed numbers.
        QCOMPARE(p.rows.first().at(dept).text, QStringLiteral("01"));
        QCOMPARE(p.rows.first().at(dept).kind, PreviewCell::Kind::Text);
        QCOMPARE(p.rows.first().at(tonnes).kind, PreviewCell::Kind::Number);
        QCOMPARE(p.rows.first().at(tonnes).number, 1358.45);
    }

    void overridesChangeTheReading()
    {
        const QString file = fixture(QStringLiteral("cp1252_semicolon_crlf.csv"));
        const ImportPreview detected = previewFile(file, {});
        QCOMPARE(detected.encoding, QStringLiteral("Windows-1252"));
        QVERIFY(detected.match);
        // A wrong delimiter chosen by the user: one column, no layout, said so.
        ImportOptions comma;
        comma.delimiter = QLatin1Char(',');
        const ImportPreview wrong = previewFile(file, comma);
        QVERIFY(!wrong.match);
        QCOMPARE(wrong.header.size(), 1);
        // Forcing the decimal separator to '.' makes "1 234,50" unreadable, and the preview shows it.
        ImportOptions dot;
        dot.decimalSeparator = QLatin1Char('.');
        const ImportPreview p = previewFile(file, dot);
        const int tonnes = p.header.indexOf(QStringLiteral("TONNAGE_T"));
        QCOMPARE(p.rows.first().at(tonnes).kind, PreviewCell::Kind::Invalid);
        QCOMPARE(p.rows.at(1).at(tonnes).kind, PreviewCell::Kind::Invalid); // "10,25" with ',' as grouping: not 3 digits
        // And the chosen separator is what the import uses: "10,25" as 1025 would be wrong, so refused.
        ImportOptions commaDecimal;
        commaDecimal.decimalSeparator = QLatin1Char(',');
        Importer importer(*m_store);
        QCOMPARE(importer.importFile(file, commaDecimal).totalGrams, qint64(1234500000) + 10250000);
    }

    void headerLineChosenOrFound()
    {
        const QString file = temp(QStringLiteral("titles.csv"));
        QVERIFY(writeFile(file, "Tonnages 2021\n\nSource : SINOE\nANNEE;C_DEPT;C_TYP_REG_DECHET;TONNAGE_T\n2021;59;02A;10,5\n"));
        const ImportPreview found = previewFile(file, {});
        QCOMPARE(found.headerLine, 4);
        QVERIFY(found.match);
        ImportOptions chosen;
        chosen.headerLine = 1;
        const ImportPreview wrong = previewFile(file, chosen);
        QVERIFY(!wrong.match);
        QCOMPARE(wrong.header, QStringList{QStringLiteral("Tonnages 2021")});
        Importer importer(*m_store);
        const ImportReport r = importer.importFile(file);
        QCOMPARE(r.headerLine, 4);
        QCOMPARE(r.rowsStored, 1);
    }

    void mappingSavedAndOfferedAgain()
    {
        const QString file = temp(QStringLiteral("syndicat.csv"));
        QVERIFY(writeFile(file, "Millésime;Code EPCI;Flux collecté;Canal;Quantité (t);Habitants\n"
                                "2022;200093201;Verre;CS;30 000,5;1182250\n"
                                "2022;200093201;Ordures ménagères résiduelles;OMR;250000;1182250\n"
                                "2022;245900410;Verre;CS;1200;90000\n"));
        const ImportPreview first = previewFile(file, {});
        QVERIFY(first.error.isEmpty());
        QVERIFY(!first.match);
        ColumnMapping mapping = guessMapping(first.header);
        QCOMPARE(mapping.columns.value(MappedField::Year), 0);
        QCOMPARE(mapping.columns.value(MappedField::TerritoryCode), 1);
        QCOMPARE(mapping.level, Level::Epci);
        QCOMPARE(mapping.columns.value(MappedField::Stream), 2);
        QCOMPARE(mapping.columns.value(MappedField::Channel), 3);
        QCOMPARE(mapping.columns.value(MappedField::Tonnes), 4);
        QCOMPARE(mapping.columns.value(MappedField::Population), 5);
        QVERIFY(mapping.missing().isEmpty());

        QSettings settings(temp(QStringLiteral("mappings.ini")), QSettings::IniFormat);
        MappingLibrary library(&settings);
        QVERIFY_THROWS_EXCEPTION(OdemaError, library.save(mapping)); // a mapping needs a name
        mapping.name = QStringLiteral("Syndicat — export annuel");
        library.save(mapping);
        QCOMPARE(library.names(), QStringList{mapping.name});

        // Same header, other rows: the saved mapping is offered and the preview reads with it.
        const QString again = temp(QStringLiteral("syndicat_2023.csv"));
        QVERIFY(writeFile(again, "millesime;CODE_EPCI;flux collecte;canal;quantite (t);habitants\n2023;200093201;Verre;CS;31000;1180000\n"));
        const ImportPreview second = previewFile(again, {}, &library);
        QVERIFY(second.savedMapping);
        QCOMPARE(second.savedMapping->name, mapping.name);
        QVERIFY(second.match);
        QCOMPARE(second.rows.first().at(4).number, 31000.0);

        Importer importer(*m_store);
        const ImportReport r = importer.importFile(file, first.optionsFor([&] {
            ImportOptions o;
            o.mapping = mapping.toLayoutMatch();
            return o;
        }()));
        QCOMPARE(r.rowsStored, 3);
        QCOMPARE(r.layoutId, QStringLiteral("correspondance"));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM flow f JOIN territory t ON t.id = f.territory_id WHERE t.level = 'epci'")).toInt(), 3);
        // The channel column wins over the stream's default.
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT c.code FROM flow f JOIN channel c ON c.id = f.channel_id WHERE f.grams = 250000000000")).toString(),
                 QStringLiteral("OMR"));
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT population FROM population WHERE year = 2022 ORDER BY population DESC")).toLongLong(), 1182250);
        library.remove(mapping.name);
        QVERIFY(library.names().isEmpty());
    }

    void checkChangesNothingAndCountsReplacements()
    {
        Importer importer(*m_store);
        const QString v1 = temp(QStringLiteral("v1.csv"));
        const QString v2 = temp(QStringLiteral("v2.csv"));
        QVERIFY(writeFile(v1, "ANNEE,C_DEPT,C_TYP_REG_DECHET,TONNAGE_T\n2020,59,02A,100\n2021,59,02A,200\n2021,62,02A,300\n"));
        QVERIFY(writeFile(v2, "ANNEE,C_DEPT,C_TYP_REG_DECHET,TONNAGE_T\n2021,59,02A,210\n2022,59,02A,220\n2022,59,99Z,5\n"));
        importer.importFile(v1);
        const QString before = fingerprint(*m_store);
        ImportOptions check;
        check.checkOnly = true;
        const ImportReport r = importer.importFile(v2, check);
        QVERIFY(r.checked);
        QCOMPARE(fingerprint(*m_store), before); // nothing written
        QCOMPARE(r.rowsStored, 3);
        QCOMPARE(r.rowsReplaced, 1);
        QCOMPARE(r.streams, 2);
        QCOMPARE(r.territories.size(), 1);
        QCOMPARE(r.yearChanges.size(), 2);
        QCOMPARE(r.yearChanges.at(0).year, 2021);
        QCOMPARE(r.yearChanges.at(0).rowsReplaced, 1);
        QCOMPARE(r.yearChanges.at(0).gramsReplaced, qint64(200000000));
        QCOMPARE(r.yearChanges.at(0).gramsAdded, qint64(210000000));
        QCOMPARE(r.yearChanges.at(1).year, 2022);
        QCOMPARE(r.yearChanges.at(1).gramsAdded, qint64(225000000));
        QCOMPARE(r.nomenclatureAdded.size(), 1); // the unknown stream 99Z
        QVERIFY(r.problems.isEmpty());
        // The check names the revision: Nord 2021 of the déchèterie data set, 200 t -> 210 t.
        QCOMPARE(r.revision.changes.size(), 1);
        QCOMPARE(r.revision.changes.at(0).year, 2021);
        QCOMPARE(r.revision.changes.at(0).gramsBefore, qint64(200000000));
        QCOMPARE(r.revision.changes.at(0).gramsAfter, qint64(210000000));
        // Without --replace a revision is refused and the store left as it was…
        QVERIFY_THROWS_EXCEPTION(OdemaError, importer.importFile(v2));
        QCOMPARE(fingerprint(*m_store), before);
        // …and a check does not count as an import of the file.
        ImportOptions replace;
        replace.replace = true;
        QVERIFY(!importer.importFile(v2, replace).alreadyImported);
    }

    void problemsListedThenSkippedToRejects()
    {
        const QString file = temp(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(file, "ANNEE;C_DEPT;C_TYP_REG_DECHET;TONNAGE_T\n2021;59;02A;10\n20X1;59;02C;11\n2021;62;02A;-3\n2021;62;02C;12\n"));
        Importer importer(*m_store);
        const QString before = fingerprint(*m_store);
        ImportOptions check;
        check.checkOnly = true;
        const ImportReport r = importer.importFile(file, check);
        QCOMPARE(r.problemCount, 2);
        QCOMPARE(r.problems.at(0).line, 3);
        QCOMPARE(r.problems.at(0).column, 1);
        QVERIFY(r.problems.at(0).reason.contains(QStringLiteral("année illisible")));
        QCOMPARE(r.problems.at(1).line, 4);
        QCOMPARE(r.problems.at(1).column, 4);
        QCOMPARE(r.rowsStored, 2); // the good rows, still counted by the check
        QCOMPARE(fingerprint(*m_store), before);
        // Refused while there are errors…
        QVERIFY_THROWS_EXCEPTION(OdemaError, importer.importFile(file));
        QCOMPARE(fingerprint(*m_store), before);
        // …unless the listed rows are skipped: they go to bad.rejets.csv with their line.
        ImportOptions skip;
        skip.skipLines = r.problemLines;
        const ImportReport done = importer.importFile(file, skip);
        QCOMPARE(done.rowsStored, 2);
        QCOMPARE(done.rowsRejected, 2);
        QCOMPARE(done.rejectsPath, temp(QStringLiteral("bad.rejets.csv")));
        QFile rejects(done.rejectsPath);
        QVERIFY(rejects.open(QIODevice::ReadOnly));
        QCOMPARE(rejects.readAll(),
                 QByteArray("\xEF\xBB\xBFligne;ANNEE;C_DEPT;C_TYP_REG_DECHET;TONNAGE_T\r\n3;20X1;59;02C;11\r\n4;2021;62;02A;-3\r\n"));
    }

    void failedImportWritesNoRejects()
    {
        const QString file = temp(QStringLiteral("worse.csv"));
        QVERIFY(writeFile(file, "ANNEE;C_DEPT;C_TYP_REG_DECHET;TONNAGE_T\n20X1;59;02C;11\n2021;62;02A;abc\n"));
        ImportOptions skip;
        skip.skipLines = {2}; // line 3 still bad: refused, and no rejects file is left
        Importer importer(*m_store);
        QVERIFY_THROWS_EXCEPTION(OdemaError, importer.importFile(file, skip));
        QVERIFY(!QFile::exists(rejectsPathFor(file)));
    }

    void severalFilesLandTogetherOrNotAtAll()
    {
        // A first import stays whatever the batch after it does.
        Importer importer(*m_store);
        importer.importFile(fixture(QStringLiteral("odema_epci.csv")));
        const QString before = fingerprint(*m_store);
        // Row counts alone would not see a source replaced by another: its rows too.
        const QString sourcesQuery =
            QStringLiteral("SELECT id || ' ' || name || ' ' || sha256 || ' ' || row_count FROM source_file ORDER BY id");
        const QString sources = rowsText(*m_store, sourcesQuery);
        QVERIFY(!sources.isEmpty());
        const QString good = fixture(QStringLiteral("tab_treatment.csv"));
        const QString bad = temp(QStringLiteral("bad.csv"));
        QVERIFY(writeFile(bad, "ANNEE;C_DEPT;C_TYP_REG_DECHET;TONNAGE_T\n2021;59;02C;abc\n"));

        // The second file is refused: the first, read and written, is rolled back with it.
        const ImportOutcome refused = importer.importFiles({{good, {}}, {bad, {}}});
        QCOMPARE(refused.result, WorkResult::Refused);
        QCOMPARE(refused.stoppedAt, 1);
        QVERIFY(refused.reports.isEmpty());
        const QString message = refused.message;
        QVERIFY2(message.contains(QStringLiteral("Aucun des 2 fichiers")) && message.contains(QStringLiteral("bad.csv")),
                 qPrintable(message));
        QCOMPARE(fingerprint(*m_store), before);

        // Cancel while the second file is read (at its first checkpoint): nothing stays either.
        struct CancelInSecond : ImportFeedback {
            bool armed = false;
            double at = -1;
            void setProgress(double fraction) override
            {
                if (armed && fraction > 0 && at < 0) {
                    at = fraction;
                    cancel();
                }
            }
        } feedback;
        const QString second = temp(QStringLiteral("second.csv"));
        QByteArray rows = "ANNEE;C_DEPT;C_TYP_REG_DECHET;TONNAGE_T\n";
        for (int i = 0; i < 200000; ++i) { // several read blocks, so that a checkpoint falls inside; every key once
            const int dept = 1 + (i / 36) % 94; // 01–95 without "20"
            rows += QByteArray::number(1990 + i % 36) + ';' + QByteArray::number(dept < 20 ? dept : dept + 1).rightJustified(2, '0')
                  + ";Z" + QByteArray::number(i / (36 * 94)) + ';' + QByteArray::number(i) + "\n";
        }
        QVERIFY(writeFile(second, rows));
        const ImportOutcome cancelled = importer.importFiles({{good, {}}, {second, {}}}, &feedback,
                                                             [&feedback](int, const ImportReport &) { feedback.armed = true; });
        QCOMPARE(cancelled.result, WorkResult::Cancelled);
        QCOMPARE(cancelled.stoppedAt, 1);
        QVERIFY(feedback.at > 0 && feedback.at < 1); // stopped inside the second file
        QCOMPARE(fingerprint(*m_store), before);
        QCOMPARE(rowsText(*m_store, sourcesQuery), sources);
        QCOMPARE(m_store->backend().integrityCheck(m_store->database()), QStringLiteral("ok"));

        // Both good: both land, each with its own source.
        const ImportOutcome done = importer.importFiles({{good, {}}, {second, {}}});
        QCOMPARE(done.result, WorkResult::Done);
        QCOMPARE(done.reports.size(), 2);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM source_file")).toInt(), 3);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM flow WHERE source_id = (SELECT id FROM source_file "
                                                 "WHERE name = 'second.csv')")).toInt(), 200000);
    }

    void cancelDuringTheCommitComesTooLate()
    {
        // The outcome is decided where the import commits. A Cancel pressed once the last
        // checkpoint is behind (the window still shows its button) cannot undo the commit: the
        // import must say "done", and the rows are there. The window used to say "cancelled,
        // nothing imported" over committed rows.
        struct CancelWhileCommitting : ImportFeedback {
            int committingCalls = 0;
            void committing() override
            {
                ++committingCalls;
                cancel();
            }
        };
        for (int files : {1, 2}) {
            auto store = Store::open(temp(QStringLiteral("late%1.sqlite").arg(files)), Store::OpenMode::CreateIfMissing);
            QList<Importer::BatchItem> items{{fixture(QStringLiteral("tab_treatment.csv")), {}}};
            if (files == 2)
                items.append({fixture(QStringLiteral("odema_epci.csv")), {}});
            CancelWhileCommitting late;
            const ImportOutcome outcome = Importer(*store).importFiles(items, &late);
            QCOMPARE(late.committingCalls, 1); // once per action, at its one commit
            QVERIFY(late.isCanceled());
            QCOMPARE(outcome.result, WorkResult::Done);
            QCOMPARE(outcome.reports.size(), files);
            QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM source_file")).toInt(), files);
            QVERIFY(scalar(*store, QStringLiteral("SELECT count(*) FROM flow")).toInt() > 0);
        }

        // A Cancel at the end of the reading, before the indexes and the replacement of older
        // rows, is still in time: everything rolls back and the outcome says so.
        struct CancelWhenRead : ImportFeedback {
            void setProgress(double fraction) override
            {
                if (fraction >= 1)
                    cancel();
            }
        } early, alone;
        Importer importer(*m_store);
        importer.importFile(fixture(QStringLiteral("odema_epci.csv")));
        const QString before = fingerprint(*m_store);
        const ImportOutcome outcome = importer.importFiles({{fixture(QStringLiteral("tab_treatment.csv")), {}}}, &early);
        QCOMPARE(outcome.result, WorkResult::Cancelled);
        QCOMPARE(fingerprint(*m_store), before);
        // The same for one file imported on its own (the command line's and the first start's way).
        QVERIFY_THROWS_EXCEPTION(CancelledError,
                                 importer.importFile(fixture(QStringLiteral("tab_treatment.csv")), {}, &alone));
        QCOMPARE(fingerprint(*m_store), before);
    }

    void historyAndUndo()
    {
        Importer importer(*m_store);
        const QString a = temp(QStringLiteral("a.csv"));
        const QString b = temp(QStringLiteral("b.csv"));
        QVERIFY(writeFile(a, "ANNEE,C_DEPT,C_TYP_REG_DECHET,TONNAGE_T,POPULATION\n2021,59,02A,100,2600000\n2021,59,02C,50,2600000\n"));
        const QString afterNothing = fingerprint(*m_store);
        importer.importFile(a);
        const QString afterA = fingerprint(*m_store);
        QVERIFY(writeFile(b, "ANNEE,C_DEPT,C_TYP_REG_DECHET,TONNAGE_T\n2022,62,02A,7\n"));
        importer.importFile(b);
        const QList<ImportedSource> history = importHistory(m_store->database());
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().name, QStringLiteral("b.csv"));
        QCOMPARE(history.first().flows, 1);
        QCOMPARE(history.last().flows, 2);
        QCOMPARE(history.last().populations, 1);
        QCOMPARE(history.last().sha256, QString::fromLatin1(fileSha(a)));

        const UndoReport undone = undoImport(*m_store, history.first().id);
        QCOMPARE(undone.name, QStringLiteral("b.csv"));
        QCOMPARE(undone.flows, 1);
        // Territory 62 created by b stays (said in the dialog); every row of b is gone.
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM flow")).toInt(), 2);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT sum(grams) FROM flow")).toLongLong(), 150000000);
        QCOMPARE(importHistory(m_store->database()).size(), 1);
        undoImport(*m_store, history.last().id);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM population")).toInt(), 0);
        QCOMPARE(scalar(*m_store, QStringLiteral("SELECT count(*) FROM population_used")).toInt(), 0);
        QVERIFY(afterA != afterNothing);
        // The file can be imported again after its undo (its SHA-256 is free again).
        QVERIFY(!importer.importFile(a).alreadyImported);
        QVERIFY_THROWS_EXCEPTION(OdemaError, undoImport(*m_store, 999));
    }
};

QTEST_GUILESS_MAIN(TestImportLogic)
#include "tst_import_logic.moc"
