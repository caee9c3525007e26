#pragma once
// The cross table (tableau croisé) of the current filter: rows = territories, streams or
// modes, columns = years then the totals column, last row = totals. Computed by SQL aggregates
// on a worker thread; a newer request makes older results stale.
#include "query/PivotQuery.h"

#include <QAbstractTableModel>
#include <memory>

namespace odema::gui {

class QueryThread;

class PivotModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int RawValueRole = Qt::UserRole + 1;

    explicit PivotModel(const QString &storeLocation, QObject *parent = nullptr);
    ~PivotModel() override;

    void setRequest(const FlowFilter &filter, PivotRows rows, PivotMeasure measure);
    const PivotTable &table() const { return m_table; }
    bool isReady() const { return m_ready; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void ready();
    void loadFailed(const QString &message);

private:
    QVariant totalNote(int row, int column) const;

    PivotTable m_table;
    bool m_ready = false;
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    std::unique_ptr<QueryThread> m_thread;
};

} // namespace odema::gui
