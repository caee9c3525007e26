#include "gui/import/MappingEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace odema::gui {

MappingEditor::MappingEditor(QWidget *parent) : QGroupBox(tr("Correspondance des colonnes (format non reconnu)"), parent)
{
    auto *form = new QFormLayout(this);
    for (MappedField field : allMappedFields()) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("mapping-%1").arg(int(field)));
        m_combos.insert(field, combo);
        QString label = mappedFieldLabel(field);
        if (mappedFieldRequired(field))
            label = tr("%1 *").arg(label);
        if (field == MappedField::TerritoryCode) {
            auto *row = new QHBoxLayout;
            row->addWidget(combo, 1);
            m_level = new QComboBox(this);
            for (Level level : {Level::Region, Level::Departement, Level::Epci, Level::Syndicat, Level::Commune, Level::France})
                m_level->addItem(levelLabel(level), int(level));
            m_level->setCurrentIndex(1);
            row->addWidget(new QLabel(tr("niveau"), this));
            row->addWidget(m_level);
            form->addRow(label, row);
            connect(m_level, &QComboBox::currentIndexChanged, this, &MappingEditor::updateState);
        } else if (field == MappedField::Stream || field == MappedField::Mode) {
            auto *row = new QHBoxLayout;
            row->addWidget(combo, 1);
            auto *codes = new QCheckBox(tr("codes"), this);
            codes->setToolTip(tr("Cochez si la colonne contient des codes (« 02A ») plutôt que des libellés."));
            (field == MappedField::Stream ? m_streamCodes : m_modeCodes) = codes;
            row->addWidget(codes);
            form->addRow(label, row);
            connect(codes, &QCheckBox::toggled, this, &MappingEditor::updateState);
        } else {
            form->addRow(label, combo);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &MappingEditor::updateState);
    }
    m_missing = new QLabel(this);
    m_missing->setWordWrap(true);
    form->addRow(m_missing);
    auto *saveRow = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("Nom de la correspondance (ex. « Export syndicat »)"));
    m_save = new QPushButton(tr("Enregistrer la correspondance"), this);
    saveRow->addWidget(m_name, 1);
    saveRow->addWidget(m_save);
    form->addRow(saveRow);
    connect(m_save, &QPushButton::clicked, this, &MappingEditor::saveRequested);
    connect(m_name, &QLineEdit::textChanged, this, &MappingEditor::updateState);
}

void MappingEditor::setHeader(const QStringList &header, const std::optional<ColumnMapping> &mapping)
{
    m_updating = true;
    m_header = header;
    const ColumnMapping m = mapping ? *mapping : guessMapping(header);
    for (auto it = m_combos.begin(); it != m_combos.end(); ++it) {
        QComboBox *combo = it.value();
        combo->clear();
        combo->addItem(tr("— aucune —"), -1);
        for (int c = 0; c < header.size(); ++c)
            combo->addItem(tr("%1 (colonne %2)").arg(header.at(c), QString::number(c + 1)), c);
        combo->setCurrentIndex(combo->findData(m.columns.value(it.key(), -1)));
    }
    m_level->setCurrentIndex(m_level->findData(int(m.level)));
    m_streamCodes->setChecked(m.streamIsCode);
    m_modeCodes->setChecked(m.modeIsCode);
    m_name->setText(m.name);
    m_updating = false;
    updateState();
}

void MappingEditor::setColumn(MappedField field, int column)
{
    QComboBox *combo = m_combos.value(field);
    combo->setCurrentIndex(combo->findData(column));
}

void MappingEditor::setMappingName(const QString &name) { m_name->setText(name); }

ColumnMapping MappingEditor::mapping() const
{
    ColumnMapping m;
    m.name = m_name->text().trimmed();
    m.header = m_header;
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const int column = it.value()->currentData().toInt();
        if (column >= 0)
            m.columns.insert(it.key(), column);
    }
    m.level = Level(m_level->currentData().toInt());
    m.streamIsCode = m_streamCodes->isChecked();
    m.modeIsCode = m_modeCodes->isChecked();
    return m;
}

void MappingEditor::updateState()
{
    if (m_updating)
        return;
    const ColumnMapping m = mapping();
    QStringList missing;
    for (MappedField f : m.missing())
        missing << mappedFieldLabel(f);
    m_missing->setText(missing.isEmpty() ? tr("Toutes les colonnes obligatoires sont choisies.")
                                         : tr("À choisir : %1.").arg(missing.join(QStringLiteral(", "))));
    m_save->setEnabled(missing.isEmpty() && !m.name.isEmpty());
    emit mappingChanged();
}

} // namespace odema::gui
