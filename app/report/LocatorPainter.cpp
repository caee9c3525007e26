#include "report/LocatorPainter.h"

#include "map/MapRenderer.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace odema::report {

namespace {
// The observatory's amber (../shared/reference/data-formats.md, Odema colour conventions): it
// stands out on the accent band and on white, and is not one of the chart palettes' blues.
const QColor kHighlight(0xFF, 0xB8, 0x00);
} // namespace

void paintLocatorMap(QPainter &painter, const SheetLocator &l, const QRectF &frame, double unitsPerMm)
{
    const QTransform toFrame = map::MapRenderer::fit(l.bounds, frame);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(255, 255, 255, 200), 0.15 * unitsPerMm));
    painter.setBrush(QColor(255, 255, 255, 70));
    for (const LocatorShape &n : l.neighbours)
        painter.drawPath(toFrame.map(n.path));
    painter.setPen(QPen(Qt::white, 0.3 * unitsPerMm));
    painter.setBrush(kHighlight);
    painter.drawPath(toFrame.map(l.territory.path));
    painter.restore();
}

QByteArray locatorSvg(const SheetLocator &l, double widthMm, double heightMm)
{
    constexpr double kUnitsPerMm = 4; // SVG user units: a quarter millimetre
    QByteArray svg;
    QBuffer buffer(&svg);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(QSize(int(widthMm * kUnitsPerMm), int(heightMm * kUnitsPerMm)));
    generator.setViewBox(QRectF(0, 0, widthMm * kUnitsPerMm, heightMm * kUnitsPerMm));
    generator.setTitle(l.description());
    QPainter painter(&generator);
    paintLocatorMap(painter, l, QRectF(0, 0, widthMm * kUnitsPerMm, heightMm * kUnitsPerMm), kUnitsPerMm);
    painter.end();
    return svg;
}

} // namespace odema::report
