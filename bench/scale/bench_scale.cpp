// Benchmark (issue 15): national commune-level stores of 1 M and 10 M flows, every figure of the
// issue's table with its reference measured in the same run:
//   import                        vs the sqlite3 shell's `.import` of the same file (+ peak RSS)
//   filter -> first screen        vs pandas filtering the same rows held in memory
//   exact count and totals        vs pandas groupby().sum() of the same filter
//   pivot territories x years     vs pandas pivot_table
//   sort by tonnes (read-only), chart build of a région, peak memory scrolling every row, store
//   size against the CSV, and the 105 département fact sheets on both cores (one PDF each, and
//   one merged PDF).
// Usage: bench_scale ODEMA_EXPLORER DATA_DIR PANDAS_SCRIPT [ROWS...]   (default 1000000 10000000)
// ODEMA_BENCH_DIR=DIR keeps the generated files there between runs (they take a while at 10 M).
#include "ChildRun.h"
#include "ProcessMemory.h"
#include "ScaleQueries.h"
#include "SinoeFileGenerator.h"
#include "sample/SampleData.h"
#include "store/Store.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace odema;
using namespace odema::bench;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

/// One line of the final table.
struct Figure {
    QString name;
    qint64 size = 0;
    double value = 0;
    QString unit;
    QString reference;     ///< what it is compared with, measured in this run
    double referenceValue = 0;
    double limit = 0;      ///< the issue's target on `value` (0 = none)
    double ratioLimit = 0; ///< the issue's target on value / referenceValue (0 = none)

    double ratio() const { return referenceValue > 0 ? value / referenceValue : 0; }
    bool met() const { return (limit <= 0 || value <= limit) && (ratioLimit <= 0 || referenceValue <= 0 || ratio() <= ratioLimit); }
};

QString number(double v, int decimals = 1) { return QString::number(v, 'f', decimals).replace(QLatin1Char('.'), QLatin1Char(',')); }

QString fileHash(const QString &path)
{
    QFile f(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!f.open(QIODevice::ReadOnly) || !h.addData(&f))
        return QStringLiteral("unreadable");
    return QString::fromLatin1(h.result().toHex().left(16));
}

/// Everything in the store's folder that belongs to it (-wal, -shm, -journal), with sizes.
QString storeFiles(const QString &db)
{
    QStringList out;
    const QFileInfo info(db);
    for (const QFileInfo &f : QDir(info.absolutePath()).entryInfoList({info.fileName() + QStringLiteral("*")}, QDir::Files))
        out << QStringLiteral("%1 %2").arg(f.fileName()).arg(f.size());
    return out.join(QStringLiteral(", "));
}

class ScaleBench {
public:
    ScaleBench(QString odema, QString dataDir, QString pandasScript, QString workDir)
        : m_odema(std::move(odema)), m_dataDir(std::move(dataDir)), m_pandas(std::move(pandasScript)), m_work(std::move(workDir))
    {
    }

    void runSize(qint64 rows);
    void runFactSheets();
    void printTable() const;

private:
    bool import(const QString &db, const QStringList &files, ChildRun *run = nullptr);
    void add(Figure f) { m_figures << f; }

    QString m_odema, m_dataDir, m_pandas, m_work;
    QList<Figure> m_figures;
};

bool ScaleBench::import(const QString &db, const QStringList &files, ChildRun *result)
{
    const ChildRun run = runChild(m_odema, QStringList{QStringLiteral("import"), QStringLiteral("--db"), db} + files,
                                  {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    if (result)
        *result = run;
    if (run.status != 0)
        print(QStringLiteral("import of %1 failed (status %2)").arg(files.join(QLatin1Char(' '))).arg(run.status));
    return run.status == 0;
}

void ScaleBench::runSize(qint64 rows)
{
    const QString dir = QDir(m_work).filePath(QStringLiteral("scale-%1").arg(rows));
    QDir().mkpath(dir);
    print(QStringLiteral("\n=== %1 flows (files in %2) ===").arg(rows).arg(dir));
    NationalFiles files;
    files.flows = QDir(dir).filePath(QStringLiteral("sinoe_communes_national.csv"));
    files.communes = QDir(dir).filePath(QStringLiteral("v_commune_national.csv"));
    if (!QFile::exists(files.flows) || !QFile::exists(files.communes)) {
        QElapsedTimer t;
        t.start();
        files = writeNationalFiles(m_dataDir, dir, rows);
        print(QStringLiteral("generated %1 rows, %2 communes in %3 s").arg(files.rows).arg(files.communeCount).arg(number(t.elapsed() / 1000.0)));
    }
    const qint64 csvBytes = QFileInfo(files.flows).size();
    print(QStringLiteral("flows file: %1 MB").arg(number(csvBytes / 1e6)));

    // The territory tree first (real INSEE régions, départements, populations; the communes),
    // then the timed import of the tonnages into that store.
    const QString base = QDir(dir).filePath(QStringLiteral("base.sqlite"));
    if (!QFile::exists(base)) {
        QStringList reference;
        for (const char *name : {"insee_cog_2024_regions.csv", "insee_cog_2024_departements.csv", "insee_estim_pop_dep_1975_2023__derived.csv"})
            reference << QDir(m_dataDir).filePath(QLatin1String(name));
        if (!import(base, reference + QStringList{files.communes}))
            return;
    }
    const QString db = QDir(dir).filePath(QStringLiteral("store.sqlite"));
    for (const QString &f : QDir(dir).entryList({QStringLiteral("store.sqlite*"), QStringLiteral("raw.sqlite*")}))
        QFile::remove(QDir(dir).filePath(f));
    QFile::copy(base, db);
    ChildRun ours;
    if (!import(db, {files.flows}, &ours))
        return;
    const QString raw = QDir(dir).filePath(QStringLiteral("raw.sqlite"));
    const ChildRun shell = runChild(QStringLiteral("sqlite3"), {raw, QStringLiteral(".mode csv"), QStringLiteral(".separator ;"),
                                                               QStringLiteral(".import %1 t").arg(files.flows)});
    QFile::remove(raw);
    print(QStringLiteral("import %1 s (processor %2 s, peak RSS %3 MB); sqlite3 .import %4 s (processor %5 s)")
              .arg(number(ours.seconds, 2)).arg(number(ours.cpuSeconds, 2)).arg(number(ours.peakKiB / 1024.0, 0))
              .arg(number(shell.seconds, 2)).arg(number(shell.cpuSeconds, 2)));
    add({QStringLiteral("import"), rows, ours.seconds, QStringLiteral("s"), QStringLiteral("sqlite3 .import"), shell.seconds, 0, 1.0});
    if (rows >= 10000000)
        add({QStringLiteral("import peak RSS"), rows, ours.peakKiB / 1024.0, QStringLiteral("MB"), QString(), 0, 150, 0});
    add({QStringLiteral("store size on disk"), rows, QFileInfo(db).size() / 1e6, QStringLiteral("MB"), QStringLiteral("CSV"), csvBytes / 1e6, 0, 1.0});

    // Reading: the store opened read-only must stay byte for byte the same.
    const QString before = fileHash(db);
    const QString filesBefore = storeFiles(db);
    const QList<FilterSpec> filters = variedFilters(db, 50);
    const QString filtersJson = QDir(dir).filePath(QStringLiteral("filters.json"));
    writeFilterSpecs(filters, filtersJson);
    const QueryTimes times = measureQueries(db, filters, [](const QString &line) { print(line); });
    const QString after = fileHash(db);
    print(QStringLiteral("store read-only through every query: %1 (sha256 %2 -> %3; files %4 -> %5)")
              .arg(before == after && filesBefore == storeFiles(db) ? QStringLiteral("unchanged") : QStringLiteral("CHANGED"))
              .arg(before, after, filesBefore, storeFiles(db)));

    const ChildRun scroll = runChild(QCoreApplication::applicationFilePath(), {QStringLiteral("--scroll"), db},
                                     {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    print(QString::fromUtf8(scroll.output).trimmed());
    const double scrollPeak = QString::fromUtf8(scroll.output).section(QStringLiteral("peak "), 1).section(QLatin1Char(' '), 0, 0).toDouble();

    // pandas holds the same rows in memory: loading is not timed, each filter is.
    QJsonObject pandas;
    // Debian's python3-pandas: /usr/bin/python3 first (a pyenv or venv in PATH may lack it).
    const QString python = qEnvironmentVariable("ODEMA_PYTHON", QFile::exists(QStringLiteral("/usr/bin/python3"))
                                                                    ? QStringLiteral("/usr/bin/python3") : QStringLiteral("python3"));
    const ChildRun py = runChild(python, {m_pandas, files.flows, filtersJson});
    if (py.status == 0) {
        pandas = QJsonDocument::fromJson(py.output).object();
        print(QStringLiteral("pandas: %1 rows loaded in %2 s (peak RSS %3 MB)").arg(pandas.value(QStringLiteral("rows")).toInteger())
                  .arg(number(pandas.value(QStringLiteral("load")).toDouble())).arg(number(py.peakKiB / 1024.0, 0)));
    } else {
        print(QStringLiteral("pandas reference not measured: python3 with pandas is needed (Debian: apt install python3-pandas)"));
    }
    auto pandasP95 = [&pandas](const char *key) {
        QList<double> ms;
        for (const QJsonValue v : pandas.value(QLatin1String(key)).toArray())
            ms << v.toDouble() * 1000;
        return ms.isEmpty() ? 0.0 : percentile(ms, 0.95);
    };
    const bool big = rows >= 10000000;
    const QString pd = QStringLiteral("pandas");
    add({QStringLiteral("filter -> first screen, p95"), rows, percentile(times.firstScreen, 0.95), QStringLiteral("ms"), pd,
         pandasP95("first"), big ? 30.0 : 10.0, big ? 0 : 1.0});
    add({QStringLiteral("exact count and totals, p95"), rows, percentile(times.totals, 0.95), QStringLiteral("ms"), QStringLiteral("pandas groupby().sum()"),
         pandasP95("totals"), big ? 50.0 : 20.0, big ? 0 : 1.0});
    add({QStringLiteral("pivot territories x years, p95"), rows, percentile(times.pivot, 0.95), QStringLiteral("ms"), QStringLiteral("pandas pivot_table"),
         pandasP95("pivot"), big ? 150.0 : 50.0, 0});
    add({QStringLiteral("sort by tonnes, first time, read-only"), rows, times.sortByTonnes, QStringLiteral("ms"), QString(), 0, big ? 300.0 : 100.0, 0});
    add({QStringLiteral("chart build (evolution, composition) of a région"), rows, times.chartBuild, QStringLiteral("ms"), QString(), 0,
         big ? 100.0 : 50.0, 0});
    add({QStringLiteral("peak memory scrolling every row"), rows, scrollPeak, QStringLiteral("MB"), QString(), 0, big ? 150.0 : 120.0, 0});
}

void ScaleBench::runFactSheets()
{
    print(QStringLiteral("\n=== fact sheets of every département (real sample data of data/) ==="));
    const QString dir = QDir(m_work).filePath(QStringLiteral("sheets"));
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString db = QDir(dir).filePath(QStringLiteral("sample.sqlite"));
    SampleData::importInto(*Store::open(db, Store::OpenMode::CreateIfMissing), m_dataDir);
    const QStringList common{QStringLiteral("report"), QStringLiteral("--db"), db, QStringLiteral("--all-in"), QStringLiteral("france"),
                             QStringLiteral("--level"), QStringLiteral("departement")};
    const QStringList env{QStringLiteral("QT_QPA_PLATFORM=offscreen")};
    const ChildRun each = runChild(m_odema, common + QStringList{QStringLiteral("--out-dir"), QDir(dir).filePath(QStringLiteral("each"))}, env);
    const int count = int(QDir(QDir(dir).filePath(QStringLiteral("each"))).entryList({QStringLiteral("*.pdf")}).size());
    const ChildRun merged = runChild(m_odema, common + QStringList{QStringLiteral("--single-file"), QDir(dir).filePath(QStringLiteral("all.pdf"))}, env);
    // The machine is shared: the processor time says what two idle cores would need.
    print(QStringLiteral("%1 sheets, one PDF each: %2 s (processor %3 s, status %4); one merged PDF: %5 s (processor %6 s, status %7)")
              .arg(count).arg(number(each.seconds, 2)).arg(number(each.cpuSeconds, 2)).arg(each.status)
              .arg(number(merged.seconds, 2)).arg(number(merged.cpuSeconds, 2)).arg(merged.status));
    add({QStringLiteral("%1 département sheets, one PDF each").arg(count), 0, each.seconds, QStringLiteral("s"), QString(), 0, 5, 0});
    add({QStringLiteral("%1 département sheets, one merged PDF").arg(count), 0, merged.seconds, QStringLiteral("s"), QString(), 0, 5, 0});
}

void ScaleBench::printTable() const
{
    print(QStringLiteral("\n| figure | flows | measured | reference (same run) | ratio | target | met |"));
    print(QStringLiteral("|---|---|---|---|---|---|---|"));
    for (const Figure &f : m_figures) {
        QStringList target;
        if (f.limit > 0)
            target << QStringLiteral("≤ %1 %2").arg(number(f.limit, f.limit < 10 ? 1 : 0), f.unit);
        if (f.ratioLimit > 0)
            target << QStringLiteral("≤ %1×").arg(number(f.ratioLimit));
        print(QStringLiteral("| %1 | %2 | %3 %4 | %5 | %6 | %7 | %8 |")
                  .arg(f.name, f.size ? QString::number(f.size) : QStringLiteral("—"), number(f.value, f.unit == QLatin1String("s") ? 2 : 1), f.unit,
                       f.reference.isEmpty() ? QStringLiteral("—") : QStringLiteral("%1 %2 %3").arg(f.reference, number(f.referenceValue, f.unit == QLatin1String("s") ? 2 : 1), f.unit),
                       f.referenceValue > 0 ? number(f.ratio(), 2) : QStringLiteral("—"),
                       target.isEmpty() ? QStringLiteral("—") : target.join(QStringLiteral(" and ")), f.met() ? QStringLiteral("yes") : QStringLiteral("no")));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--scroll"))
        return scrollEveryRow(args.value(2), [](const QString &line) { print(line); });
    if (args.size() < 4) {
        print(QStringLiteral("usage: bench_scale ODEMA_EXPLORER DATA_DIR PANDAS_SCRIPT [ROWS...]"));
        return 2;
    }
    QList<qint64> sizes;
    for (int i = 4; i < args.size(); ++i)
        sizes << args.at(i).toLongLong();
    if (sizes.isEmpty())
        sizes = {1000000, 10000000};
    QTemporaryDir tmp;
    const QString work = qEnvironmentVariable("ODEMA_BENCH_DIR", tmp.path());
    ScaleBench bench(args.at(1), args.at(2), args.at(3), work);
    try {
        for (qint64 rows : sizes)
            bench.runSize(rows);
        if (!qEnvironmentVariableIsSet("ODEMA_BENCH_NO_SHEETS"))
            bench.runFactSheets();
    } catch (const std::exception &e) {
        print(QStringLiteral("failed: %1").arg(QString::fromLocal8Bit(e.what())));
        return 1;
    }
    bench.printTable();
    return 0;
}
