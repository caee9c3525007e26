// Benchmark (issue 2): `odema-explorer import` of a 1 000 000-row SINOE-layout file into a new
// store, against `sqlite3 new.db ".mode csv" ".separator ;" ".import FILE t"` on the same file,
// measured in the same run. Prints both times, the ratio and the importer's peak memory.
#include "SinoeFileGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>

namespace {

struct Timing {
    double seconds;
    long peakKiB; ///< peak RSS of the largest child waited for so far
    int status;
};

Timing timeCommand(const QString &program, const QStringList &arguments)
{
    QElapsedTimer timer;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    timer.start();
    process.start(program, arguments);
    process.waitForFinished(-1);
    const double seconds = timer.nsecsElapsed() / 1e9;
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return {seconds, usage.ru_maxrss, process.exitCode()};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    if (argc < 2) {
        out << "usage: bench_import ODEMA_EXPLORER [ROWS]\n";
        return 2;
    }
    const QString odema = QString::fromLocal8Bit(argv[1]);
    const qint64 rows = argc > 2 ? QByteArray(argv[2]).toLongLong() : 1000000;
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("sinoe_bench.csv"));
    odema::bench::writeSinoeFile(csv, rows);
    out << "file: " << rows << " rows, " << QFileInfo(csv).size() / 1048576.0 << " MiB\n";

    // The importer first, so the children's peak RSS is its own.
    const Timing ours = timeCommand(odema, {QStringLiteral("import"), QStringLiteral("--db"), dir.filePath(QStringLiteral("odema.sqlite")), csv});
    const Timing raw = timeCommand(QStringLiteral("sqlite3"), {dir.filePath(QStringLiteral("raw.sqlite")), QStringLiteral(".mode csv"),
                                                               QStringLiteral(".separator ;"), QStringLiteral(".import ") + csv + QStringLiteral(" t")});
    if (ours.status != 0 || raw.status != 0) {
        out << "a command failed (odema " << ours.status << ", sqlite3 " << raw.status << ")\n";
        return 1;
    }
    out << QStringLiteral("odema-explorer import : %1 s (peak RSS %2 MiB, target < 300 MiB)\n").arg(ours.seconds, 0, 'f', 2).arg(ours.peakKiB / 1024.0, 0, 'f', 0);
    out << QStringLiteral("sqlite3 .import       : %1 s\n").arg(raw.seconds, 0, 'f', 2);
    out << QStringLiteral("ratio                 : %1 (target <= 1.5)\n").arg(ours.seconds / raw.seconds, 0, 'f', 2);
    return 0;
}
