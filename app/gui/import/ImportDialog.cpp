#include "gui/import/ImportDialog.h"

// The dialog's frame and its first step: the files to import (added or dropped) and which one
// is shown. The other steps are in ImportDialogDetection/Preview/Check/Run.cpp.
#include "gui/import/ImportDialogFileState.h"
#include "gui/import/ImportHistoryPanel.h"
#include "gui/import/ImportJob.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace odema::gui {

ImportDialog::ImportDialog(QString storePath, QWidget *parent) : QDialog(parent), m_storePath(std::move(storePath))
{
    setWindowTitle(tr("Importer des fichiers"));
    setAcceptDrops(true);
    resize(1100, 760);
    buildUi();
    updateButtons();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    auto *filesPage = new QSplitter(Qt::Horizontal);
    m_tabs->addTab(filesPage, tr("Fichiers"));
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    m_fileList = new QListWidget(left);
    m_fileList->setObjectName(QStringLiteral("importFiles"));
    leftLayout->addWidget(new QLabel(tr("Fichiers à importer (déposez-les ici) :"), left));
    leftLayout->addWidget(m_fileList, 1);
    auto *add = new QPushButton(tr("Ajouter des fichiers…"), left);
    leftLayout->addWidget(add);
    connect(add, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_fileList, &QListWidget::currentRowChanged, this, &ImportDialog::selectFile);
    filesPage->addWidget(left);

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    buildDetectionStep(right, rightLayout);
    buildPreviewStep(right, rightLayout);
    buildCheckStep(right, rightLayout);
    filesPage->addWidget(right);
    filesPage->setStretchFactor(1, 3);

    m_history = new ImportHistoryPanel(m_storePath);
    m_tabs->addTab(m_history, tr("Historique"));
    connect(m_history, &ImportHistoryPanel::storeChanged, this, &ImportDialog::storeChanged);

    buildRunBar(layout);
}

void ImportDialog::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Fichiers à importer"), QString(),
                                                            tr("Données (*.csv *.txt *.tsv *.xlsx *.json);;Tous les fichiers (*)"));
    addFiles(paths);
}

void ImportDialog::addFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        auto file = std::make_unique<FileState>();
        file->path = QFileInfo(path).absoluteFilePath();
        MappingLibrary library;
        file->preview = previewFile(file->path, file->chosen, &library);
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_fileList);
        item->setToolTip(file->path);
        item->setCheckState(Qt::Checked);
        m_files.push_back(std::move(file));
    }
    if (m_current < 0 && !m_files.empty())
        m_fileList->setCurrentRow(0);
    updateButtons();
}

void ImportDialog::selectFile(int index)
{
    if (index < 0 || index >= int(m_files.size()))
        return;
    m_current = index;
    if (m_fileList->currentRow() != index)
        m_fileList->setCurrentRow(index);
    const FileState &f = *m_files[size_t(index)];
    m_updating = true;
    m_encoding->setCurrentIndex(qMax(0, m_encoding->findData(f.chosen.encoding)));
    m_delimiter->setCurrentIndex(qMax(0, m_delimiter->findData(f.chosen.delimiter.isNull() ? QString() : QString(f.chosen.delimiter))));
    m_decimal->setCurrentIndex(qMax(0, m_decimal->findData(f.chosen.decimalSeparator.isNull() ? QString() : QString(f.chosen.decimalSeparator))));
    m_headerLine->setValue(f.chosen.headerLine);
    m_sheet->clear();
    m_sheet->addItems(f.preview.sheets);
    m_sheet->setCurrentText(f.preview.sheet);
    m_updating = false;
    showPreview();
    showCheck();
}

ImportDialog::FileState *ImportDialog::current() const
{
    return m_current >= 0 && m_current < int(m_files.size()) ? m_files[size_t(m_current)].get() : nullptr;
}

const ImportPreview &ImportDialog::currentPreview() const { return current()->preview; }

std::optional<ImportReport> ImportDialog::currentCheck() const { return current() ? current()->check : std::nullopt; }

void ImportDialog::updateButtons()
{
    const bool busy = m_job != nullptr;
    const FileState *f = current();
    const bool readable = f && f->preview.error.isEmpty() && (f->preview.match || f->preview.kind == FileKind::Json);
    m_checkButton->setEnabled(!busy && readable);
    m_importButton->setEnabled(!busy && !m_files.empty());
    m_cancelButton->setEnabled(busy);
    m_skipRows->setEnabled(f && f->check && f->check->problemCount > 0);
}

void ImportDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    addFiles(paths);
    event->acceptProposedAction();
}

void ImportDialog::closeEvent(QCloseEvent *event)
{
    if (isBusy())
        m_job->cancel(); // the file being read is rolled back; finished() cleans up
    QDialog::closeEvent(event);
}

} // namespace odema::gui
