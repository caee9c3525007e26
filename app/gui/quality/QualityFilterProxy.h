#pragma once
// The Qualité tab's filter over QualityModel: a lowest severity shown and a free text matched,
// without case or accents, against the territory, kind, data sets, sentence and comment. Sorts
// on the model's SortRole (numbers for figures, rank for severity).
#include <QSortFilterProxyModel>

namespace odema::gui {

class QualityFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit QualityFilterProxy(QObject *parent = nullptr);

    /// Rows of at least this severity (int of QualitySeverity; 0 = all).
    void setMinimumSeverity(int severity);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_minimumSeverity = 0;
    QString m_key; ///< folded text
};

} // namespace odema::gui
