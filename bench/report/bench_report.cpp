// Fact sheet speed on the real sample data: data (SQL), PDF, HTML for one sheet, then every
// département of France one PDF each. Prints figures and the ratio to the targets.
// Usage: bench_report [output-folder]   (default: a temporary folder, removed at the end)
#include "report/FactSheetBatch.h"
#include "report/FactSheetCoverage.h"
#include "report/FactSheetWriter.h"
#include "sample/SampleData.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace odema;
using namespace odema::report;

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they come
    QApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.path();
    QDir().mkpath(outDir);
    auto store = Store::open(tmp.filePath(QStringLiteral("bench.sqlite")), Store::OpenMode::CreateIfMissing);
    QElapsedTimer timer;
    timer.start();
    SampleData::importInto(*store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
    std::printf("sample import: %.2f s\n", timer.elapsed() / 1000.0);

    FactSheetBuilder builder(store->database());
    const ReportTemplate tpl = ReportTemplate::defaults();
    const TerritoryInfo nord = builder.resolver().resolve(QStringLiteral("departement:59"));
    builder.build(nord.id, 2021); // warm-up: fonts, caches

    QList<double> data, pdf, html, whole;
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        const FactSheetData d = builder.build(nord.id, 2021);
        const double a = t.nsecsElapsed() / 1e6;
        FactSheetWriter::writePdf(d, tpl, QDir(outDir).filePath(QStringLiteral("bench-nord.pdf")));
        const double b = t.nsecsElapsed() / 1e6;
        FactSheetWriter::writeHtml(d, tpl, QDir(outDir).filePath(QStringLiteral("bench-nord.html")));
        const double c = t.nsecsElapsed() / 1e6;
        data << a;
        pdf << b - a;
        html << c - b;
        whole << b;
    }
    std::printf("one sheet (Nord 2021), median of 10: data %.1f ms + PDF %.1f ms = %.1f ms (target 300 ms, ratio %.2f); HTML %.1f ms\n",
                median(data), median(pdf), median(whole), median(whole) / 300.0, median(html));

    // A first sheet from a fresh builder: nothing cached (parents' series, chart vintages).
    QList<double> cold;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        FactSheetBuilder fresh(store->database());
        const FactSheetData d = fresh.build(nord.id, 2021);
        FactSheetWriter::writePdf(d, tpl, QDir(outDir).filePath(QStringLiteral("bench-nord-cold.pdf")));
        cold << t.nsecsElapsed() / 1e6;
    }
    std::printf("one sheet from a fresh builder (cold caches), data + PDF, median of 5: %.1f ms (target 300 ms, ratio %.2f)\n",
                median(cold), median(cold) / 300.0);

    // Where the data time goes: figures, targets, table and sources alone, without the charts.
    QList<double> figuresOnly;
    builder.setWithCharts(false);
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        builder.build(nord.id, 2021);
        figuresOnly << t.nsecsElapsed() / 1e6;
    }
    builder.setWithCharts(true);
    std::printf("  of which figures, targets, table, sources, locator (no charts): %.1f ms\n", median(figuresOnly));

    // The header's locator map: outlines read and projected, then the first page painted with
    // and without it (its share of the PDF time).
    const QList<TerritoryInfo> ancestors = builder.resolver().ancestors(nord.id);
    QList<double> locate, withMap, withoutMap;
    const FactSheetData sheet = builder.build(nord.id, 2021);
    FactSheetData bare = sheet;
    bare.locator.reset();
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer t;
        t.start();
        buildLocator(store->database(), nord, ancestors);
        locate << t.nsecsElapsed() / 1e6;
        t.restart();
        FactSheetWriter::writePdf(sheet, tpl, QDir(outDir).filePath(QStringLiteral("bench-nord-map.pdf")));
        withMap << t.nsecsElapsed() / 1e6;
        t.restart();
        FactSheetWriter::writePdf(bare, tpl, QDir(outDir).filePath(QStringLiteral("bench-nord-nomap.pdf")));
        withoutMap << t.nsecsElapsed() / 1e6;
    }
    std::printf("  locator of the Nord (5 départements): data %.1f ms; PDF with it %.1f ms, without %.1f ms\n", median(locate),
                median(withMap), median(withoutMap));

    const FactSheetCoverage all(builder.resolver(), builder.resolver().resolve(QStringLiteral("france")), Level::Departement);
    BatchSettings s;
    s.outDir = QDir(outDir).filePath(QStringLiteral("departements"));
    s.year = 2021;
    s.tpl = tpl;
    BatchFeedback feedback;
    timer.restart();
    const BatchReport r = FactSheetBatch::run(builder, all.territories(), s, feedback);
    const double seconds = timer.elapsed() / 1000.0;
    std::printf("all %d départements, one PDF each: %.1f s (%.0f ms per sheet; target 30 s, ratio %.2f) – %s\n",
                all.size(), seconds, seconds * 1000 / all.size(), seconds / 30.0, qPrintable(batchResultText(r)));

    BatchSettings one = s;
    one.singleFile = QDir(outDir).filePath(QStringLiteral("departements.pdf"));
    timer.restart();
    const BatchReport r2 = FactSheetBatch::run(builder, all.territories(), one, feedback);
    std::printf("all %d départements in one PDF with contents: %.1f s – %s\n", all.size(), timer.elapsed() / 1000.0,
                qPrintable(batchResultText(r2)));
    if (argc > 1) { // sheets to look at: the region, and an EPCI (no tonnages at that level in the sample)
        FactSheetWriter::writePdf(builder.build(builder.resolver().resolve(QStringLiteral("region:32")).id, 2021), tpl,
                                  QDir(outDir).filePath(QStringLiteral("hauts-de-france.pdf")));
        const auto epcis = builder.resolver().descendants(nord.id, Level::Epci);
        if (!epcis.isEmpty())
            FactSheetWriter::writePdf(builder.build(epcis.first().id, 2021), tpl, QDir(outDir).filePath(QStringLiteral("epci.pdf")));
    }
    return r.complete() ? 0 : 1;
}
