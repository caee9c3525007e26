#pragma once
// A territory outline as plain data: polygons made of rings (the first ring of a polygon is its
// outer edge, the others its holes), in lon/lat degrees as read or in Lambert-93 metres once
// projected. Stored in the boundary table as a compact binary blob (encode/decode), because
// re-parsing GeoJSON text each time a map opens would cost more than drawing it.
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>
#include <optional>

namespace odema::geo {

struct GeoShape {
    QList<QList<QPolygonF>> polygons; ///< polygon -> rings (outer first, then holes)

    bool isEmpty() const { return polygons.isEmpty(); }
    int pointCount() const;
    QRectF bounds() const;
    /// Outer area minus holes (shoelace), in the square units of the coordinates.
    double area() const;
    /// One closed subpath per ring, odd-even fill so holes stay holes.
    QPainterPath toPath() const;
    /// A point well inside the largest polygon, where a label reads as belonging to it
    /// (the centroid of a crescent-shaped commune can fall outside it).
    QPointF labelPoint() const;
    /// The same outline with fewer points: Douglas–Peucker per ring, every dropped point within
    /// `tolerance` (coordinate units) of the kept edges. A map drawn a few centimetres wide
    /// needs a small fraction of a detailed file's points. Rings keep at least 3 points.
    GeoShape simplified(double tolerance) const;
    /// Appends the polygons of `other` (merged communes drawn as one territory).
    void append(const GeoShape &other) { polygons += other.polygons; }
};

/// Polygon or MultiPolygon geometry of a GeoJSON feature; nullopt for other types or bad
/// coordinates (the caller reports it).
std::optional<GeoShape> shapeFromGeoJson(const QJsonObject &geometry);

QByteArray encodeShape(const GeoShape &shape);
/// Throws OdemaError when the blob is not one encodeShape wrote.
GeoShape decodeShape(const QByteArray &blob);

} // namespace odema::geo
