#pragma once
// Sums of flow tonnes per territory, year and category, straight from SQL (never from rows a
// view happened to load). A territory's figure aggregates its own flows and its descendants'
// through territory_closure, using only the shallowest level that holds flows for that kind and
// year: when a file gives départements and another gives their EPCI, the region is not counted
// twice. 'collecte' and 'traitement' describe the same tonnes and are never added together.
#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <optional>

namespace odema {

enum class FlowKind { Collecte, Traitement };
QString flowKindKey(FlowKind kind); ///< "collecte" / "traitement"

/// What a sum is broken down by (the category ids of the result).
enum class Breakdown { None, Stream, Mode };

struct AggregateRequest {
    QList<qint64> territoryIds;
    FlowKind kind = FlowKind::Collecte;
    int yearFrom = 0; ///< 0 = no bound
    int yearTo = 0;   ///< 0 = no bound
    QList<qint64> streamIds; ///< empty = every stream
    QList<qint64> modeIds;   ///< empty = every mode
    /// Data sets summed (table dataset). Empty: the one data set of `kind` the catalogue prefers
    /// (dataset.sort_order: DMA first) among those holding rows of the request, never several:
    /// DMA contains the OMA and the déchèteries, and two data sets of one family count the same
    /// tonnes twice. Name several only when they do not overlap.
    QList<qint64> datasetIds;
    Breakdown breakdown = Breakdown::None;
    /// Years that have flows of `kind` anywhere in the store, when the caller knows them
    /// (ChartDataBuilder caches them); otherwise run() asks the store.
    std::optional<QList<int>> storeYears;
};

/// Tonnes of one territory for one year, exact: integer grams summed by SQL (common/Tonnage.h).
/// Categories are stream or mode ids (0 = no mode, or the total when the breakdown is None).
struct AggregateSlice {
    QString levelUsed;                    ///< level key of the flows summed ("departement")
    qint64 datasetId = 0;                 ///< the data set summed (the one chosen when the request named none)
    QMap<qint64, qint64> gramsByCategory; ///< category id -> exact grams
    qint64 totalGrams() const;            ///< exact sum of the categories
    /// For divisions and charts: tonnes of one category (0 when absent) and of the total.
    double tonnes(qint64 category) const;
    double totalTonnes() const;
    bool has(qint64 category) const { return gramsByCategory.contains(category); }
};

class FlowAggregate {
public:
    explicit FlowAggregate(QSqlDatabase db) : m_db(std::move(db)) {}

    /// territory id -> year -> slice; only (territory, year) pairs that have flows appear.
    QHash<qint64, QMap<int, AggregateSlice>> run(const AggregateRequest &request) const;
    /// The data set run() sums for a request naming none: the catalogue's first (sort_order)
    /// holding a row of the request's kind, filters, territories (or below) and years; 0 if none.
    qint64 preferredDataSet(const AggregateRequest &request, const QList<int> &years) const;

    /// Source files the flows of a kind came from: latest import date and year span, for the
    /// source line under charts and fact sheets.
    struct Vintage {
        QString importedAt; ///< ISO date of the most recent import of those files
        int firstYear = 0;
        int lastYear = 0;
        QStringList files;
    };
    /// What the store holds per kind: years with flows and the files they came from, in one
    /// scan of the flow table (cache it; see dataStamp()).
    struct Coverage {
        QHash<int, QList<int>> years; ///< key: int(FlowKind)
        QHash<int, Vintage> vintages; ///< key: int(FlowKind)
    };
    Coverage coverage() const;
    /// Years with flows of `kind` in the whole store (one scan of the flow table).
    QList<int> storeYears(FlowKind kind) const;
    /// Cheap stamp of the store's content (source files count and last id): it changes with
    /// every import or removal, so caches of the two scans above know when to start again.
    QString dataStamp() const;

private:
    QSqlDatabase m_db;
};

/// The population kg/hab figures use for a territory and year, with what it is.
struct PopulationUsed {
    qint64 population = 0;
    QString basis;
};

/// territory id -> year -> population (absent when the store has none: no kg/hab then).
QHash<qint64, QMap<int, PopulationUsed>> populationsUsed(const QSqlDatabase &db, const QList<qint64> &territoryIds,
                                                         int yearFrom, int yearTo);

} // namespace odema
