#include "ScaleQueries.h"

#include "ProcessMemory.h"
#include "charts/ChartFactory.h"
#include "gui/explorer/FlowTableModel.h"
#include "indicators/ChartDataBuilder.h"
#include "query/FilterChoices.h"
#include "query/PivotQuery.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <algorithm>

namespace odema::bench {

using gui::FlowTableModel;

namespace {

void waitFor(const std::function<bool()> &done)
{
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
}

bool firstScreenShown(const FlowTableModel &m) { return m.isUpToDate() && (m.rowCount() == 0 || m.isRowLoaded(0)); }

double ms(const QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }

struct Coded {
    qint64 id;
    QString level, code;
};

QList<Coded> coded(const QSqlDatabase &db, const QString &statement)
{
    QList<Coded> out;
    QSqlQuery q = sql::exec(db, statement);
    while (q.next())
        out << Coded{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return out;
}

} // namespace

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(int(values.size()) - 1, int(p * values.size())));
}

QList<FilterSpec> variedFilters(const QString &location, int count)
{
    auto store = Store::open(location, Store::OpenMode::ReadOnly);
    const QSqlDatabase db = store->database();
    const QList<Coded> territories = coded(db, QStringLiteral("SELECT id, level, code FROM territory WHERE level IN ('region', 'departement') ORDER BY id"));
    const QList<Coded> streams = coded(db, QStringLiteral(
        "SELECT id, 'stream', code FROM waste_stream WHERE id IN (SELECT DISTINCT stream_id FROM flow WHERE kind = 'collecte') ORDER BY id"));
    const FilterChoices choices = FilterChoices::load(db);
    QRandomGenerator random(42);
    QList<FilterSpec> filters;
    for (int i = 0; i < count; ++i) {
        FilterSpec s;
        switch (i % 5) {
        case 0: {
            const Coded &t = territories.at(random.bounded(int(territories.size())));
            s.filter.territories << TerritorySelection{t.id, true};
            s.json.insert(t.level, t.code);
            break;
        }
        case 1: {
            const Coded &st = streams.at(random.bounded(int(streams.size())));
            s.filter.streamIds << st.id;
            s.json.insert(QStringLiteral("stream"), st.code);
            break;
        }
        case 2:
            s.filter.yearFrom = choices.years.at(random.bounded(int(choices.years.size())));
            s.filter.yearTo = s.filter.yearFrom + 2;
            break;
        case 3:
            s.filter.text = QStringLiteral("nord");
            s.filter.yearFrom = choices.years.first() + i % 8;
            s.json.insert(QStringLiteral("text"), s.filter.text);
            break;
        case 4: break; // everything
        }
        if (s.filter.yearFrom)
            s.json.insert(QStringLiteral("yearFrom"), s.filter.yearFrom);
        if (s.filter.yearTo)
            s.json.insert(QStringLiteral("yearTo"), s.filter.yearTo);
        filters << s;
    }
    return filters;
}

void writeFilterSpecs(const QList<FilterSpec> &filters, const QString &path)
{
    QJsonArray array;
    for (const FilterSpec &f : filters)
        array << f.json;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(array).toJson());
}

QueryTimes measureQueries(const QString &location, const QList<FilterSpec> &filters, const Log &log)
{
    QueryTimes times;
    {
        FlowTableModel model(location);
        waitFor([&] { return firstScreenShown(model) && model.totalsKnown(); });
        for (const FilterSpec &f : filters) {
            QElapsedTimer t;
            t.start();
            model.setFilter(f.filter);
            waitFor([&] { return firstScreenShown(model); });
            times.firstScreen << ms(t);
            waitFor([&] { return model.totalsKnown(); });
            times.totals << ms(t);
        }
    }
    log(QStringLiteral("first screen p50 %1 ms, p95 %2 ms; count and totals p50 %3 ms, p95 %4 ms")
            .arg(percentile(times.firstScreen, 0.5), 0, 'f', 1).arg(percentile(times.firstScreen, 0.95), 0, 'f', 1)
            .arg(percentile(times.totals, 0.5), 0, 'f', 1).arg(percentile(times.totals, 0.95), 0, 'f', 1));

    auto store = Store::open(location, Store::OpenMode::ReadOnly);
    for (const FilterSpec &f : filters) {
        QElapsedTimer t;
        t.start();
        const PivotTable table = computePivot(store->database(), f.filter, PivotRows::Territory, PivotMeasure::Tonnes);
        times.pivot << ms(t);
        Q_UNUSED(table)
    }
    log(QStringLiteral("pivot territories x years p50 %1 ms, p95 %2 ms, max %3 ms")
            .arg(percentile(times.pivot, 0.5), 0, 'f', 1).arg(percentile(times.pivot, 0.95), 0, 'f', 1).arg(percentile(times.pivot, 1), 0, 'f', 1));

    {
        FlowTableModel model(location);
        waitFor([&] { return firstScreenShown(model) && model.totalsKnown(); });
        QElapsedTimer t;
        t.start();
        model.sort(int(FlowColumn::Tonnes), Qt::DescendingOrder);
        waitFor([&] { return firstScreenShown(model); });
        times.sortByTonnes = ms(t);
    }
    log(QStringLiteral("sort by tonnes, first time: %1 ms").arg(times.sortByTonnes, 0, 'f', 1));

    // A chart as the window draws it on first showing: a fresh builder (no cache), data and QChart.
    const qint64 region = sql::scalar(store->database(), QStringLiteral("SELECT id FROM territory WHERE level = 'region' AND code = '32'")).toLongLong();
    for (ChartKind kind : {ChartKind::Evolution, ChartKind::Composition}) {
        QList<double> builds;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            ChartDataBuilder builder(store->database());
            ChartRequest r;
            r.kind = kind;
            r.territoryIds = {region};
            const ChartData data = builder.build(r);
            if (!data.isEmpty())
                charts::ChartFactory::create(data);
            builds << ms(t);
        }
        log(QStringLiteral("chart %1 of région 32 (fresh builder, data + QChart): median %2 ms")
                .arg(chartKindKey(kind)).arg(percentile(builds, 0.5), 0, 'f', 1));
        times.chartBuild = std::max(times.chartBuild, percentile(builds, 0.5));
    }
    return times;
}

int scrollEveryRow(const QString &location, const Log &log)
{
    FlowTableModel model(location);
    waitFor([&] { return firstScreenShown(model) && model.countKnown(); });
    model.sort(int(FlowColumn::Tonnes), Qt::AscendingOrder);
    waitFor([&] { return firstScreenShown(model); });
    const bool reset = resetPeakMemory();
    QElapsedTimer t;
    t.start();
    for (int row = 0; row < model.rowCount(); row += FlowTableModel::kWindowRows) {
        model.ensureRowLoaded(row);
        waitFor([&] { return model.isRowLoaded(row); });
    }
    log(QStringLiteral("scrolled all %1 rows (by tonnes) in %2 s, peak %3 MB (VmHWM%4)")
            .arg(model.rowCount()).arg(t.nsecsElapsed() / 1e9, 0, 'f', 1).arg(statusKiB("VmHWM:") / 1024.0, 0, 'f', 1)
            .arg(reset ? QStringLiteral(", reset before") : QStringLiteral(", not reset")));
    return 0;
}

} // namespace odema::bench
