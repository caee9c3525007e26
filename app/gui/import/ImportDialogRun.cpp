#include "gui/import/ImportDialog.h"

// The import itself (or the check) on a worker thread: which files go, progress and Cancel,
// then one line of log a file saying how it ended.
#include "common/FrenchFormat.h"
#include "gui/import/ImportDialogFileState.h"
#include "gui/import/ImportHistoryPanel.h"
#include "gui/import/ImportJob.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace odema::gui {

void ImportDialog::buildRunBar(QVBoxLayout *layout)
{
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
    // One whole sentence a fact (a translation cannot be glued from fragments).
    m_log->appendPlainText(tr("✓ %1 : %2 lignes enregistrées.").arg(name, formatInteger(r.rowsStored)));
    if (r.rowsReplaced)
        m_log->appendPlainText(tr("    %1 lignes d'un millésime antérieur remplacées.").arg(formatInteger(r.rowsReplaced)));
    if (r.rowsRejected)
        m_log->appendPlainText(tr("    %1 lignes écartées, copiées dans %2.")
                                   .arg(formatInteger(r.rowsRejected), QFileInfo(r.rejectsPath).fileName()));
    if (r.warningCount)
        m_log->appendPlainText(tr("    %n avertissement(s) :", nullptr, r.warningCount));
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

} // namespace odema::gui
