// The explorer on the real sample data, offscreen: models under QAbstractItemModelTester, the
// window's filter of Hauts-de-France 2017–2021 "Déchets verts" against plain SQL, the copy,
// and (ODEMA_SCREENSHOT=file.png) a picture of the window.
#include "ExplorerTestStore.h"
#include "common/FrenchFormat.h"
#include "gui/MainWindow.h"
#include "gui/explorer/ExplorerView.h"
#include "gui/explorer/FilterBar.h"
#include "gui/explorer/FlowTableModel.h"
#include "gui/explorer/PivotModel.h"
#include "gui/explorer/TerritoryTreeModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QTableView>
#include <QTreeView>
#include <QtTest>

using namespace odema;
using namespace odema::gui;

class TestExplorerWindow : public QObject {
    Q_OBJECT
private:
    test::SampleStore s;

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("OdemaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_explorer_window"));
        QSettings().clear();
        s.build();
    }

    void flowModelUnderTester()
    {
        FlowTableModel model(s.path);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The first window and the totals come from two threads, in either order.
        QTRY_VERIFY_WITH_TIMEOUT(model.totalsKnown() && model.isUpToDate(), 10000);
        QVERIFY(model.countKnown());
        const qint64 all = sql::scalar(s.db(), QStringLiteral("SELECT count(*) FROM flow")).toLongLong();
        QCOMPARE(qint64(model.rowCount()), all);
        // A window far down loads on demand and matches the query.
        const int row = model.rowCount() - 5;
        model.ensureRowLoaded(row);
        QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(row), 10000);
        QVERIFY(model.index(row, int(FlowColumn::Tonnes)).data(FlowTableModel::RawValueRole).isValid());
        model.sort(int(FlowColumn::Tonnes), Qt::DescendingOrder);
        QVERIFY(!model.isUpToDate());
        QTRY_VERIFY_WITH_TIMEOUT(model.isUpToDate() && model.isRowLoaded(0), 10000);
        QVERIFY(model.countKnown()); // a sort keeps the count
        QCOMPARE(qint64(model.rowCount()), all);
        const double max = sql::scalar(s.db(), QStringLiteral("SELECT max(grams) / 1000000.0 FROM flow")).toDouble();
        QCOMPARE(model.index(0, int(FlowColumn::Tonnes)).data(FlowTableModel::RawValueRole).toDouble(), max);

        // Filter changes, one right after the other (the first one's count is then stale and
        // stopped), narrower then wider: the rows grow from the first window to the count.
        FlowFilter recent;
        recent.yearFrom = 2019;
        FlowFilter one;
        one.yearFrom = one.yearTo = 2015;
        model.setFilter(recent);
        model.setFilter(one);
        QTRY_VERIFY_WITH_TIMEOUT(model.isUpToDate() && model.totalsKnown(), 10000);
        QCOMPARE(qint64(model.rowCount()), sql::scalar(s.db(), QStringLiteral("SELECT count(*) FROM flow WHERE year = 2015")).toLongLong());
        QCOMPARE(model.index(0, int(FlowColumn::Year)).data(FlowTableModel::RawValueRole).toInt(), 2015);
        model.setFilter(FlowFilter{});
        QTRY_VERIFY_WITH_TIMEOUT(model.isUpToDate() && model.countKnown(), 10000);
        QCOMPARE(qint64(model.rowCount()), all);
    }

    void pivotAndTreeUnderTester()
    {
        PivotModel pivot(s.path);
        QAbstractItemModelTester t1(&pivot, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ready(&pivot, &PivotModel::ready);
        pivot.setRequest(FlowFilter{}, PivotRows::Stream, PivotMeasure::Tonnes);
        QVERIFY(ready.wait(10000));
        QVERIFY(pivot.rowCount() > 2);

        TerritoryTreeModel tree(s.db());
        QAbstractItemModelTester t2(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex france = tree.index(0, 0);
        if (tree.canFetchMore(france)) // the tester may have fetched it already
            tree.fetchMore(france);
        QVERIFY(tree.rowCount(france) >= 13);
        tree.setSearch(QStringLiteral("hauts de FRANCE"));
        QVERIFY(tree.rowCount() >= 1);
        QCOMPARE(tree.index(0, 0).data(TerritoryTreeModel::RefRole).toString(), QStringLiteral("region:32"));
        tree.setSearch(QStringLiteral("2a"));
        QVERIFY(tree.indexOfId(s.territory(QStringLiteral("departement:2A"))).isValid());
        tree.setSearch(QString());
        const QModelIndex nord = tree.revealId(s.territory(QStringLiteral("departement:59")));
        QVERIFY(nord.isValid());
        QCOMPARE(nord.data().toString(), QStringLiteral("Nord"));
    }

    void opensOnHautsDeFranceThenWhereTheUserLeft()
    {
        QSettings().clear(); // a first start: nothing saved for this store
        const qint64 hdf = s.territory(QStringLiteral("region:32"));
        const qint64 nord = s.territory(QStringLiteral("departement:59"));
        {
            MainWindow window(Store::open(s.path, Store::OpenMode::ReadWrite));
            window.show();
            ExplorerView *view = window.explorer();
            QTreeView *tree = view->territoryView();
            const QModelIndexList selected = tree->selectionModel()->selectedRows();
            QCOMPARE(selected.size(), 1);
            QCOMPARE(selected.first().data(TerritoryTreeModel::RefRole).toString(), QStringLiteral("region:32"));
            QVERIFY(tree->isExpanded(selected.first())); // its départements in view
            QCOMPARE(tree->model()->rowCount(selected.first()), 5);
            QCOMPARE(view->currentFilter().territories.size(), 1);
            QCOMPARE(view->currentFilter().territories.first().territoryId, hdf);
            QTRY_VERIFY_WITH_TIMEOUT(view->tableModel()->isUpToDate() && view->tableModel()->countKnown(), 10000);
            const qint64 rows = sql::scalar(s.db(), QStringLiteral(
                "SELECT count(*) FROM flow f JOIN territory_closure c ON c.descendant_id = f.territory_id WHERE c.ancestor_id = ?"),
                {hdf}).toLongLong();
            QVERIFY(rows > 0);
            QCOMPARE(qint64(view->tableModel()->rowCount()), rows);

            view->selectTerritories({nord});
            window.close(); // saves the state
        }
        MainWindow again(Store::open(s.path, Store::OpenMode::ReadWrite));
        const QModelIndexList selected = again.explorer()->territoryView()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(TerritoryTreeModel::RefRole).toString(), QStringLiteral("departement:59"));
        QCOMPARE(again.explorer()->currentFilter().territories.first().territoryId, nord);
    }

    void windowHdfGreenWaste()
    {
        MainWindow window(Store::open(s.path, Store::OpenMode::ReadWrite));
        window.resize(1400, 820);
        window.show();
        ExplorerView *view = window.explorer();
        const qint64 hdf = s.territory(QStringLiteral("region:32"));
        const qint64 verts = s.streamId(QStringLiteral("02C"));
        view->selectTerritories({hdf});
        view->filterBar()->yearFromBox()->setCurrentIndex(view->filterBar()->yearFromBox()->findData(2017));
        view->filterBar()->yearToBox()->setCurrentIndex(view->filterBar()->yearToBox()->findData(2021));
        view->filterBar()->setStreamChecked(verts, true);
        QCOMPARE(view->currentFilter().streamIds, QList<qint64>{verts});
        QTRY_VERIFY_WITH_TIMEOUT(view->tableModel()->totalsKnown() && view->tableModel()->isUpToDate(), 10000);

        const QString where = QStringLiteral(
            " FROM flow f JOIN territory_closure c ON c.descendant_id = f.territory_id WHERE c.ancestor_id = ? "
            "AND f.year BETWEEN 2017 AND 2021 AND f.stream_id = ?");
        const qint64 rows = sql::scalar(s.db(), QStringLiteral("SELECT count(*)") + where, {hdf, verts}).toLongLong();
        QVERIFY(rows > 0);
        QCOMPARE(qint64(view->tableModel()->rowCount()), rows);
        const double collecte = sql::scalar(s.db(), QStringLiteral("SELECT coalesce(sum(f.grams), 0) / 1000000.0") + where + QStringLiteral(" AND f.kind = 'collecte'"),
                                            {hdf, verts}).toDouble();
        const double traitement = sql::scalar(s.db(), QStringLiteral("SELECT coalesce(sum(f.grams), 0) / 1000000.0") + where + QStringLiteral(" AND f.kind = 'traitement'"),
                                              {hdf, verts}).toDouble();
        const QString status = window.statusText();
        qInfo() << status;
        QVERIFY(status.startsWith(QStringLiteral("%1 lignes").arg(formatInteger(rows))));
        if (collecte > 0)
            QVERIFY2(status.contains(formatTonnes(collecte)), qPrintable(status));
        if (traitement > 0)
            QVERIFY2(status.contains(formatTonnes(traitement)), qPrintable(status));

        // Copy of the first rows: numbers with a decimal comma, no thousands separator.
        QTRY_VERIFY_WITH_TIMEOUT(view->tableModel()->isRowLoaded(0), 10000);
        QTableView *table = view->tableView();
        table->selectionModel()->select(QItemSelection(view->tableModel()->index(0, 0),
                                                       view->tableModel()->index(2, int(FlowColumn::Count) - 1)),
                                        QItemSelectionModel::Select);
        view->copySelection();
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        const QStringList first = lines.at(1).split(QLatin1Char('\t'));
        const double tonnes = view->tableModel()->index(0, int(FlowColumn::Tonnes)).data(FlowTableModel::RawValueRole).toDouble();
        QCOMPARE(QString(first.at(int(FlowColumn::Tonnes))).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(), tonnes);

        view->showPivot(true);
        QSignalSpy ready(view->pivotModel(), &PivotModel::ready);
        QVERIFY(ready.wait(10000));
        view->showPivot(false);
        if (const QByteArray shot = qgetenv("ODEMA_SCREENSHOT"); !shot.isEmpty()) {
            QTest::qWait(300);
            QVERIFY(window.grab().save(QString::fromLocal8Bit(shot)));
            view->showPivot(true);
            QTest::qWait(300);
            window.grab().save(QString::fromLocal8Bit(shot).replace(QStringLiteral(".png"), QStringLiteral("-pivot.png")));
        }
    }
};

QTEST_MAIN(TestExplorerWindow)
#include "tst_explorer_window.moc"
