#include "report/FactSheetLocator.h"

#include "geo/BoundaryStore.h"

#include <QCoreApplication>
#include <QLineF>
#include <algorithm>

namespace odema::report {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FactSheet)
};

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
    case Level::Region: return Tr::tr("régions");
    case Level::Departement: return Tr::tr("départements");
    case Level::Epci: return Tr::tr("EPCI");
    case Level::Syndicat: return Tr::tr("syndicats");
    case Level::Commune: return Tr::tr("communes");
    case Level::France: break;
    }
    return QString();
}

/// "de la région Hauts-de-France": what the caption's "Parmi les …" is taken from. France is
/// "métropolitaine" when some of its territories are not drawn (the overseas ones: no outline
/// in the sample, and left out by distance otherwise).
QString perimeterPhrase(const std::optional<TerritoryInfo> &parent, bool partial)
{
    const QString name = parent ? parent->name : QString();
    switch (parent ? parent->level : Level::France) {
    case Level::France: return partial ? Tr::tr("de France métropolitaine") : Tr::tr("de France");
    case Level::Region: return Tr::tr("de la région %1").arg(name);
    case Level::Departement: return Tr::tr("du département %1").arg(name);
    case Level::Epci: return Tr::tr("de l'EPCI %1").arg(name);
    case Level::Syndicat: return Tr::tr("du syndicat %1").arg(name);
    case Level::Commune: break;
    }
    return name;
}

std::optional<TerritoryInfo> parentFor(const TerritoryInfo &territory, const QList<TerritoryInfo> &ancestors)
{
    switch (territory.level) {
    case Level::France: break;
    case Level::Region: return ancestorOf(ancestors, {Level::France});
    case Level::Departement: return ancestorOf(ancestors, {Level::Region});
    case Level::Epci:
    case Level::Syndicat: return ancestorOf(ancestors, {Level::Departement, Level::Region});
    case Level::Commune: return ancestorOf(ancestors, {Level::Epci, Level::Departement});
    }
    return std::nullopt;
}

LocatorShape shapeOf(const geo::MapTerritory &t, double tolerance)
{
    QPainterPath path = t.shape.simplified(tolerance).toPath();
    // A merged commune drawn from its former communes' outlines: one outline, as on the map.
    if (!t.formerCodes.isEmpty() && t.shape.polygons.size() > 1)
        path = path.simplified();
    return {t.code, t.name, path};
}

} // namespace

QString SheetLocator::description() const
{
    // "Parmi les …" continues the name: "Nord parmi les départements de la région …".
    const QString rest = caption.isEmpty() ? caption : caption.at(0).toLower() + caption.mid(1);
    return territory.name + QLatin1Char(' ') + rest + QLatin1Char(' ') + perimeter;
}

std::optional<SheetLocator> buildLocator(const QSqlDatabase &db, const TerritoryInfo &territory,
                                         const QList<TerritoryInfo> &ancestors)
{
    const geo::BoundaryStore boundaries(db);
    // France has nothing to be located among; other territories need an outline of their own.
    // Checked first, so that load() failing on outlines the store does hold is an error.
    if (territory.level == Level::France || !boundaries.hasOutline(territory.level, territory.id))
        return std::nullopt;
    const std::optional<TerritoryInfo> parent = parentFor(territory, ancestors);
    const geo::MapGeometry g = boundaries.load(territory.level, parent && parent->level != Level::France ? parent->id : 0);
    const auto self = std::find_if(g.territories.cbegin(), g.territories.cend(),
                                   [&](const geo::MapTerritory &t) { return t.territoryId == territory.id; });
    if (self == g.territories.cend())
        return std::nullopt; // drawn only by a file covering fewer of its neighbours than the one chosen

    // Overseas régions and départements are thousands of kilometres away: drawn to scale they
    // would shrink the mainland to a dot, so the locator keeps what lies within 1 500 km.
    const QPointF centre = self->path.boundingRect().center();
    constexpr double kFarthestMetres = 1.5e6;
    bool partial = !g.withoutOutline.isEmpty();
    QList<const geo::MapTerritory *> around;
    QRectF bounds = self->path.boundingRect();
    for (const geo::MapTerritory &t : g.territories) {
        if (t.territoryId == territory.id)
            continue;
        if (QLineF(centre, t.path.boundingRect().center()).length() > kFarthestMetres) {
            partial = true;
            continue;
        }
        around << &t;
        bounds = bounds.united(t.path.boundingRect());
    }
    if (around.isEmpty())
        return std::nullopt; // alone in its perimeter (a département that is its région): nothing to locate

    SheetLocator l;
    l.bounds = bounds;
    l.sourceName = g.sourceName;
    // A few centimetres on the page: 1/400 of the extent (under 0.1 mm) is finer than the
    // outlines' strokes, and drops most of a detailed file's points (smaller PDF and SVG).
    const double tolerance = std::max(bounds.width(), bounds.height()) / 400;
    l.territory = shapeOf(*self, tolerance);
    for (const geo::MapTerritory *t : std::as_const(around))
        l.neighbours << shapeOf(*t, tolerance);
    l.caption = Tr::tr("Parmi les %1").arg(pluralLabel(territory.level)); // the sheet's title names the territory
    l.perimeter = perimeterPhrase(parent, partial);
    return l;
}

} // namespace odema::report
