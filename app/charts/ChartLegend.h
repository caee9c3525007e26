#pragma once
// A legend that wraps onto as many rows as it needs: Qt Charts' own legend truncates entries
// ("Ordures ménag…") when a publication-size chart has many streams. Entries can toggle what
// they stand for when the chart is on screen.
#include <QColor>
#include <QFont>
#include <QGraphicsObject>
#include <functional>

namespace odema::charts {

struct LegendEntrySpec {
    enum class Swatch { Box, Line, DashedLine };
    QString label;
    QColor colour;
    Swatch swatch = Swatch::Box;
    std::function<void(bool visible)> toggle; ///< empty: the entry cannot be toggled
};

class ChartLegend : public QGraphicsObject {
    Q_OBJECT
public:
    explicit ChartLegend(QList<LegendEntrySpec> entries, QGraphicsItem *parent = nullptr);

    /// Lays the entries out in centred rows within `width`; returns the height used.
    double layoutFor(double width);
    void setInteractive(bool interactive);
    bool isEntryShown(int index) const { return m_shown.value(index, true); }
    int entryCount() const { return int(m_entries.size()); }
    /// Same as clicking the entry (tests, keyboard).
    void toggleEntry(int index);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    QList<LegendEntrySpec> m_entries;
    QList<QRectF> m_rects;
    QList<bool> m_shown;
    QFont m_font;
    QRectF m_bounds;
    bool m_interactive = false;
};

} // namespace odema::charts
