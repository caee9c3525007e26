// Files that are huge, truncated, with very long fields or mixed encodings: refused or read
// with a message naming line and column, in bounded memory, the store untouched.
#include "TestStores.h"
#include "ImportTestUtil.h"
#include "common/OdemaError.h"
#include "import/ImportPreview.h"
#include "import/Importer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using namespace odema::test;

namespace {
QString importError(Store &store, const QString &path)
{
    try {
        Importer(store).importFile(path);
    } catch (const OdemaError &e) {
        return e.message() + QLatin1Char('\n') + e.details().join(QLatin1Char('\n'));
    }
    return QString();
}
} // namespace

class TestBadInput : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void hugeSparseFile()
    {
        // 1 GB: a valid head, then a hole of zero bytes (sparse: nothing is written to disk).
        const QString path = m_dir.filePath(QStringLiteral("enorme.csv"));
        QVERIFY(writeFile(path, "ANNEE;C_DEPT;C_TYP_REG_DECHET;TONNAGE_T\n2021;59;02A;10\n"));
        QVERIFY(QFile::resize(path, qint64(1) << 30));
        // The zeros in the head make it binary: refused at once, from the head alone.
        const ImportPreview p = previewFile(path, {});
        QVERIFY2(p.error.contains(QStringLiteral("binaire")), qPrintable(p.error));
        auto store = Store::open(test::newStoreLocation(m_dir, QStringLiteral("h.sqlite")), Store::OpenMode::CreateIfMissing);
        const QString before = fingerprint(*store);
        const QString error = importError(*store, path);
        // The first NUL is on line 3 (after the header and one row): said there, not at 1:1.
        QVERIFY2(error.contains(QStringLiteral("enorme.csv:3:1: octet nul (0x00) : fichier binaire")), qPrintable(error));
        QCOMPARE(fingerprint(*store), before);
    }

    void percentInFileNamesKeptInMessages()
    {
        // URL-encoded download names carry %2C, %20…: chained QString::arg() calls substituted
        // into the name itself ("SINOE%2Cdept.csv:12:3" became "SINOE12Cdept.csv:12:3").
        auto store = Store::open(m_dir.filePath(QStringLiteral("pct.sqlite")), Store::OpenMode::CreateIfMissing);
        const QDir dir(m_dir.path());
        struct Case {
            const char *name;
            QByteArray bytes;
            const char *expected; // after the name
        };
        const Case cases[] = {
            {"SINOE%2Cdept.csv", "ANNEE;C_DEPT;C_TYP_REG_DECHET;TONNAGE_T\n2021;59;02C;douze\n", ":2:4:"},    // a problem line
            {"SINOE%1%2dept.csv", "ANNEE;C_DEPT;C_TYP_REG_DECHET;TONNAGE_T\n2021;59;\"02C;5\n", ":2:"}, // the reader's error
            {"Tonnages%20%2C%31.csv", "rien;de;connu\n1;2;3\n", ""},                                 // unknown layout
            {"epci%2Cliste.json", "{\"a\": [1, 2,}", ":1:"},                                            // invalid JSON
        };
        for (const Case &c : cases) {
            const QString name = QString::fromUtf8(c.name);
            const QString path = dir.filePath(name);
            QVERIFY(writeFile(path, c.bytes));
            const QString error = importError(*store, path);
            QVERIFY2(error.contains(name + QLatin1String(c.expected)), qPrintable(name + QStringLiteral(" → ") + error));
        }
        // The header line asked beyond the end of the file.
        ImportOptions far;
        far.headerLine = 40;
        try {
            Importer(*store).importFile(dir.filePath(QStringLiteral("SINOE%2Cdept.csv")), far);
            QFAIL("imported");
        } catch (const OdemaError &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("SINOE%2Cdept.csv : ")), qPrintable(e.message()));
            QVERIFY2(e.message().contains(QStringLiteral("40")), qPrintable(e.message()));
        }
    }

    void longFieldsReadAndHugeFieldRefused()
    {
        auto store = Store::open(test::newStoreLocation(m_dir, QStringLiteral("l.sqlite")), Store::OpenMode::CreateIfMissing);
        const QString ok = m_dir.filePath(QStringLiteral("long.csv"));
        QVERIFY(writeFile(ok, "ANNEE;C_DEPT;C_TYP_REG_DECHET;L_TYP_REG_DECHET;TONNAGE_T\n2021;59;02Z;" + QByteArray(10000, 'x') + ";5\n"));
        QCOMPARE(Importer(*store).importFile(ok).rowsStored, 1);
        const QString bad = m_dir.filePath(QStringLiteral("geant.csv"));
        QVERIFY(writeFile(bad, "ANNEE;C_DEPT;C_TYP_REG_DECHET;TONNAGE_T\n2021;59;\"" + QByteArray(3 << 20, 'y') + "\";5\n"));
        const QString error = importError(*store, bad);
        QVERIFY2(error.contains(QStringLiteral("geant.csv:2:3")), qPrintable(error));
    }

    void truncatedMidLine()
    {
        auto store = Store::open(test::newStoreLocation(m_dir, QStringLiteral("t.sqlite")), Store::OpenMode::CreateIfMissing);
        const QString path = m_dir.filePath(QStringLiteral("coupe.csv"));
        QVERIFY(writeFile(path, "ANNEE;C_DEPT;C_TYP_REG_DECHET;TONNAGE_T\n2021;59;02A;10\n2021;6"));
        const QString error = importError(*store, path);
        QVERIFY2(error.contains(QStringLiteral("coupe.csv:3:3")), qPrintable(error));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM flow")).toInt(), 0);
    }

    void mixedEncodings()
    {
        // UTF-8 for 5 MB (past the detection head), then one Windows-1252 "é".
        QByteArray bytes("ANNEE;C_DEPT;C_TYP_REG_DECHET;L_TYP_REG_DECHET;TONNAGE_T\n");
        while (bytes.size() < (5 << 20))
            bytes += "2021;59;02C;D\xC3\xA9" "chets verts;10\n";
        bytes += "2021;59;02C;D\xE9" "chets verts;10\n";
        const QString path = m_dir.filePath(QStringLiteral("melange.csv"));
        QVERIFY(writeFile(path, bytes));
        auto store = Store::open(test::newStoreLocation(m_dir, QStringLiteral("m.sqlite")), Store::OpenMode::CreateIfMissing);
        const QString error = importError(*store, path);
        QVERIFY2(error.contains(QStringLiteral("encodages mélangés")), qPrintable(error));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT count(*) FROM flow")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
