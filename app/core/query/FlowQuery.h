#pragma once
// Turns a FlowFilter into SQL with bound parameters: the detail rows (a window of them, in any
// column order), their count and totals. The window, the export verb, the exporters and the
// benchmark all go through here, so they show the same rows.
#include "query/FlowFilter.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>
#include <functional>
#include <optional>

namespace odema {

/// SQL text and the values bound to its '?' in order.
struct SqlFragment {
    QString sql;
    QVariantList values;
};

/// Columns of the detail table, in display order.
enum class FlowColumn { Year, Kind, Territory, Level, Code, Stream, Mode, Tonnes, KgPerInhabitant, Source, Count };

QString flowColumnTitle(FlowColumn column); ///< French header ("Année", "Tonnes"…)
bool isNumericColumn(FlowColumn column);

/// One detail row as the table shows it.
struct FlowRecord {
    qint64 id = 0;
    qint64 territoryId = 0;
    qint64 streamId = 0;
    int year = 0;
    bool treatment = false;
    QString territory;
    QString territoryKey; ///< its search_key (folded name and code): the French sort order's key
    QString levelKey; ///< "departement"…
    QString code;
    QString stream;
    QString mode;                 ///< empty for collecte rows
    qint64 grams = 0;             ///< exact tonnage (common/Tonnage.h); exports write it exactly
    double tonnes = 0;            ///< the same for display and sorting
    std::optional<double> kgPerInhabitant; ///< unknown when the population is not known
    QString source;

    /// Display value of a column (French labels; numbers as double, kg/hab invalid when unknown).
    QVariant value(FlowColumn column) const;
};

/// Rows and exact tonnes of one data set within a filter.
struct DataSetTotal {
    qint64 datasetId = 0;
    QString label;     ///< short French name ("DMA par type de déchet")
    QString family;    ///< dma | oma | decheterie | autre
    bool treatment = false;
    qint64 rows = 0;
    qint64 grams = 0;
};

/// Row count and tonnes of a filter. Collecte and traitement describe the same tonnes from two
/// datasets, so they are totalled apart and never added; nor are two data sets (DMA contains
/// the OMA and the déchèteries; two data sets of one family count the same tonnes twice).
struct FlowTotals {
    qint64 rows = 0;
    qint64 collecteRows = 0;
    qint64 traitementRows = 0;
    qint64 collecteGrams = 0;   ///< exact sums (common/Tonnage.h: formatGramsAsTonnes)
    qint64 traitementGrams = 0;
    QList<DataSetTotal> byDataSet; ///< data sets with rows, in the catalogue's order

    /// "1 234,56 t" for one data set; for several, each named with its tonnes and why they are
    /// not added. Empty without rows.
    QString tonnesText() const;
};

struct FlowSort {
    FlowColumn column = FlowColumn::Count; ///< Count = default order: territory, year, stream (the index's: fastest)
    Qt::SortOrder order = Qt::AscendingOrder;
    bool operator==(const FlowSort &o) const { return column == o.column && order == o.order; }
};

/// Where to continue a sequential read: the sort key and id of the last row already read.
/// Reading "the next window after this row" costs the window, where OFFSET costs every row before.
struct FlowKeyset {
    QVariantList keys; ///< one value per sort expression (FlowQuery::sortKey)
    qint64 id = 0;
};

class FlowQuery {
public:
    explicit FlowQuery(FlowFilter filter, FlowSort sort = {});

    /// " WHERE …" over `flow f` (empty when the filter selects everything).
    SqlFragment where() const;
    SqlFragment countStatement() const;
    SqlFragment totalsStatement() const;
    /// Rows and grams of each of `datasetIds` (one pass, conditional sums: no sort).
    SqlFragment totalsByDataSetStatement(const QList<qint64> &datasetIds) const;
    /// Rows in sort order: after `keyset` when given, else from `offset`; limit <= 0 = all.
    SqlFragment rowsStatement(qint64 offset, int limit, const std::optional<FlowKeyset> &keyset = std::nullopt) const;

    /// Sort key of a record, as rowsStatement compares it (for the next keyset).
    QVariantList sortKey(const FlowRecord &record) const;

    /// The same query with the free text replaced by the ids of the territories, streams and
    /// modes it matches (looked up in those small tables). The engine can then seek its index
    /// instead of testing three sub-selects on every flow. rows(), count(), totals() and
    /// forEachRow() use it; without text it is the query itself.
    FlowQuery withTextResolved(const QSqlDatabase &db) const;

    qint64 count(const QSqlDatabase &db) const;
    FlowTotals totals(const QSqlDatabase &db) const;
    QVector<FlowRecord> rows(const QSqlDatabase &db, qint64 offset, int limit,
                             const std::optional<FlowKeyset> &keyset = std::nullopt) const;
    /// Calls `sink` for every row in order without holding them all (exports).
    template <typename Sink> void forEachRow(const QSqlDatabase &db, Sink &&sink) const;

    /// LIKE pattern matching `text` literally anywhere: % _ and \ escaped with '\'.
    static QString containsPattern(const QString &text);

    const FlowFilter &filter() const { return m_filter; }
    const FlowSort &sort() const { return m_sort; }

private:
    /// What rows are ordered by before their id, first key first.
    QStringList sortExpressions() const;
    static FlowRecord readRecord(const class QSqlQuery &q);
    void runRows(const QSqlDatabase &db, const SqlFragment &statement, const std::function<void(const FlowRecord &)> &f) const;

    /// Ids the free text matches; nullopt for a kind = too many to list, matched by sub-select.
    struct TextMatches {
        std::optional<QList<qint64>> territories, streams, modes;
    };
    void appendTextClause(QStringList &clauses, QVariantList &values) const;

    FlowFilter m_filter;
    FlowSort m_sort;
    std::optional<TextMatches> m_textMatches;
};

template <typename Sink> void FlowQuery::forEachRow(const QSqlDatabase &db, Sink &&sink) const
{
    runRows(db, withTextResolved(db).rowsStatement(0, 0), std::function<void(const FlowRecord &)>(std::forward<Sink>(sink)));
}

/// "2017-2021", "2019", "-2019" into yearFrom/yearTo; throws OdemaError on bad text.
void parseYearRange(const QString &text, int *from, int *to);

} // namespace odema
