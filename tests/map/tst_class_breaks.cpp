// Class breaks against values computed by hand (comments give the working).
#include "common/OdemaError.h"
#include "geo/ClassBreaks.h"
#include "geo/MapPalette.h"

#include <QtTest>

using namespace odema;
using namespace odema::geo;

class TestClassBreaks : public QObject {
    Q_OBJECT
private slots:
    void equalIntervals()
    {
        // min 0, max 100, 4 classes: width 25.
        const auto b = computeBreaks({0, 10, 20, 55, 100, 70}, 4, BreakMethod::EqualIntervals);
        QCOMPARE(b, (std::vector<double>{0, 25, 50, 75, 100}));
        QCOMPARE(classOf(b, 0), 0);
        QCOMPARE(classOf(b, 25), 0);   // upper bound inclusive
        QCOMPARE(classOf(b, 25.1), 1);
        QCOMPARE(classOf(b, 100), 3);
    }

    void quantiles()
    {
        // 1..9 sorted, 3 classes: positions 1/3·8 = 2.667 -> 3 + 0.667·1 = 3.667; 2/3·8 = 5.333 -> 6.333.
        const auto b = computeBreaks({9, 1, 8, 2, 7, 3, 6, 4, 5}, 3, BreakMethod::Quantiles);
        QCOMPARE(int(b.size()), 4);
        QCOMPARE(b[0], 1.0);
        QVERIFY(std::abs(b[1] - 11.0 / 3.0) < 1e-9);
        QVERIFY(std::abs(b[2] - 19.0 / 3.0) < 1e-9);
        QCOMPARE(b[3], 9.0);
        // The 5 départements of HdF, tonnes 2021: quartiles of 149 162.47, 175 099.82, 217 001.84, 363 554.50, 641 071.69
        // positions 1, 2, 3 -> the middle three values exactly.
        const auto hdf = computeBreaks({149162.47, 641071.69, 217001.84, 363554.50, 175099.82}, 4, BreakMethod::Quantiles);
        QCOMPARE(hdf, (std::vector<double>{149162.47, 175099.82, 217001.84, 363554.50, 641071.69}));
    }

    void jenks()
    {
        // Three obvious groups: the optimal partition puts each in its own class.
        const auto b = computeBreaks({1, 2, 3, 10, 11, 12, 30, 31, 32}, 3, BreakMethod::Jenks);
        QCOMPARE(b, (std::vector<double>{1, 3, 12, 32}));
        // {1,2,4,5,7,8}, 2 classes: splitting after 4 gives SSD 4.667 + 4.667 = 9.33; after 2: 0.5 + 10 = 10.5;
        // after 5: 10 + 0.5 = 10.5. So the bound is 4.
        const auto upper = jenksUpperBounds({1, 2, 4, 5, 7, 8}, 2);
        QCOMPARE(upper, (std::vector<double>{4, 8}));
    }

    void equalValuesMerge()
    {
        // Quantile bounds that coincide are merged: fewer classes, never an empty one.
        const auto b = computeBreaks({5, 5, 5, 5, 9}, 4, BreakMethod::Quantiles);
        QCOMPARE(b, (std::vector<double>{5, 9}));
        const auto one = computeBreaks({7, 7}, 3, BreakMethod::Jenks);
        QCOMPARE(one, (std::vector<double>{7, 7}));
        QCOMPARE(classOf(one, 7), 0);
        QVERIFY(computeBreaks({}, 5, BreakMethod::Quantiles).empty());
    }

    void classCountChecked()
    {
        QVERIFY_THROWS_EXCEPTION(OdemaError, computeBreaks({1, 2, 3}, 2, BreakMethod::Quantiles));
        QVERIFY_THROWS_EXCEPTION(OdemaError, computeBreaks({1, 2, 3}, 10, BreakMethod::EqualIntervals));
        QCOMPARE(breakMethodFromKey(QStringLiteral("jenks")), BreakMethod::Jenks);
        QVERIFY(!breakMethodFromKey(QStringLiteral("kmeans")));
    }

    void palettes()
    {
        for (int k = 3; k <= 9; ++k)
            QCOMPARE(sequentialPalette(k).size(), k);
        // Light to dark.
        const auto five = sequentialPalette(5);
        QVERIFY(five.first().lightness() > five.last().lightness());
        // Diverging: a fall is blue, a rise red, the class holding zero near white.
        const auto d = divergingPalette({-20, -5, 5, 20});
        QCOMPARE(d.size(), 3);
        QVERIFY(d.at(0).blue() > d.at(0).red());
        QVERIFY(d.at(2).red() > d.at(2).blue());
        QVERIFY(d.at(1).lightness() > 240);
    }
};

QTEST_GUILESS_MAIN(TestClassBreaks)
#include "tst_class_breaks.moc"
