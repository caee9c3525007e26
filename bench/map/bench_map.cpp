// Times the commune map of Hauts-de-France (3 793 outlines): outlines loaded and projected,
// values and classes, render at 300 dpi PNG and SVG. Prints figures and ratios to the target.
// Usage: bench_map [folder]  (the folder receives the maps, to look at them)
#include "geo/MapDataBuilder.h"
#include "map/MapExporter.h"
#include "sample/SampleData.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>

using namespace odema;

namespace {

double ms(QElapsedTimer &t)
{
    const double v = t.nsecsElapsed() / 1e6;
    t.restart();
    return v;
}

void line(const char *what, double value, double target = 0)
{
    if (target > 0)
        std::printf("  %-46s %8.1f ms   (%.2f × target %.0f ms)\n", what, value, value / target, target);
    else
        std::printf("  %-46s %8.1f ms\n", what, value);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : tmp.path();
    QDir().mkpath(outDir);
    auto store = Store::open(tmp.filePath(QStringLiteral("bench.sqlite")), Store::OpenMode::CreateIfMissing);
    QElapsedTimer t;
    t.start();
    SampleData::importInto(*store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
    std::printf("Sample data imported in %.1f s\n", t.nsecsElapsed() / 1e9);
    t.restart();

    const TerritoryResolver resolver(store->database());
    const geo::MapDataBuilder builder(store->database());
    geo::MapRequest r;
    r.level = Level::Commune;
    r.withinId = resolver.resolve(QStringLiteral("region:32")).id;
    r.measure = geo::MapMeasure::Population;
    r.year = 2021;
    r.method = geo::BreakMethod::Quantiles;
    r.classes = 7;
    r.landfills = true;

    std::printf("Commune map of Hauts-de-France\n");
    const geo::MapGeometry geometry = builder.loadGeometry(r.level, r.withinId);
    const double load = ms(t);
    line("outlines read + projected (once per level)", load);
    const geo::MapData data = builder.build(r, geometry);
    const double values = ms(t);
    line("values, classes, landfills", values);
    std::printf("  %lld outlines, %d without data\n", qlonglong(data.features.size()), data.noDataCount);
    map::MapPageSize size; // 180 × 200 mm
    size.dpi = 300;
    const QImage image = map::MapExporter::toImage(data, size);
    const double render = ms(t);
    line("render 180 × 200 mm at 300 dpi (in memory)", render);
    map::MapExporter::exportToFile(data, size, map::MapFormat::Png, QDir(outDir).filePath(QStringLiteral("communes-population.png")));
    const double png = ms(t);
    line("render + write PNG 300 dpi", png, 500);
    map::MapExporter::exportToFile(data, size, map::MapFormat::Svg, QDir(outDir).filePath(QStringLiteral("communes-population.svg")));
    const double svg = ms(t);
    line("render + write SVG", svg, 500);
    map::MapExporter::exportToFile(data, size, map::MapFormat::Pdf, QDir(outDir).filePath(QStringLiteral("communes-population.pdf")));
    const double pdf = ms(t);
    line("render + write PDF", pdf, 500);
    line("values + PNG (outlines already loaded)", values + png, 500);
    line("everything from the store, PNG", load + values + png, 500);
    r.method = geo::BreakMethod::Jenks;
    builder.build(r, geometry);
    line("values with Jenks classes (O(k n²), n = 3 788)", ms(t));

    // The other maps, written for a look (not timed as targets).
    const auto write = [&](geo::MapRequest req, const char *name, double dpi = 110, map::MapFormat format = map::MapFormat::Png) {
        map::MapPageSize s;
        s.dpi = dpi;
        QElapsedTimer w;
        w.start();
        map::MapExporter::exportToFile(builder.build(req), s, format, QDir(outDir).filePath(QString::fromLatin1(name)));
        std::printf("  %-46s %8.1f ms\n", name, w.nsecsElapsed() / 1e6);
    };
    std::printf("Other maps (110 dpi)\n");
    geo::MapRequest d;
    d.level = Level::Departement;
    d.withinId = r.withinId;
    d.year = 2021;
    d.streamIds = builder.streamIdsFromCodes({QStringLiteral("DECH")});
    d.landfills = true;
    write(d, "departements-hdf-kg-hab-2021.png");
    write(d, "carte-hdf.png", 130); // docs/carte-hdf.png of the README
    d.landfills = false;
    d.withinId = 0;
    write(d, "departements-france-kg-hab-2021.png");
    d.level = Level::Region;
    write(d, "regions-france-kg-hab-2021.png");
    d.level = Level::Epci;
    d.withinId = r.withinId;
    write(d, "epci-hdf-kg-hab-2021.png");
    write(d, "epci-hdf-kg-hab-2021.svg", 96, map::MapFormat::Svg); // hatching as an SVG pattern
    d.level = Level::Departement;
    d.withinId = 0;
    d.compareYear = 2009;
    write(d, "departements-france-evolution-2009-2021.png");
    return 0;
}
