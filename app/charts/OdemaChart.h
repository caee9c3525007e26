#pragma once
// A QChart laid out for publication: title and subtitle on top, a wrapping legend and the
// notes and source line at the bottom, French tick labels recomputed for the size, value labels
// at the end of ranked bars. Built by ChartFactory from a ChartData; the same object is shown
// in the window and rendered by ChartExporter.
#include "indicators/ChartData.h"

#include <QChart>
#include <QPointer>

class QAbstractBarSeries;
class QBarCategoryAxis;
class QCategoryAxis;
class QGraphicsTextItem;
class QGraphicsSimpleTextItem;
class QValueAxis;

namespace odema::charts {

class ChartLegend;

class OdemaChart : public QChart {
    Q_OBJECT
public:
    explicit OdemaChart(ChartData data, QGraphicsItem *parent = nullptr);

    const ChartData &data() const { return m_data; }
    ChartLegend *chartLegend() const { return m_legend; }

    // Set up by ChartFactory.
    void setChartLegend(ChartLegend *legend);
    void setYearAxis(QValueAxis *axis, int firstYear, int lastYear);
    void setValueAxis(QCategoryAxis *axis, Qt::Orientation orientation, double minValue, double maxValue);
    /// Bar categories (years): labels turn vertical when they would run into each other.
    void setCategoryAxis(QBarCategoryAxis *axis);
    /// Values printed at the end of horizontal bars (category index = bar position).
    /// `keep` (the highlighted bar) keeps its label, name included, even when the bars are too
    /// thin for the others and the axis skips names.
    void setBarValueLabels(QAbstractBarSeries *series, const QStringList &texts, const QList<double> &values,
                           int keep = -1, const QString &keepText = QString());

    /// Names of horizontal bars (bottom to top, as the series), drawn by the chart itself rather
    /// than by the category axis, which silently skips labels that would touch: every bar is
    /// named, in a font shrunk to the bar pitch; when even the smallest readable font does not
    /// fit, the names that fit are shown, the highlighted one always, and a note says so.
    void setBarNames(const QStringList &names, int highlight);

    /// Hover tooltips with exact values and clickable legend entries (window only).
    void setInteractive(bool interactive);
    /// Places header, legend and footer for the current size and sets the plot margins.
    void relayout();

protected:
    void resizeEvent(QGraphicsSceneResizeEvent *event) override;

private:
    void updateValueTicks();
    void updateYearTicks();
    void placeValueLabels();
    void placeBarNames();
    /// Font for the bar names at this plot height, and whether every name fits.
    QFont barNameFont(double plotHeight, bool *allFit) const;

    ChartData m_data;
    QGraphicsTextItem *m_title = nullptr;
    QGraphicsTextItem *m_subtitle = nullptr;
    QGraphicsTextItem *m_footer = nullptr;
    ChartLegend *m_legend = nullptr;
    QPointer<QValueAxis> m_yearAxis;
    int m_firstYear = 0, m_lastYear = 0;
    QPointer<QCategoryAxis> m_valueAxis;
    QPointer<QBarCategoryAxis> m_categoryAxis;
    QFont m_axisFont;
    Qt::Orientation m_valueOrientation = Qt::Vertical;
    double m_minValue = 0, m_maxValue = 1;
    QAbstractBarSeries *m_labelledSeries = nullptr;
    QList<QGraphicsSimpleTextItem *> m_valueLabels;
    QList<double> m_labelValues;
    QStringList m_labelTexts;
    int m_keepLabel = -1;
    QString m_keepText;
    QStringList m_barNames;
    QList<QGraphicsSimpleTextItem *> m_barNameItems;
    int m_barNameHighlight = -1;
    QString m_footerText;
    bool m_inLayout = false;
};

/// Exact value with its unit, French format: "641 071,69 t", "245,87 kg/hab", "58,3 %".
QString formatChartValue(double value, const ChartData &data);

} // namespace odema::charts
