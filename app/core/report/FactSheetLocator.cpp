#include "report/FactSheetLocator.h"

#include "common/OdemaError.h"
#include "geo/BoundaryStore.h"

#include <QCoreApplication>
#include <QLineF>

namespace odema::report {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("FactSheet", text); }

/// Neighbours live in the territory's parent of this level (nearest first in `ancestors`).
std::optional<TerritoryInfo> ancestorOf(const QList<TerritoryInfo> &ancestors, std::initializer_list<Level> levels)
{
    for (Level level : levels)
        for (const TerritoryInfo &a : ancestors)
            if (a.level == level)
                return a;
    return std::nullopt;
}

QString pluralLabel(Level level)
{
    switch (level) {
    case Level::Region: return tr("régions");
    case Level::Departement: return tr("départements");
    case Level::Epci: return tr("EPCI");
    case Level::Syndicat: return tr("syndicats");
    case Level::Commune: return tr("communes");
    case Level::France: break;
    }
    return QString();
}

} // namespace

std::optional<SheetLocator> buildLocator(const QSqlDatabase &db, const TerritoryInfo &territory,
                                         const QList<TerritoryInfo> &ancestors)
{
    std::optional<TerritoryInfo> parent;
    switch (territory.level) {
    case Level::France: return std::nullopt;
    case Level::Region: parent = ancestorOf(ancestors, {Level::France}); break;
    case Level::Departement: parent = ancestorOf(ancestors, {Level::Region}); break;
    case Level::Epci:
    case Level::Syndicat: parent = ancestorOf(ancestors, {Level::Region, Level::Departement}); break;
    case Level::Commune: parent = ancestorOf(ancestors, {Level::Epci, Level::Departement}); break;
    }
    geo::MapGeometry g;
    try {
        g = geo::BoundaryStore(db).load(territory.level, parent && parent->level != Level::France ? parent->id : 0);
    } catch (const OdemaError &) {
        return std::nullopt; // no outline of this level here: the sheet goes without a locator
    }
    const auto self = std::find_if(g.territories.cbegin(), g.territories.cend(),
                                   [&](const geo::MapTerritory &t) { return t.territoryId == territory.id; });
    if (self == g.territories.cend())
        return std::nullopt;

    SheetLocator l;
    l.territory = self->path;
    l.bounds = self->path.boundingRect();
    l.sourceName = g.sourceName;
    // Overseas régions and départements are thousands of kilometres away: drawn to scale they
    // would shrink the mainland to a dot, so the locator keeps what lies within 1 500 km.
    const QPointF centre = l.bounds.center();
    constexpr double kFarthestMetres = 1.5e6;
    for (const geo::MapTerritory &t : g.territories) {
        if (t.territoryId == territory.id || QLineF(centre, t.path.boundingRect().center()).length() > kFarthestMetres)
            continue;
        l.neighbours << t.path;
        l.bounds = l.bounds.united(t.path.boundingRect());
    }
    l.caption = tr("Parmi les %1").arg(pluralLabel(territory.level)); // the sheet's title names the territory
    if (parent && parent->level != Level::France)
        l.perimeter = parent->name;
    return l;
}

} // namespace odema::report
