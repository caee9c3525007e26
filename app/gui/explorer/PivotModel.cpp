#include "gui/explorer/PivotModel.h"

#include "common/FrenchFormat.h"
#include "export/ResultExport.h"
#include "gui/explorer/QueryThread.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace odema::gui {

PivotModel::PivotModel(const QString &storeLocation, QObject *parent)
    : QAbstractTableModel(parent), m_latest(std::make_shared<std::atomic<quint64>>(0)),
      m_thread(std::make_unique<QueryThread>(storeLocation))
{
    connect(m_thread.get(), &QueryThread::failed, this, &PivotModel::loadFailed);
}

PivotModel::~PivotModel()
{
    *m_latest = ~quint64(0);
    m_thread.reset();
}

void PivotModel::setRequest(const FlowFilter &filter, PivotRows rows, PivotMeasure measure)
{
    const quint64 generation = ++m_generation;
    *m_latest = generation;
    auto latest = m_latest;
    m_thread->post([this, filter, rows, measure, generation](const QSqlDatabase &db) {
        PivotTable table = computePivot(db, filter, rows, measure);
        QMetaObject::invokeMethod(this, [this, generation, table = std::move(table)]() mutable {
            if (generation != m_generation)
                return;
            beginResetModel();
            m_table = std::move(table);
            m_ready = true;
            endResetModel();
            emit ready();
        });
    }, [latest, generation] { return *latest != generation; }); // a newer request stops this one
}

int PivotModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_table.years.isEmpty())
        return 0;
    return m_table.rowCount() + 1;
}

int PivotModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.years.size()) + 2;
}

QVariant PivotModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return QVariant();
    const bool totalsRow = index.row() == m_table.rowCount();
    const bool totalsColumn = index.column() == columnCount() - 1;
    if (role == Qt::FontRole && (totalsRow || totalsColumn)) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::BackgroundRole && (totalsRow || totalsColumn))
        return QGuiApplication::palette().alternateBase();
    if (role == Qt::ToolTipRole && (totalsRow || totalsColumn) && index.column() > 0)
        return totalNote(index.row(), index.column());
    if (role == Qt::TextAlignmentRole)
        return index.column() == 0 ? QVariant(Qt::AlignLeft | Qt::AlignVCenter) : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != RawValueRole)
        return QVariant();
    const QVariant value = pivotRow(m_table, index.row()).at(index.column());
    if (role == RawValueRole || index.column() == 0 || !value.isValid())
        return value;
    const int decimals = m_table.measure == PivotMeasure::Share ? 1 : 2;
    return formatNumber(value.toDouble(), decimals);
}

QVariant PivotModel::totalNote(int row, int column) const
{
    // Why a total is missing: data sets that overlap, a year a row lacks, nested territories.
    QString note;
    if (row == m_table.rowCount())
        note = column == columnCount() - 1 ? m_table.grandTotalNote : m_table.columnTotalNotes.value(column - 1);
    else
        note = m_table.rowTotalNotes.value(row);
    return note.isEmpty() ? QVariant() : QVariant(note);
}

QVariant PivotModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const QStringList titles = pivotHeader(m_table);
    return section < titles.size() ? QVariant(titles.at(section)) : QVariant();
}

} // namespace odema::gui
