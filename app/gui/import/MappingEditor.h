#pragma once
// The mapping step for a layout the application does not know: one list of columns per
// field (année, territoire + niveau, flux, mode, canal, tonnes, population), a name, and
// "Enregistrer" so that files with the same header get it again.
#include "import/ColumnMapping.h"

#include <QGroupBox>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace odema::gui {

class MappingEditor : public QGroupBox {
    Q_OBJECT
public:
    explicit MappingEditor(QWidget *parent = nullptr);

    /// Shows the columns of `header`, with `mapping` (or a guess from the names) selected.
    void setHeader(const QStringList &header, const std::optional<ColumnMapping> &mapping);
    ColumnMapping mapping() const;
    /// Sets the column of a field (tests and keyboard users use the same path as the combos).
    void setColumn(MappedField field, int column);
    void setMappingName(const QString &name);

signals:
    void mappingChanged();
    void saveRequested();

private:
    void updateState();

    QStringList m_header;
    QHash<MappedField, QComboBox *> m_combos;
    QComboBox *m_level = nullptr;
    QCheckBox *m_streamCodes = nullptr;
    QCheckBox *m_modeCodes = nullptr;
    QLineEdit *m_name = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_missing = nullptr;
    bool m_updating = false;
};

} // namespace odema::gui
