#include "geo/Lambert93.h"

#include <proj.h>

namespace odema::geo {

Lambert93::Lambert93() : m_transform("EPSG:4326", "EPSG:2154") {}

QPointF Lambert93::project(double lon, double lat) const
{
    return m_transform.apply(lon, lat);
}

void Lambert93::project(GeoShape &shape) const
{
    for (auto &polygon : shape.polygons)
        for (QPolygonF &ring : polygon) {
            if (ring.isEmpty())
                continue;
            // QPointF is two packed doubles: PROJ transforms the ring's storage directly.
            double *xy = reinterpret_cast<double *>(ring.data());
            const size_t stride = sizeof(QPointF);
            proj_trans_generic(m_transform.handle(), PJ_FWD, xy, stride, size_t(ring.size()), xy + 1, stride,
                               size_t(ring.size()), nullptr, 0, 0, nullptr, 0, 0);
        }
}

} // namespace odema::geo
