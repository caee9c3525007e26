#include "gui/report/FactSheetSeriesDialog.h"

#include "common/OdemaError.h"
#include "gui/report/ReportSupport.h"
#include "gui/report/TerritoryPicker.h"
#include "report/FactSheetBatch.h"
#include "report/FactSheetCoverage.h"
#include "store/Store.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QToolButton>

namespace odema::gui {

namespace {
/// Progress into the dialog; the event loop runs between sheets so "Annuler" is heard.
class DialogFeedback : public report::BatchFeedback {
public:
    DialogFeedback(QProgressBar *bar, QPlainTextEdit *log) : m_bar(bar), m_log(log) {}
    void progress(int done, int total, const QString &current) override
    {
        m_bar->setMaximum(total);
        m_bar->setValue(done);
        m_bar->setFormat(current.isEmpty() ? QStringLiteral("%v / %m") : QStringLiteral("%v / %m – ") + current);
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    void failed(const QString &territory, const QString &message) override
    {
        m_log->appendPlainText(QCoreApplication::translate("FactSheetSeriesDialog", "Échec pour %1 : %2").arg(territory, message));
    }

private:
    QProgressBar *m_bar;
    QPlainTextEdit *m_log;
};

QWidget *withBrowse(QLineEdit *edit, QWidget *parent, std::function<void()> browse)
{
    auto *w = new QWidget(parent);
    auto *h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    auto *b = new QToolButton(w);
    b->setText(QStringLiteral("…"));
    QObject::connect(b, &QToolButton::clicked, w, browse);
    h->addWidget(b);
    return w;
}
} // namespace

FactSheetSeriesDialog::FactSheetSeriesDialog(const QString &storePath, qint64 parentId, int year, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Fiches en série"));
    m_store = Store::open(storePath, Store::OpenMode::ReadOnly);
    m_builder = std::make_unique<report::FactSheetBuilder>(m_store->database());

    auto *form = new QFormLayout;
    m_parent = new TerritoryPicker(m_store->database(), {QStringLiteral("france"), QStringLiteral("region"), QStringLiteral("departement")}, this);
    if (auto hdf = m_builder->resolver().find({Level::Region, QStringLiteral("32")}))
        m_parent->setTerritoryId(hdf->id);
    if (parentId)
        m_parent->setTerritoryId(parentId);
    form->addRow(tr("&Dans :"), m_parent);
    m_level = new QComboBox(this);
    for (Level l : {Level::Region, Level::Departement, Level::Epci, Level::Commune})
        m_level->addItem(levelLabel(l), levelKey(l));
    m_level->setCurrentIndex(1);
    form->addRow(tr("&Niveau des fiches :"), m_level);
    m_year = new QSpinBox(this);
    m_year->setRange(0, 2100);
    m_year->setSpecialValueText(tr("dernière année avec des données"));
    m_year->setValue(year);
    form->addRow(tr("&Année :"), m_year);

    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_perTerritory = new QRadioButton(tr("Un PDF par territoire"), this);
    m_perTerritory->setChecked(true);
    form->addRow(m_perTerritory);
    m_folder = new QLineEdit(QDir(docs).filePath(tr("fiches")), this);
    form->addRow(tr("Dossier :"), withBrowse(m_folder, this, [this] {
        const QString d = QFileDialog::getExistingDirectory(this, tr("Dossier des fiches"), m_folder->text());
        if (!d.isEmpty())
            m_folder->setText(d);
    }));
    m_pattern = new QLineEdit(QStringLiteral("{code}_{nom}_{annee}"), this);
    m_pattern->setToolTip(tr("{code}, {nom}, {niveau}, {annee} sont remplacés pour chaque territoire."));
    form->addRow(tr("Nom des fichiers :"), m_pattern);
    m_html = new QCheckBox(tr("Écrire aussi une page HTML par territoire"), this);
    form->addRow(m_html);
    m_combined = new QRadioButton(tr("Un seul PDF avec sommaire"), this);
    form->addRow(m_combined);
    m_file = new QLineEdit(QDir(docs).filePath(tr("fiches.pdf")), this);
    form->addRow(tr("Fichier :"), withBrowse(m_file, this, [this] {
        const QString f = QFileDialog::getSaveFileName(this, tr("PDF des fiches"), m_file->text(), tr("Document PDF (*.pdf)"));
        if (!f.isEmpty())
            m_file->setText(f);
    }));

    m_progress = new QProgressBar(this);
    m_progress->setValue(0);
    m_log = new QPlainTextEdit(this);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_start = buttons->addButton(tr("&Produire les fiches"), QDialogButtonBox::AcceptRole);
    connect(m_start, &QPushButton::clicked, this, &FactSheetSeriesDialog::run);
    connect(buttons, &QDialogButtonBox::rejected, this, &FactSheetSeriesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    resize(640, 560);
}

FactSheetSeriesDialog::~FactSheetSeriesDialog() = default;

void FactSheetSeriesDialog::reject()
{
    if (m_running) { // "Fermer" / Échap while running = cancel after the current sheet
        m_running->cancel();
        return;
    }
    QDialog::reject();
}

void FactSheetSeriesDialog::run()
{
    m_log->clear();
    try {
        const TerritoryInfo parent = m_builder->resolver().byId(m_parent->territoryId());
        const auto level = levelFromKey(m_level->currentData().toString());
        const report::FactSheetCoverage coverage(m_builder->resolver(), parent, *level);
        report::BatchSettings s;
        s.year = m_year->value();
        s.tpl = userReportTemplate();
        s.storeLocation = m_store->location(); // the workers drawing the sheets open it read-only
        s.html = m_html->isChecked();
        s.pattern = m_pattern->text();
        if (m_combined->isChecked()) {
            s.singleFile = m_file->text();
            s.combinedTitle = tr("Fiches territoriales – %1, niveau %2").arg(parent.name, levelInText(*level));
        } else {
            s.outDir = m_folder->text();
        }
        DialogFeedback feedback(m_progress, m_log);
        m_running = &feedback;
        m_start->setEnabled(false);
        m_log->appendPlainText(tr("%n territoire(s) – Échap ou « Fermer » annule après la fiche en cours.", nullptr, int(coverage.size())));
        const report::BatchReport r = report::FactSheetBatch::run(*m_builder, coverage.territories(), s, feedback);
        m_running = nullptr;
        m_start->setEnabled(true);
        m_log->appendPlainText(report::batchResultText(r));
    } catch (const OdemaError &e) {
        m_running = nullptr;
        m_start->setEnabled(true);
        m_log->appendPlainText(e.message());
    }
}

} // namespace odema::gui
