#include "gui/quality/QualityFilterProxy.h"

#include "common/TextKey.h"
#include "gui/quality/QualityModel.h"

namespace odema::gui {

QualityFilterProxy::QualityFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(QualityModel::SortRole);
    setSortLocaleAware(true);
}

void QualityFilterProxy::setMinimumSeverity(int severity)
{
    if (severity == m_minimumSeverity)
        return;
    m_minimumSeverity = severity;
    invalidateFilter();
}

void QualityFilterProxy::setText(const QString &text)
{
    const QString key = foldKey(text).trimmed();
    if (key == m_key)
        return;
    m_key = key;
    invalidateFilter();
}

bool QualityFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (model->index(sourceRow, 0, sourceParent).data(QualityModel::SeverityRole).toInt() < m_minimumSeverity)
        return false;
    if (m_key.isEmpty())
        return true;
    QString text;
    for (int column : {QualityModel::Kind, QualityModel::Territory, QualityModel::Year, QualityModel::DataSets, QualityModel::Sentence,
                       QualityModel::Comment})
        text += model->index(sourceRow, column, sourceParent).data().toString() + QLatin1Char(' ');
    // Every word of the search must appear somewhere in the row.
    const QString folded = foldKey(text);
    for (const QString &word : m_key.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (!folded.contains(word))
            return false;
    return true;
}

} // namespace odema::gui
