#pragma once
// Reads the outlines of the territories of one level within a parent from the boundary table,
// projected to Lambert-93. Scene coordinates are x = easting, y = −northing (metres), so that
// Qt's downward y draws north up without a transform.
#include "geo/GeoShape.h"
#include "territory/TerritoryLevel.h"

#include <QSqlDatabase>
#include <QStringList>

namespace odema::geo {

struct MapTerritory {
    qint64 territoryId = 0; ///< 0: an outline whose code maps to no current territory
    QString code;           ///< current code (the file's code when unmapped)
    QString name;
    GeoShape shape;         ///< scene coordinates (see above)
    QPainterPath path;
    QPointF labelAt;
    double area = 0;        ///< m²
    QStringList formerCodes; ///< codes of older outlines drawn as part of this territory
};

struct MapGeometry {
    Level level = Level::Departement;
    qint64 withinId = 0;
    QList<MapTerritory> territories;
    QRectF bounds;
    QString sourceName;          ///< boundary file the outlines come from
    QStringList withoutOutline;  ///< territories of the level with no outline in that file
    QStringList unmapped;        ///< "80389 Hocquincourt": outlines tied to no current territory
};

class BoundaryStore {
public:
    explicit BoundaryStore(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Levels that have outlines in the store.
    QList<Level> levelsWithBoundaries() const;
    /// Whether any boundary file of the store draws this territory at this level (false for a
    /// store too old to hold outlines): lets callers skip a map instead of catching load().
    bool hasOutline(Level level, qint64 territoryId) const;
    /// Throws OdemaError when the store has no outline of that level (import a boundary file)
    /// or is too old to hold any.
    MapGeometry load(Level level, qint64 withinId) const;

private:
    QSqlDatabase m_db;
};

} // namespace odema::geo
