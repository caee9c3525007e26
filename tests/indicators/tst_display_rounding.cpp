// Figures are rounded once, at display, half away from zero: the same text wherever a figure
// is printed (PDF, HTML, command line), from the exact value when there is one.
#include "common/FrenchFormat.h"

#include <QtTest>

using namespace odema;

namespace {
QString fr(const char *utf8) { return QString::fromUtf8(utf8); }
}

class TestDisplayRounding : public QObject {
    Q_OBJECT
private slots:
    void halfAwayFromZero_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("text");
        QTest::newRow("tie up") << 0.125 << 2 << fr("0,13");
        QTest::newRow("tie negative") << -0.125 << 2 << fr("\u22120,13");
        // 2.675 is 2.67499999… in binary: printf gives 2.67; the figure written 2,675 is a tie.
        QTest::newRow("binary tie") << 2.675 << 2 << fr("2,68");
        QTest::newRow("half integer") << 2.5 << 0 << fr("3");
        QTest::newRow("negative half integer") << -2.5 << 0 << fr("\u22123");
        QTest::newRow("carry") << 999.995 << 2 << fr("1\u202f000,00");
        QTest::newRow("exact cents") << 16439903.5 << 2 << fr("16\u202f439\u202f903,50");
        QTest::newRow("no minus zero") << -0.004 << 2 << fr("0,00");
        QTest::newRow("42,86 % to one decimal") << 42.8571 << 1 << fr("42,9");
        QTest::newRow("large") << 1234567890.125 << 2 << fr("1\u202f234\u202f567\u202f890,13");
    }
    void halfAwayFromZero()
    {
        QFETCH(double, value);
        QFETCH(int, decimals);
        QFETCH(QString, text);
        QCOMPARE(formatNumber(value, decimals), text);
    }

    void exactQuotients()
    {
        // France 2021 déchèteries: 16 439 903,50 t exactly (integer grams), never …903 or …904.
        QCOMPARE(formatQuotient(16439903500000LL, 1000000, 2), fr("16\u202f439\u202f903,50"));
        QCOMPARE(formatQuotient(16439903500000LL, 1000000, 0), fr("16\u202f439\u202f904"));
        // Nord 2019, DMA hors gravats: 1 330 412,34 t / 2 608 346 inhabitants (kg/hab = g / 1 000 / hab).
        QCOMPARE(formatQuotient(1330412340000LL, 1000LL * 2608346, 2), fr("510,06"));
        // An exact tie in integers: 1/8 = 0,125 -> 0,13; −1/8 -> −0,13.
        QCOMPARE(formatQuotient(1, 8, 2), fr("0,13"));
        QCOMPARE(formatQuotient(-1, 8, 2), fr("\u22120,13"));
        QCOMPARE(formatQuotient(1, -8, 2), fr("\u22120,13"));
        QCOMPARE(formatQuotient(0, 5, 1), fr("0,0"));
        QCOMPARE(formatQuotient(2, 3, 0), fr("1"));
        QVERIFY(formatQuotient(1, 0, 2).isEmpty());
        // No overflow for large numerators scaled by 10^decimals.
        QCOMPARE(formatQuotient(9000000000000000000LL, 3, 2), fr("3\u202f000\u202f000\u202f000\u202f000\u202f000\u202f000,00"));
    }

    void signs()
    {
        // A gauge or a change keeps its sign: "+4,2 %", "−1,5 %", nothing for zero.
        QCOMPARE(formatSignedPercent(4.2), fr("+4,2\u202f%"));
        QCOMPARE(formatSignedPercent(-1.46), fr("\u22121,5\u202f%"));
        QCOMPARE(formatSignedPercent(0.04), fr("0,0\u202f%"));
        QCOMPARE(formatSigned(-2.05, 1, QStringLiteral("pt")), fr("\u22122,1\u00a0pt"));
        QCOMPARE(formatSigned(12345.5, 0, QStringLiteral("t")), fr("+12\u202f346\u00a0t"));
    }
};

QTEST_APPLESS_MAIN(TestDisplayRounding)
#include "tst_display_rounding.moc"
