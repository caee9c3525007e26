#include "gui/import/ImportDialog.h"

#include "common/FrenchFormat.h"
#include "common/Tonnage.h"
#include "common/OdemaError.h"
#include "gui/import/ImportHistoryPanel.h"
#include "gui/import/ImportJob.h"
#include "gui/import/MappingEditor.h"
#include "import/RejectedRows.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace odema::gui {

struct ImportDialog::FileState {
    QString path;
    ImportOptions chosen;          ///< the user's overrides
    ImportPreview preview;
    bool mappingFromEditor = false; ///< chosen.mapping comes from the mapping step
    std::optional<ImportReport> check;
    QString checkError;
};

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
    auto *form = new QFormLayout;
    m_encoding = new QComboBox(right);
    m_encoding->addItem(tr("détecté"), QString());
    for (const char *codec : {"UTF-8", "windows-1252", "ISO-8859-15", "UTF-16LE", "UTF-16BE"})
        m_encoding->addItem(QString::fromLatin1(codec), QString::fromLatin1(codec));
    m_delimiter = new QComboBox(right);
    m_delimiter->addItem(tr("détecté"), QString());
    m_delimiter->addItem(tr("point-virgule ;"), QStringLiteral(";"));
    m_delimiter->addItem(tr("virgule ,"), QStringLiteral(","));
    m_delimiter->addItem(tr("tabulation"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("barre |"), QStringLiteral("|"));
    m_decimal = new QComboBox(right);
    m_decimal->addItem(tr("les deux (1 234,5 et 1234.5)"), QString());
    m_decimal->addItem(tr("virgule (1.234,5)"), QStringLiteral(","));
    m_decimal->addItem(tr("point (1,234.5)"), QStringLiteral("."));
    m_headerLine = new QSpinBox(right);
    m_headerLine->setRange(0, 1000);
    m_headerLine->setSpecialValueText(tr("détectée"));
    m_sheet = new QComboBox(right);
    m_sheetLabel = new QLabel(tr("Feuille"), right);
    m_detection = new QLabel(right);
    m_detection->setWordWrap(true);
    m_detection->setTextFormat(Qt::RichText);
    m_detection->setObjectName(QStringLiteral("importDetection"));
    form->addRow(tr("Encodage"), m_encoding);
    form->addRow(tr("Séparateur"), m_delimiter);
    form->addRow(tr("Séparateur décimal"), m_decimal);
    form->addRow(tr("Ligne d'en-tête"), m_headerLine);
    form->addRow(m_sheetLabel, m_sheet);
    form->addRow(tr("Détection"), m_detection);
    rightLayout->addLayout(form);
    for (QComboBox *combo : {m_encoding, m_delimiter, m_decimal, m_sheet})
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::optionsEdited);
    connect(m_headerLine, &QSpinBox::valueChanged, this, &ImportDialog::optionsEdited);

    m_preview = new QTableWidget(right);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    rightLayout->addWidget(new QLabel(tr("Aperçu des 20 premières lignes telles qu'elles seront lues :"), right));
    rightLayout->addWidget(m_preview, 2);
    m_mapping = new MappingEditor(right);
    rightLayout->addWidget(m_mapping);
    connect(m_mapping, &MappingEditor::mappingChanged, this, &ImportDialog::mappingEdited);
    connect(m_mapping, &MappingEditor::saveRequested, this, &ImportDialog::saveMapping);

    m_checkView = new QTreeWidget(right);
    m_checkView->setObjectName(QStringLiteral("importCheck"));
    m_checkView->setHeaderLabels({tr("Année"), tr("Lignes ajoutées"), tr("Tonnes ajoutées"), tr("Lignes remplacées"), tr("Tonnes remplacées")});
    m_checkView->setRootIsDecorated(false);
    m_problems = new QListWidget(right);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problemRow = new QLabel(right);
    m_problemRow->setWordWrap(true);
    m_problemRow->setTextFormat(Qt::RichText); // the row's cells are escaped, the faulty one in bold
    m_problemRow->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_problems, &QListWidget::currentRowChanged, this, &ImportDialog::showProblemRow);
    auto *checkBox = new QSplitter(Qt::Horizontal, right);
    checkBox->addWidget(m_checkView);
    auto *problemBox = new QWidget;
    auto *problemLayout = new QVBoxLayout(problemBox);
    problemLayout->setContentsMargins(0, 0, 0, 0);
    problemLayout->addWidget(m_problems, 1);
    problemLayout->addWidget(m_problemRow);
    checkBox->addWidget(problemBox);
    rightLayout->addWidget(new QLabel(tr("Vérification (rien n'est écrit) :"), right));
    rightLayout->addWidget(checkBox, 1);
    m_skipRows = new QCheckBox(tr("Écarter les lignes en erreur (elles seront copiées dans un fichier .rejets.csv à côté du fichier)"), right);
    m_skipRows->setObjectName(QStringLiteral("skipProblemRows"));
    rightLayout->addWidget(m_skipRows);
    connect(m_skipRows, &QCheckBox::toggled, this, &ImportDialog::updateButtons);
    filesPage->addWidget(right);
    filesPage->setStretchFactor(1, 3);

    m_history = new ImportHistoryPanel(m_storePath);
    m_tabs->addTab(m_history, tr("Historique"));
    connect(m_history, &ImportHistoryPanel::storeChanged, this, &ImportDialog::storeChanged);

    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumHeight(110);
    layout->addWidget(m_log);
    auto *bottom = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(this);
    m_checkButton = new QPushButton(tr("Vérifier"), this);
    m_importButton = new QPushButton(tr("Importer"), this);
    m_importButton->setDefault(true);
    m_cancelButton = new QPushButton(tr("Annuler"), this);
    auto *close = new QPushButton(tr("Fermer"), this);
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_progressText);
    bottom->addWidget(m_checkButton);
    bottom->addWidget(m_importButton);
    bottom->addWidget(m_cancelButton);
    bottom->addWidget(close);
    layout->addLayout(bottom);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportDialog::cancel);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
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

void ImportDialog::optionsEdited()
{
    FileState *f = current();
    if (m_updating || !f)
        return;
    f->chosen.encoding = m_encoding->currentData().toString();
    const QString delimiter = m_delimiter->currentData().toString();
    f->chosen.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    const QString decimal = m_decimal->currentData().toString();
    f->chosen.decimalSeparator = decimal.isEmpty() ? QChar() : decimal.at(0);
    f->chosen.headerLine = m_headerLine->value();
    f->chosen.sheet = m_sheet->currentText();
    if (f->mappingFromEditor) { // another header: the mapping is chosen again
        f->chosen.mapping.reset();
        f->mappingFromEditor = false;
    }
    refreshPreview();
}

void ImportDialog::setSheet(const QString &sheet) { m_sheet->setCurrentText(sheet); }

void ImportDialog::refreshPreview()
{
    FileState *f = current();
    MappingLibrary library;
    f->preview = previewFile(f->path, f->chosen, &library);
    f->check.reset();
    f->checkError.clear();
    showPreview();
    showCheck();
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

void ImportDialog::showPreview()
{
    FileState *f = current();
    const ImportPreview &p = f->preview;
    QStringList facts;
    if (!p.encoding.isEmpty())
        facts << tr("encodage %1").arg(p.encoding);
    if (!p.delimiter.isNull())
        facts << tr("séparateur « %1 »").arg(p.delimiter == QLatin1Char('\t') ? tr("tabulation") : QString(p.delimiter));
    if (!p.decimalSeparator.isNull())
        facts << tr("décimales « %1 »").arg(p.decimalSeparator);
    if (p.headerLine > 0)
        facts << tr("en-tête ligne %1").arg(p.headerLine);
    facts << (p.layoutName.isEmpty() ? tr("format non reconnu : choisissez les colonnes ci-dessous") : tr("format : %1").arg(p.layoutName));
    if (p.savedMapping)
        facts << tr("correspondance « %1 » reprise (même en-tête)").arg(p.savedMapping->name);
    // Rich text: what comes from the file (a mapping's name, an error quoting a cell) is escaped.
    QString text = facts.join(QStringLiteral(" · ")).toHtmlEscaped();
    if (!p.error.isEmpty())
        text = tr("<b>Lecture impossible :</b> %1").arg(p.error.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_detection->setText(text);
    const bool xlsx = p.kind == FileKind::Xlsx;
    m_sheet->setVisible(xlsx);
    m_sheetLabel->setVisible(xlsx);
    for (QWidget *w : std::initializer_list<QWidget *>{m_encoding, m_delimiter})
        w->setEnabled(p.kind == FileKind::Csv);

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
    m_preview->resizeColumnsToContents();

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

void ImportDialog::showCheck()
{
    FileState *f = current();
    m_checkView->clear();
    m_problems->clear();
    m_problemRow->clear();
    if (!f)
        return;
    if (!f->checkError.isEmpty()) {
        m_problems->addItem(f->checkError);
        return;
    }
    if (!f->check)
        return;
    const ImportReport &r = *f->check;
    if (r.alreadyImported) {
        m_problems->addItem(tr("Déjà importé (%1) : rien ne changerait.").arg(r.alreadyImportedAs));
        return;
    }
    for (const YearChange &y : r.yearChanges) {
        auto *item = new QTreeWidgetItem(m_checkView, {QString::number(y.year), formatInteger(y.rowsAdded), formatGramsAsTonnes(y.gramsAdded),
                                                       formatInteger(y.rowsReplaced), formatGramsAsTonnes(y.gramsReplaced)});
        for (int c = 1; c < 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    auto *total = new QTreeWidgetItem(m_checkView, {tr("Total"), formatInteger(r.rowsStored), formatGramsAsTonnes(r.totalGrams),
                                                    formatInteger(r.rowsReplaced), QString()});
    QFont bold = total->font(0);
    bold.setBold(true);
    for (int c = 0; c < 5; ++c)
        total->setFont(c, bold);
    new QTreeWidgetItem(m_checkView, {tr("Territoires"), formatInteger(r.territories.size())});
    if (r.streams)
        new QTreeWidgetItem(m_checkView, {tr("Flux"), formatInteger(r.streams)});
    if (r.populationsStored)
        new QTreeWidgetItem(m_checkView, {tr("Populations"), formatInteger(r.populationsStored)});
    for (const QString &added : r.nomenclatureAdded)
        new QTreeWidgetItem(m_checkView, {tr("Nouveau"), added});
    for (int c = 0; c < 5; ++c)
        m_checkView->resizeColumnToContents(c);
    for (const ImportProblem &p : r.problems)
        m_problems->addItem(QStringLiteral("%1:%2: %3").arg(QString::number(p.line), QString::number(p.column), p.reason));
    if (r.problemCount > r.problems.size())
        m_problems->addItem(tr("… et %n autre(s) problème(s)", nullptr, r.problemCount - int(r.problems.size())));
    if (r.problemCount == 0)
        m_problems->addItem(tr("Aucun problème : le fichier peut être importé."));
    else
        m_problemRow->setText(tr("%n problème(s) : l'import sera refusé, sauf si vous écartez ces lignes.", nullptr, r.problemCount));
    // Warnings after the problems (showProblemRow only looks at indices of problems): values
    // accepted with what was assumed, so that nothing doubtful goes in unseen.
    for (const ImportWarning &w : r.warnings) {
        const QString where = w.line <= 0 ? QString() : w.column <= 0 ? QString::number(w.line)
                                                      : QStringLiteral("%1:%2").arg(QString::number(w.line), QString::number(w.column));
        auto *item = new QListWidgetItem(where.isEmpty() ? tr("⚠ %1").arg(w.message) : tr("⚠ %1 : %2").arg(where, w.message), m_problems);
        item->setData(Qt::UserRole, QStringLiteral("warning"));
    }
    if (r.warningCount > r.warnings.size())
        m_problems->addItem(tr("… et %n autre(s) avertissement(s)", nullptr, r.warningCount - int(r.warnings.size())));
}

void ImportDialog::showProblemRow(int problemIndex)
{
    FileState *f = current();
    if (!f || !f->check || problemIndex < 0 || problemIndex >= f->check->problems.size())
        return;
    const ImportProblem &p = f->check->problems.at(problemIndex);
    try {
        const QStringList cells = recordAtLine(f->path, f->preview.optionsFor(f->chosen), p.line);
        QStringList shown;
        for (int c = 0; c < cells.size(); ++c)
            shown << (c + 1 == p.column ? QStringLiteral("<b>[%1]</b>").arg(cells.at(c).toHtmlEscaped()) : cells.at(c).toHtmlEscaped());
        m_problemRow->setText(tr("Ligne %1 : %2").arg(QString::number(p.line), shown.join(QStringLiteral(" | "))));
    } catch (const OdemaError &e) {
        m_problemRow->setText(e.message().toHtmlEscaped());
    }
}

ImportOptions ImportDialog::optionsFor(const FileState &file, bool checkOnly) const
{
    ImportOptions options = file.preview.optionsFor(file.chosen);
    options.checkOnly = checkOnly;
    if (!checkOnly && m_skipRows->isChecked() && file.check)
        options.skipLines = file.check->problemLines;
    return options;
}

void ImportDialog::check()
{
    runJob(true);
}

void ImportDialog::startImport()
{
    runJob(false);
}

void ImportDialog::runJob(bool checkOnly)
{
    if (isBusy())
        return;
    QList<ImportJob::Item> items;
    m_jobFiles.clear();
    for (int i = 0; i < int(m_files.size()); ++i) {
        const bool wanted = checkOnly ? i == m_current : m_fileList->item(i)->checkState() == Qt::Checked;
        if (!wanted)
            continue;
        const FileState &f = *m_files[size_t(i)];
        if (!checkOnly && m_skipRows->isChecked() && f.check && f.check->problemCount > f.check->problemLines.size())
            continue; // more problem lines than were kept: cannot skip them all
        items.append({f.path, optionsFor(f, checkOnly)});
        m_jobFiles << i;
    }
    if (items.isEmpty())
        return;
    m_jobIsCheck = checkOnly;
    m_job = std::make_unique<ImportJob>(m_storePath, items);
    connect(m_job.get(), &ImportJob::progress, this, [this](int index, qint64 rows, double fraction) {
        m_progress->setValue(int(fraction * 1000));
        m_progressText->setText(tr("%1 : %2 lignes (%3 %)")
                                    .arg(QFileInfo(m_files[size_t(m_jobFiles.value(index))]->path).fileName(), formatInteger(rows),
                                         formatNumber(fraction * 100, 0)));
    });
    connect(m_job.get(), &ImportJob::itemFinished, this, &ImportDialog::jobItemFinished);
    connect(m_job.get(), &ImportJob::committing, this, [this] {
        m_cancelButton->setEnabled(false); // too late: the files are being written for good
        m_progressText->setText(tr("Enregistrement dans la base…"));
    }, Qt::QueuedConnection);
    connect(m_job.get(), &ImportJob::finished, this, [this](WorkResult result) {
        const bool canceled = result == WorkResult::Cancelled;
        m_progress->setValue(result == WorkResult::Done ? 1000 : 0);
        m_progressText->setText(result == WorkResult::Done ? tr("Terminé.")
                                : canceled                 ? tr("Annulé : la base est telle qu'avant l'import.")
                                                           : tr("Refusé : la base est telle qu'avant l'import."));
        if (canceled && !m_jobIsCheck)
            m_log->appendPlainText(tr("Import annulé : aucun des fichiers n'a été importé, la base est telle qu'avant."));
        if (!m_jobIsCheck) {
            m_history->refresh();
            emit storeChanged();
        }
        if (m_job)
            m_job.release()->deleteLater();
        updateButtons();
        emit jobFinished();
    });
    m_log->appendPlainText(checkOnly ? tr("Vérification de %1…").arg(QFileInfo(items.first().path).fileName())
                                     : tr("Import de %n fichier(s)…", nullptr, int(items.size())));
    m_job->start();
    updateButtons();
}

void ImportDialog::jobItemFinished(int index)
{
    const ImportJob::Outcome &o = m_job->outcome(index);
    FileState &f = *m_files[size_t(m_jobFiles.at(index))];
    const QString name = QFileInfo(f.path).fileName();
    if (m_jobIsCheck) {
        f.check = o.ok ? std::optional<ImportReport>(o.report) : std::nullopt;
        f.checkError = o.ok ? QString() : o.error + QLatin1Char('\n') + o.details.join(QLatin1Char('\n'));
        if (&f == current())
            showCheck();
        m_log->appendPlainText(o.ok ? tr("%1 vérifié : %2 lignes lisibles, %n problème(s).", nullptr, o.report.problemCount)
                                          .arg(name, formatInteger(o.report.rowsStored))
                                    : tr("%1 : %2").arg(name, o.error));
        return;
    }
    if (!o.ok) {
        m_log->appendPlainText(tr("✗ %1 : %2").arg(name, o.error));
        for (const QString &d : o.details.mid(0, 10))
            m_log->appendPlainText(QStringLiteral("    %1").arg(d));
        return;
    }
    const ImportReport &r = o.report;
    if (r.alreadyImported) {
        m_log->appendPlainText(tr("= %1 : déjà importé (%2), rien n'a changé.").arg(name, r.alreadyImportedAs));
        return;
    }
    QString line = tr("✓ %1 : %2 lignes enregistrées").arg(name, formatInteger(r.rowsStored));
    if (r.rowsReplaced)
        line += tr(", %1 d'un millésime antérieur remplacées").arg(formatInteger(r.rowsReplaced));
    if (r.rowsRejected)
        line += tr(", %1 écartées dans %2").arg(formatInteger(r.rowsRejected), QFileInfo(r.rejectsPath).fileName());
    if (r.warningCount)
        line += tr(", %n avertissement(s)", nullptr, r.warningCount);
    m_log->appendPlainText(line + QLatin1Char('.'));
    for (const QString &w : r.warningLines().mid(0, 20))
        m_log->appendPlainText(QStringLiteral("    %1").arg(w));
    m_fileList->item(m_jobFiles.at(index))->setCheckState(Qt::Unchecked);
}

void ImportDialog::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool ImportDialog::isBusy() const { return m_job && m_job->isRunning(); }

void ImportDialog::setSkipProblemRows(bool skip) { m_skipRows->setChecked(skip); }

QString ImportDialog::logText() const { return m_log->toPlainText(); }

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
