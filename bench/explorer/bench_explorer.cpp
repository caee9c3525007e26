// Benchmark (issue 3): a store of N flows (SINOE-layout file from the import benchmark's
// generator, imported by `odema-explorer import` in a child process so that the import's memory
// does not count), then through the window's FlowTableModel: filter change -> first screen of
// rows (p50/p95 over 50 filters), sort by tonnes, peak memory (VmHWM) while reading every row.
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

namespace {

long vmHwmKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    f.open(QIODevice::ReadOnly);
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

/// Waits until the model has the count and the first window of the current filter.
void waitFirstScreen(FlowTableModel &model)
{
    while (!(model.countKnown() && (model.rowCount() == 0 || model.isRowLoaded(0))))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QString binary = app.arguments().value(1);
    const qint64 rows = app.arguments().value(2, QStringLiteral("1000000")).toLongLong();
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("flows.csv"));
    const QString db = dir.filePath(QStringLiteral("bench.sqlite"));
    odema::bench::writeSinoeFile(csv, rows);
    QProcess import;
    import.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    import.start(binary, {QStringLiteral("import"), QStringLiteral("--db"), db, csv});
    import.waitForFinished(-1);
    if (import.exitCode() != 0) {
        out << "import failed\n";
        return 1;
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

    FlowTableModel model(db);
    waitFirstScreen(model);
    QRandomGenerator random(42);
    QVector<double> times;
    for (int i = 0; i < 50; ++i) {
        FlowFilter f;
        switch (i % 5) {
        case 0: f.territories << TerritorySelection{territories.at(random.bounded(int(territories.size()))), true}; break;
        case 1: f.streamIds << choices.streams.at(random.bounded(int(choices.streams.size()))).id; break;
        case 2: f.yearFrom = choices.years.at(random.bounded(int(choices.years.size()))); f.yearTo = f.yearFrom + 2; break;
        case 3: f.text = QStringLiteral("nord"); f.yearFrom = 2010 + i % 8; break;
        case 4: break; // everything
        }
        QElapsedTimer t;
        t.start();
        model.setFilter(f);
        waitFirstScreen(model);
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("filter change -> first screen: p50 %1 ms, p95 %2 ms, max %3 ms (target p95 < 50 ms)\n")
               .arg(times.at(24), 0, 'f', 1).arg(times.at(47), 0, 'f', 1).arg(times.last(), 0, 'f', 1);
    out.flush();

    model.setFilter(FlowFilter{});
    waitFirstScreen(model);
    for (int pass = 0; pass < 2; ++pass) { // first pass builds the index once per store
        QElapsedTimer t;
        t.start();
        model.sort(int(FlowColumn::Tonnes), pass ? Qt::AscendingOrder : Qt::DescendingOrder);
        waitFirstScreen(model);
        out << QStringLiteral("sort by tonnes (%1): %2 ms (target < 300 ms)\n")
                   .arg(pass ? QStringLiteral("index present") : QStringLiteral("first sort, builds the index"))
                   .arg(t.nsecsElapsed() / 1e6, 0, 'f', 1);
    }
    out.flush();

    QElapsedTimer t;
    t.start();
    for (int row = 0; row < model.rowCount(); row += FlowTableModel::kWindowRows) {
        model.ensureRowLoaded(row);
        while (!model.isRowLoaded(row))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
    out << QStringLiteral("scrolled all %1 rows in %2 s; peak memory (VmHWM) %3 MB (target < 250 MB)\n")
               .arg(model.rowCount()).arg(t.nsecsElapsed() / 1e9, 0, 'f', 1).arg(vmHwmKiB() / 1024.0, 0, 'f', 1);
    return 0;
}
