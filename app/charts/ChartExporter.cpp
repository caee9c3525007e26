#include "charts/ChartExporter.h"

#include "charts/ChartFactory.h"
#include "charts/ChartStyle.h"
#include "charts/PngWriter.h"
#include "common/OdemaError.h"

#include <QApplication>
#include <QClipboard>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <cmath>

namespace odema::charts {

namespace {
constexpr double kMmPerInch = 25.4;
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Charts)
};
} // namespace

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    const QString k = key.toLower();
    if (k == QLatin1String("png"))
        return ExportFormat::Png;
    if (k == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (k == QLatin1String("pdf"))
        return ExportFormat::Pdf;
    return std::nullopt;
}

QString exportFormatSuffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    }
    return QString();
}

ExportSize ExportSize::fromPixels(int widthPx, int heightPx, double dpi)
{
    ExportSize s;
    s.dpi = dpi;
    s.widthMm = widthPx * kMmPerInch / dpi;
    s.heightMm = heightPx * kMmPerInch / dpi;
    return s;
}

QSizeF ExportSize::logicalSize() const
{
    return QSizeF(widthMm, heightMm) * style::kLayoutDpi / kMmPerInch;
}

QSize ExportSize::pixelSize() const
{
    return QSize(qRound(widthMm * dpi / kMmPerInch), qRound(heightMm * dpi / kMmPerInch));
}

void ChartExporter::render(const ChartData &data, const ExportSize &size, QPainter &painter, const QRectF &target)
{
    std::unique_ptr<OdemaChart> chart;
    {
        const style::ScopedFontScale scale(style::fontScaleForWidth(size.logicalSize().width()));
        chart = ChartFactory::create(data);
    }
    QGraphicsScene scene;
    scene.addItem(chart.get());
    const QRectF source(QPointF(0, 0), size.logicalSize());
    chart->setGeometry(source);
    // Layout pass before painting: the chart's layout is otherwise only activated by the
    // event loop, and an unlaid chart paints its series into a zero plot area.
    chart->relayout();
    if (chart->layout())
        chart->layout()->activate();
    QCoreApplication::sendPostedEvents();
    chart->relayout();
    if (chart->layout())
        chart->layout()->activate();
    scene.setSceneRect(source);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    scene.render(&painter, target, source, Qt::IgnoreAspectRatio);
    scene.removeItem(chart.get());
}

QImage ChartExporter::toImage(const ChartData &data, const ExportSize &size)
{
    QImage image(size.pixelSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white); // never an uninitialised background
    const int dotsPerMeter = qRound(size.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    render(data, size, painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    return image;
}

void ChartExporter::exportToFile(const ChartData &data, const ExportSize &size, ExportFormat format, const QString &path)
{
    if (data.isEmpty())
        throw OdemaError(data.emptyReason.isEmpty() ? Tr::tr("Pas de données pour cette sélection.") : data.emptyReason);
    if (size.widthMm < 20 || size.heightMm < 20 || size.widthMm > 2000 || size.heightMm > 2000)
        throw OdemaError(Tr::tr("Taille de graphique hors limites (%1 × %2 mm) : choisissez entre 20 et 2000 mm.")
                             .arg(qRound(size.widthMm)).arg(qRound(size.heightMm)));
    switch (format) {
    case ExportFormat::Png: {
        if (size.dpi < 96 || size.dpi > 600)
            throw OdemaError(Tr::tr("Résolution %1 dpi hors limites : choisissez entre 96 et 600 dpi.").arg(size.dpi));
        const QImage image = toImage(data, size);
        if (!writePng(image, path))
            throw OdemaError(Tr::tr("Impossible d'écrire %1 : vérifiez le dossier et les droits.").arg(path));
        return;
    }
    case ExportFormat::Svg: {
        QSvgGenerator svg;
        svg.setFileName(path);
        const QSizeF logical = size.logicalSize();
        svg.setSize(logical.toSize());
        svg.setResolution(int(style::kLayoutDpi));       // width/height attributes in mm
        svg.setViewBox(QRectF(QPointF(0, 0), logical)); // scalable in any layout program
        svg.setTitle(data.title);
        svg.setDescription(data.subtitle + QLatin1Char('\n') + data.sourceLine);
        QPainter painter;
        if (!painter.begin(&svg))
            throw OdemaError(Tr::tr("Impossible d'écrire %1 : vérifiez le dossier et les droits.").arg(path));
        render(data, size, painter, QRectF(QPointF(0, 0), logical));
        painter.end();
        return;
    }
    case ExportFormat::Pdf: {
        QPdfWriter pdf(path);
        pdf.setCreator(QStringLiteral("Odema Explorer"));
        pdf.setTitle(data.title);
        pdf.setResolution(1200);
        pdf.setPageSize(QPageSize(QSizeF(size.widthMm, size.heightMm), QPageSize::Millimeter, QString(),
                                  QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        QPainter painter;
        if (!painter.begin(&pdf))
            throw OdemaError(Tr::tr("Impossible d'écrire %1 : vérifiez le dossier et les droits.").arg(path));
        render(data, size, painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
        painter.end();
        return;
    }
    }
}

void ChartExporter::copyToClipboard(const ChartData &data, const ExportSize &size)
{
    ExportSize screen = size;
    screen.dpi = 192; // sharp on high-density screens, still light for office documents
    QApplication::clipboard()->setImage(toImage(data, screen));
}

} // namespace odema::charts
