#pragma once
// The files imported into the store (date, name, SHA-256, rows) and "Annuler cet import",
// which removes exactly the rows a file brought.
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace odema::gui {

class ImportHistoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit ImportHistoryPanel(QString storePath, QWidget *parent = nullptr);

    void refresh();
    /// Asks before undoing (tests turn it off).
    void setConfirmUndo(bool confirm) { m_confirm = confirm; }
    QTableWidget *table() const { return m_table; }
    /// Undoes the import in `row` of the table; returns false when refused or cancelled.
    bool undoRow(int row);

signals:
    void storeChanged();

private:
    QString m_storePath;
    QTableWidget *m_table = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_status = nullptr;
    bool m_confirm = true;
};

} // namespace odema::gui
