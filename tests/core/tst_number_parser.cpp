#include "common/FrenchFormat.h"
#include "common/TextKey.h"
#include "import/NumberParser.h"
#include "territory/TerritoryLevel.h"

#include <QtTest>

using namespace odema;

class TestNumberParser : public QObject {
    Q_OBJECT
private slots:
    void numbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        QTest::newRow("decimal comma") << "1358,45" << true << 1358.45;
        QTest::newRow("decimal dot") << "282.71938" << true << 282.71938;
        QTest::newRow("integer") << "42" << true << 42.0;
        QTest::newRow("spaces") << "1 240 294,00" << true << 1240294.0;
        QTest::newRow("nbsp") << QString::fromUtf8("1\u00a0240\u00a0294,5") << true << 1240294.5;
        QTest::newRow("narrow nbsp") << QString::fromUtf8("12\u202f345,6") << true << 12345.6;
        QTest::newRow("dot groups comma decimal") << "1.240.294,00" << true << 1240294.0;
        QTest::newRow("comma groups dot decimal") << "1,240,294.25" << true << 1240294.25;
        QTest::newRow("dot groups only") << "1.240.294" << true << 1240294.0;
        QTest::newRow("negative") << "-3,5" << true << -3.5;
        QTest::newRow("exponent") << "1.5e3" << true << 1500.0;
        QTest::newRow("padded") << "  7,25 " << true << 7.25;
        QTest::newRow("empty") << "" << false << 0.0;
        QTest::newRow("word") << "douze" << false << 0.0;
        QTest::newRow("two decimal commas") << "1,2,3" << false << 0.0;
        QTest::newRow("bad groups") << "1.24.294" << false << 0.0;
        QTest::newRow("unit") << "12 t" << false << 0.0;
        QTest::newRow("nan") << "nan" << false << 0.0;
    }
    void numbers()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(double, value);
        const auto parsed = parseNumber(text);
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, value);
    }
    void years()
    {
        QCOMPARE(parseYear(u"2021").value_or(0), 2021);
        QCOMPARE(parseYear(u"2010.0").value_or(0), 2010);
        QVERIFY(!parseYear(u"2021,5"));
        QVERIFY(!parseYear(u""));
        QVERIFY(!parseYear(u"21"));
    }
    void frenchFormat()
    {
        QCOMPARE(formatTonnes(1412078.62), QString::fromUtf8("1\u202f412\u202f078,62\u00a0t"));
        QCOMPARE(formatNumber(-1.5, 1), QString::fromUtf8("\u22121,5"));
        QCOMPARE(formatPercent(58.3), QString::fromUtf8("58,3\u202f%"));
        QCOMPARE(formatInteger(5991088), QString::fromUtf8("5\u202f991\u202f088"));
    }
    void foldKeys()
    {
        QCOMPARE(foldKey(QStringLiteral("Emballages, journaux-magazines")), foldKey(QStringLiteral("EMBALLAGES. Journaux magazines")));
        QCOMPARE(foldKey(QStringLiteral("Hauts-de-France")), QStringLiteral("hauts de france"));
        QCOMPARE(foldKey(QStringLiteral("Œuvre d’Élise")), QStringLiteral("oeuvre d elise"));
    }
    void territoryRefs()
    {
        QCOMPARE(parseTerritoryRef(QStringLiteral("region:32")).toString(), QStringLiteral("region:32"));
        QCOMPARE(parseTerritoryRef(QStringLiteral("departement:1")).code, QStringLiteral("01"));
        QCOMPARE(parseTerritoryRef(QStringLiteral("departement:2a")).code, QStringLiteral("2A"));
        QCOMPARE(parseTerritoryRef(QStringLiteral("France")).level, Level::France);
        QVERIFY_THROWS_EXCEPTION(std::exception, parseTerritoryRef(QStringLiteral("canton:12")));
        QVERIFY(!looksLikeTerritoryRef(QStringLiteral("Nord")));
    }
};

QTEST_GUILESS_MAIN(TestNumberParser)
#include "tst_number_parser.moc"
