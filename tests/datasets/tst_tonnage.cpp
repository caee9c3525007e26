// Exact tonnes: decimal text to integer grams without a binary fraction, sums in integers,
// one rounding at display, half away from zero (issue 12, item 7).
#include "common/Tonnage.h"

#include <QtTest>

using namespace odema;

class TestTonnage : public QObject {
    Q_OBJECT

private slots:
    void parsesWhatRealFilesWrite_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("grams");
        QTest::addColumn<bool>("rounded");
        QTest::newRow("SINOE14 quoted comma") << "1358,45" << qint64(1358450000) << false;
        QTest::newRow("5 decimals") << "282.71938" << qint64(282719380) << false;
        QTest::newRow("groups") << "1 240 294,00" << qint64(1240294000000) << false;
        QTest::newRow("dot groups") << "1.240.294,5" << qint64(1240294500000) << false;
        QTest::newRow("exponent") << "1.5e3" << qint64(1500000000) << false;
        QTest::newRow("a gram") << "0,000001" << qint64(1) << false;
        QTest::newRow("below half a gram") << "0.0000004" << qint64(0) << true;
        QTest::newRow("half a gram, away from zero") << "0.0000005" << qint64(1) << true;
        QTest::newRow("negative half") << "-2.0000005" << qint64(-2000001) << true;
        QTest::newRow("leading zeros") << "000012.5" << qint64(12500000) << false;
        QTest::newRow("whole") << "16439903" << qint64(16439903000000) << false;
    }
    void parsesWhatRealFilesWrite()
    {
        QFETCH(QString, text);
        QFETCH(qint64, grams);
        QFETCH(bool, rounded);
        const auto parsed = parseTonnesAsGrams(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->grams, grams);
        QCOMPARE(parsed->rounded, rounded);
    }
    void refusesWhatIsNotATonnage()
    {
        QVERIFY(!parseTonnesAsGrams(QStringLiteral("12,5 t")));
        QVERIFY(!parseTonnesAsGrams(QStringLiteral("")));
        QVERIFY(!parseTonnesAsGrams(QStringLiteral("1e40"))); // beyond kMaxGrams: never an overflow
        QVERIFY(!parseTonnesAsGrams(QStringLiteral("99999999999999")));
    }
    void sumIsExactWhereDoublesAreNot()
    {
        // 0,1 t ten times: a double sum is not 1, the gram sum is.
        double d = 0;
        qint64 g = 0;
        for (int i = 0; i < 10; ++i) {
            d += 0.1;
            g += parseTonnesAsGrams(QStringLiteral("0,1"))->grams;
        }
        QVERIFY(d != 1.0);
        QCOMPARE(g, kGramsPerTonne);
    }
    void roundsOnceHalfAwayFromZero()
    {
        QCOMPARE(formatGrams(16439903500000, 0), QStringLiteral("16\u202F439\u202F904"));
        QCOMPARE(formatGramsAsTonnes(16439903500000), QStringLiteral("16\u202F439\u202F903,50\u00A0t"));
        QCOMPARE(formatGrams(-16439903500000, 0), QStringLiteral("\u221216\u202F439\u202F904"));
        QCOMPARE(formatGrams(1330412345000, 2), QStringLiteral("1\u202F330\u202F412,35")); // ,345 -> ,35
        QCOMPARE(formatGrams(4999, 2), QStringLiteral("0,00"));
        QCOMPARE(formatGrams(5000, 2), QStringLiteral("0,01"));
        QCOMPARE(roundGrams(-5000, 2), qint64(-10000));
        QCOMPARE(exactTonnesText(16439903500000), QStringLiteral("16439903.5"));
        QCOMPARE(exactTonnesText(-10), QStringLiteral("-0.00001"));
        QCOMPARE(exactTonnesText(kGramsPerTonne), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestTonnage)
#include "tst_tonnage.moc"
