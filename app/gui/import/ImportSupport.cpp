#include "gui/import/ImportSupport.h"

#include "gui/import/ImportDialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDragEnterEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>

namespace odema::gui {

namespace {

/// Accepts files dropped on the window and hands them to the dialog.
class DropFilter : public QObject {
public:
    explicit DropFilter(QMainWindow *window) : QObject(window), m_window(window) {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::DragEnter) {
            auto *drag = static_cast<QDragEnterEvent *>(event);
            if (drag->mimeData()->hasUrls()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            QStringList files;
            for (const QUrl &url : drop->mimeData()->urls())
                if (url.isLocalFile())
                    files << url.toLocalFile();
            if (!files.isEmpty()) {
                drop->acceptProposedAction();
                showImportDialog(m_window, files);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QMainWindow *m_window;
};

QMenu *fileMenu(QMainWindow *window)
{
    if (auto *menu = window->menuBar()->findChild<QMenu *>(QStringLiteral("menuFile")))
        return menu;
    for (QAction *action : window->menuBar()->actions())
        if (action->menu() && action->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Fichier")))
            return action->menu();
    return window->menuBar()->addMenu(QCoreApplication::translate("ImportSupport", "&Fichier"));
}

} // namespace

/// What the window's import hook remembers: the store and who to tell about changes.
class ImportHook : public QObject {
public:
    ImportHook(QMainWindow *window, QString storePath, std::function<void()> storeChanged)
        : QObject(window), storePath(std::move(storePath)), storeChanged(std::move(storeChanged))
    {
        setObjectName(QStringLiteral("odemaImportHook"));
    }
    QString storePath;
    std::function<void()> storeChanged;
};

void installImportSupport(QMainWindow *window, const QString &storePath, std::function<void()> storeChanged)
{
    new ImportHook(window, storePath, std::move(storeChanged));
    QMenu *menu = fileMenu(window);
    auto *action = new QAction(QCoreApplication::translate("ImportSupport", "&Importer des fichiers…"), window);
    action->setObjectName(QStringLiteral("actionImportFiles"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *first = menu->actions().value(0);
    menu->insertAction(first, action);
    if (first)
        menu->insertSeparator(first);
    QObject::connect(action, &QAction::triggered, window, [window] { showImportDialog(window); });
    window->setAcceptDrops(true);
    window->installEventFilter(new DropFilter(window));
}

ImportDialog *showImportDialog(QMainWindow *window, const QStringList &files)
{
    auto *hook = dynamic_cast<ImportHook *>(window->findChild<QObject *>(QStringLiteral("odemaImportHook"), Qt::FindDirectChildrenOnly));
    if (!hook)
        return nullptr;
    auto *dialog = window->findChild<ImportDialog *>();
    if (!dialog) {
        dialog = new ImportDialog(hook->storePath, window);
        QObject::connect(dialog, &ImportDialog::storeChanged, hook, [hook] {
            if (hook->storeChanged)
                hook->storeChanged();
        });
    }
    dialog->addFiles(files);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

} // namespace odema::gui
