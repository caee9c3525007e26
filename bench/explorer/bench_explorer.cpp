// Benchmark (issue 3): a store of N flows (SINOE-layout file from the import benchmark's
// generator, imported by `odema-explorer import` in a child process so that the import's memory
// does not count), then through the window's FlowTableModel: filter change -> first screen of
// rows and -> exact count and totals (p50/p95 over 50 filters, then the same filters changed as
// fast as the screen follows, as when typing), sort by tonnes, peak memory (VmHWM) while reading
// every row.
#include "ProcessMemory.h"
#include "SinoeFileGenerator.h"
#include "gui/explorer/FlowTableModel.h"
#include "query/FilterChoices.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace odema;
using namespace odema::gui;
using odema::bench::resetPeakMemory;
using odema::bench::statusKiB;

namespace {

/// Waits until the model shows the first rows of the current filter and sort.
void waitFirstScreen(FlowTableModel &model)
{
    while (!(model.isUpToDate() && (model.rowCount() == 0 || model.isRowLoaded(0))))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

void waitCount(FlowTableModel &model)
{
    while (!model.countKnown())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

void waitTotals(FlowTableModel &model)
{
    while (!model.totalsKnown())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

QString percentiles(QVector<double> times)
{
    std::sort(times.begin(), times.end());
    const auto at = [&](double p) { return times.at(qMin(int(times.size()) - 1, int(p * times.size()))); };
    return QStringLiteral("p50 %1 ms, p95 %2 ms, max %3 ms").arg(at(0.5), 0, 'f', 1).arg(at(0.95), 0, 'f', 1).arg(times.last(), 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QString binary = app.arguments().value(1);
    const qint64 rows = app.arguments().value(2, QStringLiteral("1000000")).toLongLong();
    // ODEMA_BENCH_STORE=FILE keeps the store between runs (built there when missing).
    QTemporaryDir dir;
    const QString kept = qEnvironmentVariable("ODEMA_BENCH_STORE");
    const QString db = kept.isEmpty() ? dir.filePath(QStringLiteral("bench.sqlite")) : kept;
    if (!QFile::exists(db)) {
        const QString csv = dir.filePath(QStringLiteral("flows.csv"));
        odema::bench::writeSinoeFile(csv, rows);
        QProcess import;
        import.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        import.start(binary, {QStringLiteral("import"), QStringLiteral("--db"), db, csv});
        import.waitForFinished(-1);
        if (import.exitCode() != 0) {
            out << "import failed\n";
            return 1;
        }
    }
    auto store = Store::open(db, Store::OpenMode::ReadOnly);
    const qint64 flows = sql::scalar(store->database(), QStringLiteral("SELECT count(*) FROM flow")).toLongLong();
    const FilterChoices choices = FilterChoices::load(store->database());
    QList<qint64> territories;
    QSqlQuery q = sql::exec(store->database(), QStringLiteral("SELECT id FROM territory WHERE level IN ('region','departement')"));
    while (q.next())
        territories << q.value(0).toLongLong();
    out << "store: " << flows << " flows, " << choices.years.size() << " years, " << choices.streams.size() << " streams\n";
    out.flush();

    out << "memory before the model: VmRSS " << statusKiB("VmRSS:") / 1024 << " MB\n";
    FlowTableModel model(db);
    waitFirstScreen(model);
    waitTotals(model);
    QRandomGenerator random(42);
    QVector<FlowFilter> filters;
    for (int i = 0; i < 50; ++i) {
        FlowFilter f;
        switch (i % 5) {
        case 0: f.territories << TerritorySelection{territories.at(random.bounded(int(territories.size()))), true}; break;
        case 1: f.streamIds << choices.streams.at(random.bounded(int(choices.streams.size()))).id; break;
        case 2: f.yearFrom = choices.years.at(random.bounded(int(choices.years.size()))); f.yearTo = f.yearFrom + 2; break;
        case 3: f.text = QStringLiteral("nord"); f.yearFrom = 2010 + i % 8; break;
        case 4: break; // everything
        }
        filters << f;
    }
    out << "memory with the store open: VmRSS " << statusKiB("VmRSS:") / 1024 << " MB\n";
    QVector<double> firstScreen, counted, totalled, rapid;
    for (const FlowFilter &f : filters) {
        QElapsedTimer t;
        t.start();
        model.setFilter(f);
        waitFirstScreen(model);
        firstScreen << t.nsecsElapsed() / 1e6;
        if (firstScreen.last() > 50)
            out << "  slow first screen " << firstScreen.last() << " ms: territories " << f.territories.size() << " streams "
                << f.streamIds.size() << " years " << f.yearFrom << "-" << f.yearTo << " text '" << f.text << "'\n";
        waitCount(model);
        counted << t.nsecsElapsed() / 1e6;
        waitTotals(model);
        totalled << t.nsecsElapsed() / 1e6;
    }
    // Typing: the next filter comes as soon as the rows are on screen; the previous count is
    // still running and must not delay it.
    for (const FlowFilter &f : filters) {
        QElapsedTimer t;
        t.start();
        model.setFilter(f);
        waitFirstScreen(model);
        rapid << t.nsecsElapsed() / 1e6;
    }
    waitTotals(model);
    out << "filter change -> first screen of rows: " << percentiles(firstScreen) << " (target p95 < 50 ms)\n";
    out << "filter change -> exact row count (scrollbar, status bar): " << percentiles(counted) << "\n";
    out << "filter change -> tonnes totals (status bar): " << percentiles(totalled) << "\n";
    out << "filter changed while the previous count runs -> first screen: " << percentiles(rapid) << "\n";
    out.flush();

    model.setFilter(FlowFilter{});
    waitFirstScreen(model);
    waitTotals(model);
    {
        // The import built the index (004_sort_indexes.sql): the first sort reads it.
        QElapsedTimer t;
        t.start();
        model.sort(int(FlowColumn::Tonnes), Qt::DescendingOrder);
        waitFirstScreen(model);
        out << QStringLiteral("sort by tonnes, first time: %1 ms (target < 300 ms)\n").arg(t.nsecsElapsed() / 1e6, 0, 'f', 1);
    }
    {
        QElapsedTimer t;
        t.start();
        model.sort(int(FlowColumn::Tonnes), Qt::AscendingOrder);
        waitFirstScreen(model);
        out << QStringLiteral("sort by tonnes, other direction: %1 ms (target < 300 ms)\n").arg(t.nsecsElapsed() / 1e6, 0, 'f', 1);
    }
    {
        // A text column has no index: the engine reads every row once, keeping the best 200.
        QElapsedTimer t;
        t.start();
        model.sort(int(FlowColumn::Territory), Qt::AscendingOrder);
        waitFirstScreen(model);
        out << QStringLiteral("sort by territory name (no index): %1 ms\n").arg(t.nsecsElapsed() / 1e6, 0, 'f', 1);
        model.sort(int(FlowColumn::Tonnes), Qt::AscendingOrder);
        waitFirstScreen(model);
    }
    for (FlowColumn column : {FlowColumn::Count, FlowColumn::Tonnes}) {
        // Dragging the scrollbar far down: no previous window to continue from, OFFSET.
        model.sort(int(column), Qt::AscendingOrder);
        waitFirstScreen(model);
        QVector<double> jumps;
        for (double at : {0.25, 0.5, 0.75, 0.99}) {
            const int row = int(model.rowCount() * at);
            QElapsedTimer t;
            t.start();
            model.ensureRowLoaded(row);
            while (!model.isRowLoaded(row))
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
            jumps << t.nsecsElapsed() / 1e6;
        }
        out << QStringLiteral("jump to 25/50/75/99 %, %1 order: %2 / %3 / %4 / %5 ms\n")
                   .arg(column == FlowColumn::Count ? QStringLiteral("default") : QStringLiteral("tonnes"))
                   .arg(jumps.at(0), 0, 'f', 0).arg(jumps.at(1), 0, 'f', 0).arg(jumps.at(2), 0, 'f', 0).arg(jumps.at(3), 0, 'f', 0);
    }
    out.flush();

    const long peakBefore = statusKiB("VmHWM:");
    out << "memory before scrolling: VmRSS " << statusKiB("VmRSS:") / 1024 << " MB\n";
    const bool reset = resetPeakMemory();
    QElapsedTimer t;
    t.start();
    for (int row = 0; row < model.rowCount(); row += FlowTableModel::kWindowRows) {
        model.ensureRowLoaded(row);
        while (!model.isRowLoaded(row))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    out << QStringLiteral("scrolled all %1 rows (by tonnes) in %2 s; peak memory while scrolling (VmHWM%3) %4 MB "
                          "(target < 250 MB); process peak before it (test file, import check) %5 MB\n")
               .arg(model.rowCount())
               .arg(t.nsecsElapsed() / 1e9, 0, 'f', 1)
               .arg(reset ? QStringLiteral(", reset before") : QStringLiteral(", could not be reset"))
               .arg(statusKiB("VmHWM:") / 1024.0, 0, 'f', 1)
               .arg(peakBefore / 1024.0, 0, 'f', 1);
    return 0;
}
