#include "gui/explorer/FlowTableModel.h"

#include "common/FrenchFormat.h"
#include "gui/explorer/QueryThread.h"

namespace odema::gui {

namespace {

/// A stale check for the workers: true once `latest` moved past `generation`.
QueryThread::StaleCheck staleAfter(std::shared_ptr<std::atomic<quint64>> latest, quint64 generation)
{
    return [latest = std::move(latest), generation] { return *latest != generation; };
}

} // namespace

FlowTableModel::FlowTableModel(const QString &storeLocation, QObject *parent)
    : QAbstractTableModel(parent), m_latestRows(std::make_shared<std::atomic<quint64>>(0)),
      m_latestFilter(std::make_shared<std::atomic<quint64>>(0)),
      m_rowThread(std::make_unique<QueryThread>(storeLocation)),
      m_countThread(std::make_unique<QueryThread>(storeLocation))
{
    connect(m_rowThread.get(), &QueryThread::failed, this, &FlowTableModel::loadFailed);
    connect(m_countThread.get(), &QueryThread::failed, this, &FlowTableModel::loadFailed);
    restart(Change::Filter);
}

FlowTableModel::~FlowTableModel()
{
    *m_latestRows = ~quint64(0); // queued jobs see they are stale and return at once,
    *m_latestFilter = ~quint64(0); // running statements stop
    m_rowThread.reset();
    m_countThread.reset();
}

void FlowTableModel::setFilter(const FlowFilter &filter)
{
    m_filter = filter;
    restart(Change::Filter);
}

void FlowTableModel::sort(int column, Qt::SortOrder order)
{
    const FlowSort wanted{column < 0 || column >= int(FlowColumn::Count) ? FlowColumn::Count : FlowColumn(column), order};
    if (wanted == m_sort && isUpToDate())
        return;
    m_sort = wanted;
    restart(Change::Sort); // the import built the indexes sorting needs: reading never writes
}

void FlowTableModel::restart(Change change)
{
    // The rows on screen stay until the new first window arrives: typing in the filter does not
    // blank the table at each key.
    ++m_rowGeneration;
    *m_latestRows = m_rowGeneration;
    m_pending.clear();
    if (change == Change::Filter) {
        ++m_filterGeneration;
        *m_latestFilter = m_filterGeneration;
        m_countKnown = false;
        m_filterCount.reset();
        m_totalsKnown = false;
    }
    loadFirstWindow();
    if (change == Change::Filter)
        loadTotals(); // a sort keeps the same rows in another order: count and totals stand
}

void FlowTableModel::loadFirstWindow()
{
    const FlowQuery q = query();
    const quint64 rowGeneration = m_rowGeneration;
    const quint64 filterGeneration = m_filterGeneration;
    m_rowThread->post(
        [this, q, rowGeneration, filterGeneration](const QSqlDatabase &db) {
            QVector<FlowRecord> rows = q.rows(db, 0, kWindowRows);
            QMetaObject::invokeMethod(this, [this, rowGeneration, filterGeneration, rows = std::move(rows)]() mutable {
                onFirstWindow(rowGeneration, filterGeneration, std::move(rows));
            });
        },
        staleAfter(m_latestRows, rowGeneration));
}

void FlowTableModel::loadTotals()
{
    const FlowQuery q = query();
    const quint64 generation = m_filterGeneration;
    m_countThread->post(
        [this, q, generation](const QSqlDatabase &db) {
            const qint64 count = q.count(db);
            QMetaObject::invokeMethod(this, [this, generation, count] { onCount(generation, count); });
            const FlowTotals totals = q.totals(db);
            QMetaObject::invokeMethod(this, [this, generation, totals] { onTotals(generation, totals); });
        },
        staleAfter(m_latestFilter, generation));
}

void FlowTableModel::onFirstWindow(quint64 rowGeneration, quint64 filterGeneration, QVector<FlowRecord> rows)
{
    if (rowGeneration != m_rowGeneration)
        return;
    const bool sameFilter = filterGeneration == m_shownFilterGeneration;
    beginResetModel();
    m_windows.clear();
    m_pending.clear();
    const qint64 n = rows.size();
    m_windows.insert(0, Window{std::move(rows), ++m_useClock});
    m_shownRowGeneration = rowGeneration;
    m_shownFilterGeneration = filterGeneration;
    if (m_filterCount) {
        m_count = *m_filterCount;
        m_countKnown = true;
    } else if (!(sameFilter && m_countKnown)) {
        // Until the count arrives the table holds what it has; a short first window is all.
        m_count = n;
        m_countKnown = n < kWindowRows;
    }
    endResetModel();
    emit windowLoaded(0);
    if (m_countKnown)
        emit countChanged(m_count);
}

void FlowTableModel::onCount(quint64 generation, qint64 count)
{
    if (generation != m_filterGeneration)
        return;
    m_filterCount = count;
    if (m_shownFilterGeneration == generation)
        applyCount(count);
}

void FlowTableModel::onTotals(quint64 generation, FlowTotals totals)
{
    if (generation != m_filterGeneration)
        return;
    m_totals = totals;
    m_totalsKnown = true;
    if (!m_filterCount || *m_filterCount != totals.rows)
        onCount(generation, totals.rows); // the store changed between the two statements
    emit totalsChanged();
}

void FlowTableModel::applyCount(qint64 count)
{
    // Rows are added below the first window, so the view keeps its scroll position and selection.
    if (count > m_count) {
        beginInsertRows({}, int(m_count), int(qMin<qint64>(count, std::numeric_limits<int>::max()) - 1));
        m_count = count;
        endInsertRows();
    } else if (count < m_count) {
        beginRemoveRows({}, int(count), int(m_count - 1));
        m_count = count;
        endRemoveRows();
    }
    m_countKnown = true;
    emit countChanged(count);
}

void FlowTableModel::onWindow(quint64 generation, int window, QVector<FlowRecord> rows)
{
    if (generation != m_rowGeneration)
        return;
    m_pending.remove(window);
    const int n = int(rows.size());
    m_windows.insert(window, Window{std::move(rows), ++m_useClock});
    evict();
    if (n > 0)
        emit dataChanged(index(window * kWindowRows, 0), index(window * kWindowRows + n - 1, columnCount() - 1));
    emit windowLoaded(window);
}

void FlowTableModel::evict() const
{
    while (m_windows.size() > kCachedWindows) {
        auto oldest = m_windows.begin();
        for (auto it = m_windows.begin(); it != m_windows.end(); ++it)
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        m_windows.erase(oldest);
    }
}

void FlowTableModel::ensureRowLoaded(int row) const
{
    if (!isUpToDate() || row < 0 || row >= m_count)
        return;
    const int window = row / kWindowRows;
    if (auto it = m_windows.find(window); it != m_windows.end()) {
        it->lastUse = ++m_useClock;
        return;
    }
    if (m_pending.contains(window))
        return;
    m_pending.insert(window);
    // Scrolling down reads on from the previous window's last row (keyset), which costs the
    // window only; a jump far down uses OFFSET.
    std::optional<FlowKeyset> keyset;
    const FlowQuery q = query();
    if (auto prev = m_windows.constFind(window - 1); prev != m_windows.constEnd() && prev->rows.size() == kWindowRows)
        keyset = FlowKeyset{q.sortKey(prev->rows.last()), prev->rows.last().id};
    const quint64 generation = m_rowGeneration;
    auto *self = const_cast<FlowTableModel *>(this);
    m_rowThread->post(
        [self, q, generation, window, keyset](const QSqlDatabase &db) {
            QVector<FlowRecord> rows = q.rows(db, qint64(window) * kWindowRows, kWindowRows, keyset);
            QMetaObject::invokeMethod(self, [self, generation, window, rows = std::move(rows)]() mutable {
                self->onWindow(generation, window, std::move(rows));
            });
        },
        staleAfter(m_latestRows, generation));
}

const FlowRecord *FlowTableModel::record(int row) const
{
    const auto it = m_windows.find(row / kWindowRows);
    if (it == m_windows.end())
        return nullptr;
    const int offset = row % kWindowRows;
    if (offset >= it->rows.size())
        return nullptr;
    it->lastUse = ++m_useClock;
    return &it->rows.at(offset);
}

int FlowTableModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // Until the first count the previous rows stay shown (see restart()).
    qint64 rows = m_count;
    return int(qMin<qint64>(rows, std::numeric_limits<int>::max()));
}

int FlowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(FlowColumn::Count);
}

QVariant FlowTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return QVariant();
    const auto column = FlowColumn(index.column());
    if (role == Qt::TextAlignmentRole)
        return isNumericColumn(column) && column != FlowColumn::Year ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                     : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole && role != Qt::ToolTipRole)
        return QVariant();
    const FlowRecord *r = record(index.row());
    if (!r) {
        ensureRowLoaded(index.row());
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(QStringLiteral("…")) : QVariant();
    }
    const QVariant value = r->value(column);
    if (role == RawValueRole)
        return value;
    if (role == Qt::ToolTipRole)
        return column == FlowColumn::Source || column == FlowColumn::Territory ? value : QVariant();
    if (!value.isValid())
        return QVariant();
    if (column == FlowColumn::Tonnes || column == FlowColumn::KgPerInhabitant)
        return formatNumber(value.toDouble(), 2);
    if (column == FlowColumn::Year)
        return QString::number(value.toInt());
    return value;
}

QVariant FlowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section + 1;
    return flowColumnTitle(FlowColumn(section));
}

} // namespace odema::gui
