#include "gui/explorer/SelectionCopy.h"

#include "export/TableWriter.h"

#include <QAbstractItemModel>
#include <QMap>
#include <QSet>

namespace odema::gui {

QString tsvCell(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QString();
    const int type = value.typeId();
    if (type == QMetaType::Double || type == QMetaType::Float)
        return csvNumber(value.toDouble(), CsvStyle::Excel);
    QString text = value.toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

QString selectionToTsv(const QAbstractItemModel &model, const QModelIndexList &selection,
                       const std::function<QVariant(int row, int column)> &raw)
{
    if (selection.isEmpty())
        return QString();
    QMap<int, QSet<int>> rows; // row -> selected columns
    QSet<int> columnSet;
    for (const QModelIndex &i : selection) {
        rows[i.row()].insert(i.column());
        columnSet.insert(i.column());
    }
    QList<int> columns(columnSet.begin(), columnSet.end());
    std::sort(columns.begin(), columns.end());
    QStringList lines;
    QStringList header;
    for (int c : columns)
        header << tsvCell(model.headerData(c, Qt::Horizontal));
    lines << header.join(QLatin1Char('\t'));
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        QStringList cells;
        for (int c : columns)
            cells << (it->contains(c) ? tsvCell(raw(it.key(), c)) : QString());
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace odema::gui
