#pragma once
// Yearly series of the fact sheet's indicators for a territory and its parents. Each figure is an
// indicator of the catalogue (resources/indicators.json) computed by IndicatorEvaluator, so the
// sheet prints what the `indicators` verb prints, with the definition and data set behind it.
#include "indicators/FlowAggregate.h"
#include "indicators/IndicatorEvaluator.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace odema::report {

using YearValues = QMap<int, double>;

/// Indicator keys of the series: ids of the catalogue (also the KeyFigure ids).
namespace ind {
inline const QString DechT = QStringLiteral("dech_t_ag");
inline const QString DechKg = QStringLiteral("dech_kg_ag");
inline const QString OmaKg = QStringLiteral("oma_kg");
inline const QString OmrKg = QStringLiteral("omr_kg");
inline const QString DmaKgHg = QStringLiteral("dma_kg_hg");
inline const QString DmaKg = QStringLiteral("dma_kg_ag");
inline const QString Valorisation = QStringLiteral("valo_mo_dma"); ///< % matière + organique of all DMA (SINOE04)
inline const QString Stockage = QStringLiteral("stockage_dma");    ///< % of DMA to ISDND
/// The indicators a sheet computes, in the order of its key figures.
inline QStringList all() { return {DechT, DechKg, OmaKg, OmrKg, DmaKgHg, DmaKg, Valorisation, Stockage}; }
} // namespace ind

struct SheetSeries {
    QList<qint64> ids; ///< the territory first, then its parents nearest first
    QHash<QString, QHash<qint64, YearValues>> values; ///< indicator -> territory -> year -> value
    /// The figures themselves (definition's data set, scope, notes), same keys as `values`.
    QHash<QString, QHash<qint64, QMap<int, IndicatorValue>>> details;
    QHash<qint64, QMap<int, PopulationUsed>> populations;

    YearValues of(const QString &indicator, qint64 id) const { return values.value(indicator).value(id); }
    std::optional<double> at(const QString &indicator, qint64 id, int year) const;
    std::optional<IndicatorValue> detail(const QString &indicator, qint64 id, int year) const;
};

class SeriesCalculator {
public:
    explicit SeriesCalculator(QSqlDatabase db);
    /// Series of each territory are computed once per calculator and kept: the parents
    /// (région, France) are shared by every sheet of a batch. Make a new calculator (a new
    /// FactSheetBuilder) after an import.
    SheetSeries compute(const QList<qint64> &ids) const;

    QList<qint64> decheterieStreams() const { return m_dech; }
    const IndicatorEvaluator &evaluator() const { return *m_evaluator; }
    PopulationBasis basis() const { return m_basis; }

private:
    SheetSeries computeUncached(const QList<qint64> &ids) const;

    QSqlDatabase m_db;
    QList<qint64> m_dech; ///< déchèterie stream ids (charts of the sheet)
    QList<int> m_years;   ///< years with flows or published figures in the store
    std::shared_ptr<IndicatorEvaluator> m_evaluator;
    PopulationBasis m_basis = PopulationBasis::Estimation;
    struct Cached {
        QHash<QString, YearValues> values;
        QHash<QString, QMap<int, IndicatorValue>> details;
        QMap<int, PopulationUsed> populations;
    };
    mutable QHash<qint64, Cached> m_cache;
};

} // namespace odema::report
