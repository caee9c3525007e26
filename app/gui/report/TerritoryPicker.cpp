#include "gui/report/TerritoryPicker.h"

#include "common/TextKey.h"
#include "store/SqlUtil.h"
#include "territory/TerritoryLevel.h"

#include <QCompleter>

namespace odema::gui {

TerritoryPicker::TerritoryPicker(const QSqlDatabase &db, const QStringList &levels, QWidget *parent) : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    for (const QString &level : levels) {
        // The items begin with the name: in French order, as the completer's list shows them.
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT t.id, t.code, t.name FROM territory t WHERE t.level = ? ORDER BY %1")
                                        .arg(frenchNameOrder(QStringLiteral("t"))), {level});
        const auto l = levelFromKey(level);
        while (q.next())
            addItem(QStringLiteral("%1 – %2 %3").arg(q.value(2).toString(), l ? levelLabel(*l) : level, q.value(1).toString()),
                    q.value(0).toLongLong());
    }
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

qint64 TerritoryPicker::territoryId() const
{
    const int i = findText(currentText());
    return i >= 0 ? itemData(i).toLongLong() : 0;
}

void TerritoryPicker::setTerritoryId(qint64 id)
{
    const int i = findData(id);
    if (i >= 0)
        setCurrentIndex(i);
}

} // namespace odema::gui
