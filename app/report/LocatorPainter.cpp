#include "report/LocatorPainter.h"

#include "map/MapRenderer.h"

#include <QBuffer>
#include <QPainter>
#include <QSvgGenerator>

namespace odema::report {

void paintLocatorMap(QPainter &painter, const SheetLocator &l, const QRectF &frame, double unitsPerMm)
{
    const QTransform toFrame = map::MapRenderer::fit(l.bounds, frame);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(QColor(255, 255, 255, 200), 0.15 * unitsPerMm));
    painter.setBrush(QColor(255, 255, 255, 70));
    for (const QPainterPath &p : l.neighbours)
        painter.drawPath(toFrame.map(p));
    painter.setPen(QPen(Qt::white, 0.3 * unitsPerMm));
    painter.setBrush(QColor(0xFF, 0xB8, 0x00));
    painter.drawPath(toFrame.map(l.territory));
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
    generator.setTitle(l.caption);
    QPainter painter(&generator);
    paintLocatorMap(painter, l, QRectF(0, 0, widthMm * kUnitsPerMm, heightMm * kUnitsPerMm), kUnitsPerMm);
    painter.end();
    return svg;
}

} // namespace odema::report
