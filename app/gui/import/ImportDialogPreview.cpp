#include "gui/import/ImportDialog.h"

// The preview of the first rows as they will be read, and the column mapping asked for a
// layout the importer does not know (kept in the mapping library when saved).
#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "gui/import/ImportDialogFileState.h"
#include "gui/import/MappingEditor.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace odema::gui {

void ImportDialog::buildPreviewStep(QWidget *right, QVBoxLayout *rightLayout)
{
    m_preview = new QTableWidget(right);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rightLayout->addWidget(new QLabel(tr("Aperçu des 20 premières lignes telles qu'elles seront lues :"), right));
    rightLayout->addWidget(m_preview, 2);
    m_mapping = new MappingEditor(right);
    rightLayout->addWidget(m_mapping);
    connect(m_mapping, &MappingEditor::mappingChanged, this, &ImportDialog::mappingEdited);
    connect(m_mapping, &MappingEditor::saveRequested, this, &ImportDialog::saveMapping);
}

void ImportDialog::showPreview()
{
    FileState *f = current();
    const ImportPreview &p = f->preview;
    showDetection();
    showPreviewRows();

    const bool needsMapping = p.error.isEmpty() && p.kind != FileKind::Json && !p.header.isEmpty()
                           && (!p.match || p.match->layout == Layout::Mapped);
    m_mapping->setVisible(needsMapping);
    if (needsMapping && !f->mappingFromEditor) {
        m_updating = true;
        m_mapping->setHeader(p.header, p.savedMapping);
        m_updating = false;
    }
    updateButtons();
}

void ImportDialog::showPreviewRows()
{
    const ImportPreview &p = current()->preview;
    m_preview->clear();
    m_preview->setColumnCount(int(p.header.size()));
    m_preview->setRowCount(int(p.rows.size()));
    QStringList labels;
    for (int c = 0; c < p.header.size(); ++c)
        labels << (p.columnRoles.value(c).isEmpty() ? p.header.at(c) : QStringLiteral("%1\n→ %2").arg(p.header.at(c), p.columnRoles.at(c)));
    m_preview->setHorizontalHeaderLabels(labels);
    QStringList lines;
    for (qint64 line : p.lines)
        lines << QString::number(line);
    m_preview->setVerticalHeaderLabels(lines);
    for (int r = 0; r < p.rows.size(); ++r) {
        for (int c = 0; c < p.rows.at(r).size() && c < p.header.size(); ++c) {
            const PreviewCell &cell = p.rows.at(r).at(c);
            auto *item = new QTableWidgetItem;
            switch (cell.kind) {
            case PreviewCell::Kind::Number:
                // Years read as years ("2009", not "2 009"); other numbers in French format.
                item->setText(p.match && p.match->has(Role::Year) && p.match->column(Role::Year) == c
                                  ? QString::number(qint64(cell.number))
                                  : formatNumber(cell.number, cell.number == qRound64(cell.number) ? 0 : 3));
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                item->setToolTip(tr("Lu comme le nombre %1 (texte du fichier : « %2 »)").arg(formatNumber(cell.number, 6), cell.text));
                break;
            case PreviewCell::Kind::Invalid:
                item->setText(cell.text);
                item->setForeground(QColor(0xB0, 0x00, 0x20));
                item->setToolTip(tr("Illisible comme nombre : cette ligne sera signalée"));
                break;
            default:
                item->setText(cell.text);
            }
            m_preview->setItem(r, c, item);
        }
    }
}

void ImportDialog::mappingEdited()
{
    FileState *f = current();
    if (m_updating || !f || !m_mapping->isVisible())
        return;
    const ColumnMapping mapping = m_mapping->mapping();
    if (mapping.missing().isEmpty()) {
        f->chosen.mapping = mapping.toLayoutMatch();
        f->mappingFromEditor = true;
    } else {
        f->chosen.mapping.reset();
        f->mappingFromEditor = false;
    }
    MappingLibrary library;
    f->preview = previewFile(f->path, f->chosen, &library);
    f->check.reset();
    showPreview();
    showCheck();
}

void ImportDialog::saveMapping()
{
    try {
        MappingLibrary().save(m_mapping->mapping());
        m_log->appendPlainText(tr("Correspondance « %1 » enregistrée : elle sera proposée pour les fichiers ayant le même en-tête.")
                                   .arg(m_mapping->mapping().name));
    } catch (const OdemaError &e) {
        m_log->appendPlainText(e.message());
    }
}

} // namespace odema::gui
