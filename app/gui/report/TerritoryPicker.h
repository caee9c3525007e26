#pragma once
// A searchable list of the store's territories (France, régions, départements, EPCI) for the
// fact sheet dialogs: type part of a name or a code.
#include <QComboBox>
#include <QSqlDatabase>

namespace odema::gui {

class TerritoryPicker : public QComboBox {
    Q_OBJECT
public:
    /// `levels`: level keys offered, in that order.
    TerritoryPicker(const QSqlDatabase &db, const QStringList &levels, QWidget *parent = nullptr);
    qint64 territoryId() const;
    void setTerritoryId(qint64 id);
};

} // namespace odema::gui
