#include "gui/MainWindow.h"

#include "info/StoreSummary.h"
#include "store/Store.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace odema::gui {

MainWindow::MainWindow(std::unique_ptr<Store> store, QWidget *parent) : QMainWindow(parent), m_store(std::move(store))
{
    setWindowTitle(tr("Odema Explorer — %1").arg(m_store->location()));
    resize(1200, 800);
    QMenu *file = menuBar()->addMenu(tr("&Fichier"));
    file->addAction(tr("&Quitter"), QKeySequence::Quit, qApp, &QApplication::quit);
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    refreshStatus();
}

MainWindow::~MainWindow() = default;

QString MainWindow::statusText() const { return m_status->text(); }

void MainWindow::refreshStatus()
{
    m_status->setText(StoreSummary::of(*m_store).statusLine());
}

} // namespace odema::gui
