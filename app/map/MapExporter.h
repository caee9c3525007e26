#pragma once
// Export of a map page like a chart (same conventions as charts/ChartExporter): the page is laid
// out at its size in mm (96 dpi layout) and painted into a QImage at N dpi with the DPI written
// into the PNG, a QSvgGenerator with a viewBox, or a vector PDF page of exactly that size.
#include "geo/MapData.h"

#include <QImage>
#include <QSizeF>
#include <optional>

namespace odema::map {

enum class MapFormat { Png, Svg, Pdf };
std::optional<MapFormat> mapFormatFromKey(const QString &key); ///< "png", "svg", "pdf"

struct MapPageSize {
    double widthMm = 180;
    double heightMm = 200;
    double dpi = 300; ///< PNG only, 96–600

    QSizeF logicalSize() const; ///< px at 96 dpi
    QSize pixelSize() const;    ///< PNG px at dpi
};

class MapExporter {
public:
    static QImage toImage(const geo::MapData &data, const MapPageSize &size);
    /// Throws OdemaError (map without outlines, size or DPI out of range, unwritable path).
    static void exportToFile(const geo::MapData &data, const MapPageSize &size, MapFormat format, const QString &path);
};

} // namespace odema::map
