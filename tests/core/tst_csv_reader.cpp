#include "common/OdemaError.h"
#include "import/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using namespace odema;

namespace {

struct Parsed {
    TextEncoding encoding;
    QChar delimiter;
    QList<QStringList> rows;
    QList<qint64> lines;
};

Parsed parseBytes(const QByteArray &bytes)
{
    Parsed p;
    p.encoding = detectEncoding(bytes.left(1 << 20), true);
    QStringDecoder decoder(p.encoding.codec.constData());
    const QString head = decoder.decode(QByteArrayView(bytes).sliced(p.encoding.bomLength));
    p.delimiter = sniffDelimiter(head);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, {p.encoding, p.delimiter}, QStringLiteral("test.csv"));
    CsvRecord record;
    while (reader.next(record)) {
        QStringList fields;
        for (QStringView f : record.fields)
            fields << f.toString();
        p.rows << fields;
        p.lines << record.line;
    }
    return p;
}

Parsed parseFixture(const QString &name)
{
    QFile file(QStringLiteral(ODEMA_TEST_DATA_DIR "/import/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return parseBytes(file.readAll());
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private slots:
    void windows1252()
    {
        const Parsed p = parseFixture(QStringLiteral("cp1252_semicolon_crlf.csv"));
        QCOMPARE(p.encoding.name, QStringLiteral("Windows-1252"));
        QCOMPARE(p.delimiter, QLatin1Char(';'));
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.rows.at(1).at(6), QStringLiteral("Déchets d’œuvres d’art (€)"));
        QCOMPARE(p.rows.at(1).at(7), QStringLiteral("1 234,50")); // no trailing \r from CRLF
        QCOMPARE(p.rows.at(2).at(7), QStringLiteral("10,25"));
    }
    void utf8BomQuoted()
    {
        const Parsed p = parseFixture(QStringLiteral("utf8_bom_quoted_dot.csv"));
        QCOMPARE(p.encoding.name, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(p.delimiter, QLatin1Char(','));
        QCOMPARE(p.rows.at(0).at(0), QStringLiteral("ANNEE")); // BOM stripped
        QCOMPARE(p.rows.at(1).at(6), QStringLiteral("Matériaux, recyclables")); // quoted delimiter
        QCOMPARE(p.rows.at(2).at(3), QStringLiteral("2A"));
        QCOMPARE(p.rows.at(2).at(6), QStringLiteral("Déchets \"verts\""));
    }
    void emptyLinesAndNoFinalNewline()
    {
        const Parsed p = parseFixture(QStringLiteral("semicolon_nbsp_no_final_newline.csv"));
        QCOMPARE(p.rows.size(), 4);
        QCOMPARE(p.lines, (QList<qint64>{1, 2, 4, 6})); // physical lines, blank ones skipped
        QCOMPARE(p.rows.at(3).at(7), QStringLiteral("7,5"));
        QCOMPARE(p.rows.at(1).at(7), QString::fromUtf8("1\u00a0240\u00a0294,00"));
    }
    void tabDelimiter()
    {
        QCOMPARE(parseFixture(QStringLiteral("tab_treatment.csv")).delimiter, QLatin1Char('\t'));
    }
    void multilineQuotedFieldCountsLines()
    {
        const Parsed p = parseBytes("a;b\n\"x\ny\";2\nz;3\n");
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.rows.at(1).at(0), QStringLiteral("x\ny"));
        QCOMPARE(p.lines.at(2), 4);
    }
    void trailingEmptyField()
    {
        const Parsed p = parseBytes("a,b,c\n1,2,\n3,4,");
        QCOMPARE(p.rows.at(1), (QStringList{"1", "2", ""}));
        QCOMPARE(p.rows.at(2), (QStringList{"3", "4", ""}));
    }
    void recordsSpanningBlocks()
    {
        // Larger than the reader's 1 MiB block: records cut at block ends must come out whole.
        QByteArray bytes("annee;code;label;valeur\n");
        for (int i = 0; i < 60000; ++i)
            bytes += QByteArray("2021;") + QByteArray::number(i) + ";\"libellé ; n° " + QByteArray::number(i) + "\";" + QByteArray::number(i) + ",5\n";
        const Parsed p = parseBytes(bytes);
        QCOMPARE(p.rows.size(), 60001);
        QCOMPARE(p.rows.last().at(2), QStringLiteral("libellé ; n° 59999"));
        QCOMPARE(p.rows.at(40000).at(3), QStringLiteral("39999,5"));
    }
    void unterminatedQuoteFails()
    {
        try {
            parseFixture(QStringLiteral("truncated_quote.csv"));
            QFAIL("an unterminated quote must be refused");
        } catch (const OdemaError &e) {
            QVERIFY2(e.message().startsWith(QStringLiteral("test.csv:2:7:")), qPrintable(e.message()));
        }
    }
    void mixedEncodingFails()
    {
        QByteArray bytes("a;b\n");
        for (int i = 0; i < 300000; ++i)
            bytes += "x;é\n"; // valid UTF-8 head…
        bytes += "y;\xE9\n";   // …then a Windows-1252 byte past the sniffed head
        try {
            parseBytes(bytes);
            QFAIL("mixed encodings must be refused");
        } catch (const OdemaError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("encodages mélangés")), qPrintable(e.message()));
        }
    }
    void hugeFieldFails()
    {
        QByteArray bytes("a;b\n1;\"");
        bytes += QByteArray(CsvReader::kMaxFieldLength + 10, 'x');
        bytes += "\"\n";
        QVERIFY_THROWS_EXCEPTION(OdemaError, parseBytes(bytes));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csv_reader.moc"
