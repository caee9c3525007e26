#pragma once
// One export path for every format: the chart is laid out at its logical size (mm at 96 dpi)
// in a scene, then the scene is rendered into a target rectangle of any QPaintDevice — a
// QImage at N dpi (PNG, clipboard), a QSvgGenerator with a viewBox, a vector QPdfWriter page.
#include "indicators/ChartData.h"

#include <QImage>
#include <QSizeF>
#include <QString>
#include <optional>

class QPainter;
class QPaintDevice;

namespace odema::charts {

class OdemaChart;

enum class ExportFormat { Png, Svg, Pdf };
std::optional<ExportFormat> exportFormatFromKey(const QString &key); ///< "png", "svg", "pdf"
QString exportFormatSuffix(ExportFormat format);

struct ExportSize {
    double widthMm = 160;
    double heightMm = 100;
    double dpi = 300; ///< PNG resolution (written into the file); pixel sizes are read at it

    /// A size given in pixels at `dpi`.
    static ExportSize fromPixels(int widthPx, int heightPx, double dpi);
    QSizeF logicalSize() const; ///< layout size in px at 96 dpi
    QSize pixelSize() const;    ///< PNG size at dpi
};

class ChartExporter {
public:
    /// The one rendering path: lays `data` out at `size` and paints it into `target` on
    /// `painter`'s device (scaling fonts and lines with it).
    static void render(const ChartData &data, const ExportSize &size, QPainter &painter, const QRectF &target);

    static QImage toImage(const ChartData &data, const ExportSize &size);
    /// Writes the file; throws OdemaError (empty data, unwritable path, DPI out of 96–600).
    static void exportToFile(const ChartData &data, const ExportSize &size, ExportFormat format, const QString &path);
    /// Image at screen resolution ×2 on the clipboard (needs a GUI application).
    static void copyToClipboard(const ChartData &data, const ExportSize &size);
};

} // namespace odema::charts
