// Rendering and export: pixel size and DPI of PNG files, SVG viewBox and text, one PDF page of
// the requested size, a reference image with tolerance (bundled font), and the `chart` verb.
#include "charts/ChartExporter.h"
#include "charts/ChartFactory.h"
#include "charts/ChartLegend.h"
#include "common/OdemaError.h"
#include "indicators/ChartDataBuilder.h"
#include "sample/SampleData.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineSeries>
#include <QProcess>
#include <QRegularExpression>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using namespace odema;
using namespace odema::charts;

class TestChartExport : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void pngHasRequestedSizeAndDpi();
    void svgHasViewBoxAndText();
    void pdfHasOnePageOfRequestedSize();
    void everyKindRenders();
    void referenceImage();
    void legendTogglesSeries();
    void clipboardGetsImage();
    void emptyDataIsRefused();
    void rankingNamesEveryBar();
    void commandLine_data();
    void commandLine();

private:
    ChartData build(ChartKind kind, const QString &territory = QStringLiteral("region:32")) const;

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<Store> m_store;
};

void TestChartExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_dbPath = m_dir.filePath(QStringLiteral("s.sqlite"));
    m_store = Store::open(m_dbPath, Store::OpenMode::CreateIfMissing);
    SampleData::importInto(*m_store, QStringLiteral(ODEMA_SAMPLE_DATA_DIR));
}

ChartData TestChartExport::build(ChartKind kind, const QString &territory) const
{
    ChartRequest r;
    r.kind = kind;
    r.territoryIds = {TerritoryResolver(m_store->database()).resolve(territory).id};
    return ChartDataBuilder(m_store->database()).build(r);
}

void TestChartExport::pngHasRequestedSizeAndDpi()
{
    const ChartData d = build(ChartKind::Composition);
    ExportSize size;
    size.widthMm = 120;
    size.heightMm = 80;
    size.dpi = 300;
    const QString path = m_dir.filePath(QStringLiteral("c.png"));
    ChartExporter::exportToFile(d, size, ExportFormat::Png, path);
    QImage image(path);
    QCOMPARE(image.size(), QSize(1417, 945)); // 120 mm and 80 mm at 300 dpi
    QCOMPARE(image.dotsPerMeterX(), 11811);
    QCOMPARE(image.dotsPerMeterY(), 11811);

    ChartExporter::exportToFile(d, ExportSize::fromPixels(1600, 1000, 150), ExportFormat::Png, path);
    image.load(path);
    QCOMPARE(image.size(), QSize(1600, 1000));
    QCOMPARE(image.dotsPerMeterX(), qRound(150 / 0.0254));
}

void TestChartExport::svgHasViewBoxAndText()
{
    const ChartData d = build(ChartKind::Traitement);
    ExportSize size;
    size.widthMm = 160;
    size.heightMm = 100;
    const QString path = m_dir.filePath(QStringLiteral("t.svg"));
    ChartExporter::exportToFile(d, size, ExportFormat::Svg, path);
    QSvgRenderer renderer(path);
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF().size().toSize(), size.logicalSize().toSize());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    QVERIFY(svg.contains(QStringLiteral("viewBox=\"0 0 604.7")));
    QVERIFY(svg.contains(QStringLiteral("width=\"160.")));                  // physical size in mm
    QVERIFY(svg.contains(QStringLiteral(">Valorisation matière</text>"))); // text kept as text
}

void TestChartExport::pdfHasOnePageOfRequestedSize()
{
    const ChartData d = build(ChartKind::Evolution);
    ExportSize size;
    size.widthMm = 180;
    size.heightMm = 110;
    const QString path = m_dir.filePath(QStringLiteral("e.pdf"));
    ChartExporter::exportToFile(d, size, ExportFormat::Pdf, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    // One page object, whose MediaBox is 180 × 110 mm in points.
    QCOMPARE(bytes.count("/Type /Page\n") + bytes.count("/Type /Page\r") + bytes.count("/Type /Page "), qsizetype(1));
    const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const auto m = box.match(QString::fromLatin1(bytes));
    QVERIFY(m.hasMatch());
    QVERIFY(qAbs(m.captured(1).toDouble() - 180 * 72 / 25.4) < 1.0);
    QVERIFY(qAbs(m.captured(2).toDouble() - 110 * 72 / 25.4) < 1.0);
    // Vector: the title is text in the PDF, not pixels (pdftotext when available).
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    if (text.waitForFinished(20000) && text.exitCode() == 0)
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("Évolution des déchets")));
}

void TestChartExport::everyKindRenders()
{
    for (ChartKind kind : allChartKinds()) {
        const ChartData d = build(kind, QStringLiteral("departement:59"));
        QVERIFY2(!d.isEmpty(), qPrintable(chartKindKey(kind)));
        ExportSize size;
        size.dpi = 96;
        const QImage image = ChartExporter::toImage(d, size);
        // Coloured pixels in the middle band, where the plot is: something was drawn.
        int coloured = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (qAbs(c.red() - c.blue()) > 40 || qAbs(c.green() - c.blue()) > 40)
                    ++coloured;
            }
        QVERIFY2(coloured > 1000, qPrintable(chartKindKey(kind)));
    }
}

void TestChartExport::referenceImage()
{
    // The source line carries the import date: fixed here so the image depends only on the
    // data, the style and the bundled font.
    ChartData d = build(ChartKind::Composition);
    d.sourceLine = QStringLiteral("Source : ADEME, SINOE® – traitement Odema ; données 2009–2021.");
    ExportSize size;
    size.widthMm = 160;
    size.heightMm = 100;
    size.dpi = 96;
    const QImage image = ChartExporter::toImage(d, size).convertToFormat(QImage::Format_RGB32);
    const QString reference = QStringLiteral(ODEMA_CHART_REFERENCE_DIR "/composition_region-32_reference.png");
    if (qEnvironmentVariableIsSet("ODEMA_UPDATE_REFERENCE"))
        QVERIFY(image.save(reference));
    QImage expected(reference);
    QVERIFY2(!expected.isNull(), "reference image missing (set ODEMA_UPDATE_REFERENCE=1 once)");
    expected = expected.convertToFormat(QImage::Format_RGB32);
    QCOMPARE(image.size(), expected.size());
    // Tolerance: antialiasing and font rasterisation differ a little between machines; a change
    // of colour or layout moves thousands of pixels.
    int mismatched = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QRgb a = image.pixel(x, y), b = expected.pixel(x, y);
            if (qAbs(qRed(a) - qRed(b)) > 48 || qAbs(qGreen(a) - qGreen(b)) > 48 || qAbs(qBlue(a) - qBlue(b)) > 48)
                ++mismatched;
        }
    const int allowed = image.width() * image.height() / 200; // 0,5 %
    if (mismatched > allowed)
        image.save(m_dir.filePath(QStringLiteral("composition_actual.png")));
    QVERIFY2(mismatched <= allowed, qPrintable(QStringLiteral("%1 pixels differ (allowed %2)").arg(mismatched).arg(allowed)));

    // The check can fail: another colour for one stream is caught.
    ChartData changed = d;
    changed.series[4].colour = QColor(Qt::red);
    const QImage other = ChartExporter::toImage(changed, size).convertToFormat(QImage::Format_RGB32);
    int diff = 0;
    for (int y = 0; y < other.height(); ++y)
        for (int x = 0; x < other.width(); ++x)
            if (other.pixel(x, y) != expected.pixel(x, y))
                ++diff;
    QVERIFY(diff > allowed);
}

void TestChartExport::legendTogglesSeries()
{
    const ChartData d = build(ChartKind::Evolution);
    auto chart = ChartFactory::create(d);
    QVERIFY(chart->chartLegend());
    auto *line = qobject_cast<QLineSeries *>(chart->series().first());
    QVERIFY(line && line->isVisible());
    chart->chartLegend()->toggleEntry(0);
    QVERIFY(!line->isVisible());
    QVERIFY(!chart->chartLegend()->isEntryShown(0));
    chart->chartLegend()->toggleEntry(0);
    QVERIFY(line->isVisible());
}

void TestChartExport::clipboardGetsImage()
{
    ExportSize size;
    size.widthMm = 100;
    size.heightMm = 60;
    ChartExporter::copyToClipboard(build(ChartKind::Classement), size);
    const QImage image = QGuiApplication::clipboard()->image();
    QCOMPARE(image.size(), QSize(756, 454)); // 100 × 60 mm at 192 dpi
}

void TestChartExport::emptyDataIsRefused()
{
    ChartData empty;
    empty.series << ChartSeries{QStringLiteral("x"), Qt::red, {std::nullopt}};
    QVERIFY(empty.isEmpty());
    QVERIFY_THROWS_EXCEPTION(OdemaError, ChartExporter::exportToFile(empty, ExportSize(), ExportFormat::Png,
                                                                     m_dir.filePath(QStringLiteral("x.png"))));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.png"))));
}

void TestChartExport::rankingNamesEveryBar()
{
    // The 17 régions of France at the default size: the category axis used to skip 8 names,
    // the highlighted Hauts-de-France among them. Every name is now drawn, as text in the SVG.
    ChartRequest r;
    r.kind = ChartKind::Classement;
    r.nationalRanking = true;
    r.measure = Measure::KgPerInhabitant;
    r.territoryIds = {TerritoryResolver(m_store->database()).resolve(QStringLiteral("region:32")).id};
    const ChartData d = ChartDataBuilder(m_store->database()).build(r);
    QCOMPARE(d.categories.size(), 17);
    const QString path = m_dir.filePath(QStringLiteral("ranking.svg"));
    ChartExporter::exportToFile(d, ExportSize(), ExportFormat::Svg, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString svg = QString::fromUtf8(file.readAll());
    for (const QString &name : d.categories) {
        QString escaped = name.toHtmlEscaped();
        escaped.replace(QLatin1Char('\''), QStringLiteral("&apos;"));
        QVERIFY2(svg.contains(QLatin1Char('>') + name.toHtmlEscaped() + QStringLiteral("</text>"))
                     || svg.contains(QLatin1Char('>') + escaped + QStringLiteral("</text>")),
                 qPrintable(name));
    }
    QVERIFY(!svg.contains(QStringLiteral("trop fines")));
}

void TestChartExport::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("cli.svg");
    QTest::newRow("ok") << QStringList{"--territory", "region:32", "--kind", "composition", "--years", "2009-2021", "--format", "svg"} << 0 << "écrit";
    QTest::newRow("png") << QStringList{"--territory", "Nord", "--kind", "classement", "--format", "png", "--dpi", "150"} << 0 << "écrit";
    QTest::newRow("unknown kind") << QStringList{"--territory", "region:32", "--kind", "camembert", "--format", "svg"} << 1 << "camembert";
    QTest::newRow("unknown territory") << QStringList{"--territory", "region:99", "--kind", "evolution", "--format", "svg"} << 1 << "region:99";
    QTest::newRow("empty years") << QStringList{"--territory", "region:32", "--kind", "evolution", "--years", "2021-2009", "--format", "svg"} << 1 << "Période vide";
    QTest::newRow("no data") << QStringList{"--territory", "region:32", "--kind", "evolution", "--years", "1990-1995", "--format", "svg"} << 1 << "Pas de données";
    QTest::newRow("bad dpi") << QStringList{"--territory", "region:32", "--kind", "evolution", "--format", "png", "--dpi", "2000"} << 1 << "dpi";
}

void TestChartExport::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString outPath = m_dir.filePath(QStringLiteral("cli_%1.out").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
    QProcess p;
    p.start(QStringLiteral(ODEMA_BINARY), QStringList{"chart", "--db", m_dbPath, "--out", outPath} + arguments);
    QVERIFY(p.waitForFinished(60000));
    const QString all = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QVERIFY2(p.exitCode() == exitCode, qPrintable(all));
    QVERIFY2(all.contains(message), qPrintable(all));
    QCOMPARE(QFile::exists(outPath), exitCode == 0);
}

QTEST_MAIN(TestChartExport)
#include "tst_chart_export.moc"
