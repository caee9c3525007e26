#include "gui/AppMenus.h"

#include "gui/AboutDialog.h"
#include "gui/LanguageSettings.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>

namespace odema::gui {

namespace {

QMenu *menuNamed(QMainWindow *window, const QString &objectName, const QString &title)
{
    if (auto *existing = window->menuBar()->findChild<QMenu *>(objectName))
        return existing;
    QMenu *menu = window->menuBar()->addMenu(title);
    menu->setObjectName(objectName);
    return menu;
}

} // namespace

void addPreferencesAndHelpMenus(QMainWindow *window)
{
    QMenu *preferences = menuNamed(window, QStringLiteral("menuPreferences"),
                                   QCoreApplication::translate("AppMenus", "&Préférences"));
    preferences->addMenu(LanguageSettings::createMenu(window));

    QMenu *help = menuNamed(window, QStringLiteral("menuHelp"), QCoreApplication::translate("AppMenus", "&Aide"));
    QAction *about = help->addAction(QCoreApplication::translate("AppMenus", "À &propos d'Odema Explorer"));
    about->setMenuRole(QAction::AboutRole);
    QObject::connect(about, &QAction::triggered, window, [window] {
        AboutDialog dialog(window);
        dialog.exec();
    });
    QAction *aboutQt = help->addAction(QCoreApplication::translate("AppMenus", "À propos de &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    QObject::connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

} // namespace odema::gui
