#include "gui/map/MapView.h"

#include "common/FrenchFormat.h"
#include "geo/MapPalette.h"
#include "map/MapRenderer.h"

#include <QGraphicsEllipseItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QWheelEvent>
#include <cmath>

namespace odema::gui {

namespace {

const QColor kBorder(0x6b, 0x6b, 0x6b);
const QColor kHighlight(0x10, 0x10, 0x10);
constexpr int kIdRole = 0; // QGraphicsItem::data key holding the territory id

QPen borderPen(int featureCount)
{
    QPen pen(kBorder, featureCount > 500 ? 0.3 : 0.8);
    pen.setCosmetic(true); // same width at every zoom
    return pen;
}

/// A territory item that thickens its outline under the cursor.
class TerritoryItem : public QGraphicsPathItem {
public:
    TerritoryItem(const QPainterPath &path, QPen normal) : QGraphicsPathItem(path), m_normal(std::move(normal))
    {
        setPen(m_normal);
        setAcceptHoverEvents(true);
    }
    void setNormalPen(const QPen &pen)
    {
        m_normal = pen;
        setPen(pen);
    }

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *) override
    {
        QPen hover(kHighlight, 2.0);
        hover.setCosmetic(true);
        setPen(hover);
        setZValue(1);
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override
    {
        setPen(m_normal);
        setZValue(m_normal.widthF() > 1 ? 0.5 : 0);
    }

private:
    QPen m_normal;
};

} // namespace

/// The legend painted by the same code as exported maps, over the view's top-right corner.
class MapLegendOverlay : public QWidget {
public:
    explicit MapLegendOverlay(QWidget *parent) : QWidget(parent) { setAttribute(Qt::WA_TransparentForMouseEvents); }
    void setData(const geo::MapData *data)
    {
        m_data = data;
        const double h = data ? map::MapRenderer::legendHeight(*data, kWidth - 16) : 0;
        resize(int(kWidth), int(h + 16));
        setVisible(data && !data->features.isEmpty());
        update();
    }
    static constexpr double kWidth = 210;

protected:
    void paintEvent(QPaintEvent *) override
    {
        if (!m_data)
            return;
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(rect(), QColor(255, 255, 255, 225));
        p.setPen(QColor(0xcc, 0xcc, 0xcc));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
        map::MapRenderer::paintLegend(*m_data, p, QPointF(8, 8), kWidth - 16);
    }

private:
    const geo::MapData *m_data = nullptr;
};

MapView::MapView(QWidget *parent) : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(Qt::white);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_legend = new MapLegendOverlay(this);
}

QString MapView::toolTipOf(qint64 territoryId) const
{
    const geo::MapFeature *f = m_data.feature(territoryId);
    if (!f)
        return QString();
    return QStringLiteral("%1 (%2)\n%3").arg(f->territory.name, f->territory.code, m_data.formatValue(f->value));
}

void MapView::setMapData(const geo::MapData &data)
{
    m_data = data;
    scene()->clear();
    m_items.clear();
    const QPen pen = borderPen(int(m_data.features.size()));
    QBrush hatch(geo::noDataHatch(), Qt::BDiagPattern);
    for (const geo::MapFeature &f : m_data.features) {
        auto *item = new TerritoryItem(f.territory.path, pen);
        if (f.classIndex >= 0 && f.classIndex < m_data.colours.size()) {
            item->setBrush(m_data.colours.at(f.classIndex));
        } else {
            // Grey ground under the hatch so the pattern reads as "no data", not as a colour.
            auto *ground = new QGraphicsPathItem(f.territory.path);
            ground->setPen(Qt::NoPen);
            ground->setBrush(geo::noDataFill());
            ground->setZValue(-1);
            scene()->addItem(ground);
            item->setBrush(hatch);
        }
        if (f.territory.territoryId != 0) {
            item->setToolTip(toolTipOf(f.territory.territoryId));
            item->setData(kIdRole, f.territory.territoryId);
            m_items.insert(f.territory.territoryId, item);
        } else {
            item->setToolTip(tr("%1 (%2)\nContour sans commune actuelle (code ancien non rattaché)")
                                 .arg(f.territory.name, f.territory.code));
        }
        scene()->addItem(item);
    }
    // Names: one item per territory, shown by updateLabels() when it fits at the zoom.
    m_labels.clear();
    const QFont font = map::mapFont(m_data.features.size() > 40 ? 10 : 12);
    const QFontMetricsF fm(font);
    QList<const geo::MapFeature *> order;
    for (const geo::MapFeature &f : m_data.features)
        if (f.territory.territoryId != 0)
            order << &f;
    std::sort(order.begin(), order.end(), [](auto a, auto b) { return a->territory.area > b->territory.area; });
    for (const geo::MapFeature *f : order) {
        const double w = fm.horizontalAdvance(f->territory.name);
        auto *label = new QGraphicsSimpleTextItem(f->territory.name);
        label->setFont(font);
        // Dark text on light classes, white on the darkest: readable without a halo.
        const bool dark = f->classIndex >= 0 && f->classIndex < m_data.colours.size() && m_data.colours.at(f->classIndex).lightness() < 120;
        label->setBrush(dark ? QColor(Qt::white) : QColor(0x22, 0x22, 0x22));
        label->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        label->setPos(f->territory.labelAt);
        label->setTransform(QTransform::fromTranslate(-w / 2, -fm.height() / 2));
        label->setZValue(2);
        label->setAcceptedMouseButtons(Qt::NoButton);
        label->setVisible(false);
        scene()->addItem(label);
        m_labels << Label{label, f->territory.shape.bounds(), f->territory.labelAt, QSizeF(w, fm.height())};
    }
    // Landfill circles: symbols keep their size in pixels whatever the zoom.
    double maxTonnes = 0;
    for (const geo::LandfillMark &m : m_data.landfills)
        maxTonnes = std::max(maxTonnes, m.tonnes.value_or(0));
    for (const geo::LandfillMark &m : m_data.landfills) {
        const double r = std::max(3.0, map::MapRenderer::landfillRadius(m.tonnes.value_or(0), maxTonnes));
        auto *circle = new QGraphicsEllipseItem(-r, -r, 2 * r, 2 * r);
        circle->setFlag(QGraphicsItem::ItemIgnoresTransformations);
        circle->setPos(m.at);
        circle->setBrush(QColor(0x4a, 0x1e, 0x6e, 190));
        circle->setPen(QPen(Qt::white, 1));
        circle->setZValue(3);
        const QString tonnes = m.tonnes ? formatTonnes(*m.tonnes) : tr("non renseigné");
        const QString capacity = m.capacity ? tr("%1/an").arg(formatTonnes(*m.capacity)) : tr("non renseignée");
        QString tip = tr("%1 (ISDND, AIOT %2)\nTonnage enfoui en %3 : %4\nCapacité autorisée en %3 : %5")
                          .arg(m.name, m.aiot, QString::number(m_data.year), tonnes, capacity);
        if (m.permitEndYear > m_data.year)
            tip += tr("\nCapacité autorisée restante %1–%2 : %3")
                       .arg(QString::number(m_data.year + 1), QString::number(m.permitEndYear), formatTonnes(m.remainingCapacity));
        else
            tip += tr("\nPas de capacité autorisée après %1").arg(m_data.year);
        circle->setToolTip(tip);
        scene()->addItem(circle);
    }
    scene()->setSceneRect(m_data.bounds.adjusted(-m_data.bounds.width() * 0.3, -m_data.bounds.height() * 0.3,
                                                 m_data.bounds.width() * 0.3, m_data.bounds.height() * 0.3));
    highlight(m_highlighted);
    m_legend->setData(&m_data);
    m_legend->move(width() - m_legend->width() - 8, 8);
    resetZoom();
}

void MapView::highlight(const QList<qint64> &ids)
{
    const QPen normal = borderPen(int(m_data.features.size()));
    QPen strong(kHighlight, 2.2);
    strong.setCosmetic(true);
    for (qint64 id : std::as_const(m_highlighted))
        if (auto *item = static_cast<TerritoryItem *>(m_items.value(id))) {
            item->setNormalPen(normal);
            item->setZValue(0);
        }
    m_highlighted = ids;
    for (qint64 id : ids)
        if (auto *item = static_cast<TerritoryItem *>(m_items.value(id))) {
            item->setNormalPen(strong);
            item->setZValue(0.5);
        }
}

void MapView::resetZoom()
{
    if (m_data.bounds.isEmpty())
        return;
    // Leave the legend's corner free: fit into the part of the view left of it.
    const QRectF box = m_data.bounds.adjusted(-m_data.bounds.width() * 0.03, -m_data.bounds.height() * 0.03,
                                              m_data.bounds.width() * 0.03 + (m_legend->isVisible() ? m_data.bounds.width() * 0.25 : 0),
                                              m_data.bounds.height() * 0.03);
    fitInView(box, Qt::KeepAspectRatio);
    m_fitted = true;
    updateLabels();
}

void MapView::updateLabels()
{
    const double scale = transform().m11();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    QList<QRectF> taken;
    for (const Label &l : std::as_const(m_labels)) {
        bool show = l.territoryBounds.intersects(visible) && l.territoryBounds.width() * scale * 0.9 >= l.size.width()
                 && l.territoryBounds.height() * scale >= l.size.height() * 2.2;
        if (show) {
            const QPointF c = mapFromScene(l.at);
            const QRectF r(c.x() - l.size.width() / 2 - 2, c.y() - l.size.height() / 2, l.size.width() + 4, l.size.height());
            show = std::none_of(taken.cbegin(), taken.cend(), [&](const QRectF &t) { return t.intersects(r); });
            if (show)
                taken << r;
        }
        l.item->setVisible(show);
    }
}

void MapView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    updateLabels();
}

void MapView::wheelEvent(QWheelEvent *event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const double current = transform().m11();
    const double fitted = viewport()->width() / std::max(1.0, m_data.bounds.width());
    // Between the whole map and about a street block: no zooming into emptiness.
    if ((factor < 1 && current * factor < fitted * 0.5) || (factor > 1 && current * factor > 0.5))
        return;
    scale(factor, factor);
    m_fitted = false;
    updateLabels();
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    m_pressAt = event->pos();
    QGraphicsView::mousePressEvent(event);
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A click, not the end of a drag: select the territory under the cursor.
    if (event->button() == Qt::LeftButton && (event->pos() - m_pressAt).manhattanLength() < 4) {
        for (QGraphicsItem *item : items(event->pos())) {
            const qint64 id = item->data(kIdRole).toLongLong();
            if (id != 0) {
                emit territoryClicked(id);
                break;
            }
        }
    }
}

void MapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    m_legend->move(width() - m_legend->width() - 8, 8);
    if (m_fitted)
        resetZoom();
}

} // namespace odema::gui
