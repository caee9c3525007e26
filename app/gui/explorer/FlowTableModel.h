#pragma once
// The detail table over the store, loaded by windows like DB Browser for SQLite's row loader.
// A filter change asks two worker threads at once: one reads the first window of rows (what the
// user sees first, a few milliseconds), the other counts the rows (on the index: tens of
// milliseconds on a million flows), which sets the scrollbar, then totals the tonnes (a scan of
// the rows, a few hundred milliseconds) for the status bar. Further
// windows are fetched off the GUI thread as the view asks for them, a bounded number kept in
// memory. Sorting and filtering are SQL (FlowQuery); a sort keeps the count. Work for an older
// filter or sort is recognised by its generation number, stopped mid-statement and dropped.
#include "query/FlowQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <memory>

namespace odema::gui {

class QueryThread;

class FlowTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int kWindowRows = 200;
    static constexpr int kCachedWindows = 60; ///< 12 000 rows in memory at most

    /// Raw value of a cell (double for numbers, invalid for unknown kg/hab), for copy and tests.
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit FlowTableModel(const QString &storeLocation, QObject *parent = nullptr);
    ~FlowTableModel() override;

    void setFilter(const FlowFilter &filter);
    const FlowFilter &filter() const { return m_filter; }
    FlowSort flowSort() const { return m_sort; }
    FlowQuery query() const { return FlowQuery(m_filter, m_sort); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    bool countKnown() const { return m_countKnown; }
    /// True once the rows shown are those of the latest filter and sort (the first window).
    bool isUpToDate() const { return m_shownRowGeneration == m_rowGeneration; }
    bool totalsKnown() const { return m_totalsKnown; }
    FlowTotals totals() const { return m_totals; }
    bool isRowLoaded(int row) const { return m_windows.contains(row / kWindowRows); }
    /// Starts loading the window holding `row` (the view does this through data()).
    void ensureRowLoaded(int row) const;
    int loadedWindowCount() const { return int(m_windows.size()); }

signals:
    void countChanged(qint64 rows);  ///< the new filter's row count is known
    void windowLoaded(int window);   ///< rows of a window are available
    void totalsChanged();            ///< totals() of the current filter are known
    void loadFailed(const QString &message);

private:
    struct Window {
        QVector<FlowRecord> rows;
        quint64 lastUse = 0;
    };
    enum class Change { Filter, Sort };
    void restart(Change change);
    void loadFirstWindow();
    void loadTotals();
    void onFirstWindow(quint64 rowGeneration, quint64 filterGeneration, QVector<FlowRecord> rows);
    void onWindow(quint64 generation, int window, QVector<FlowRecord> rows);
    void onCount(quint64 generation, qint64 count);
    void onTotals(quint64 generation, FlowTotals totals);
    void applyCount(qint64 count);
    void evict() const;
    const FlowRecord *record(int row) const;

    FlowFilter m_filter;
    FlowSort m_sort;
    // Row jobs belong to a filter and sort; count jobs to a filter only. The atomics are read by
    // the workers to skip and stop stale jobs.
    quint64 m_rowGeneration = 0;
    quint64 m_filterGeneration = 0;
    quint64 m_shownRowGeneration = 0;    ///< generation of the rows in m_windows
    quint64 m_shownFilterGeneration = 0; ///< filter of the rows in m_windows
    std::shared_ptr<std::atomic<quint64>> m_latestRows;
    std::shared_ptr<std::atomic<quint64>> m_latestFilter;
    qint64 m_count = 0;      ///< rows the view has (the first window's until the count is in)
    bool m_countKnown = false;
    std::optional<qint64> m_filterCount; ///< count of the current filter, once known
    bool m_totalsKnown = false;
    FlowTotals m_totals;
    mutable QHash<int, Window> m_windows;
    mutable QSet<int> m_pending;
    mutable quint64 m_useClock = 0;
    std::unique_ptr<QueryThread> m_rowThread;
    std::unique_ptr<QueryThread> m_countThread;
};

} // namespace odema::gui
