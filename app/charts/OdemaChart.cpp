#include "charts/OdemaChart.h"

#include "charts/ChartLegend.h"
#include "charts/ChartStyle.h"
#include "common/FrenchFormat.h"

#include <QAbstractBarSeries>
#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QCategoryAxis>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsSceneResizeEvent>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QTextDocument>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace odema::charts {

namespace {
constexpr double kPad = 10;
constexpr double kGap = 8;

QGraphicsTextItem *textItem(QGraphicsItem *parent, const QString &text, const QFont &font, const QColor &colour)
{
    auto *item = new QGraphicsTextItem(parent);
    item->document()->setDocumentMargin(0);
    item->setFont(font);
    item->setDefaultTextColor(colour);
    item->setPlainText(text);
    return item;
}
} // namespace

QString formatChartValue(double value, const ChartData &data)
{
    if (data.unit == QLatin1String("%"))
        return formatPercent(value, data.decimals);
    if (data.unit == QLatin1String("kg/hab"))
        return formatKgPerInhabitant(value);
    return formatTonnes(value);
}

OdemaChart::OdemaChart(ChartData data, QGraphicsItem *parent)
    : QChart(parent), m_data(std::move(data)), m_axisFont(style::axisLabelFont())
{
    setTheme(QChart::ChartThemeLight);
    setAnimationOptions(QChart::NoAnimation);
    setBackgroundRoundness(0);
    setDropShadowEnabled(false);
    setBackgroundBrush(Qt::white);
    setBackgroundPen(Qt::NoPen);
    legend()->hide();
    if (layout())
        layout()->setContentsMargins(0, 0, 0, 0);
    m_title = textItem(this, m_data.title, style::titleFont(), style::textColour());
    m_subtitle = textItem(this, m_data.subtitle, style::subtitleFont(), style::mutedTextColour());
    QStringList footer = m_data.notes;
    footer << m_data.sourceLine;
    m_footerText = footer.join(QLatin1Char('\n'));
    m_footer = textItem(this, m_footerText, style::footerFont(), style::mutedTextColour());
    connect(this, &QChart::plotAreaChanged, this, [this] {
        placeValueLabels();
        placeBarNames();
    });
}

void OdemaChart::setChartLegend(ChartLegend *legend)
{
    m_legend = legend;
    m_legend->setParentItem(this);
}

void OdemaChart::setYearAxis(QValueAxis *axis, int firstYear, int lastYear)
{
    m_yearAxis = axis;
    m_firstYear = firstYear;
    m_lastYear = lastYear;
}

void OdemaChart::setValueAxis(QCategoryAxis *axis, Qt::Orientation orientation, double minValue, double maxValue)
{
    m_valueAxis = axis;
    m_valueOrientation = orientation;
    m_minValue = minValue;
    m_maxValue = maxValue;
}

void OdemaChart::setCategoryAxis(QBarCategoryAxis *axis)
{
    m_categoryAxis = axis;
}

void OdemaChart::setBarValueLabels(QAbstractBarSeries *series, const QStringList &texts, const QList<double> &values,
                                   int keep, const QString &keepText)
{
    m_labelledSeries = series;
    m_labelValues = values;
    m_labelTexts = texts;
    m_keepLabel = keep;
    m_keepText = keepText;
    for (const QString &t : texts) {
        auto *label = new QGraphicsSimpleTextItem(t, this);
        label->setFont(style::font(10));
        label->setBrush(style::textColour());
        label->setZValue(10);
        m_valueLabels << label;
    }
}

void OdemaChart::setBarNames(const QStringList &names, int highlight)
{
    m_barNames = names;
    m_barNameHighlight = highlight;
    for (const QString &n : names) {
        auto *item = new QGraphicsSimpleTextItem(n, this);
        item->setBrush(style::textColour());
        item->setZValue(10);
        m_barNameItems << item;
    }
}

QFont OdemaChart::barNameFont(double plotHeight, bool *allFit) const
{
    // The axis font when the bars leave room for it, else smaller down to a readable minimum.
    constexpr double kMinPixels = 6.5;
    const QFont axis = m_axisFont;
    const double pitch = m_barNames.isEmpty() ? 0 : plotHeight / double(m_barNames.size());
    double pixels = axis.pixelSize() > 0 ? axis.pixelSize() : QFontMetricsF(axis).height();
    while (pixels > kMinPixels && QFontMetricsF(style::font(pixels)).height() > pitch)
        pixels -= 0.5;
    const QFont f = style::font(std::max(pixels, kMinPixels));
    *allFit = QFontMetricsF(f).height() <= pitch + 0.01;
    return f;
}

void OdemaChart::placeBarNames()
{
    if (m_barNameItems.isEmpty() || series().isEmpty())
        return;
    const QRectF plot = plotArea();
    bool allFit = true;
    const QFont f = barNameFont(plot.height(), &allFit);
    const QFontMetricsF fm(f);
    double lastTop = 1e18; // names are placed bottom up; a name that would touch the one below is hidden
    for (int i = 0; i < m_barNameItems.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_barNameItems.at(i);
        QFont itemFont = f;
        itemFont.setBold(i == m_barNameHighlight);
        item->setFont(itemFont);
        const QPointF centre = mapToPosition(QPointF(0, i), series().first());
        const double top = centre.y() - fm.height() / 2;
        const bool fits = allFit || i == m_barNameHighlight || top + fm.height() <= lastTop;
        item->setVisible(fits);
        if (!fits)
            continue;
        lastTop = top;
        item->setPos(plot.left() - 5 - QFontMetricsF(itemFont).horizontalAdvance(item->text()), top);
    }
}

void OdemaChart::resizeEvent(QGraphicsSceneResizeEvent *event)
{
    QChart::resizeEvent(event);
    relayout();
}

void OdemaChart::relayout()
{
    if (m_inLayout)
        return;
    m_inLayout = true;
    const QSizeF s = size();
    const double width = std::max(50.0, s.width() - 2 * kPad);
    m_title->setTextWidth(width);
    m_title->setPos(kPad, kPad);
    double top = kPad + m_title->boundingRect().height();
    m_subtitle->setTextWidth(width);
    m_subtitle->setPos(kPad, top + 2);
    top += 2 + m_subtitle->boundingRect().height() + kGap;

    m_footer->setTextWidth(width);
    const double footerHeight = m_footer->boundingRect().height();
    double bottom = s.height() - kPad - footerHeight;
    m_footer->setPos(kPad, bottom);
    if (m_legend) {
        const double h = m_legend->layoutFor(width);
        bottom -= h + kGap;
        m_legend->setPos(kPad, bottom);
    }
    int left = int(kPad);
    if (!m_barNames.isEmpty()) {
        // Room on the left for the widest bar name, at the size the bars allow.
        bool allFit = true;
        const QFont f = barNameFont(bottom - top - 40, &allFit);
        QFont bold = f;
        bold.setBold(true);
        double widest = 0;
        for (const QString &n : m_barNames)
            widest = std::max(widest, QFontMetricsF(bold).horizontalAdvance(n));
        left += int(std::min(widest, width * 0.45)) + 8;
        const QString note = QCoreApplication::translate(
            "Charts", "Barres trop fines à cette taille pour les nommer toutes (%1) : agrandissez le graphique ; "
                      "la barre en évidence est toujours nommée.").arg(m_barNames.size());
        const QString footer = allFit ? m_footerText : note + QLatin1Char('\n') + m_footerText;
        if (m_footer->toPlainText() != footer) {
            m_footer->setPlainText(footer);
            const double grown = m_footer->boundingRect().height() - footerHeight;
            bottom -= grown;
            m_footer->setPos(kPad, s.height() - kPad - m_footer->boundingRect().height());
            if (m_legend)
                m_legend->setPos(kPad, m_legend->pos().y() - grown);
        }
    }
    setMargins(QMargins(left, int(top), int(kPad + 6), int(s.height() - bottom + kGap)));
    // Ticks depend on the plot size, which the margins just changed: estimate it from them.
    updateValueTicks();
    updateYearTicks();
    m_inLayout = false;
}

void OdemaChart::updateValueTicks()
{
    if (!m_valueAxis)
        return;
    const QRectF inner = QRectF(QPointF(0, 0), size()).marginsRemoved(QMarginsF(margins()));
    const double length = m_valueOrientation == Qt::Vertical ? inner.height() - 30 : inner.width() - 120;
    const int wanted = std::clamp(int(length / (m_valueOrientation == Qt::Vertical ? 45.0 : 85.0)), 3, 8);
    // The long title ("Tonnes (t)") when it fits along the axis, else the unit alone.
    const QFontMetricsF titleMetrics(m_valueAxis->titleFont());
    m_valueAxis->setTitleText(titleMetrics.horizontalAdvance(m_data.valueAxisTitle) < length * 0.95 ? m_data.valueAxisTitle
                                                                                                   : m_data.unit);
    const QList<Tick> ticks = niceTicks(m_minValue, m_maxValue, wanted);
    for (const QString &label : m_valueAxis->categoriesLabels())
        m_valueAxis->remove(label);
    m_valueAxis->setStartValue(ticks.first().value);
    for (const Tick &t : ticks)
        m_valueAxis->append(t.label, t.value);
    m_valueAxis->setRange(ticks.first().value, ticks.last().value);
}

void OdemaChart::updateYearTicks()
{
    const QRectF inner = QRectF(QPointF(0, 0), size()).marginsRemoved(QMarginsF(margins()));
    if (m_categoryAxis) {
        double widest = 0;
        const QFontMetricsF fm(m_axisFont);
        for (const QString &c : m_categoryAxis->categories())
            widest = std::max(widest, fm.horizontalAdvance(c));
        const double slot = (inner.width() - 70) / std::max<qsizetype>(1, m_categoryAxis->count());
        m_categoryAxis->setLabelsAngle(widest + 6 > slot ? -90 : 0);
    }
    if (!m_yearAxis)
        return;
    const double labelWidth = QFontMetricsF(m_axisFont).horizontalAdvance(QStringLiteral("2030")) * 1.8;
    const int span = std::max(1, m_lastYear - m_firstYear);
    const int fit = std::max(1, int((inner.width() - 70) / labelWidth));
    int interval = 1;
    while (span / interval + 1 > fit && interval < span)
        ++interval;
    // Survey years are odd: keep labels on them with an even interval.
    if (interval > 1 && interval % 2 == 1)
        ++interval;
    m_yearAxis->setTickAnchor(m_firstYear);
    m_yearAxis->setTickInterval(interval);
}

void OdemaChart::placeValueLabels()
{
    if (!m_labelledSeries)
        return;
    const QFontMetricsF fm(m_valueLabels.isEmpty() ? style::font(10) : m_valueLabels.first()->font());
    const QRectF plot = plotArea();
    const int count = int(m_valueLabels.size());
    const double barHeight = count > 0 ? plot.height() / count : 0;
    for (int i = 0; i < count; ++i) {
        QGraphicsSimpleTextItem *label = m_valueLabels.at(i);
        // Too thin bars (all départements at a small size): only the highlighted bar keeps a
        // label, with its name since the axis may have skipped it.
        const bool roomy = barHeight >= fm.height() * 0.95;
        label->setVisible(roomy || i == m_keepLabel);
        if (i == m_keepLabel) {
            label->setText(roomy ? m_labelTexts.value(i) : m_keepText);
            QFont bold = label->font();
            bold.setBold(true);
            label->setFont(bold);
        }
        const QPointF end = mapToPosition(QPointF(m_labelValues.at(i), i), m_labelledSeries);
        label->setPos(end.x() + 4, end.y() - fm.height() / 2);
    }
}

void OdemaChart::setInteractive(bool interactive)
{
    if (m_legend)
        m_legend->setInteractive(interactive);
    if (!interactive)
        return;
    // Tooltips: the factory stored the exact French texts on each series, set or slice.
    const auto showTip = [](const QString &text) { QToolTip::showText(QCursor::pos(), text); };
    for (QAbstractSeries *series : this->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                const QStringList tips = set->property("odemaTips").toStringList();
                connect(set, &QBarSet::hovered, this, [tips, showTip](bool on, int index) {
                    if (on && index >= 0 && index < tips.size())
                        showTip(tips.at(index));
                    else
                        QToolTip::hideText();
                });
            }
        } else if (auto *line = qobject_cast<QLineSeries *>(series)) {
            const QVariantMap tips = line->property("odemaTips").toMap();
            connect(line, &QLineSeries::hovered, this, [tips, showTip](const QPointF &p, bool on) {
                const QString key = QString::number(qRound(p.x()));
                if (on && tips.contains(key))
                    showTip(tips.value(key).toString());
                else
                    QToolTip::hideText();
            });
        } else if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            const QVariantMap tips = area->property("odemaTips").toMap();
            connect(area, &QAreaSeries::hovered, this, [tips, showTip](const QPointF &p, bool on) {
                const QString key = QString::number(qRound(p.x()));
                if (on && tips.contains(key))
                    showTip(tips.value(key).toString());
                else
                    QToolTip::hideText();
            });
        } else if (auto *pie = qobject_cast<QPieSeries *>(series)) {
            connect(pie, &QPieSeries::hovered, this, [showTip](QPieSlice *slice, bool on) {
                slice->setExploded(on);
                if (on)
                    showTip(slice->property("odemaTip").toString());
                else
                    QToolTip::hideText();
            });
        }
    }
}

} // namespace odema::charts
