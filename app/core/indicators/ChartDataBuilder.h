#pragma once
// Builds the ChartData of each chart kind from dedicated aggregate SQL (FlowAggregate /
// Indicators), with the nomenclature's colours and order and the targets of
// resources/targets.json. Throws OdemaError for a request that cannot be met (no territory,
// empty year range, unknown target); an empty selection gives an empty ChartData instead.
#include "indicators/ChartData.h"
#include "indicators/Indicators.h"
#include "indicators/Targets.h"
#include "territory/TerritoryResolver.h"

#include <QSet>

namespace odema {

struct FlowFilter;

struct ChartRequest {
    ChartKind kind = ChartKind::Evolution;
    QList<qint64> territoryIds;   ///< first = the territory the chart is about
    int yearFrom = 0;             ///< 0 = from the first year with data
    int yearTo = 0;               ///< 0 = to the last year with data
    Measure measure = Measure::Default;
    int year = 0;                 ///< one-year kinds (donut, classement, several territories); 0 = latest complete year
    bool donut = false;           ///< traitement: donut of one year instead of 100 % bars
    bool byStream = false;        ///< evolution of one territory: stacked areas by waste stream
    bool nationalRanking = false; ///< classement: every territory of the level in France, not only the siblings
    QString targetId;             ///< trajectoire: id in targets.json (default: valorisation_dma)
    QList<qint64> streamIds;      ///< empty = every stream
    QList<qint64> modeIds;        ///< empty = every mode

    /// Territories, years, streams and modes of the shared selection.
    static ChartRequest fromFilter(ChartKind kind, const FlowFilter &filter);
};

class ChartDataBuilder {
public:
    explicit ChartDataBuilder(QSqlDatabase db);

    ChartData build(const ChartRequest &request) const;

    /// Measures a kind can show, the first being its default.
    static QList<Measure> measuresFor(ChartKind kind);
    const Indicators &indicators() const { return m_indicators; }
    const Targets &targets() const { return m_targets; }

private:
    ChartData buildKind(const ChartRequest &r) const;
    ChartData evolution(const ChartRequest &r) const;
    ChartData evolutionByStream(const ChartRequest &r) const;
    ChartData composition(const ChartRequest &r) const;
    ChartData traitement(const ChartRequest &r) const;
    ChartData comparaison(const ChartRequest &r) const;
    ChartData classement(const ChartRequest &r) const;
    ChartData trajectoire(const ChartRequest &r) const;

    /// Per territory and year, the collecte/traitement slice broken down by stream.
    QHash<qint64, QMap<int, AggregateSlice>> byStream(const QList<qint64> &ids, FlowKind kind, const ChartRequest &r,
                                                      int yearFrom, int yearTo) const;
    /// Years whose streams miss a whole collection channel present in other years of the
    /// range (2021: no OMA file): a total for them would show a fall that did not happen.
    QMap<int, QStringList> incompleteYears(const QMap<int, AggregateSlice> &years) const;
    /// Last year whose collection is complete (or the last year with data), 0 when none.
    int latestCompleteYear(const QMap<int, AggregateSlice> &years, FlowKind kind) const;
    QString incompleteNote(const QMap<int, QStringList> &incomplete) const;
    /// "des déchets de déchèterie" when every stream summed belongs to one family.
    QString scopePhrase(const QHash<qint64, QMap<int, AggregateSlice>> &data, FlowKind kind) const;
    QString sourceLine(FlowKind kind, bool withPopulation) const;
    QString subtitle(const TerritoryInfo &t, int yearFrom, int yearTo, Measure m) const;
    QString stem(const ChartRequest &r, const TerritoryInfo &t, int yearFrom, int yearTo) const;
    /// Subtitle and file name from the years `years` shows.
    void nameByYears(ChartData &d, const ChartRequest &r, const TerritoryInfo &main, const QList<int> &years) const;
    void finish(ChartData &d, Measure m) const;
    TerritoryInfo mainTerritory(const ChartRequest &r) const;
    static void checkYears(const ChartRequest &r);

    QSqlDatabase m_db;
    Indicators m_indicators;
    TerritoryResolver m_resolver;
    Targets m_targets;
};

} // namespace odema
