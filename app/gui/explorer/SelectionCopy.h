#pragma once
// Selected cells as tab-separated text for a spreadsheet: numbers with a decimal comma and no
// thousands separator (a narrow space would turn them into text in French Excel or LibreOffice),
// a header line with the column titles.
#include <QModelIndexList>
#include <QString>
#include <QVariant>
#include <functional>

class QAbstractItemModel;

namespace odema::gui {

/// `raw(row, column)` gives the cell's raw value (double for numbers). Rows and columns are
/// those spanned by `selection`, in order.
QString selectionToTsv(const QAbstractItemModel &model, const QModelIndexList &selection,
                       const std::function<QVariant(int row, int column)> &raw);

/// One value as a spreadsheet cell: "1412078,62", "2019", text with tabs and newlines flattened.
QString tsvCell(const QVariant &value);

} // namespace odema::gui
