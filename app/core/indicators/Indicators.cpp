#include "indicators/Indicators.h"

#include "common/Tonnage.h"

#include <algorithm>

namespace odema {

std::optional<double> TerritoryTotal::kgPerInhabitant() const
{
    if (!population || *population <= 0)
        return std::nullopt;
    return tonnes * 1000.0 / double(*population);
}

Indicators::Indicators(QSqlDatabase db) : m_db(db), m_catalog(db) {}

const FlowAggregate::Coverage &Indicators::coverage() const
{
    const FlowAggregate aggregate(m_db);
    const QString stamp = aggregate.dataStamp();
    if (stamp != m_stamp || !m_coverage) {
        m_stamp = stamp;
        m_coverage = aggregate.coverage();
    }
    return *m_coverage;
}

QHash<qint64, QMap<int, AggregateSlice>> Indicators::aggregate(AggregateRequest request) const
{
    request.storeYears = coverage().years.value(int(request.kind));
    return FlowAggregate(m_db).run(request);
}

QList<TerritoryTotal> Indicators::totals(const QList<qint64> &territoryIds, int yearFrom, int yearTo,
                                         const IndicatorScope &scope) const
{
    AggregateRequest request;
    request.territoryIds = territoryIds;
    request.kind = scope.kind;
    request.yearFrom = yearFrom;
    request.yearTo = yearTo;
    request.streamIds = scope.streamIds;
    request.modeIds = scope.modeIds;
    const auto sums = aggregate(request);
    const auto populations = populationsUsed(m_db, territoryIds, yearFrom, yearTo);

    QList<TerritoryTotal> out;
    for (qint64 id : territoryIds) {
        const auto years = sums.value(id);
        for (auto it = years.begin(); it != years.end(); ++it) {
            TerritoryTotal t;
            t.territoryId = id;
            t.year = it.key();
            t.kind = scope.kind;
            t.grams = it.value().totalGrams();
            t.tonnes = tonnesFromGrams(t.grams);
            t.levelUsed = it.value().levelUsed;
            const auto pop = populations.value(id);
            auto p = pop.find(it.key());
            if (p != pop.end()) {
                t.population = p.value().population;
                t.populationBasis = p.value().basis;
            }
            out << t;
        }
    }
    return out;
}

std::optional<TerritoryTotal> Indicators::total(qint64 territoryId, int year, const IndicatorScope &scope) const
{
    const auto list = totals({territoryId}, year, year, scope);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<CategoryShare> Indicators::shares(qint64 territoryId, int year, const IndicatorScope &scope) const
{
    AggregateRequest request;
    request.territoryIds = {territoryId};
    request.kind = scope.kind;
    request.yearFrom = request.yearTo = year;
    request.streamIds = scope.streamIds;
    request.modeIds = scope.modeIds;
    request.breakdown = scope.kind == FlowKind::Collecte ? Breakdown::Stream : Breakdown::Mode;
    const AggregateSlice slice = aggregate(request).value(territoryId).value(year);
    const double sum = slice.totalTonnes();
    QList<CategoryShare> out;
    if (sum <= 0)
        return out;
    const QList<Category> &order = scope.kind == FlowKind::Collecte ? m_catalog.streams() : m_catalog.modes();
    for (const Category &c : order) {
        const double t = slice.tonnes(c.id);
        if (t != 0.0)
            out << CategoryShare{c, t, t * 100.0 / sum};
    }
    if (slice.has(0)) { // treatment rows without a mode
        Category none;
        none.label = QStringLiteral("Sans mode");
        none.colour = QColor(QStringLiteral("#BBBBBB"));
        const double t = slice.tonnes(0);
        out << CategoryShare{none, t, t * 100.0 / sum};
    }
    return out;
}

std::optional<double> Indicators::groupShare(qint64 territoryId, int year, const QString &group,
                                             const QList<qint64> &streamIds) const
{
    IndicatorScope scope;
    scope.kind = FlowKind::Traitement;
    scope.streamIds = streamIds;
    const auto all = shares(territoryId, year, scope);
    if (all.isEmpty())
        return std::nullopt;
    double percent = 0;
    for (const CategoryShare &s : all)
        if (s.category.group == group)
            percent += s.percent;
    return percent;
}

std::optional<double> Indicators::valorisationRate(qint64 territoryId, int year, const QList<qint64> &streamIds) const
{
    return groupShare(territoryId, year, QStringLiteral("valorisation"), streamIds);
}

std::optional<double> Indicators::landfillShare(qint64 territoryId, int year, const QList<qint64> &streamIds) const
{
    return groupShare(territoryId, year, QStringLiteral("stockage"), streamIds);
}

} // namespace odema
