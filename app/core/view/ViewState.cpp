#include "view/ViewState.h"

namespace odema {

QString viewTabKey(ViewTab tab)
{
    switch (tab) {
    case ViewTab::Table: return QStringLiteral("tableau");
    case ViewTab::Pivot: return QStringLiteral("tableau-croise");
    case ViewTab::Charts: return QStringLiteral("graphiques");
    case ViewTab::Map: return QStringLiteral("carte");
    case ViewTab::Quality: return QStringLiteral("qualite");
    }
    return QString();
}

std::optional<ViewTab> viewTabFromKey(const QString &key)
{
    for (ViewTab t : {ViewTab::Table, ViewTab::Pivot, ViewTab::Charts, ViewTab::Map, ViewTab::Quality})
        if (viewTabKey(t) == key)
            return t;
    return std::nullopt;
}

} // namespace odema
