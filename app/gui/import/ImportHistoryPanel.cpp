#include "gui/import/ImportHistoryPanel.h"

#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "import/ImportHistory.h"
#include "import/ImportWarnings.h"
#include "store/Store.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace odema::gui {

ImportHistoryPanel::ImportHistoryPanel(QString storePath, QWidget *parent) : QWidget(parent), m_storePath(std::move(storePath))
{
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("importHistory"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Fichier"), tr("Lignes"), tr("Format"), tr("Avertissements"), tr("SHA-256")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);
    auto *note = new QLabel(tr("« Annuler cet import » retire exactement les lignes (tonnages, populations, ISDND) apportées "
                               "par le fichier. Les territoires qu'il a créés restent, et les lignes d'un millésime antérieur "
                               "qu'il avait remplacées ne reviennent pas : réimportez ce fichier-là si besoin."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto *row = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_undo = new QPushButton(tr("Annuler cet import"), this);
    m_undo->setObjectName(QStringLiteral("undoImport"));
    m_undo->setEnabled(false);
    row->addWidget(m_status, 1);
    row->addWidget(m_undo);
    layout->addLayout(row);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] { m_undo->setEnabled(!m_table->selectedItems().isEmpty()); });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            undoRow(rows.first().row());
    });
    refresh();
}

void ImportHistoryPanel::refresh()
{
    m_table->setRowCount(0);
    try {
        auto store = Store::open(m_storePath, Store::OpenMode::ReadOnly);
        const QList<ImportedSource> history = importHistory(store->database());
        m_table->setRowCount(int(history.size()));
        for (int r = 0; r < history.size(); ++r) {
            const ImportedSource &s = history.at(r);
            const QDateTime when = QDateTime::fromString(s.importedAt, Qt::ISODate);
            auto *date = new QTableWidgetItem(when.isValid() ? when.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : s.importedAt);
            date->setData(Qt::UserRole, s.id);
            m_table->setItem(r, 0, date);
            m_table->setItem(r, 1, new QTableWidgetItem(s.name));
            const qint64 rows = s.flows + s.populations + s.landfillYears;
            auto *count = new QTableWidgetItem(formatInteger(rows ? rows : s.rowCount));
            count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, 2, count);
            m_table->setItem(r, 3, new QTableWidgetItem(s.format));
            auto *warnings = new QTableWidgetItem(formatInteger(s.warningCount));
            warnings->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (s.warningCount)
                warnings->setToolTip(warningLines(s.name, loadImportWarnings(store->database(), s.id).mid(0, 30), s.warningCount)
                                         .join(QLatin1Char('\n')));
            m_table->setItem(r, 4, warnings);
            auto *sha = new QTableWidgetItem(s.sha256.left(16) + QStringLiteral("…"));
            sha->setToolTip(s.sha256);
            m_table->setItem(r, 5, sha);
        }
        m_table->resizeColumnsToContents();
        m_status->setText(tr("%n fichier(s) importé(s).", nullptr, int(history.size())));
    } catch (const OdemaError &e) {
        m_status->setText(e.message());
    }
}

bool ImportHistoryPanel::undoRow(int row)
{
    QTableWidgetItem *item = m_table->item(row, 0);
    if (!item)
        return false;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    const QString name = m_table->item(row, 1)->text();
    if (m_confirm
        && QMessageBox::question(this, tr("Annuler cet import"),
                                 tr("Retirer de la base toutes les lignes apportées par « %1 » ?").arg(name))
               != QMessageBox::Yes)
        return false;
    try {
        auto store = Store::open(m_storePath, Store::OpenMode::ReadWrite);
        const UndoReport undone = undoImport(*store, id);
        refresh();
        QString text = tr("« %1 » retiré : %2 tonnages, %3 valeurs publiées, %4 populations, %5 années d'ISDND, %6 installations.")
                           .arg(undone.name, formatInteger(undone.flows), formatInteger(undone.publishedValues),
                                formatInteger(undone.populations), formatInteger(undone.landfillYears), formatInteger(undone.installations));
        if (undone.restored)
            text += QLatin1Char(' ') + tr("%1 lignes d'un autre export qu'il avait remplacées sont revenues.").arg(formatInteger(undone.restored));
        m_status->setText(text);
        emit storeChanged();
        return true;
    } catch (const OdemaError &e) {
        m_status->setText(e.message());
        return false;
    }
}

} // namespace odema::gui
