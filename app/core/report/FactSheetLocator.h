#pragma once
// The fact sheet's locator map: the territory among its neighbours (the other territories of
// its level within its parent: a département among those of its région, an EPCI among those of
// its région, a commune among those of its EPCI, a région among those of France), from the
// outlines in the store. Plain data in Lambert-93 scene coordinates; odema_report draws it.
#include "territory/TerritoryResolver.h"

#include <QPainterPath>
#include <QRectF>
#include <QSqlDatabase>
#include <optional>

namespace odema::report {

struct SheetLocator {
    QList<QPainterPath> neighbours; ///< scene coordinates (x = easting, y = −northing, metres)
    QPainterPath territory;         ///< the sheet's territory, drawn highlighted
    QRectF bounds;                  ///< of everything drawn
    QString caption;                ///< "Parmi les départements"
    QString perimeter;              ///< "Hauts-de-France" (empty for the régions of France)
    QString sourceName;             ///< boundary file the outlines come from
};

/// nullopt when the store has no outline of the territory's level in that perimeter, or for
/// France (nothing to locate it among): the sheet then has no locator, not an empty frame.
std::optional<SheetLocator> buildLocator(const QSqlDatabase &db, const TerritoryInfo &territory,
                                         const QList<TerritoryInfo> &ancestors);

} // namespace odema::report
