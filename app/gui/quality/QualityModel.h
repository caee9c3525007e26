#pragma once
// The findings of the quality checks as a table (severity, kind, territory, year, data sets,
// gap in t and %, sentence, comment). It only holds what the checker found and the store's
// acknowledgments; QualityPanel runs the checks and shows it. Sorting and filtering are done by
// QualityFilterProxy, on the values of SortRole.
#include "quality/QualityAcknowledgment.h"
#include "quality/QualityFinding.h"

#include <QAbstractTableModel>

namespace odema::gui {

class QualityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Severity, Kind, Territory, Year, GapTonnes, GapPercent, Sentence, Comment, DataSets, ColumnCount };
    /// The value a column sorts by (numbers for figures, severity rank…).
    static constexpr int SortRole = Qt::UserRole + 1;
    /// The severity as an int (QualitySeverity), for the severity filter.
    static constexpr int SeverityRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setFindings(QList<QualityFinding> findings, QHash<QString, QualityAcknowledgment> acknowledgments);
    void setAcknowledgments(QHash<QString, QualityAcknowledgment> acknowledgments);
    const QList<QualityFinding> &findings() const { return m_findings; }
    const QualityFinding &finding(int row) const { return m_findings.at(row); }
    /// The acknowledgment of the finding on `row`, or nullptr.
    const QualityAcknowledgment *acknowledgment(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVariant display(const QualityFinding &f, int column, int row) const;
    QVariant sortValue(const QualityFinding &f, int column, int row) const;

    QList<QualityFinding> m_findings;
    QHash<QString, QualityAcknowledgment> m_acknowledgments;
};

} // namespace odema::gui
