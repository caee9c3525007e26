#include "gui/LanguageSettings.h"

#include "settings/InterfaceLanguage.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>
#include <QMessageBox>

namespace odema::gui::LanguageSettings {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(LanguageSettings)
};
} // namespace

QMenu *createMenu(QWidget *parent)
{
    auto *menu = new QMenu(Tr::tr("&Langue"), parent);
    auto *group = new QActionGroup(menu);
    const QString current = InterfaceLanguage::preferred();
    const struct {
        QString code;
        QString label;
    } choices[] = {
        {QString(), Tr::tr("Langue du système")},
        // Each language is named in itself, so a user lost in the other one still finds it.
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("en"), QStringLiteral("English")},
    };
    for (const auto &choice : choices) {
        QAction *action = menu->addAction(choice.label);
        action->setCheckable(true);
        action->setChecked(choice.code == current);
        action->setData(choice.code);
        group->addAction(action);
    }
    QObject::connect(group, &QActionGroup::triggered, menu, [parent](QAction *action) {
        const QString code = action->data().toString();
        if (code == InterfaceLanguage::preferred())
            return;
        InterfaceLanguage::setPreferred(code);
        QMessageBox::information(parent, Tr::tr("Langue"),
                                 Tr::tr("La nouvelle langue s'appliquera au prochain démarrage d'Odema Explorer."));
    });
    return menu;
}

} // namespace odema::gui::LanguageSettings
