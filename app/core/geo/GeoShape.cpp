#include "geo/GeoShape.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QJsonArray>
#include <QLineF>
#include <algorithm>
#include <cmath>

namespace odema::geo {

namespace {

constexpr quint32 kMagic = 0x4F444753; // "ODGS"
constexpr quint8 kVersion = 1;

double ringArea(const QPolygonF &ring)
{
    double sum = 0;
    for (int i = 0, n = int(ring.size()); i < n; ++i) {
        const QPointF &a = ring.at(i);
        const QPointF &b = ring.at((i + 1) % n);
        sum += a.x() * b.y() - b.x() * a.y();
    }
    return std::abs(sum) / 2;
}

double polygonArea(const QList<QPolygonF> &rings)
{
    double area = 0;
    for (int i = 0; i < rings.size(); ++i)
        area += (i == 0 ? 1 : -1) * ringArea(rings.at(i));
    return area;
}

std::optional<QPolygonF> ringFromJson(const QJsonArray &points)
{
    QPolygonF ring;
    ring.reserve(points.size());
    for (const QJsonValue &p : points) {
        const QJsonArray xy = p.toArray();
        if (xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            return std::nullopt;
        ring << QPointF(xy.at(0).toDouble(), xy.at(1).toDouble());
    }
    // GeoJSON repeats the first point at the end; a QPainterPath closes rings itself.
    if (ring.size() > 1 && ring.first() == ring.last())
        ring.removeLast();
    if (ring.size() < 3)
        return std::nullopt;
    return ring;
}

std::optional<QList<QPolygonF>> polygonFromJson(const QJsonArray &rings)
{
    QList<QPolygonF> polygon;
    for (const QJsonValue &r : rings) {
        auto ring = ringFromJson(r.toArray());
        if (!ring)
            return std::nullopt;
        polygon << *ring;
    }
    if (polygon.isEmpty())
        return std::nullopt;
    return polygon;
}

/// x positions where the horizontal line y crosses the rings, sorted.
std::vector<double> crossings(const QList<QPolygonF> &rings, double y)
{
    std::vector<double> xs;
    for (const QPolygonF &ring : rings) {
        for (int i = 0, n = int(ring.size()); i < n; ++i) {
            const QPointF &a = ring.at(i);
            const QPointF &b = ring.at((i + 1) % n);
            if ((a.y() <= y) != (b.y() <= y))
                xs.push_back(a.x() + (y - a.y()) * (b.x() - a.x()) / (b.y() - a.y()));
        }
    }
    std::sort(xs.begin(), xs.end());
    return xs;
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}

/// Douglas–Peucker between points `first` and `last` of `points`, marking the kept ones
/// (an explicit stack: rings of detailed files have thousands of points).
void markKept(const QPolygonF &points, int first, int last, double tolerance, std::vector<char> &keep)
{
    std::vector<std::pair<int, int>> spans{{first, last}};
    while (!spans.empty()) {
        const auto [a, b] = spans.back();
        spans.pop_back();
        double farthest = -1;
        int index = -1;
        for (int i = a + 1; i < b; ++i) {
            const double d = distanceToSegment(points.at(i), points.at(a), points.at(b));
            if (d > farthest) {
                farthest = d;
                index = i;
            }
        }
        if (index < 0 || farthest <= tolerance)
            continue;
        keep[size_t(index)] = 1;
        spans.push_back({a, index});
        spans.push_back({index, b});
    }
}

QPolygonF simplifiedRing(const QPolygonF &ring, double tolerance)
{
    const int n = int(ring.size());
    if (n <= 3)
        return ring;
    // A closed ring: split at the point farthest from the first, simplify both halves (the
    // second one ends back on the first point, appended as index n).
    QPolygonF closed = ring;
    closed << ring.first();
    int split = 1;
    for (int i = 2; i < n; ++i)
        if (QLineF(ring.first(), ring.at(i)).length() > QLineF(ring.first(), ring.at(split)).length())
            split = i;
    std::vector<char> keep(size_t(n) + 1, 0);
    keep[0] = keep[size_t(split)] = 1;
    markKept(closed, 0, split, tolerance, keep);
    markKept(closed, split, n, tolerance, keep);
    QPolygonF out;
    for (int i = 0; i < n; ++i)
        if (keep[size_t(i)])
            out << ring.at(i);
    // Two points are no ring (a ring smaller than the tolerance): add the one farthest from
    // their segment as the third.
    if (out.size() < 3) {
        int best = 1;
        for (int i = 1; i < n; ++i)
            if (distanceToSegment(ring.at(i), ring.first(), ring.at(split))
                > distanceToSegment(ring.at(best), ring.first(), ring.at(split)))
                best = i;
        out.clear();
        for (int i = 0; i < n; ++i)
            if (i == 0 || i == split || i == best)
                out << ring.at(i);
    }
    return out;
}

} // namespace

GeoShape GeoShape::simplified(double tolerance) const
{
    GeoShape out;
    out.polygons.reserve(polygons.size());
    for (const auto &polygon : polygons) {
        QList<QPolygonF> rings;
        rings.reserve(polygon.size());
        for (const QPolygonF &ring : polygon)
            rings << simplifiedRing(ring, tolerance);
        out.polygons << rings;
    }
    return out;
}

int GeoShape::pointCount() const
{
    int n = 0;
    for (const auto &polygon : polygons)
        for (const QPolygonF &ring : polygon)
            n += int(ring.size());
    return n;
}

QRectF GeoShape::bounds() const
{
    QRectF r;
    for (const auto &polygon : polygons)
        if (!polygon.isEmpty())
            r = r.isNull() ? polygon.first().boundingRect() : r.united(polygon.first().boundingRect());
    return r;
}

double GeoShape::area() const
{
    double a = 0;
    for (const auto &polygon : polygons)
        a += polygonArea(polygon);
    return a;
}

QPainterPath GeoShape::toPath() const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const auto &polygon : polygons)
        for (const QPolygonF &ring : polygon) {
            path.addPolygon(ring);
            path.closeSubpath();
        }
    return path;
}

QPointF GeoShape::labelPoint() const
{
    if (polygons.isEmpty())
        return {};
    const QList<QPolygonF> *largest = &polygons.first();
    double best = -1;
    for (const auto &polygon : polygons) {
        const double a = polygonArea(polygon);
        if (a > best) {
            best = a;
            largest = &polygon;
        }
    }
    // The midpoint of the widest inside segment over a few horizontal lines, favouring lines
    // near the middle: good enough for labels and far cheaper than a pole of inaccessibility.
    const QRectF box = largest->first().boundingRect();
    QPointF point = box.center();
    double widest = -1;
    for (int i = 1; i <= 9; ++i) {
        const double y = box.top() + box.height() * i / 10.0;
        const std::vector<double> xs = crossings(*largest, y);
        const double weight = 1.0 - std::abs(i - 5) * 0.06;
        for (size_t k = 0; k + 1 < xs.size(); k += 2) {
            const double width = (xs[k + 1] - xs[k]) * weight;
            if (width > widest) {
                widest = width;
                point = QPointF((xs[k] + xs[k + 1]) / 2, y);
            }
        }
    }
    return point;
}

std::optional<GeoShape> shapeFromGeoJson(const QJsonObject &geometry)
{
    const QString type = geometry.value(QLatin1String("type")).toString();
    const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
    GeoShape shape;
    if (type == QLatin1String("Polygon")) {
        auto polygon = polygonFromJson(coordinates);
        if (!polygon)
            return std::nullopt;
        shape.polygons << *polygon;
    } else if (type == QLatin1String("MultiPolygon")) {
        for (const QJsonValue &p : coordinates) {
            auto polygon = polygonFromJson(p.toArray());
            if (!polygon)
                return std::nullopt;
            shape.polygons << *polygon;
        }
    } else {
        return std::nullopt;
    }
    if (shape.isEmpty())
        return std::nullopt;
    return shape;
}

QByteArray encodeShape(const GeoShape &shape)
{
    QByteArray blob;
    QDataStream out(&blob, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_0);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << kMagic << kVersion << quint32(shape.polygons.size());
    for (const auto &polygon : shape.polygons) {
        out << quint32(polygon.size());
        for (const QPolygonF &ring : polygon) {
            out << quint32(ring.size());
            for (const QPointF &p : ring)
                out << p.x() << p.y();
        }
    }
    return blob;
}

GeoShape decodeShape(const QByteArray &blob)
{
    QDataStream in(blob);
    in.setVersion(QDataStream::Qt_6_0);
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    quint32 magic = 0, polygons = 0;
    quint8 version = 0;
    in >> magic >> version >> polygons;
    const auto corrupt = [] {
        return OdemaError(QCoreApplication::translate("Map", "Contour illisible dans la base : réimportez le fichier de contours."));
    };
    if (magic != kMagic || version != kVersion)
        throw corrupt();
    GeoShape shape;
    // Counts are bounded by what the blob can hold, so a damaged count cannot allocate wildly.
    const quint32 limit = quint32(blob.size() / 16 + 1);
    if (polygons > limit)
        throw corrupt();
    shape.polygons.reserve(int(polygons));
    for (quint32 p = 0; p < polygons; ++p) {
        quint32 rings = 0;
        in >> rings;
        if (rings > limit)
            throw corrupt();
        QList<QPolygonF> polygon;
        for (quint32 r = 0; r < rings; ++r) {
            quint32 points = 0;
            in >> points;
            if (points > limit)
                throw corrupt();
            QPolygonF ring(static_cast<int>(points));
            for (quint32 i = 0; i < points; ++i) {
                double x = 0, y = 0;
                in >> x >> y;
                ring[int(i)] = QPointF(x, y);
            }
            polygon << ring;
        }
        shape.polygons << polygon;
    }
    if (in.status() != QDataStream::Ok)
        throw corrupt();
    return shape;
}

} // namespace odema::geo
