#include "map/MapRenderer.h"

#include "common/FrenchFormat.h"
#include "geo/MapPalette.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintEngine>
#include <QPainter>
#include <QPainterPathStroker>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace odema::map {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Map)
};

const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x5a, 0x5a, 0x5a);
const QColor kBorder(0x6b, 0x6b, 0x6b);
const QColor kLandfill(0x4a, 0x1e, 0x6e);
constexpr double kMargin = 14;      // px of the 96 dpi layout (3.7 mm)
constexpr double kLegendWidth = 190;
constexpr double kSwatch = 16;

/// Text in a box, wrapped at word boundaries; returns the height used (draws when painter set).
double wrappedText(QPainter *painter, const QString &text, const QFont &font, const QRectF &box, const QColor &colour)
{
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WordWrap);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(box.width());
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    if (painter) {
        painter->setPen(colour);
        layout.draw(painter, box.topLeft());
    }
    return y;
}

/// Text with a white halo, so a name stays readable over any class colour; kept as text in SVG.
void haloText(QPainter &painter, const QPointF &centre, const QString &text, const QFont &font)
{
    const QFontMetricsF fm(font);
    const QPointF at(centre.x() - fm.horizontalAdvance(text) / 2, centre.y() + (fm.ascent() - fm.descent()) / 2);
    painter.setFont(font);
    painter.setPen(QColor(255, 255, 255, 210));
    for (const QPointF &d : {QPointF(-0.9, 0), QPointF(0.9, 0), QPointF(0, -0.9), QPointF(0, 0.9), QPointF(-0.7, -0.7),
                             QPointF(0.7, 0.7), QPointF(-0.7, 0.7), QPointF(0.7, -0.7)})
        painter.drawText(at + d, text);
    painter.setPen(kText);
    painter.drawText(at, text);
}

/// Segments of the lines x + y = c (every `step`, rising to the right on screen) inside the
/// rings, by even–odd crossing: exact hatching without clipping, in one pass over the edges.
QVector<QLineF> hatchSegments(const QList<QPolygonF> &rings, double step)
{
    QRectF box;
    for (const QPolygonF &ring : rings)
        box = box.united(ring.boundingRect());
    QVector<QLineF> segments;
    if (box.isEmpty())
        return segments;
    const double first = std::ceil((box.left() + box.top()) / step) * step;
    const int count = int((box.right() + box.bottom() - first) / step) + 1;
    std::vector<std::vector<double>> crossings(size_t(std::max(0, count))); // x of each crossing, per line
    for (const QPolygonF &ring : rings) {
        for (int i = 0, n = int(ring.size()); i < n; ++i) {
            const QPointF a = ring.at(i), b = ring.at((i + 1) % n);
            const double sa = a.x() + a.y(), sb = b.x() + b.y();
            if (sa == sb)
                continue;
            const double lo = std::min(sa, sb), hi = std::max(sa, sb);
            for (int k = std::max(0, int(std::ceil((lo - first) / step))); k < count && first + k * step < hi; ++k) {
                const double c = first + k * step;
                if (c < lo)
                    continue;
                const double t = (c - sa) / (sb - sa);
                crossings[size_t(k)].push_back(a.x() + t * (b.x() - a.x()));
            }
        }
    }
    for (int k = 0; k < count; ++k) {
        std::vector<double> &xs = crossings[size_t(k)];
        std::sort(xs.begin(), xs.end());
        const double c = first + k * step;
        for (size_t j = 0; j + 1 < xs.size(); j += 2)
            segments << QLineF(xs[j], c - xs[j], xs[j + 1], c - xs[j + 1]);
    }
    return segments;
}

double niceLength(double approx)
{
    const double p = std::pow(10.0, std::floor(std::log10(approx)));
    for (double m : {5.0, 2.0, 1.0})
        if (m * p <= approx)
            return m * p;
    return p;
}

/// Round reference tonnages for the circle legend: the largest site rounded down, and a quarter.
QList<double> circleLegendValues(double maxTonnes)
{
    if (maxTonnes <= 0)
        return {};
    const double big = niceLength(maxTonnes);
    const double small = niceLength(big / 4);
    return small < big ? QList<double>{big, small} : QList<double>{big};
}

} // namespace

QFont mapFont(double pixelSize, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(qMax(1, qRound(pixelSize)));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // same layout at every resolution
    return f;
}

double MapRenderer::landfillRadius(double tonnes, double maxTonnes)
{
    // Area proportional to tonnage (radius ∝ √t), the reading a cartographer expects.
    if (maxTonnes <= 0 || tonnes <= 0)
        return 0;
    return std::max(1.5, kMaxLandfillRadius * std::sqrt(tonnes / maxTonnes));
}

QTransform MapRenderer::fit(const QRectF &bounds, const QRectF &frame)
{
    if (bounds.isEmpty() || frame.isEmpty())
        return {};
    const double s = std::min(frame.width() / bounds.width(), frame.height() / bounds.height());
    const QPointF offset(frame.center().x() - bounds.center().x() * s, frame.center().y() - bounds.center().y() * s);
    return QTransform(s, 0, 0, s, offset.x(), offset.y());
}

void MapRenderer::paintHatch(QPainter &painter, const QPainterPath &path)
{
    painter.save();
    painter.setPen(Qt::NoPen);
    painter.setBrush(geo::noDataFill());
    painter.drawPath(path);
    const QPaintEngine::Type engine = painter.paintEngine() ? painter.paintEngine()->type() : QPaintEngine::Raster;
    constexpr double step = 4.5, width = 0.6;
    if (engine == QPaintEngine::Raster) {
        // Images: a hatch pattern brush, scaled with the page so the spacing stays the same at any DPI.
        QBrush hatch(geo::noDataHatch(), Qt::BDiagPattern);
        const double k = painter.deviceTransform().m11();
        if (k > 1.4)
            hatch.setTransform(QTransform::fromScale(std::round(k), std::round(k)));
        painter.setBrush(hatch);
        painter.drawPath(path);
    } else {
        // SVG and PDF: the hatch lines cut to the outlines by computation (QSvgGenerator
        // ignores clipping, and not every SVG viewer draws pattern fills).
        painter.setPen(QPen(geo::noDataHatch(), width, Qt::SolidLine, Qt::FlatCap));
        painter.drawLines(hatchSegments(path.toSubpathPolygons(), step));
    }
    painter.restore();
}

void MapRenderer::paintMap(const geo::MapData &data, QPainter &painter, const QTransform &toFrame, const QRectF &frame,
                           bool labels)
{
    Q_UNUSED(frame);
    painter.save();
    // Outlines in layout px: pens and hatch spacing then mean the same on every device.
    QPen border(kBorder, data.features.size() > 500 ? 0.15 : 0.5);
    border.setJoinStyle(Qt::RoundJoin);
    // On images a cosmetic pen of the same device width: the raster engine strokes thousands
    // of outlines several times faster than through a widened path.
    if (painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Raster) {
        border.setWidthF(std::max(0.35, border.widthF() * painter.deviceTransform().m11()));
        border.setCosmetic(true);
    }
    QPainterPath noData;
    for (const geo::MapFeature &f : data.features) {
        const QPainterPath path = toFrame.map(f.territory.path);
        if (f.classIndex >= 0 && f.classIndex < data.colours.size()) {
            painter.setPen(border);
            painter.setBrush(data.colours.at(f.classIndex));
            painter.drawPath(path);
        } else {
            noData.addPath(path);
        }
    }
    if (!noData.isEmpty()) {
        paintHatch(painter, noData);
        painter.setPen(border);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(noData);
    }

    if (!data.request.highlightIds.isEmpty()) {
        QPen strong(QColor(0x10, 0x10, 0x10), 1.8);
        strong.setJoinStyle(Qt::RoundJoin);
        painter.setPen(strong);
        painter.setBrush(Qt::NoBrush);
        for (const geo::MapFeature &f : data.features)
            if (f.territory.territoryId != 0 && data.request.highlightIds.contains(f.territory.territoryId))
                painter.drawPath(toFrame.map(f.territory.path));
    }

    if (labels) {
        // Names of the territories large enough to hold them, largest first, never overlapping.
        QList<const geo::MapFeature *> order;
        for (const geo::MapFeature &f : data.features)
            if (f.territory.territoryId != 0)
                order << &f;
        std::sort(order.begin(), order.end(), [](auto a, auto b) { return a->territory.area > b->territory.area; });
        const QFont font = mapFont(data.features.size() > 40 ? 8.5 : 10.5, false);
        const QFontMetricsF fm(font);
        QList<QRectF> taken;
        // Landfill circles are drawn over the names: keep the names off them.
        double maxT = 0;
        for (const geo::LandfillMark &m : data.landfills)
            maxT = std::max(maxT, m.tonnes.value_or(0));
        for (const geo::LandfillMark &m : data.landfills) {
            const double r = std::max(2.5, landfillRadius(m.tonnes.value_or(0), maxT));
            const QPointF c = toFrame.map(m.at);
            taken << QRectF(c.x() - r, c.y() - r, 2 * r, 2 * r);
        }
        for (const geo::MapFeature *f : order) {
            const QRectF box = toFrame.mapRect(f->territory.shape.bounds());
            const QString name = f->territory.name;
            // One line, or two split at the space or hyphen nearest the middle
            // ("Auvergne-" / "Rhône-Alpes") when one line is too wide for the territory.
            QStringList lines{name};
            if (fm.horizontalAdvance(name) > box.width() * 0.9) {
                int best = -1;
                for (int i = 1; i + 1 < name.size(); ++i)
                    if ((name.at(i) == QLatin1Char(' ') || name.at(i) == QLatin1Char('-'))
                        && (best < 0 || std::abs(i - name.size() / 2) < std::abs(best - name.size() / 2)))
                        best = i;
                if (best > 0)
                    lines = QStringList{name.left(best + (name.at(best) == QLatin1Char('-') ? 1 : 0)).trimmed(),
                                        name.mid(best + 1).trimmed()};
            }
            double w = 0;
            for (const QString &l : lines)
                w = std::max(w, fm.horizontalAdvance(l));
            const double h = fm.height() * lines.size();
            if (w > box.width() * 0.9 || h + fm.height() * 1.2 > box.height())
                continue;
            const QPointF base = toFrame.map(f->territory.labelAt);
            const QPainterPath outline = toFrame.map(f->territory.path);
            for (double shift : {0.0, 1.3, -1.3, 2.6, -2.6}) {
                const QPointF at = base + QPointF(0, shift * fm.height());
                const QRectF r(at.x() - w / 2 - 2, at.y() - h / 2, w + 4, h);
                if (std::any_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(r); })
                    || !outline.contains(r.center()))
                    continue;
                taken << r;
                for (int i = 0; i < lines.size(); ++i)
                    haloText(painter, QPointF(at.x(), r.top() + fm.height() * (i + 0.5)), lines.at(i), font);
                break;
            }
        }
    }

    if (!data.landfills.isEmpty()) {
        double maxTonnes = 0;
        for (const geo::LandfillMark &m : data.landfills)
            maxTonnes = std::max(maxTonnes, m.tonnes.value_or(0));
        QList<const geo::LandfillMark *> sorted;
        for (const geo::LandfillMark &m : data.landfills)
            sorted << &m;
        // Large circles first so small ones stay visible on top.
        std::sort(sorted.begin(), sorted.end(), [](auto a, auto b) { return a->tonnes.value_or(0) > b->tonnes.value_or(0); });
        painter.setPen(QPen(Qt::white, 0.8));
        for (const geo::LandfillMark *m : sorted) {
            const QPointF at = toFrame.map(m->at);
            const double r = landfillRadius(m->tonnes.value_or(0), maxTonnes);
            if (r <= 0) { // capacity but no tonnage that year: an open ring
                painter.setBrush(Qt::NoBrush);
                painter.setPen(QPen(kLandfill, 1.0));
                painter.drawEllipse(at, 2.5, 2.5);
                painter.setPen(QPen(Qt::white, 0.8));
                continue;
            }
            QColor fill = kLandfill;
            fill.setAlpha(190);
            painter.setBrush(fill);
            painter.drawEllipse(at, r, r);
        }
    }
    painter.restore();
}

double MapRenderer::legendHeight(const geo::MapData &data, double width)
{
    QImage scratch(1, 1, QImage::Format_ARGB32);
    QPainter p(&scratch);
    p.setOpacity(0); // measure by drawing nowhere visible
    return paintLegend(data, p, QPointF(-10000, -10000), width);
}

double MapRenderer::paintLegend(const geo::MapData &data, QPainter &painter, const QPointF &topLeft, double width)
{
    painter.save();
    double y = topLeft.y();
    const double x = topLeft.x();
    const QFont title = mapFont(11, true);
    const QFont body = mapFont(10);
    const QFontMetricsF fmBody(body);
    // No line break inside a unit ("kg/hab"): word joiners around the slash.
    const QString heading = QString(data.legendTitle).replace(QLatin1Char('/'), QStringLiteral("\u2060/\u2060"));
    y += wrappedText(&painter, heading, title, QRectF(x, y, width, 100), kText) + 4;
    const double rowH = std::max(kSwatch + 3, fmBody.height() + 2);
    for (int i = 0; i < data.legendLabels.size() && i < data.colours.size(); ++i) {
        painter.setPen(QPen(kBorder, 0.5));
        painter.setBrush(data.colours.at(i));
        painter.drawRect(QRectF(x, y, kSwatch * 1.5, kSwatch));
        painter.setFont(body);
        painter.setPen(kText);
        painter.drawText(QRectF(x + kSwatch * 1.5 + 6, y, width - kSwatch * 1.5 - 6, kSwatch), Qt::AlignVCenter | Qt::AlignLeft,
                         data.legendLabels.at(i));
        y += rowH;
    }
    if (data.noDataCount > 0 || !data.hasValues()) {
        QPainterPath swatch;
        swatch.addRect(QRectF(x, y, kSwatch * 1.5, kSwatch));
        paintHatch(painter, swatch);
        painter.setPen(QPen(kBorder, 0.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(swatch);
        painter.setFont(body);
        painter.setPen(kText);
        painter.drawText(QRectF(x + kSwatch * 1.5 + 6, y, width - kSwatch * 1.5 - 6, kSwatch), Qt::AlignVCenter | Qt::AlignLeft,
                         Tr::tr("Données non disponibles"));
        y += rowH;
    }

    if (!data.landfills.isEmpty()) {
        y += 8;
        y += wrappedText(&painter, Tr::tr("Tonnage enfoui en ISDND (%1)").arg(data.year), title, QRectF(x, y, width, 100), kText) + 4;
        double maxTonnes = 0;
        for (const geo::LandfillMark &m : data.landfills)
            maxTonnes = std::max(maxTonnes, m.tonnes.value_or(0));
        // Reference circles side by side, each with its tonnage beneath: nested circles with
        // leader lines crowd their labels at this size.
        QList<double> refs = circleLegendValues(maxTonnes);
        std::reverse(refs.begin(), refs.end());
        const double bigR = refs.isEmpty() ? 0 : landfillRadius(refs.last(), maxTonnes);
        const double baseY = y + 2 * bigR;
        QColor fill = kLandfill;
        fill.setAlpha(190);
        double cx = x;
        for (double v : refs) {
            const double r = landfillRadius(v, maxTonnes);
            const QString label = formatTonnes(v).replace(QStringLiteral(",00"), QString());
            const double slot = std::max(2 * r, fmBody.horizontalAdvance(label)) + 12;
            painter.setPen(QPen(Qt::white, 0.8));
            painter.setBrush(fill);
            painter.drawEllipse(QPointF(cx + slot / 2 - 6, baseY - r), r, r);
            painter.setFont(body);
            painter.setPen(kText);
            painter.drawText(QRectF(cx, baseY + 2, slot - 12, fmBody.height()), Qt::AlignHCenter | Qt::AlignTop, label);
            cx += slot;
        }
        y = baseY + fmBody.height() + 6;
    }
    painter.restore();
    return y - topLeft.y();
}

void MapRenderer::paintScaleBar(QPainter &painter, const QTransform &toFrame, const QRectF &frame)
{
    const double pxPerMetre = toFrame.m11();
    if (pxPerMetre <= 0)
        return;
    const double metres = niceLength(frame.width() * 0.22 / pxPerMetre);
    const double length = metres * pxPerMetre;
    const QPointF origin(frame.left() + 6, frame.bottom() - 14);
    painter.save();
    painter.setPen(QPen(kText, 0.8));
    for (int i = 0; i < 4; ++i) {
        painter.setBrush(i % 2 ? Qt::white : kText);
        painter.drawRect(QRectF(origin.x() + length * i / 4, origin.y() - 4, length / 4, 4));
    }
    const QFont font = mapFont(9);
    const QFontMetricsF fm(font);
    painter.setFont(font);
    const QString km = metres >= 1000 ? Tr::tr("%1 km").arg(formatNumber(metres / 1000, 0)) : Tr::tr("%1 m").arg(formatNumber(metres, 0));
    painter.drawText(QPointF(origin.x() - fm.horizontalAdvance(QStringLiteral("0")) / 2, origin.y() - 7), QStringLiteral("0"));
    painter.drawText(QPointF(origin.x() + length - fm.horizontalAdvance(km) / 2, origin.y() - 7), km);
    // Scale of the printed page (layout px are 1/96 inch), under the bar.
    const double denominator = (1.0 / pxPerMetre) / (0.0254 / kLayoutDpi);
    const double rounded = std::round(denominator / 10000.0) * 10000.0;
    painter.setPen(kMuted);
    painter.drawText(QPointF(origin.x(), origin.y() + 4 + fm.ascent()),
                     Tr::tr("Échelle 1 : %1 à la taille imprimée · Lambert-93").arg(formatInteger(qint64(std::max(rounded, 10000.0)))));
    painter.restore();
}

void MapRenderer::paintNorthArrow(QPainter &painter, const QPointF &top)
{
    painter.save();
    QPainterPath left, right;
    left.moveTo(top + QPointF(0, 12));
    left.lineTo(top + QPointF(-6, 30));
    left.lineTo(top + QPointF(0, 25));
    left.closeSubpath();
    right.moveTo(top + QPointF(0, 12));
    right.lineTo(top + QPointF(6, 30));
    right.lineTo(top + QPointF(0, 25));
    right.closeSubpath();
    painter.setPen(QPen(kText, 0.8));
    painter.setBrush(kText);
    painter.drawPath(left);
    painter.setBrush(Qt::white);
    painter.drawPath(right);
    painter.setFont(mapFont(10, true));
    painter.setPen(kText);
    painter.drawText(QRectF(top.x() - 10, top.y() - 2, 20, 14), Qt::AlignCenter, QStringLiteral("N"));
    painter.restore();
}

void MapRenderer::paintInset(const geo::MapData &data, QPainter &painter, const QRectF &rect)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const bool legend = rect.width() > 320;
    const double legendW = legend ? std::min(kLegendWidth, rect.width() * 0.4) : 0;
    const QRectF frame = rect.adjusted(0, 0, -(legend ? legendW + 8 : 0), 0);
    paintMap(data, painter, fit(data.bounds, frame.adjusted(2, 2, -2, -2)), frame, false);
    if (legend)
        paintLegend(data, painter, QPointF(frame.right() + 8, rect.top() + 2), legendW);
    painter.restore();
}

void MapRenderer::paintPage(const geo::MapData &data, const QSizeF &logical, QPainter &painter, const QRectF &target)
{
    painter.save();
    painter.translate(target.topLeft());
    painter.scale(target.width() / logical.width(), target.height() / logical.height());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), logical), Qt::white);

    const double inner = logical.width() - 2 * kMargin;
    double y = kMargin;
    y += wrappedText(&painter, data.title, mapFont(15, true), QRectF(kMargin, y, inner, 200), kText) + 2;
    y += wrappedText(&painter, data.subtitle, mapFont(11), QRectF(kMargin, y, inner, 200), kMuted) + 8;

    // Footer from the bottom up: source line, then notes.
    const QFont small = mapFont(8.5);
    const double sourceH = wrappedText(nullptr, data.sourceLine, small, QRectF(0, 0, inner, 200), kMuted);
    double notesH = 0;
    QStringList notes = data.notes;
    if (!data.landfills.isEmpty())
        notes.prepend(Tr::tr("Cercles : tonnage enfoui en %1 par installation de stockage de déchets non dangereux (ISDND).").arg(data.year));
    const QString notesText = notes.join(QChar(QChar::LineSeparator)); // QTextLayout breaks there, not at '\n'
    if (!notesText.isEmpty())
        notesH = wrappedText(nullptr, notesText, small, QRectF(0, 0, inner, 400), kMuted) + 3;
    const double footerTop = logical.height() - kMargin - sourceH - notesH;
    if (!notesText.isEmpty())
        wrappedText(&painter, notesText, small, QRectF(kMargin, footerTop, inner, notesH), kMuted);
    wrappedText(&painter, data.sourceLine, small, QRectF(kMargin, footerTop + notesH, inner, sourceH), kMuted);

    const double legendW = std::min(kLegendWidth, inner * 0.35);
    const QRectF frame(kMargin, y, inner - legendW - 10, footerTop - y - 8);
    const QTransform toFrame = fit(data.bounds, frame.adjusted(4, 4, -4, -34)); // room for the scale bar
    paintMap(data, painter, toFrame, frame);
    paintScaleBar(painter, toFrame, frame);
    paintNorthArrow(painter, QPointF(frame.right() - 14, frame.top() + 2));
    paintLegend(data, painter, QPointF(frame.right() + 10, y + 4), legendW);
    painter.restore();
}

} // namespace odema::map
