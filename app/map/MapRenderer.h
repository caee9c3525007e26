#pragma once
// The page of a map, painted with QPainter in a 96 dpi logical layout (sizes in px of that
// layout), then scaled into any target rectangle: the same drawing serves the PNG at 300 dpi,
// the SVG, the PDF and the legend overlay of the window.
#include "geo/MapData.h"

#include <QFont>
#include <QRectF>
#include <QTransform>

class QPainter;

namespace odema::map {

constexpr double kLayoutDpi = 96.0;

QFont mapFont(double pixelSize, bool bold = false);

class MapRenderer {
public:
    /// Paints the whole page (layout of `logicalSize` px) into `target` on the painter.
    static void paintPage(const geo::MapData &data, const QSizeF &logicalSize, QPainter &painter, const QRectF &target);

    /// A map without title or footer fitted into `rect` (a fact sheet's inset: the territory of
    /// request.highlightIds outlined among its neighbours), with its legend at the right when
    /// the rect is wide enough.
    static void paintInset(const geo::MapData &data, QPainter &painter, const QRectF &rect);

    /// Scene (Lambert-93) to layout transform fitting `bounds` into `frame`, north up.
    static QTransform fit(const QRectF &bounds, const QRectF &frame);
    /// Territories, hatching, labels and landfill circles inside `frame`.
    static void paintMap(const geo::MapData &data, QPainter &painter, const QTransform &toFrame, const QRectF &frame,
                         bool labels = true);
    /// The legend column; returns the height used. Width is `width` px.
    static double paintLegend(const geo::MapData &data, QPainter &painter, const QPointF &topLeft, double width);
    static double legendHeight(const geo::MapData &data, double width);
    /// Scale bar (nice length, "1 : N" at the layout's print size) at bottom-left of `frame`.
    static void paintScaleBar(QPainter &painter, const QTransform &toFrame, const QRectF &frame);
    static void paintNorthArrow(QPainter &painter, const QPointF &topCenter);

    /// Hatching of a territory without data, in layout px (drawn lines, so SVG and PDF keep it).
    static void paintHatch(QPainter &painter, const QPainterPath &pathInLayout);
    /// Radius in layout px of a landfill circle of `tonnes`, the largest site being `maxTonnes`.
    static double landfillRadius(double tonnes, double maxTonnes);
    static constexpr double kMaxLandfillRadius = 16.0;
};

} // namespace odema::map
