#include "geo/Lambert93.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <proj.h>

namespace odema::geo {

struct Lambert93::Impl {
    PJ_CONTEXT *context = nullptr;
    PJ *transform = nullptr;
    ~Impl()
    {
        if (transform)
            proj_destroy(transform);
        if (context)
            proj_context_destroy(context);
    }
};

Lambert93::Lambert93() : d(std::make_unique<Impl>())
{
    // One context per instance: PROJ contexts are not shared between threads.
    d->context = proj_context_create();
    PJ *raw = proj_create_crs_to_crs(d->context, "EPSG:4326", "EPSG:2154", nullptr);
    if (raw) {
        // EPSG:4326 is latitude first; GeoJSON and the landfill file give longitude first.
        d->transform = proj_normalize_for_visualization(d->context, raw);
        proj_destroy(raw);
    }
    if (!d->transform)
        throw OdemaError(QCoreApplication::translate("Map", "Projection Lambert-93 indisponible : PROJ ne trouve pas "
                                                            "la définition EPSG:2154 (paquet proj-data)."),
                         {QString::fromUtf8(proj_context_errno_string(d->context, proj_context_errno(d->context)))});
}

Lambert93::~Lambert93() = default;

QPointF Lambert93::project(double lon, double lat) const
{
    const PJ_COORD out = proj_trans(d->transform, PJ_FWD, proj_coord(lon, lat, 0, 0));
    return QPointF(out.xy.x, out.xy.y);
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
            proj_trans_generic(d->transform, PJ_FWD, xy, stride, size_t(ring.size()), xy + 1, stride,
                               size_t(ring.size()), nullptr, 0, 0, nullptr, 0, 0);
        }
}

} // namespace odema::geo
