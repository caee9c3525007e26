// A store opened read-only is never written: not by the explorer's model (filters, totals, the
// sorts that once built an index into the store on first use), the pivot, the charts or a fact
// sheet. The file's SHA-256 before and after proves it; the indexes those reads need come from
// the import.
#include "ExplorerTestStore.h"
#include "common/OdemaError.h"
#include "gui/explorer/FlowTableModel.h"
#include "indicators/ChartDataBuilder.h"
#include "query/PivotQuery.h"
#include "report/FactSheetBuilder.h"

#include <QCryptographicHash>
#include <QFile>
#include <QtTest>

using namespace odema;
using namespace odema::gui;

namespace {

QByteArray sha256(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return hash.result().toHex();
}

QStringList indexNames(const QSqlDatabase &db)
{
    QStringList names;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'flow' ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

void waitShown(const FlowTableModel &model)
{
    QTRY_VERIFY_WITH_TIMEOUT(model.isUpToDate() && (model.rowCount() == 0 || model.isRowLoaded(0)) && model.totalsKnown(), 20000);
}

} // namespace

class TestReadOnlyStore : public QObject {
    Q_OBJECT
private:
    test::SampleStore s;
    qint64 nord = 0, region = 0;

private slots:
    void initTestCase()
    {
        s.build();
        nord = s.territory(QStringLiteral("departement:59"));
        region = s.territory(QStringLiteral("region:32"));
        s.store.reset(); // the writer goes: what stays is the file a reader opens
    }

    void importBuiltTheSortIndex()
    {
        auto store = Store::open(s.path, Store::OpenMode::ReadOnly);
        const QStringList names = indexNames(store->database());
        QVERIFY2(names.contains(QStringLiteral("flow_tonnes")), qPrintable(names.join(QLatin1Char(' '))));
    }

    void readingWritesNothing()
    {
        const QByteArray before = sha256(s.path);
        QVERIFY(!before.isEmpty());
        {
            FlowTableModel model(s.path);
            waitShown(model);
            for (FlowColumn column : {FlowColumn::Tonnes, FlowColumn::Year, FlowColumn::KgPerInhabitant, FlowColumn::Territory}) {
                model.sort(int(column), Qt::DescendingOrder);
                waitShown(model);
            }
            FlowFilter f;
            f.territories << TerritorySelection{nord, true};
            model.setFilter(f);
            waitShown(model);
            QVERIFY(model.totals().rows > 0);
            model.ensureRowLoaded(model.rowCount() - 1);
            QTRY_VERIFY_WITH_TIMEOUT(model.isRowLoaded(model.rowCount() - 1), 20000);

            auto store = Store::open(s.path, Store::OpenMode::ReadOnly);
            QVERIFY(computePivot(store->database(), f, PivotRows::Territory, PivotMeasure::KgPerInhabitant).rowCount() > 0);
            ChartDataBuilder charts(store->database());
            for (ChartKind kind : allChartKinds()) {
                ChartRequest r;
                r.kind = kind;
                r.territoryIds = {region};
                charts.build(r);
            }
            report::FactSheetBuilder sheets(store->database());
            QVERIFY(sheets.build(nord).header.year > 0);
        }
        QCOMPARE(sha256(s.path), before);
    }

    void writingIsRefused()
    {
        // The connection itself refuses, whatever a later piece of code might try.
        const QByteArray before = sha256(s.path);
        auto store = Store::open(s.path, Store::OpenMode::ReadOnly);
        QSqlQuery q(store->database());
        QVERIFY(!q.exec(QStringLiteral("CREATE INDEX flow_probe ON flow(source_id)")));
        QVERIFY_THROWS_EXCEPTION(OdemaError, store->requireWritable());
        store.reset();
        QCOMPARE(sha256(s.path), before);
    }
};

QTEST_MAIN(TestReadOnlyStore)
#include "tst_read_only_store.moc"
