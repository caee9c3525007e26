#include "gui/MainWindow.h"

#include "common/OdemaError.h"
#include "gui/AppMenus.h"
#include "gui/explorer/ExplorerView.h"
#include "gui/explorer/StoreTasks.h"
#include "gui/import/ImportDialog.h"
#include "gui/import/ImportSupport.h"
#include "gui/report/ReportSupport.h"
#include "gui/view/ViewController.h"
#include "info/StoreSummary.h"
#include "settings/StoreLocation.h"
#include "store/Store.h"
#include "view/SavedView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

namespace odema::gui {

namespace {
constexpr int kMaxRecent = 8;
} // namespace

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent) : QMainWindow(parent), m_store(std::move(store))
{
    resize(1280, 800);
    setAcceptDrops(true); // files dropped anywhere on the window open the import dialog
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("explorerStatus"));
    statusBar()->addWidget(m_status, 1);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("storeSummary"));
    statusBar()->addPermanentWidget(m_summary);
    buildMenus();
    buildExplorer();
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_explorer->restoreState(settings);
    rememberStore();
}

MainWindow::~MainWindow()
{
    delete m_explorer; // its models' threads stop before the store closes
    m_explorer = nullptr;
}

QTabWidget *MainWindow::tabs() const { return m_explorer->tabs(); }

void MainWindow::addViewTab(const QString &title, TabFactory factory)
{
    m_tabFactories.append({title, factory});
    if (QWidget *w = factory(*this))
        m_explorer->tabs()->addTab(w, title);
}

QString MainWindow::statusText() const { return m_status->text(); }

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Fichier"));
    file->addAction(tr("&Nouvelle base…"), QKeySequence::New, this, &MainWindow::newStore);
    file->addAction(tr("&Ouvrir une base…"), QKeySequence::Open, this, &MainWindow::openStoreDialog);
    m_recentMenu = file->addMenu(tr("Bases &récentes"));
    file->addSeparator();
    file->addAction(tr("&Importer des fichiers…"), QKeySequence(tr("Ctrl+I")), this, [this] { importFiles(); });
    file->addAction(tr("&Exporter le tableau…"), QKeySequence(tr("Ctrl+E")), this, &MainWindow::exportResult);
    file->addSeparator();
    file->addAction(tr("Enregistrer la &vue…"), QKeySequence(tr("Ctrl+Shift+S")), this, [this] { ViewController(*this).saveWithDialog(); });
    file->addAction(tr("Ouvrir une v&ue…"), QKeySequence(tr("Ctrl+Shift+O")), this, [this] { ViewController(*this).openWithDialog(); });
    file->addSeparator();
    file->addAction(tr("&Quitter"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *edit = menuBar()->addMenu(tr("É&dition"));
    edit->addAction(tr("&Copier les cellules"), QKeySequence::Copy, this, [this] { m_explorer->copySelection(); });
    installReportActions(this, [this] { return ReportSelection{m_store->location(), m_explorer->currentFilter()}; });
    addPreferencesAndHelpMenus(this);
    refreshRecentMenu();
}

void MainWindow::buildExplorer()
{
    m_explorer = new ExplorerView(*m_store, this);
    setCentralWidget(m_explorer);
    connect(m_explorer, &ExplorerView::statusChanged, m_status, &QLabel::setText);
    m_status->setText(m_explorer->statusText());
    for (const auto &[title, factory] : m_tabFactories)
        if (QWidget *w = factory(*this))
            m_explorer->tabs()->addTab(w, title);
    setWindowTitle(tr("Odema Explorer — %1").arg(QFileInfo(m_store->location()).fileName()));
    refreshSummary();
}

void MainWindow::refreshSummary()
{
    m_summary->setText(StoreSummary::of(*m_store).statusLine());
}

bool MainWindow::openStore(const QString &path, bool create)
{
    std::unique_ptr<Store> store;
    try {
        store = Store::open(path, create ? Store::OpenMode::CreateIfMissing : Store::OpenMode::ReadWrite);
    } catch (const OdemaError &e) {
        QMessageBox::warning(this, tr("Ouvrir une base"), e.message());
        return false;
    }
    QSettings settings;
    m_explorer->saveState(settings);
    delete m_explorer; // stops its query threads before the old store goes
    m_explorer = nullptr;
    m_store = std::move(store);
    buildExplorer();
    m_explorer->restoreState(settings);
    rememberStore();
    return true;
}

QStringList MainWindow::recentStores()
{
    return QSettings().value(QStringLiteral("recentStores")).toStringList();
}

void MainWindow::rememberStore()
{
    QSettings settings;
    const QString path = QFileInfo(m_store->location()).absoluteFilePath();
    QStringList recent = recentStores();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentStores"), recent);
    StoreLocation::rememberLast(path);
    refreshRecentMenu();
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentStores();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openStore(path, false); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newStore()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Nouvelle base"), dir, tr("Bases Odema (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".sqlite")))
        path += QLatin1String(".sqlite");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Nouvelle base"), tr("« %1 » existe déjà : ouvrez-la, ou choisissez un autre nom.").arg(path));
        return;
    }
    openStore(path, true);
}

void MainWindow::openStoreDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Ouvrir une base"), QFileInfo(m_store->location()).absolutePath(),
                                                      tr("Bases Odema (*.sqlite);;Tous les fichiers (*)"));
    if (!path.isEmpty())
        openStore(path, false);
}

void MainWindow::importFiles(const QStringList &files)
{
    // The import dialog (detection, preview, mapping, check, history) works on its own
    // connection and thread; the views are rebuilt when it changed the store.
    auto *dialog = findChild<ImportDialog *>();
    if (!dialog) {
        dialog = new ImportDialog(m_store->location(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ImportDialog::storeChanged, this, [this] { openStore(m_store->location(), false); });
    }
    dialog->addFiles(files);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::openView(const QString &path)
{
    ViewController(*this).openAndReport(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const DroppedFiles dropped = sortDroppedUrls(event->mimeData()->urls());
    if (!dropped.refused.isEmpty())
        statusBar()->showMessage(dropped.refused.join(QLatin1Char(' ')), 10000);
    // A saved view dropped on the window opens; data files go to the import dialog.
    QStringList data;
    QStringList views;
    for (const QString &f : dropped.files)
        (SavedView::looksLikeView(f) ? views : data) << f;
    if (views.isEmpty() && data.isEmpty())
        return;
    event->acceptProposedAction();
    for (const QString &v : views)
        openView(v);
    if (!data.isEmpty())
        importFiles(data);
}

void MainWindow::exportResult()
{
    const bool pivot = m_explorer->exportJob().pivot;
    const QString excel = tr("CSV pour Excel — point-virgule, virgule décimale (*.csv)");
    const QString rfc = tr("CSV RFC 4180 — virgule, point décimal (*.csv)");
    const QString xlsx = tr("Classeur Excel (*.xlsx)");
    QString chosen;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = pivot ? tr("tableau-croise") : tr("flux");
    QString path = QFileDialog::getSaveFileName(this, pivot ? tr("Exporter le tableau croisé") : tr("Exporter le tableau"),
                                                dir + QLatin1Char('/') + name + QStringLiteral(".xlsx"),
                                                QStringList{xlsx, excel, rfc}.join(QStringLiteral(";;")), &chosen);
    if (path.isEmpty())
        return;
    const ExportFormat format = chosen == xlsx ? ExportFormat::Xlsx : ExportFormat::Csv;
    const QString suffix = format == ExportFormat::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path = QFileInfo(path).path() + QLatin1Char('/') + QFileInfo(path).completeBaseName() + suffix;
    try {
        Store::refuseOutputOnStore(m_store->location(), path);
    } catch (const OdemaError &e) {
        QMessageBox::warning(this, tr("Exporter"), e.message());
        return;
    }
    const QString message = exportWithProgress(m_explorer->exportJob(), path, format, chosen == rfc ? CsvStyle::Rfc4180 : CsvStyle::Excel, this);
    statusBar()->showMessage(message, 8000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_explorer->saveState(settings);
    QMainWindow::closeEvent(event);
}

} // namespace odema::gui
