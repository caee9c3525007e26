// First start of the window, as a new user meets it: an empty home (no store, no settings),
// `odema-explorer` launched, and the time until (a) the store holds the sample data and (b) the
// table shows the first rows of Hauts-de-France. The program says when each step is reached
// (ODEMA_STARTUP_TRACE); the times here are taken from the launch, by this process. The
// reference, measured in the same run: importing the sample files into a new store, which is
// what a first start did before the build made the sample store (issue 18: ~7 s). A second
// start (store and settings in place) is timed too.
// Usage: bench_first_start [runs]   (default 3; QT_QPA_PLATFORM=offscreen)
#include "sample/SampleData.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace odema;

namespace {

constexpr double kTargetSeconds = 2.0;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

/// Launches the window in `home` and returns the seconds from the launch to each step the
/// program traces ("store-ready", "window-shown", "first-rows"); stops it after the first rows.
QMap<QString, double> launch(const QString &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("ODEMA_STARTUP_TRACE"), QStringLiteral("1"));
    env.remove(QStringLiteral("ODEMA_DATA_DIR"));
    process.setProcessEnvironment(env);
    process.setReadChannel(QProcess::StandardError);
    QMap<QString, double> steps;
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(ODEMA_BINARY), {});
    while (!steps.contains(QStringLiteral("first-rows")) && clock.elapsed() < 120000) {
        if (!process.waitForReadyRead(120000 - int(clock.elapsed())))
            break;
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.startsWith(QLatin1String("odema-startup ")))
                steps.insert(line.section(QLatin1Char(' '), 1, 1), clock.nsecsElapsed() / 1e9);
        }
    }
    process.terminate();
    if (!process.waitForFinished(10000))
        process.kill();
    return steps;
}

} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? qMax(1, QString::fromLocal8Bit(argv[1]).toInt()) : 3;

    QList<double> reference;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        QElapsedTimer t;
        t.start();
        auto store = Store::open(dir.filePath(QStringLiteral("reference.sqlite")), Store::OpenMode::CreateIfMissing);
        SampleData::importInto(*store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
        reference << t.nsecsElapsed() / 1e9;
    }

    QList<double> ready, shown, rows, again;
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir home;
        const QMap<QString, double> first = launch(home.path());
        if (!first.contains(QStringLiteral("first-rows"))) {
            std::fprintf(stderr, "no rows shown within 120 s (steps seen: %s)\n", qPrintable(first.keys().join(QLatin1Char(' '))));
            return 1;
        }
        ready << first.value(QStringLiteral("store-ready"));
        shown << first.value(QStringLiteral("window-shown"));
        rows << first.value(QStringLiteral("first-rows"));
        again << launch(home.path()).value(QStringLiteral("first-rows"));
    }
    const double firstRows = median(rows), ref = median(reference);
    std::printf("median of %d runs, seconds from the launch:\n", runs);
    std::printf("  first start: sample store ready %.2f s, window shown %.2f s, first rows of Hauts-de-France %.2f s\n",
                median(ready), median(shown), firstRows);
    std::printf("  second start (store there): first rows %.2f s\n", median(again));
    std::printf("  reference, importing the sample files into a new store (the former first start): %.2f s\n", ref);
    std::printf("  first rows / target %.1f s: %.2f   first rows / reference import: %.2f\n", kTargetSeconds,
                firstRows / kTargetSeconds, firstRows / ref);
    return firstRows <= kTargetSeconds ? 0 : 1;
}
