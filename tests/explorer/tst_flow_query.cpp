// The filter-to-SQL builder on the real sample data: every figure is checked against a plain
// SQL statement written independently here.
#include "ExplorerTestStore.h"
#include "common/OdemaError.h"
#include "common/TextKey.h"
#include "query/FilterChoices.h"
#include "query/FlowQuery.h"
#include "query/PivotQuery.h"

#include <QtTest>

using namespace odema;

class TestFlowQuery : public QObject {
    Q_OBJECT
private:
    test::SampleStore s;
    qint64 hdf = 0;
    qint64 verts = 0;

    FlowFilter hdfVerts() const
    {
        FlowFilter f;
        f.territories << TerritorySelection{hdf, true};
        f.yearFrom = 2017;
        f.yearTo = 2021;
        f.streamIds << verts;
        return f;
    }
    qint64 sqlCount(const QString &where, const QVariantList &values = {}) const
    {
        return sql::scalar(s.db(), QStringLiteral("SELECT count(*) FROM flow f ") + where, values).toLongLong();
    }

private slots:
    void initTestCase()
    {
        s.build();
        hdf = s.territory(QStringLiteral("region:32"));
        verts = s.streamId(QStringLiteral("02C"));
        QVERIFY(sqlCount(QString()) > 1000);
    }

    void emptyFilterSelectsEverything()
    {
        FlowQuery q{FlowFilter{}};
        QVERIFY(q.where().sql.isEmpty());
        QCOMPARE(q.count(s.db()), sqlCount(QString()));
    }

    void likePatternIsLiteral()
    {
        QCOMPARE(FlowQuery::containsPattern(QStringLiteral("50%_a\\b")), QStringLiteral("%50\\%\\_a\\\\b%"));
        auto like = [this](const QString &value, const QString &text) {
            return sql::scalar(s.db(), QStringLiteral("SELECT ? LIKE ? ESCAPE '\\'"), {value, FlowQuery::containsPattern(text)}).toBool();
        };
        QVERIFY(like(QStringLiteral("taux 50% atteint"), QStringLiteral("50%")));
        QVERIFY(!like(QStringLiteral("taux 50 atteint"), QStringLiteral("50%")));
        QVERIFY(like(QStringLiteral("a_b"), QStringLiteral("_")));
        QVERIFY(!like(QStringLiteral("axb"), QStringLiteral("a_b")));
        QVERIFY(like(QStringLiteral("c:\\x"), QStringLiteral("\\")));
    }

    void hdfGreenWasteMatchesPlainSql()
    {
        const FlowQuery q(hdfVerts());
        const QString where = QStringLiteral(
            "JOIN territory_closure c ON c.descendant_id = f.territory_id WHERE c.ancestor_id = ? AND f.year BETWEEN 2017 AND 2021 "
            "AND f.stream_id = ?");
        const qint64 expected = sqlCount(where, {hdf, verts});
        QVERIFY(expected > 0);
        QCOMPARE(q.count(s.db()), expected);
        const FlowTotals t = q.totals(s.db());
        QCOMPARE(t.rows, expected);
        const qint64 collecte = sql::scalar(s.db(), QStringLiteral("SELECT coalesce(sum(f.grams), 0) FROM flow f ") + where
                                                        + QStringLiteral(" AND f.kind = 'collecte'"), {hdf, verts}).toLongLong();
        QCOMPARE(t.collecteGrams, collecte);
        QCOMPARE(q.rows(s.db(), 0, 0).size(), int(expected));
        for (const FlowRecord &r : q.rows(s.db(), 0, 0)) {
            QVERIFY(r.year >= 2017 && r.year <= 2021);
            QCOMPARE(r.stream, QStringLiteral("Déchets verts"));
        }
    }

    void territoryWithoutChildren()
    {
        FlowFilter f = hdfVerts();
        f.territories = {TerritorySelection{hdf, false}};
        QCOMPARE(FlowQuery(f).count(s.db()), sqlCount(QStringLiteral("WHERE f.territory_id = ? AND f.year BETWEEN 2017 AND 2021 "
                                                                     "AND f.stream_id = ?"), {hdf, verts}));
        const qint64 nord = s.territory(QStringLiteral("departement:59"));
        f.territories = {TerritorySelection{nord, false}};
        const qint64 n = FlowQuery(f).count(s.db());
        QVERIFY(n > 0);
        QCOMPARE(n, sqlCount(QStringLiteral("WHERE f.territory_id = ? AND f.year BETWEEN 2017 AND 2021 AND f.stream_id = ?"),
                             {nord, verts}));
    }

    void textIgnoresCaseAndAccents()
    {
        // Streams whose folded label contains "dechets verts", found in C++ without LIKE.
        QList<qint64> ids;
        for (const Choice &c : FilterChoices::load(s.db()).streams)
            if (foldKey(c.label).contains(QLatin1String("dechets verts")))
                ids << c.id;
        QVERIFY(!ids.isEmpty());
        QStringList marks;
        for (int i = 0; i < ids.size(); ++i)
            marks << QStringLiteral("?");
        QVariantList values;
        for (qint64 id : ids)
            values << id;
        const qint64 expected = sqlCount(QStringLiteral("WHERE f.stream_id IN (%1)").arg(marks.join(QLatin1Char(','))), values);
        for (const QString &text : {QStringLiteral("DÉCHETS  verts"), QStringLiteral("dechets-verts"), QStringLiteral("Déchets verts")}) {
            FlowFilter f;
            f.text = text;
            QCOMPARE(FlowQuery(f).count(s.db()), expected);
        }
    }

    void textMatchesTerritoryNamesAndCodes()
    {
        const qint64 pdc = s.territory(QStringLiteral("departement:62"));
        const qint64 expected = sqlCount(QStringLiteral("WHERE f.territory_id = ?"), {pdc});
        FlowFilter f;
        f.text = QStringLiteral("pas de CALAIS");
        QCOMPARE(FlowQuery(f).count(s.db()), expected);
        f.text = QStringLiteral("2A"); // Corse-du-Sud by its code (and any stream or mode code containing "2a")
        QVERIFY(FlowQuery(f).count(s.db()) >= sqlCount(QStringLiteral("WHERE f.territory_id = ?"),
                                                       {s.territory(QStringLiteral("departement:2A"))}));
    }

    void quotesAndSqlInTextAreLiteral()
    {
        FlowFilter f;
        f.text = QStringLiteral("'; DROP TABLE flow; --");
        QCOMPARE(FlowQuery(f).count(s.db()), 0);
        f.text = QStringLiteral("\" OR 1=1 --");
        QCOMPARE(FlowQuery(f).count(s.db()), 0);
        QVERIFY(sqlCount(QString()) > 1000); // still there
        // Only punctuation folds to nothing: no text filter, every row.
        f.text = QStringLiteral("%_%");
        QCOMPARE(FlowQuery(f).count(s.db()), sqlCount(QString()));
        f.text = QStringLiteral("l'Oise");
        QCOMPARE(FlowQuery(f).count(s.db()), sqlCount(QStringLiteral("WHERE f.territory_id IN (SELECT id FROM territory "
                                                                     "WHERE search_key LIKE '%l oise%')")));
    }

    void resolvedTextCountsLikeSubSelects()
    {
        // count() lists the ids the text matches; countStatement() keeps the sub-selects. "e"
        // matches more territories than are listed, which falls back to the sub-select.
        for (const QString &text : {QStringLiteral("nord"), QStringLiteral("e"), QStringLiteral("verts"), QStringLiteral("zzz")}) {
            FlowFilter f;
            f.text = text;
            f.yearFrom = 2012;
            const FlowQuery q(f);
            const SqlFragment subSelects = q.countStatement();
            QVERIFY(subSelects.sql.contains(QLatin1String("search_key LIKE")));
            QCOMPARE(q.count(s.db()), sql::scalar(s.db(), subSelects.sql, subSelects.values).toLongLong());
            QCOMPARE(qint64(q.rows(s.db(), 0, 0).size()), q.count(s.db()));
        }
    }

    void keysetContinuesLikeOffset_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (FlowColumn c : {FlowColumn::Count, FlowColumn::Tonnes, FlowColumn::Territory, FlowColumn::Mode,
                             FlowColumn::KgPerInhabitant, FlowColumn::Year}) {
            QTest::addRow("%s asc", qPrintable(c == FlowColumn::Count ? QStringLiteral("stockage") : flowColumnTitle(c))) << int(c) << false;
            QTest::addRow("%s desc", qPrintable(c == FlowColumn::Count ? QStringLiteral("stockage") : flowColumnTitle(c))) << int(c) << true;
        }
    }
    void keysetContinuesLikeOffset()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        FlowFilter f;
        f.yearFrom = 2015;
        const FlowQuery q(f, FlowSort{FlowColumn(column), descending ? Qt::DescendingOrder : Qt::AscendingOrder});
        const auto all = q.rows(s.db(), 0, 300);
        QCOMPARE(all.size(), 300);
        const auto first = q.rows(s.db(), 0, 120);
        const auto next = q.rows(s.db(), 0, 180, FlowKeyset{q.sortKey(first.last()), first.last().id});
        const auto byOffset = q.rows(s.db(), 120, 180);
        QCOMPARE(next.size(), 180);
        QCOMPARE(byOffset.size(), 180);
        for (int i = 0; i < 180; ++i) {
            QCOMPARE(next.at(i).id, all.at(120 + i).id);
            QCOMPARE(byOffset.at(i).id, all.at(120 + i).id);
        }
        if (FlowColumn(column) == FlowColumn::Tonnes)
            for (int i = 1; i < all.size(); ++i)
                QVERIFY(descending ? all.at(i - 1).tonnes >= all.at(i).tonnes : all.at(i - 1).tonnes <= all.at(i).tonnes);
    }

    void kgPerInhabitantEmptyWhenPopulationUnknown()
    {
        FlowFilter f;
        int known = 0, unknown = 0;
        FlowQuery(f).forEachRow(s.db(), [&](const FlowRecord &r) {
            const QVariant pop = sql::scalar(s.db(), QStringLiteral("SELECT p.population FROM flow f JOIN population_used p "
                                                                    "ON p.territory_id = f.territory_id AND p.year = f.year WHERE f.id = ?"), {r.id});
            if (pop.isValid() && pop.toLongLong() > 0) {
                ++known;
                QVERIFY(r.kgPerInhabitant.has_value());
                QCOMPARE(*r.kgPerInhabitant, double(r.grams) / 1000.0 / pop.toDouble());
            } else {
                ++unknown;
                QVERIFY(!r.kgPerInhabitant.has_value());
                QVERIFY(!r.value(FlowColumn::KgPerInhabitant).isValid());
            }
        });
        QVERIFY(known > 0);
        qInfo() << known << "rows with kg/hab," << unknown << "without";
    }

    void pivotMatchesTotals()
    {
        // Every stream of the région: several data sets (OMA, déchèteries…), never totalled.
        FlowFilter all;
        all.territories << TerritorySelection{hdf, true};
        const PivotTable mixed = computePivot(s.db(), all, PivotRows::Stream, PivotMeasure::Tonnes);
        QVERIFY(mixed.dataSets.size() > 1);
        QVERIFY(!mixed.grandTotal.has_value());
        QVERIFY(mixed.grandTotalNote.startsWith(QStringLiteral("pas de total")));
        for (const auto &c : mixed.columnTotals)
            QVERIFY(!c.has_value());
        QVERIFY(mixed.rowLabels.contains(QStringLiteral("Déchets verts · déchèteries par type de déchet")));

        // The déchèterie streams alone: one data set, totalled.
        FlowFilter f = all;
        QSqlQuery q = sql::exec(s.db(), QStringLiteral("SELECT id FROM waste_stream WHERE code LIKE '02%'"));
        while (q.next())
            f.streamIds << q.value(0).toLongLong();
        const PivotTable t = computePivot(s.db(), f, PivotRows::Stream, PivotMeasure::Tonnes);
        QCOMPARE(t.kind, FlowFilter::Kind::Collecte);
        FlowFilter collecte = f;
        collecte.kind = FlowFilter::Kind::Collecte;
        const FlowTotals totals = FlowQuery(collecte).totals(s.db());
        QCOMPARE(t.dataSets.size(), 1);
        QCOMPARE(totals.byDataSet.size(), 1);
        QVERIFY2(t.grandTotal.has_value(), qPrintable(t.grandTotalNote));
        QCOMPARE(*t.grandTotal, double(totals.collecteGrams) / 1e6);
        QCOMPARE(totals.byDataSet.first().grams, totals.collecteGrams);
        QVERIFY(t.rowLabels.contains(QStringLiteral("Déchets verts")));
        // A cell against plain SQL.
        const int row = t.rowLabels.indexOf(QStringLiteral("Déchets verts"));
        const int col = t.years.indexOf(2019);
        QVERIFY(col >= 0);
        const double cell = sql::scalar(s.db(), QStringLiteral(
            "SELECT coalesce(sum(f.grams), 0) / 1000000.0 FROM flow f JOIN territory_closure c ON c.descendant_id = f.territory_id "
            "WHERE c.ancestor_id = ? AND f.year = 2019 AND f.stream_id = ? AND f.kind = 'collecte'"), {hdf, verts}).toDouble();
        QCOMPARE(qRound64(*t.cells.at(row).at(col) * 100), qRound64(cell * 100));

        const PivotTable share = computePivot(s.db(), f, PivotRows::Stream, PivotMeasure::Share);
        double sum = 0;
        for (int r = 0; r < share.rowCount(); ++r)
            sum += share.cells.at(r).at(col).value_or(0);
        QVERIFY(qAbs(sum - 100.0) < 1e-9);
    }

    void pivotKgPerInhabitantByTerritory()
    {
        FlowFilter f;
        f.territories << TerritorySelection{hdf, true};
        f.streamIds << verts;
        f.kind = FlowFilter::Kind::Collecte;
        const PivotTable t = computePivot(s.db(), f, PivotRows::Territory, PivotMeasure::KgPerInhabitant);
        const int row = t.rowLabels.indexOf(QStringLiteral("Nord"));
        QVERIFY(row >= 0);
        const int col = t.years.indexOf(2019);
        const qint64 nord = s.territory(QStringLiteral("departement:59"));
        const double tonnes = sql::scalar(s.db(), QStringLiteral("SELECT coalesce(sum(grams), 0) / 1000000.0 FROM flow WHERE territory_id = ? AND year = 2019 "
                                                                 "AND stream_id = ? AND kind = 'collecte'"), {nord, verts}).toDouble();
        const double pop = sql::scalar(s.db(), QStringLiteral("SELECT population FROM population_used WHERE territory_id = ? AND year = 2019"),
                                       {nord}).toDouble();
        QVERIFY(pop > 0);
        QVERIFY(t.cells.at(row).at(col).has_value());
        QCOMPARE(*t.cells.at(row).at(col), tonnes * 1000.0 / pop);
    }

    void yearRanges()
    {
        int a = 0, b = 0;
        parseYearRange(QStringLiteral("2017-2021"), &a, &b);
        QCOMPARE(a, 2017);
        QCOMPARE(b, 2021);
        parseYearRange(QStringLiteral("2019"), &a, &b);
        QCOMPARE(a, 2019);
        QCOMPARE(b, 2019);
        parseYearRange(QStringLiteral("-2019"), &a, &b);
        QCOMPARE(a, 0);
        QCOMPARE(b, 2019);
        QVERIFY_THROWS_EXCEPTION(OdemaError, parseYearRange(QStringLiteral("2021-2017"), &a, &b));
        QVERIFY_THROWS_EXCEPTION(OdemaError, parseYearRange(QStringLiteral("deux mille"), &a, &b));
    }
};

QTEST_GUILESS_MAIN(TestFlowQuery)
#include "tst_flow_query.moc"
