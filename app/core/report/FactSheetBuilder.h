#pragma once
// Computes a territory's FactSheetData from the store: yearly series by aggregate SQL
// (indicators/FlowAggregate, through territory_closure), the same figures for the parent
// territories, changes, target gaps, the data table, sources and charts (ChartDataBuilder).
// 'collecte' and 'traitement' rows describe the same tonnes and are never added together:
// amounts come from 'collecte' rows, shares of treatment modes from 'traitement' rows.
#include "indicators/ChartDataBuilder.h"
#include "report/FactSheetData.h"
#include "report/FactSheetSeries.h"

#include <QSqlDatabase>

namespace odema::report {

class FactSheetBuilder {
public:
    explicit FactSheetBuilder(QSqlDatabase db);

    /// `year` 0 = the latest year with collection data for the territory. Throws OdemaError
    /// for an unknown territory; missing data become Availability::missing, never zeros.
    FactSheetData build(qint64 territoryId, int year = 0) const;
    /// Latest year with 'collecte' flows for the territory (its descendants included), 0 if none.
    int latestYear(qint64 territoryId) const;
    /// Charts cost most of a sheet's time; tests of figures can leave them out.
    void setWithCharts(bool on) { m_withCharts = on; }

    const TerritoryResolver &resolver() const { return m_resolver; }

private:
    SheetHeader header(const TerritoryInfo &t, int year) const;
    QList<KeyFigure> figures(const SheetSeries &s, const TerritoryInfo &t, int year) const;
    /// The figure's values up to `year` from the data set that gave the value of `year`.
    YearValues sameDataSet(const SheetSeries &s, const IndicatorDefinition &d, qint64 id, int year, double value) const;
    QList<TargetPosition> targets(const SheetSeries &s, qint64 id, int year) const;
    DataTable table(const SheetSeries &s, qint64 id, int year) const;
    QList<SourceNote> sources(qint64 id) const;
    QStringList methodNotes(const SheetSeries &s) const;
    QList<SheetChart> charts(const TerritoryInfo &t, const QList<qint64> &parents, int year, const SheetSeries &s) const;
    /// Why a territory has no flows at all: the levels the store's files describe.
    QString noDataReason(const TerritoryInfo &t) const;

    QSqlDatabase m_db;
    TerritoryResolver m_resolver;
    ChartDataBuilder m_charts;
    SeriesCalculator m_series;
    bool m_withCharts = true;
};

} // namespace odema::report
