#include "charts/ChartLegend.h"

#include "charts/ChartStyle.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

namespace odema::charts {

namespace {
constexpr double kSwatch = 11;    // square side, or line length / 2
constexpr double kGap = 5;        // swatch to text
constexpr double kSpacing = 14;   // between entries
constexpr double kRowGap = 4;
} // namespace

ChartLegend::ChartLegend(QList<LegendEntrySpec> entries, QGraphicsItem *parent)
    : QGraphicsObject(parent), m_entries(std::move(entries)), m_font(style::legendFont())
{
    for (int i = 0; i < m_entries.size(); ++i)
        m_shown << true;
    setAcceptedMouseButtons(Qt::NoButton);
}

double ChartLegend::layoutFor(double width)
{
    prepareGeometryChange();
    const QFontMetricsF fm(m_font);
    const double rowHeight = std::max(fm.height(), kSwatch);
    m_rects.clear();
    // Greedy rows, then each row centred.
    QList<QList<int>> rows{{}};
    QList<double> rowWidths{0};
    for (int i = 0; i < m_entries.size(); ++i) {
        const double swatch = m_entries.at(i).swatch == LegendEntrySpec::Swatch::Box ? kSwatch : 2 * kSwatch;
        const double w = std::min(width, swatch + kGap + fm.horizontalAdvance(m_entries.at(i).label));
        const double needed = rows.last().isEmpty() ? w : rowWidths.last() + kSpacing + w;
        if (needed > width && !rows.last().isEmpty()) {
            rows << QList<int>{};
            rowWidths << 0;
        }
        rowWidths.last() = rows.last().isEmpty() ? w : rowWidths.last() + kSpacing + w;
        rows.last() << i;
        m_rects << QRectF(0, 0, w, rowHeight);
    }
    double y = 0;
    for (int r = 0; r < rows.size(); ++r) {
        double x = (width - rowWidths.at(r)) / 2;
        for (int i : rows.at(r)) {
            m_rects[i].moveTo(x, y);
            x += m_rects.at(i).width() + kSpacing;
        }
        y += rowHeight + kRowGap;
    }
    const double height = m_entries.isEmpty() ? 0 : y - kRowGap;
    m_bounds = QRectF(0, 0, width, height);
    update();
    return height;
}

void ChartLegend::setInteractive(bool interactive)
{
    m_interactive = interactive;
    setAcceptedMouseButtons(interactive ? Qt::LeftButton : Qt::NoButton);
    setCursor(QCursor(interactive ? Qt::PointingHandCursor : Qt::ArrowCursor));
}

void ChartLegend::toggleEntry(int index)
{
    if (index < 0 || index >= m_entries.size() || !m_entries.at(index).toggle)
        return;
    m_shown[index] = !m_shown.at(index);
    m_entries.at(index).toggle(m_shown.at(index));
    update();
}

QRectF ChartLegend::boundingRect() const
{
    return m_bounds;
}

void ChartLegend::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setFont(m_font);
    const QFontMetricsF fm(m_font);
    for (int i = 0; i < m_entries.size() && i < m_rects.size(); ++i) {
        const LegendEntrySpec &e = m_entries.at(i);
        const QRectF r = m_rects.at(i);
        painter->setOpacity(m_shown.at(i) ? 1.0 : 0.35);
        const double cy = r.center().y();
        double textX = r.left() + kSwatch + kGap;
        if (e.swatch == LegendEntrySpec::Swatch::Box) {
            painter->setPen(QPen(e.colour.darker(130), 0.6));
            painter->setBrush(e.colour);
            painter->drawRect(QRectF(r.left(), cy - kSwatch / 2, kSwatch, kSwatch));
        } else {
            QPen pen(e.colour, 2.2);
            if (e.swatch == LegendEntrySpec::Swatch::DashedLine)
                pen.setStyle(Qt::DashLine);
            painter->setPen(pen);
            painter->drawLine(QPointF(r.left(), cy), QPointF(r.left() + 2 * kSwatch, cy));
            if (e.swatch == LegendEntrySpec::Swatch::Line) {
                painter->setBrush(e.colour);
                painter->setPen(Qt::NoPen);
                painter->drawEllipse(QPointF(r.left() + kSwatch, cy), 3, 3);
            }
            textX = r.left() + 2 * kSwatch + kGap;
        }
        painter->setPen(style::textColour());
        const QString text = fm.elidedText(e.label, Qt::ElideRight, r.right() - textX + 1);
        painter->drawText(QPointF(textX, cy + (fm.ascent() - fm.descent()) / 2), text);
    }
    painter->setOpacity(1.0);
}

void ChartLegend::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    for (int i = 0; i < m_rects.size(); ++i)
        if (m_rects.at(i).contains(event->pos())) {
            toggleEntry(i);
            event->accept();
            return;
        }
    event->ignore();
}

} // namespace odema::charts
