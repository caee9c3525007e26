#include "map/MapExporter.h"

#include "charts/PngWriter.h"
#include "common/OdemaError.h"
#include "map/MapRenderer.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace odema::map {

namespace {
constexpr double kMmPerInch = 25.4;
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Map)
};
QString unwritable(const QString &path) { return Tr::tr("Impossible d'écrire %1 : vérifiez le dossier et les droits.").arg(path); }
} // namespace

std::optional<MapFormat> mapFormatFromKey(const QString &key)
{
    const QString k = key.toLower();
    if (k == QLatin1String("png"))
        return MapFormat::Png;
    if (k == QLatin1String("svg"))
        return MapFormat::Svg;
    if (k == QLatin1String("pdf"))
        return MapFormat::Pdf;
    return std::nullopt;
}

QSizeF MapPageSize::logicalSize() const { return QSizeF(widthMm, heightMm) * kLayoutDpi / kMmPerInch; }

QSize MapPageSize::pixelSize() const { return QSize(qRound(widthMm * dpi / kMmPerInch), qRound(heightMm * dpi / kMmPerInch)); }

QImage MapExporter::toImage(const geo::MapData &data, const MapPageSize &size)
{
    QImage image(size.pixelSize(), QImage::Format_RGB32); // opaque page: no alpha to unpremultiply or store
    image.fill(Qt::white);
    const int dotsPerMeter = qRound(size.dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QPainter painter(&image);
    MapRenderer::paintPage(data, size.logicalSize(), painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
    painter.end();
    return image;
}

void MapExporter::exportToFile(const geo::MapData &data, const MapPageSize &size, MapFormat format, const QString &path)
{
    if (data.features.isEmpty())
        throw OdemaError(Tr::tr("Carte vide : aucun contour pour ce niveau et ce périmètre."));
    if (size.widthMm < 50 || size.heightMm < 50 || size.widthMm > 2000 || size.heightMm > 2000)
        throw OdemaError(Tr::tr("Taille de carte hors limites (%1 × %2 mm) : choisissez entre 50 et 2000 mm.")
                             .arg(qRound(size.widthMm)).arg(qRound(size.heightMm)));
    switch (format) {
    case MapFormat::Png: {
        if (size.dpi < 96 || size.dpi > 600)
            throw OdemaError(Tr::tr("Résolution %1 dpi hors limites : choisissez entre 96 et 600 dpi.").arg(size.dpi));
        if (!charts::writePng(toImage(data, size), path))
            throw OdemaError(unwritable(path));
        return;
    }
    case MapFormat::Svg: {
        QSvgGenerator svg;
        svg.setFileName(path);
        const QSizeF logical = size.logicalSize();
        svg.setSize(logical.toSize());
        svg.setResolution(int(kLayoutDpi));
        svg.setViewBox(QRectF(QPointF(0, 0), logical)); // scalable in any layout program
        svg.setTitle(data.title);
        svg.setDescription(data.subtitle + QLatin1Char('\n') + data.sourceLine);
        QPainter painter;
        if (!painter.begin(&svg))
            throw OdemaError(unwritable(path));
        MapRenderer::paintPage(data, logical, painter, QRectF(QPointF(0, 0), logical));
        painter.end();
        return;
    }
    case MapFormat::Pdf: {
        QPdfWriter pdf(path);
        pdf.setCreator(QStringLiteral("Odema Explorer"));
        pdf.setTitle(data.title);
        pdf.setResolution(1200);
        pdf.setPageSize(QPageSize(QSizeF(size.widthMm, size.heightMm), QPageSize::Millimeter, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        QPainter painter;
        if (!painter.begin(&pdf))
            throw OdemaError(unwritable(path));
        MapRenderer::paintPage(data, size.logicalSize(), painter, QRectF(QPointF(0, 0), QSizeF(pdf.width(), pdf.height())));
        painter.end();
        return;
    }
    }
}

} // namespace odema::map
