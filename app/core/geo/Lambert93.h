#pragma once
// WGS84 longitude/latitude to Lambert-93 (EPSG:2154, metres), the official projection for maps
// of metropolitan France, computed by PROJ (libproj) rather than by hand-written formulas.
#include "geo/CrsTransform.h"
#include "geo/GeoShape.h"

#include <QPointF>
#include <memory>

namespace odema::geo {

class Lambert93 {
public:
    /// Throws OdemaError when PROJ cannot build the transformation (proj-data missing).
    Lambert93();
    Lambert93(const Lambert93 &) = delete;
    Lambert93 &operator=(const Lambert93 &) = delete;

    /// lon/lat in degrees -> x/y in metres.
    QPointF project(double lon, double lat) const;
    /// Projects every point of the shape in place, in one PROJ call per ring.
    void project(GeoShape &shape) const;

private:
    CrsTransform m_transform;
};

} // namespace odema::geo
