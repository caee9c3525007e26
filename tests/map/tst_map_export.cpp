// Map export: the PNG carries its DPI and size, the SVG parses and has a viewBox, the PDF is a
// one-page PDF of the requested size; the page shows the legend's "Données non disponibles".
#include "common/OdemaError.h"
#include "geo/MapDataBuilder.h"
#include "map/MapExporter.h"
#include "map/MapRenderer.h"
#include "sample/SampleData.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QImageReader>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using namespace odema::geo;

class TestMapExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    MapData m_data;

private slots:
    void initTestCase()
    {
        m_store = Store::open(m_dir.filePath(QStringLiteral("store.sqlite")), Store::OpenMode::CreateIfMissing);
        SampleData::importInto(*m_store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
        MapRequest r;
        r.level = Level::Epci; // EPCI have no flows in the sample data: every one hatched…
        r.withinId = TerritoryResolver(m_store->database()).resolve(QStringLiteral("departement:59")).id;
        r.measure = MapMeasure::KgPerInhabitant;
        r.year = 2021;
        r.landfills = true;
        m_data = MapDataBuilder(m_store->database()).build(r);
        QVERIFY(!m_data.hasValues());
        r.level = Level::Departement; // …so the exports use the départements, where values exist
        r.withinId = TerritoryResolver(m_store->database()).resolve(QStringLiteral("region:32")).id;
        m_data = MapDataBuilder(m_store->database()).build(r);
        QVERIFY(m_data.hasValues());
    }

    void pngHasDpiAndSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("carte.png"));
        map::MapPageSize size;
        size.widthMm = 100;
        size.heightMm = 120;
        size.dpi = 200;
        map::MapExporter::exportToFile(m_data, size, map::MapFormat::Png, path);
        QImage image(path);
        QCOMPARE(image.size(), QSize(qRound(100 * 200 / 25.4), qRound(120 * 200 / 25.4)));
        QCOMPARE(image.dotsPerMeterX(), qRound(200 / 0.0254));
        QCOMPARE(image.dotsPerMeterY(), qRound(200 / 0.0254));
        // Something was drawn in the palette's colours, not only white.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 20);
        size.dpi = 1200;
        QVERIFY_THROWS_EXCEPTION(OdemaError, map::MapExporter::exportToFile(m_data, size, map::MapFormat::Png, path));
    }

    void svgHasViewBoxAndText()
    {
        const QString path = m_dir.filePath(QStringLiteral("carte.svg"));
        map::MapExporter::exportToFile(m_data, map::MapPageSize(), map::MapFormat::Svg, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray svg = file.readAll();
        QVERIFY(svg.contains("viewBox=\""));
        QVERIFY(svg.contains("Nord"));                        // labels stay text
        QVERIFY(svg.contains("Source : ADEME"));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QVERIFY(renderer.viewBoxF().width() > 600);
    }

    void pdfIsOnePageOfTheSize()
    {
        const QString path = m_dir.filePath(QStringLiteral("carte.pdf"));
        map::MapExporter::exportToFile(m_data, map::MapPageSize(), map::MapFormat::Pdf, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray pdf = file.readAll();
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page "), 1);
        // 180 × 200 mm in points: 510.24 × 566.93.
        const int at = pdf.indexOf("/MediaBox [");
        QVERIFY(at > 0);
        const QList<QByteArray> box = pdf.mid(at + 11, 40).split(']').first().simplified().split(' ');
        QCOMPARE(box.size(), 4);
        QVERIFY2(std::abs(box[2].toDouble() - 510.24) < 0.5 && std::abs(box[3].toDouble() - 566.93) < 0.5, pdf.mid(at, 50).constData());
    }

    void highlightedTerritoryOutlined()
    {
        // A fact sheet's territory among its neighbours: a strong dark outline around Nord.
        MapData plain = m_data;
        MapData marked = m_data;
        const geo::MapFeature *nord = nullptr;
        for (const geo::MapFeature &f : m_data.features)
            if (f.territory.code == QLatin1String("59"))
                nord = &f;
        QVERIFY(nord);
        marked.request.highlightIds = {nord->territory.territoryId};
        map::MapPageSize size;
        size.dpi = 96;
        const QImage a = map::MapExporter::toImage(plain, size);
        const QImage b = map::MapExporter::toImage(marked, size);
        int darker = 0;
        for (int y = 0; y < a.height(); ++y)
            for (int x = 0; x < a.width(); ++x)
                darker += qGray(b.pixel(x, y)) + 60 < qGray(a.pixel(x, y)) ? 1 : 0;
        QVERIFY2(darker > 300, qPrintable(QString::number(darker)));

        // The same as an inset of a fact sheet: drawn inside its rectangle only.
        QImage sheet(600, 400, QImage::Format_RGB32);
        sheet.fill(Qt::white);
        QPainter p(&sheet);
        map::MapRenderer::paintInset(marked, p, QRectF(100, 100, 400, 250));
        p.end();
        int inside = 0, outside = 0;
        for (int y = 0; y < sheet.height(); ++y)
            for (int x = 0; x < sheet.width(); ++x)
                if (sheet.pixel(x, y) != qRgb(255, 255, 255))
                    ++(QRect(98, 98, 404, 254).contains(x, y) ? inside : outside);
        QVERIFY(inside > 10000);
        QCOMPARE(outside, 0);
    }

    void legendMentionsMissingData()
    {
        MapData partial = m_data;
        partial.features[0].value.reset();
        partial.features[0].classIndex = -1;
        partial.noDataCount = 1;
        const QString path = m_dir.filePath(QStringLiteral("partielle.svg"));
        map::MapExporter::exportToFile(partial, map::MapPageSize(), map::MapFormat::Svg, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("Données non disponibles")));
    }
};

QTEST_MAIN(TestMapExport)
#include "tst_map_export.moc"
