// Time to build and export each chart kind for one territory over a store of N flows (default
// 1 000 000: the real sample data plus synthetic commune-level flows of Hauts-de-France, which
// every regional query has to walk through the closure), then every chart of every
// département. Prints figures and the ratio to the targets; not a test.
#include "charts/ChartExporter.h"
#include "charts/PngWriter.h"
#include "indicators/ChartDataBuilder.h"
#include "sample/SampleData.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace odema;

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

/// Adds commune-level flows (collecte per stream, traitement per stream × mode) until the
/// store holds `target` flows.
void fill(Store &store, qint64 target)
{
    QSqlDatabase db = store.database();
    const qint64 existing = sql::scalar(db, QStringLiteral("SELECT COUNT(*) FROM flow")).toLongLong();
    QList<qint64> communes, streams, modes;
    QSqlQuery q = sql::exec(db, QStringLiteral(
        "SELECT c.descendant_id FROM territory_closure c JOIN territory t ON t.id = c.descendant_id "
        "WHERE c.ancestor_id = (SELECT id FROM territory WHERE level = 'region' AND code = '32') AND t.level = 'commune'"));
    while (q.next())
        communes << q.value(0).toLongLong();
    q = sql::exec(db, QStringLiteral("SELECT id FROM waste_stream WHERE family <> 'dma'"));
    while (q.next())
        streams << q.value(0).toLongLong();
    q = sql::exec(db, QStringLiteral("SELECT id FROM treatment_mode"));
    while (q.next())
        modes << q.value(0).toLongLong();
    const qint64 source = sql::scalar(db, QStringLiteral("SELECT MAX(id) FROM source_file")).toLongLong();
    const qint64 datasetId = sql::scalar(db, QStringLiteral("SELECT id FROM dataset WHERE code = 'correspondance-autre'")).toLongLong();
    sql::Transaction tx(db);
    auto writer = store.backend().flowWriter(db);
    QRandomGenerator rng(42);
    qint64 written = existing;
    for (int year = 2009; written < target; year += 2) {
        for (qint64 commune : communes) {
            for (qint64 stream : streams) {
                FlowRow row;
                row.year = year;
                row.territoryId = commune;
                row.streamId = stream;
                row.grams = qint64(rng.bounded(1000.0) * 1e6);
                row.datasetId = datasetId;
                row.sourceId = source;
                writer->add(row);
                ++written;
                row.treatment = true;
                for (qint64 mode : modes) {
                    row.modeId = mode;
                    row.grams = qint64(rng.bounded(300.0) * 1e6);
                    writer->add(row);
                    if (++written >= target)
                        break;
                }
                if (written >= target)
                    break;
            }
            if (written >= target)
                break;
        }
    }
    writer->finish();
    tx.commit();
}

double msSince(const QElapsedTimer &t) { return t.nsecsElapsed() / 1e6; }

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const qint64 flows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    auto store = Store::open(dir.filePath(QStringLiteral("bench.sqlite")), Store::OpenMode::CreateIfMissing);
    QElapsedTimer timer;
    timer.start();
    SampleData::importInto(*store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
    fill(*store, flows);
    const qint64 count = sql::scalar(store->database(), QStringLiteral("SELECT COUNT(*) FROM flow")).toLongLong();
    print(QStringLiteral("Store: %1 flows, built in %2 s").arg(count).arg(msSince(timer) / 1000, 0, 'f', 1));

    const TerritoryResolver resolver(store->database());
    const qint64 region = resolver.resolve(QStringLiteral("region:32")).id;
    timer.restart();
    ChartDataBuilder builder(store->database());
    {
        ChartRequest warm;
        warm.kind = ChartKind::Traitement;
        warm.territoryIds = {region};
        builder.build(warm); // first use reads the data vintage of both kinds (full scan, once)
        warm.kind = ChartKind::Evolution;
        builder.build(warm);
    }
    print(QStringLiteral("First use of the builder (targets, nomenclature, data vintage): %1 ms").arg(msSince(timer), 0, 'f', 0));

    print(QStringLiteral("\nOne territory (Hauts-de-France), build + export, target < 150 ms each:"));
    print(QStringLiteral("%1 %2 %3 %4").arg(QStringLiteral("kind"), -12).arg(QStringLiteral("build ms"), 9)
              .arg(QStringLiteral("+SVG ms"), 9).arg(QStringLiteral("+PNG300 ms"), 11));
    double worst = 0;
    for (ChartKind kind : allChartKinds()) {
        ChartRequest r;
        r.kind = kind;
        r.territoryIds = {region};
        timer.restart();
        ChartData data = builder.build(r);
        const double build = msSince(timer);
        timer.restart();
        builder.build(r);
        charts::ChartExporter::exportToFile(data, charts::ExportSize(), charts::ExportFormat::Svg, dir.filePath(QStringLiteral("a.svg")));
        const double svg = msSince(timer);
        timer.restart();
        builder.build(r);
        charts::ChartExporter::exportToFile(data, charts::ExportSize(), charts::ExportFormat::Png, dir.filePath(QStringLiteral("a.png")));
        const double png = msSince(timer);
        worst = std::max({worst, svg, png});
        print(QStringLiteral("%1 %2 %3 %4").arg(chartKindKey(kind), -12).arg(build, 9, 'f', 1).arg(svg, 9, 'f', 1).arg(png, 11, 'f', 1));
    }
    {
        // Where the PNG time goes: painting the 1890 × 1181 image, then encoding it.
        ChartRequest r;
        r.kind = ChartKind::Composition;
        r.territoryIds = {region};
        const ChartData data = builder.build(r);
        timer.restart();
        const QImage image = charts::ChartExporter::toImage(data, charts::ExportSize());
        const double paint = msSince(timer);
        timer.restart();
        charts::writePng(image, dir.filePath(QStringLiteral("b.png")));
        const double encoding = msSince(timer);
        print(QStringLiteral("PNG 300 dpi split (composition): paint %1 ms, encoding %2 ms")
                  .arg(paint, 0, 'f', 1).arg(encoding, 0, 'f', 1));
    }
    print(QStringLiteral("Slowest build+export: %1 ms (%2 × the 150 ms target)").arg(worst, 0, 'f', 1).arg(worst / 150, 0, 'f', 2));

    const QList<TerritoryInfo> departements = resolver.descendants(0, Level::Departement);
    timer.restart();
    int written = 0;
    for (const TerritoryInfo &d : departements)
        for (ChartKind kind : allChartKinds()) {
            ChartRequest r;
            r.kind = kind;
            r.territoryIds = {d.id};
            const ChartData data = builder.build(r);
            if (data.isEmpty())
                continue;
            charts::ChartExporter::exportToFile(data, charts::ExportSize(), charts::ExportFormat::Svg,
                                                dir.filePath(data.fileStem + QStringLiteral(".svg")));
            ++written;
        }
    const double all = msSince(timer) / 1000;
    print(QStringLiteral("\nEvery chart of the %1 départements: %2 SVG files in %3 s (%4 × the 30 s target)")
              .arg(departements.size()).arg(written).arg(all, 0, 'f', 1).arg(all / 30, 0, 'f', 2));
    return 0;
}
