#include "gui/explorer/FlowTableModel.h"

#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "gui/explorer/QueryThread.h"
#include "store/Store.h"

namespace odema::gui {

FlowTableModel::FlowTableModel(const QString &storeLocation, QObject *parent)
    : QAbstractTableModel(parent), m_latest(std::make_shared<std::atomic<quint64>>(0)),
      m_thread(std::make_unique<QueryThread>(storeLocation))
{
    connect(m_thread.get(), &QueryThread::failed, this, &FlowTableModel::loadFailed);
    restart();
}

FlowTableModel::~FlowTableModel()
{
    *m_latest = ~quint64(0); // queued jobs see they are stale and return at once
    m_thread.reset();        // waits for the running job before the model goes away
}

void FlowTableModel::setFilter(const FlowFilter &filter)
{
    m_filter = filter;
    restart();
}

void FlowTableModel::sort(int column, Qt::SortOrder order)
{
    const FlowSort wanted{column < 0 || column >= int(FlowColumn::Count) ? FlowColumn::Count : FlowColumn(column), order};
    if (wanted == m_sort && m_countKnown)
        return;
    m_sort = wanted;
    if (m_sort.column == FlowColumn::Tonnes || m_sort.column == FlowColumn::Year) {
        // The index that makes this sort fast on a million flows is built once per store, on the
        // worker, through a short-lived writable connection; a read-only or busy store sorts
        // without it (slower, still right).
        const QString location = m_thread->storeLocation();
        const FlowColumn sortColumn = m_sort.column;
        m_thread->post([location, sortColumn](const QSqlDatabase &) {
            try {
                auto store = Store::open(location, Store::OpenMode::ReadWrite);
                FlowQuery::ensureSortIndex(store->database(), sortColumn);
            } catch (const OdemaError &) {
            }
        });
    }
    restart();
}

void FlowTableModel::restart()
{
    // The rows on screen stay until the new count arrives: typing in the filter does not blank
    // the table at each key.
    const quint64 generation = ++m_generation;
    *m_latest = generation;
    m_countKnown = false;
    m_totalsKnown = false;
    m_pending.clear();
    const FlowQuery q = query();
    auto latest = m_latest;
    m_thread->post([this, q, generation, latest](const QSqlDatabase &db) {
        if (*latest != generation)
            return;
        const qint64 n = q.count(db);
        QMetaObject::invokeMethod(this, [this, generation, n] { onCount(generation, n); });
        if (*latest != generation)
            return;
        QVector<FlowRecord> rows = q.rows(db, 0, kWindowRows);
        QMetaObject::invokeMethod(this, [this, generation, rows = std::move(rows)]() mutable { onWindow(generation, 0, std::move(rows)); });
        if (*latest != generation)
            return;
        const FlowTotals totals = q.totals(db);
        QMetaObject::invokeMethod(this, [this, generation, totals] { onTotals(generation, totals); });
    });
}

void FlowTableModel::onCount(quint64 generation, qint64 count)
{
    if (generation != m_generation)
        return;
    beginResetModel();
    m_windows.clear();
    m_pending = {0}; // the first window follows the count in the same job
    m_count = count;
    m_countKnown = true;
    endResetModel();
    emit countChanged(count);
}

void FlowTableModel::onWindow(quint64 generation, int window, QVector<FlowRecord> rows)
{
    if (generation != m_generation)
        return;
    m_pending.remove(window);
    const int n = int(rows.size());
    m_windows.insert(window, Window{std::move(rows), ++m_useClock});
    evict();
    if (n > 0)
        emit dataChanged(index(window * kWindowRows, 0), index(window * kWindowRows + n - 1, columnCount() - 1));
    emit windowLoaded(window);
}

void FlowTableModel::onTotals(quint64 generation, FlowTotals totals)
{
    if (generation != m_generation)
        return;
    m_totals = totals;
    m_totalsKnown = true;
    emit totalsChanged();
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
    if (!m_countKnown || row < 0 || row >= m_count)
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
    const quint64 generation = m_generation;
    auto latest = m_latest;
    auto *self = const_cast<FlowTableModel *>(this);
    m_thread->post([self, q, generation, latest, window, keyset](const QSqlDatabase &db) {
        if (*latest != generation)
            return;
        QVector<FlowRecord> rows = q.rows(db, qint64(window) * kWindowRows, kWindowRows, keyset);
        QMetaObject::invokeMethod(self, [self, generation, window, rows = std::move(rows)]() mutable {
            self->onWindow(generation, window, std::move(rows));
        });
    });
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
