#pragma once
// Headline figures of a territory: tonnes, kg per inhabitant, shares, valorisation rate and
// share landfilled. Plain data from aggregate SQL (FlowAggregate), shared by the charts, the fact
// sheets and the map. Nothing is invented: a missing population gives no kg/hab (never zero).
#include "indicators/CategoryCatalog.h"
#include "indicators/FlowAggregate.h"

#include <QList>
#include <QSqlDatabase>
#include <optional>

namespace odema {

struct TerritoryTotal {
    qint64 territoryId = 0;
    int year = 0;
    FlowKind kind = FlowKind::Collecte;
    qint64 grams = 0;                    ///< exact sum (common/Tonnage.h: formatGramsAsTonnes)
    double tonnes = 0;                   ///< the same, for divisions and charts only
    QString levelUsed;                   ///< level whose flows were summed
    std::optional<qint64> population;    ///< population_used of the same territory and year
    QString populationBasis;             ///< what that population is (INSEE estimate, sum of…)

    /// tonnes × 1000 / population; nothing without a population.
    std::optional<double> kgPerInhabitant() const;
};

struct CategoryShare {
    Category category;
    double tonnes = 0;
    double percent = 0; ///< of the territory's total for that kind and year
};

struct IndicatorScope {
    FlowKind kind = FlowKind::Collecte;
    QList<qint64> streamIds; ///< empty = every stream
    QList<qint64> modeIds;   ///< empty = every mode
};

class Indicators {
public:
    explicit Indicators(QSqlDatabase db);

    /// Totals per territory and year (only pairs with flows), ordered by territory then year.
    QList<TerritoryTotal> totals(const QList<qint64> &territoryIds, int yearFrom, int yearTo,
                                 const IndicatorScope &scope = {}) const;
    std::optional<TerritoryTotal> total(qint64 territoryId, int year, const IndicatorScope &scope = {}) const;

    /// Shares by stream (collecte) or by mode (traitement), in display order, zero rows left out.
    QList<CategoryShare> shares(qint64 territoryId, int year, const IndicatorScope &scope) const;

    /// (valorisation matière + organique) / all treated tonnes, in %. Modes of group
    /// 'valorisation' in treatment_mode.grp.
    std::optional<double> valorisationRate(qint64 territoryId, int year, const QList<qint64> &streamIds = {}) const;
    /// Tonnes going to modes of group 'stockage' over all treated tonnes, in %.
    std::optional<double> landfillShare(qint64 territoryId, int year, const QList<qint64> &streamIds = {}) const;

    /// FlowAggregate::run with the store's years per kind cached while the store is unchanged
    /// (each import changes FlowAggregate::dataStamp()).
    QHash<qint64, QMap<int, AggregateSlice>> aggregate(AggregateRequest request) const;
    /// Years and source files per kind, cached like the above.
    const FlowAggregate::Coverage &coverage() const;

    const CategoryCatalog &catalog() const { return m_catalog; }
    QSqlDatabase database() const { return m_db; }

private:
    std::optional<double> groupShare(qint64 territoryId, int year, const QString &group, const QList<qint64> &streamIds) const;

    QSqlDatabase m_db;
    CategoryCatalog m_catalog;
    // Years with flows per kind (a scan of the flow table), kept while the store is unchanged.
    mutable QString m_stamp;
    mutable std::optional<FlowAggregate::Coverage> m_coverage;
};

} // namespace odema
