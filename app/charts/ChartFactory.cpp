#include "charts/ChartFactory.h"

#include "charts/ChartLegend.h"
#include "charts/ChartStyle.h"
#include "common/FrenchFormat.h"
#include "common/OdemaError.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBarSeries>
#include <QCategoryAxis>
#include <QCoreApplication>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <cmath>

namespace odema::charts {

namespace {

void styleAxis(QAbstractAxis *axis, const QString &title)
{
    axis->setLabelsFont(style::axisLabelFont());
    axis->setLabelsColor(style::textColour());
    axis->setTitleFont(style::axisTitleFont());
    axis->setTitleBrush(style::mutedTextColour());
    axis->setTitleText(title);
    axis->setGridLineColor(style::gridColour());
    axis->setLinePenColor(QColor(QStringLiteral("#999999")));
    axis->setShadesVisible(false);
    axis->setTruncateLabels(false); // territory names and legend-length labels stay whole
}

QCategoryAxis *valueAxis(const ChartData &d)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    styleAxis(axis, d.valueAxisTitle);
    return axis;
}

QString tip(const ChartData &d, const QString &series, const QString &category, double value)
{
    return QCoreApplication::translate("Charts", "%1\n%2 : %3").arg(series, category, formatChartValue(value, d));
}

/// Bars never show a missing value as a bar; a gap in a bar chart is an absent bar.
QBarSet *barSet(const ChartData &d, const ChartSeries &s, QList<double> *raw)
{
    auto *set = new QBarSet(s.name);
    set->setColor(s.colour);
    set->setBorderColor(s.colour.darker(115));
    QList<qreal> values;
    QStringList tips;
    for (int i = 0; i < s.values.size(); ++i) {
        values << (s.values.at(i) ? *s.values.at(i) : 0.0);
        tips << (s.values.at(i) ? tip(d, s.name, d.categories.value(i), *s.values.at(i))
                                : QCoreApplication::translate("Charts", "%1\n%2 : pas de données").arg(s.name, d.categories.value(i)));
    }
    set->append(values);
    set->setProperty("odemaTips", tips);
    if (raw)
        *raw = values;
    return set;
}

LegendEntrySpec barEntry(QBarSet *set, QList<double> values)
{
    return {set->label(), set->color(), LegendEntrySpec::Swatch::Box, [set, values](bool visible) {
                for (int i = 0; i < values.size(); ++i)
                    set->replace(i, visible ? values.at(i) : 0.0);
            }};
}

void buildBars(OdemaChart *chart, const ChartData &d, QList<LegendEntrySpec> &legend)
{
    QAbstractBarSeries *series = d.shape == ChartShape::StackedBars ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                                                    : new QBarSeries;
    series->setBarWidth(d.shape == ChartShape::StackedBars ? 0.62 : 0.78);
    for (const ChartSeries &s : d.series) {
        QList<double> values;
        QBarSet *set = barSet(d, s, &values);
        if (d.highlight >= 0 && d.series.size() == 1) {
            set->setSelectedColor(style::highlightColour());
            set->selectBar(d.highlight);
            set->setColor(QColor(QStringLiteral("#9DA9C8")));
        }
        series->append(set);
        legend << barEntry(set, values);
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(d.categories);
    styleAxis(categories, QString());
    categories->setGridLineVisible(false);
    chart->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);
    chart->setCategoryAxis(categories);
    QCategoryAxis *values = valueAxis(d);
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    const double top = d.measure == Measure::Percent && d.shape == ChartShape::StackedBars ? 100.0 : d.maxValue();
    chart->setValueAxis(values, Qt::Vertical, 0, top);
    if (d.series.size() == 1 && d.highlight >= 0)
        legend.clear(); // one series with the selected territory highlighted: the subtitle says it
}

void buildHorizontalBars(OdemaChart *chart, const ChartData &d)
{
    // Qt draws the first category at the bottom: reverse so that rank 1 is on top.
    ChartData reversed = d;
    std::reverse(reversed.categories.begin(), reversed.categories.end());
    for (ChartSeries &s : reversed.series)
        std::reverse(s.values.begin(), s.values.end());
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(0.72);
    QList<double> values;
    QBarSet *set = barSet(reversed, reversed.series.first(), &values);
    if (d.highlight >= 0) {
        set->setSelectedColor(style::highlightColour());
        set->selectBar(int(d.categories.size()) - 1 - d.highlight);
    }
    series->append(set);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(reversed.categories);
    styleAxis(categories, QString());
    categories->setGridLineVisible(false);
    categories->setLabelsVisible(false); // the chart names every bar itself (the axis skips some)
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    chart->setBarNames(reversed.categories, d.highlight >= 0 ? int(d.categories.size()) - 1 - d.highlight : -1);
    QCategoryAxis *axis = valueAxis(d);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    // Head room for the value printed after the longest bar.
    chart->setValueAxis(axis, Qt::Horizontal, 0, d.maxValue() * 1.18);
    QStringList texts;
    for (double v : values)
        texts << formatChartValue(v, d).section(QChar(0x00A0), 0, 0).section(QChar(0x202F) + QStringLiteral("%"), 0, 0);
    const int keep = d.highlight >= 0 ? int(d.categories.size()) - 1 - d.highlight : -1;
    chart->setBarValueLabels(series, texts, values, keep,
                             keep >= 0 ? QStringLiteral("%1 : %2").arg(d.categories.value(d.highlight), texts.value(keep)) : QString());
}

void buildLines(OdemaChart *chart, const ChartData &d, QList<LegendEntrySpec> &legend)
{
    int first = 0, last = 0;
    for (const QString &c : d.categories) {
        const int y = c.toInt();
        first = first == 0 ? y : std::min(first, y);
        last = std::max(last, y);
    }
    auto *years = new QValueAxis;
    styleAxis(years, QString());
    years->setLabelFormat(QStringLiteral("%.0f"));
    years->setTickType(QValueAxis::TicksDynamic);
    years->setRange(first - 0.6, last + 0.6);
    years->setGridLineVisible(false);
    chart->addAxis(years, Qt::AlignBottom);
    QCategoryAxis *values = valueAxis(d);
    chart->addAxis(values, Qt::AlignLeft);
    chart->setYearAxis(years, first, last);
    chart->setValueAxis(values, Qt::Vertical, 0, d.maxValue() * 1.05);

    std::optional<LegendEntrySpec> targetEntry; // listed after the data it is compared with
    if (d.target) {
        auto *line = new QLineSeries;
        line->setName(d.target->label);
        QPen pen(QColor(QStringLiteral("#C00000")), 2, Qt::DashLine);
        line->setPen(pen);
        QList<QPointF> points;
        for (int i = 0; i < d.categories.size(); ++i)
            if (i < d.target->values.size() && d.target->values.at(i))
                points << QPointF(d.categories.at(i).toInt(), *d.target->values.at(i));
        line->replace(points);
        chart->addSeries(line);
        line->attachAxis(years);
        line->attachAxis(values);
        targetEntry = LegendEntrySpec{line->name(), pen.color(), LegendEntrySpec::Swatch::DashedLine,
                                      [line](bool visible) { line->setVisible(visible); }};
    }
    for (const ChartSeries &s : d.series) {
        // Lines join the real survey points (every other year until 2021); markers show
        // where the data are, so nothing between two surveys passes for a measured value.
        auto *line = new QLineSeries;
        line->setName(s.name);
        line->setPen(QPen(s.colour, 2.4));
        line->setPointsVisible(true);
        line->setMarkerSize(5);
        QList<QPointF> points;
        QVariantMap tips;
        for (int i = 0; i < d.categories.size() && i < s.values.size(); ++i)
            if (s.values.at(i)) {
                points << QPointF(d.categories.at(i).toInt(), *s.values.at(i));
                tips.insert(d.categories.at(i), tip(d, s.name, d.categories.at(i), *s.values.at(i)));
            }
        line->replace(points);
        line->setProperty("odemaTips", tips);
        chart->addSeries(line);
        line->attachAxis(years);
        line->attachAxis(values);
        // A lone point (one survey between gaps) would be invisible without its marker.
        legend << LegendEntrySpec{s.name, s.colour, LegendEntrySpec::Swatch::Line,
                                  [line](bool visible) { line->setVisible(visible); }};
    }
    if (targetEntry)
        legend << *targetEntry;
}

void buildAreas(OdemaChart *chart, const ChartData &d, QList<LegendEntrySpec> &legend)
{
    int first = d.categories.isEmpty() ? 0 : d.categories.first().toInt();
    int last = d.categories.isEmpty() ? 0 : d.categories.last().toInt();
    auto *years = new QValueAxis;
    styleAxis(years, QString());
    years->setLabelFormat(QStringLiteral("%.0f"));
    years->setTickType(QValueAxis::TicksDynamic);
    years->setRange(first, last);
    years->setGridLineVisible(false);
    chart->addAxis(years, Qt::AlignBottom);
    QCategoryAxis *values = valueAxis(d);
    chart->addAxis(values, Qt::AlignLeft);
    chart->setYearAxis(years, first, last);
    chart->setValueAxis(values, Qt::Vertical, 0, d.maxValue() * 1.02);
    QList<double> base(d.categories.size(), 0.0);
    QLineSeries *lower = nullptr;
    for (const ChartSeries &s : d.series) {
        auto *upper = new QLineSeries(chart);
        QList<QPointF> points;
        QVariantMap tips;
        for (int i = 0; i < d.categories.size(); ++i) {
            const double v = s.values.value(i).value_or(0.0);
            base[i] += v;
            points << QPointF(d.categories.at(i).toInt(), base.at(i));
            tips.insert(d.categories.at(i), tip(d, s.name, d.categories.at(i), v));
        }
        upper->replace(points);
        auto *area = new QAreaSeries(upper, lower);
        area->setName(s.name);
        area->setColor(s.colour);
        area->setBorderColor(s.colour.darker(125));
        area->setProperty("odemaTips", tips);
        chart->addSeries(area);
        area->attachAxis(years);
        area->attachAxis(values);
        legend << LegendEntrySpec{s.name, s.colour, LegendEntrySpec::Swatch::Box,
                                  [area](bool visible) { area->setVisible(visible); }};
        lower = upper;
    }
}

void buildDonut(OdemaChart *chart, const ChartData &d, QList<LegendEntrySpec> &legend)
{
    auto *pie = new QPieSeries;
    pie->setHoleSize(0.45);
    pie->setPieSize(0.66); // room for the outside labels inside the plot area (they are clipped to it)
    const ChartSeries &s = d.series.first();
    double sum = 0;
    for (const auto &v : s.values)
        sum += v.value_or(0.0);
    for (int i = 0; i < d.categories.size() && i < s.values.size(); ++i) {
        if (!s.values.at(i))
            continue;
        const double v = *s.values.at(i);
        auto *slice = pie->append(d.categories.at(i), v);
        slice->setColor(d.categoryColours.value(i));
        slice->setBorderColor(Qt::white);
        slice->setBorderWidth(1);
        const double share = sum > 0 ? v * 100.0 / sum : 0;
        slice->setLabel(formatPercent(share, 1));
        slice->setLabelFont(style::font(10.5));
        slice->setLabelColor(style::textColour());
        slice->setLabelPosition(QPieSlice::LabelOutside);
        slice->setLabelArmLengthFactor(0.12);
        slice->setLabelVisible(share >= 3.0); // thin slices: value in the legend only
        slice->setProperty("odemaTip", tip(d, d.categories.at(i), s.name, v));
        const bool labelled = share >= 3.0;
        legend << LegendEntrySpec{QStringLiteral("%1 (%2)").arg(d.categories.at(i), formatPercent(share, 1)),
                                  d.categoryColours.value(i), LegendEntrySpec::Swatch::Box,
                                  [slice, v, labelled](bool visible) {
                                      slice->setValue(visible ? v : 0.0);
                                      slice->setLabelVisible(visible && labelled);
                                  }};
    }
    chart->addSeries(pie);
}

} // namespace

std::unique_ptr<OdemaChart> ChartFactory::create(const ChartData &data)
{
    if (data.isEmpty())
        throw OdemaError(QCoreApplication::translate("Charts", "Pas de données pour cette sélection."));
    style::fontFamily();
    auto chart = std::make_unique<OdemaChart>(data);
    QList<LegendEntrySpec> legend;
    switch (data.shape) {
    case ChartShape::Lines: buildLines(chart.get(), data, legend); break;
    case ChartShape::StackedBars:
    case ChartShape::GroupedBars: buildBars(chart.get(), data, legend); break;
    case ChartShape::HorizontalBars: buildHorizontalBars(chart.get(), data); break;
    case ChartShape::Donut: buildDonut(chart.get(), data, legend); break;
    case ChartShape::StackedAreas: buildAreas(chart.get(), data, legend); break;
    }
    if (!legend.isEmpty())
        chart->setChartLegend(new ChartLegend(legend));
    return chart;
}

} // namespace odema::charts
