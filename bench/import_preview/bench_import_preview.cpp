// Benchmark (issue 6): what the import dialog does first, on big files, through the core code
// the dialog calls. (1) The preview of a 1 GB SINOE-layout file (detection and the first 20
// rows): median of 5 against the 200 ms target. (2) The check step (a dry run over the whole
// file, rolled back) of a 1 000 000-row file: time and peak memory (VmHWM), measured in a child
// process of this program so that writing the test files does not count.
#include "ProcessMemory.h"
#include "SinoeFileGenerator.h"
#include "common/OdemaError.h"
#include "import/ImportPreview.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>

using namespace odema;

namespace {

/// Child: the check step of `file` against a new store; prints "seconds rows peakKiB phases...".
int runCheck(const QString &store, const QString &file)
{
    try {
        auto s = Store::open(store, Store::OpenMode::CreateIfMissing);
        ImportOptions options;
        options.checkOnly = true;
        QElapsedTimer t;
        t.start();
        const ImportReport r = Importer(*s).importFile(file, options);
        QStringList phases; // where the time goes, for whoever tries to make it faster
        for (const auto &phase : r.phases)
            phases << QStringLiteral("%1 %2 s").arg(phase.first).arg(phase.second, 0, 'f', 2);
        QTextStream(stdout) << t.nsecsElapsed() / 1e9 << ' ' << r.rowsStored << ' ' << odema::bench::statusKiB("VmHWM:") << ' '
                            << phases.join(QStringLiteral(", ")) << '\n';
        return 0;
    } catch (const OdemaError &e) {
        QTextStream(stderr) << e.message() << '\n';
        return 1;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--check-child"))
        return runCheck(args.value(2), args.value(3));

    QTextStream out(stdout);
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("sinoe-1g.csv"));
    const qint64 bigRows = 16'500'000; // about 1 GB in this layout
    QElapsedTimer t;
    t.start();
    odema::bench::writeSinoeFile(big, bigRows);
    out << QStringLiteral("test file: %1 rows, %2 MB, written in %3 s\n")
               .arg(bigRows).arg(QFileInfo(big).size() / 1e6, 0, 'f', 0).arg(t.nsecsElapsed() / 1e9, 0, 'f', 1);
    out.flush();

    QVector<double> times;
    ImportPreview p;
    for (int i = 0; i < 5; ++i) {
        t.start();
        p = previewFile(big, {});
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    out << QStringLiteral("preview of the 1 GB file (%1, %2 rows shown%3): median %4 ms, max %5 ms; "
                          "target 200 ms, ratio %6\n")
               .arg(p.layoutName).arg(p.rows.size())
               .arg(p.error.isEmpty() ? QString() : QStringLiteral(", error: ") + p.error)
               .arg(times.at(2), 0, 'f', 1).arg(times.last(), 0, 'f', 1).arg(times.at(2) / 200.0, 0, 'f', 2);
    out.flush();
    QFile::remove(big);

    const QString million = dir.filePath(QStringLiteral("sinoe-1m.csv"));
    odema::bench::writeSinoeFile(million, 1'000'000);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(app.applicationFilePath(), {QStringLiteral("--check-child"), dir.filePath(QStringLiteral("check.sqlite")), million});
    child.waitForFinished(-1);
    const QStringList figures = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(QLatin1Char(' '));
    if (child.exitCode() != 0 || figures.size() < 3) {
        out << "check step failed\n";
        return 1;
    }
    out << QStringLiteral("check step of the 1 000 000-row file (%1 MB): %2 s, %3 rows read, peak memory %4 MB\n  phases: %5\n")
               .arg(QFileInfo(million).size() / 1e6, 0, 'f', 0).arg(figures.at(0).toDouble(), 0, 'f', 2)
               .arg(figures.at(1).toLongLong()).arg(figures.at(2).toLong() / 1024.0, 0, 'f', 1)
               .arg(figures.mid(3).join(QLatin1Char(' ')));
    return 0;
}
