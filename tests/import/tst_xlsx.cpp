// .xlsx import: a workbook shaped like INSEE/ADEME downloads (notes sheet, titles above a header
// on row 6) and one written by libxlsxwriter, read with the same layouts and checks as CSV.
#include "ImportTestUtil.h"
#include "common/OdemaError.h"
#include "import/ImportPreview.h"
#include "import/Importer.h"
#include "import/XlsxReader.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using namespace odema::test;

namespace {
QStringList recordTexts(const CsvRecord &r)
{
    QStringList out;
    for (QStringView f : r.fields)
        out << f.toString();
    return out;
}
} // namespace

class TestXlsx : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void sheetsAndCells()
    {
        XlsxWorkbook workbook(importFixture(QStringLiteral("sinoe_titres_ligne6.xlsx")), QStringLiteral("f.xlsx"));
        QCOMPARE(workbook.sheetNames(), (QStringList{QStringLiteral("Notes"), QStringLiteral("Données")}));
        auto records = workbook.openSheet(QStringLiteral("Données"));
        CsvRecord r;
        QVERIFY(records->next(r));
        QCOMPARE(r.line, 1);
        QCOMPARE(recordTexts(r), QStringList{QStringLiteral("Tonnages collectés en déchèterie")});
        QVERIFY(records->next(r));
        QVERIFY(records->next(r));
        QCOMPARE(r.line, 4); // empty rows are skipped, numbers kept
        QVERIFY(records->next(r));
        QCOMPARE(r.line, 6);
        QCOMPARE(r.fields.size(), size_t(9));
        QVERIFY(records->next(r));
        QCOMPARE(r.line, 7);
        QCOMPARE(recordTexts(r), (QStringList{QStringLiteral("2021"), QStringLiteral("32"), QStringLiteral("Hauts-de-France"),
                                              QStringLiteral("02"), QStringLiteral("Aisne"), QStringLiteral("02A"),
                                              QStringLiteral("Déchets dangereux"), QStringLiteral("1358.45"), QStringLiteral("2021-12-31")}));
        QVERIFY(records->next(r));
        QCOMPARE(r.fields.at(7).toString(), QStringLiteral("1234.5")); // a formula's cached value
        QVERIFY_THROWS_EXCEPTION(OdemaError, workbook.openSheet(QStringLiteral("Absente")));
    }

    void previewFindsHeaderOnRow6()
    {
        ImportOptions options;
        options.sheet = QStringLiteral("Données");
        const ImportPreview p = previewFile(importFixture(QStringLiteral("sinoe_titres_ligne6.xlsx")), options);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.kind, FileKind::Xlsx);
        QCOMPARE(p.sheets.size(), 2);
        QCOMPARE(p.headerLine, 6);
        QVERIFY(p.match);
        QCOMPARE(p.match->layout, Layout::SinoeDepartement);
        QCOMPARE(p.rows.size(), 6);
        QCOMPARE(p.lines.first(), 7);
        QCOMPARE(p.rows.first().at(3).text, QStringLiteral("02"));
        QCOMPARE(p.rows.at(5).at(7).number, 2500.5); // inline string "2500,5"
        // The first sheet has no table: no layout, and the preview says what it found.
        const ImportPreview notes = previewFile(importFixture(QStringLiteral("sinoe_titres_ligne6.xlsx")), {});
        QVERIFY(!notes.match);
        QCOMPARE(notes.sheet, QStringLiteral("Notes"));
    }

    void importsLikeCsv()
    {
        auto store = Store::open(m_dir.filePath(QStringLiteral("x.sqlite")), Store::OpenMode::CreateIfMissing);
        Importer importer(*store);
        ImportOptions options;
        options.sheet = QStringLiteral("Données");
        const ImportReport r = importer.importFile(importFixture(QStringLiteral("sinoe_titres_ligne6.xlsx")), options);
        QCOMPARE(r.rowsStored, 6);
        QCOMPARE(r.headerLine, 6);
        QCOMPARE(r.encoding, QStringLiteral("XLSX"));
        QCOMPARE(r.totalGrams, qint64(1358450000) + 1234500000 + 4021000000 + 80250750000 + 1500000000 + 2500500000);
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM territory WHERE level = 'departement' AND code IN ('02', '59', '60')")).toInt(), 3);
        // Same bytes again: recognised by SHA-256.
        QVERIFY(importer.importFile(importFixture(QStringLiteral("sinoe_titres_ligne6.xlsx")), options).alreadyImported);
    }

    void problemsAtSheetRows()
    {
        // A workbook written by libxlsxwriter: shared strings, numbers, a formula, a date; row 3 is bad.
        const QString path = m_dir.filePath(QStringLiteral("written.xlsx"));
        QCOMPARE(QProcess::execute(QStringLiteral(ODEMA_XLSXWRITER_FIXTURE), {path}), 0);

        XlsxWorkbook workbook(path, QStringLiteral("written.xlsx"));
        auto records = workbook.openSheet(QString());
        CsvRecord r;
        QVERIFY(records->next(r));
        QVERIFY(records->next(r));
        QCOMPARE(recordTexts(r), (QStringList{QStringLiteral("2022"), QStringLiteral("200093201"), QStringLiteral("Verre"),
                                              QStringLiteral("30000"), QStringLiteral("2023-03-01")}));

        auto store = Store::open(m_dir.filePath(QStringLiteral("w.sqlite")), Store::OpenMode::CreateIfMissing);
        Importer importer(*store);
        ImportOptions check;
        check.checkOnly = true;
        const ImportReport checked = importer.importFile(path, check);
        QCOMPARE(checked.layoutId, QStringLiteral("odema-epci"));
        QCOMPARE(checked.problemCount, 1);
        QCOMPARE(checked.problems.first().line, 3);
        QCOMPARE(checked.problems.first().column, 2);
        try {
            importer.importFile(path);
            QFAIL("a bad row must refuse the workbook");
        } catch (const OdemaError &e) {
            QVERIFY2(e.details().join(QLatin1Char('\n')).contains(QStringLiteral("written.xlsx:3:2: SIREN")), qPrintable(e.details().join(QLatin1Char('\n'))));
        }
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM flow")).toInt(), 0);
    }

    void brokenWorkbooksAreRefused()
    {
        const QString truncated = m_dir.filePath(QStringLiteral("tronque.xlsx"));
        QFile source(importFixture(QStringLiteral("sinoe_titres_ligne6.xlsx")));
        QVERIFY(source.open(QIODevice::ReadOnly));
        QVERIFY(writeFile(truncated, source.readAll().left(1500)));
        QVERIFY_THROWS_EXCEPTION(OdemaError, XlsxWorkbook(truncated, QStringLiteral("tronque.xlsx")));
        const ImportPreview p = previewFile(truncated, {});
        QVERIFY(p.error.contains(QStringLiteral("xlsx")));
        const QString old = m_dir.filePath(QStringLiteral("ancien.xls"));
        QVERIFY(writeFile(old, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0')));
        QVERIFY(previewFile(old, {}).error.contains(QStringLiteral(".xls")));
    }

    void damagedEntryIsRefusedNotLoopedOn()
    {
        // Found by fuzz_xlsx_reader: a shared-strings entry whose CRC does not match. Every read
        // of it fails, which the XML reader took for data still to come: the import spun forever.
        const QString damaged = QStringLiteral(ODEMA_FUZZ_CORPUS_DIR "/xlsx_damaged_shared_strings_crc.xlsx");
        QString message;
        try {
            XlsxWorkbook(damaged, QStringLiteral("abime.xlsx"));
        } catch (const OdemaError &e) {
            message = e.message();
        }
        QVERIFY2(message.contains(QStringLiteral("abime.xlsx")) && message.contains(QStringLiteral("sharedStrings")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestXlsx)
#include "tst_xlsx.moc"
