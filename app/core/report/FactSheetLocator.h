#pragma once
// The fact sheet's locator map: the territory among its neighbours (the other territories of
// its level within its parent: a département among those of its région, an EPCI among those of
// its département (among the 92 of Hauts-de-France one is a few millimetres wide on the sheet),
// a commune among those of its EPCI, a région among those of France), from the outlines in the
// store. Plain data in Lambert-93 scene coordinates; odema_report draws it.
#include "territory/TerritoryResolver.h"

#include <QPainterPath>
#include <QRectF>
#include <QSqlDatabase>
#include <optional>

namespace odema::report {

struct LocatorShape {
    QString code;      ///< "59"
    QString name;      ///< "Nord"
    QPainterPath path; ///< scene coordinates (x = easting, y = −northing, metres)
};

struct SheetLocator {
    LocatorShape territory;         ///< the sheet's territory, drawn highlighted
    QList<LocatorShape> neighbours; ///< the other territories of its level in the perimeter
    QRectF bounds;                  ///< of everything drawn
    QString caption;                ///< "Parmi les départements"
    QString perimeter;              ///< "de la région Hauts-de-France", "de France métropolitaine"
    QString sourceName;             ///< boundary file the outlines come from

    /// Caption and perimeter as one sentence: "Nord parmi les départements de la région …".
    QString description() const;
};

/// nullopt when no boundary file of the store draws the territory, when nothing else of its
/// level is drawn around it, or for France (nothing to locate it among): the sheet then has no
/// locator, not an empty frame. Throws OdemaError when outlines exist but cannot be read.
std::optional<SheetLocator> buildLocator(const QSqlDatabase &db, const TerritoryInfo &territory,
                                         const QList<TerritoryInfo> &ancestors);

} // namespace odema::report
