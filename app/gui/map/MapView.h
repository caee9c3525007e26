#pragma once
// The interactive map: territories as graphics items coloured by class (hatched without data),
// a tooltip with name and exact value, wheel zoom under the cursor, drag to pan, names of the
// territories large enough, landfill circles with their figures, and the legend in a corner.
// Clicking a territory emits its id; highlight() outlines the territories selected elsewhere.
#include "geo/MapData.h"

#include <QGraphicsView>
#include <QHash>

class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

namespace odema::gui {

class MapLegendOverlay;

class MapView : public QGraphicsView {
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);

    void setMapData(const geo::MapData &data);
    const geo::MapData &mapData() const { return m_data; }
    /// Outlines these territories (the tree's selection); the others get their normal border.
    void highlight(const QList<qint64> &territoryIds);
    /// Tooltip text of a territory on the map ("Nord (59)\n245,87 kg/hab"), empty when absent.
    QString toolTipOf(qint64 territoryId) const;
    /// Back to the whole map.
    void resetZoom();

signals:
    void territoryClicked(qint64 territoryId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    /// Shows the names that fit at the current zoom, largest territories first, never overlapping.
    void updateLabels();

    struct Label {
        QGraphicsSimpleTextItem *item;
        QRectF territoryBounds; ///< scene
        QPointF at;             ///< scene
        QSizeF size;            ///< px
    };
    geo::MapData m_data;
    QList<Label> m_labels; ///< largest territory first
    QHash<qint64, QGraphicsPathItem *> m_items;
    QList<qint64> m_highlighted;
    MapLegendOverlay *m_legend = nullptr;
    QPoint m_pressAt;
    bool m_fitted = false;
};

} // namespace odema::gui
