#include "geo/CrsTransform.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <proj.h>

namespace odema::geo {

CrsTransform::CrsTransform(const char *from, const char *to)
{
    // One context per instance: PROJ contexts are not shared between threads.
    m_context = proj_context_create();
    PJ *raw = proj_create_crs_to_crs(m_context, from, to, nullptr);
    if (raw) {
        // EPSG:4326 is latitude first; files give longitude first.
        m_transform = proj_normalize_for_visualization(m_context, raw);
        proj_destroy(raw);
    }
    if (!m_transform) {
        const QString detail = QString::fromUtf8(proj_context_errno_string(m_context, proj_context_errno(m_context)));
        proj_context_destroy(m_context);
        throw OdemaError(QCoreApplication::translate("Map", "Projection %1 → %2 indisponible : PROJ ne trouve pas sa définition "
                                                            "(paquet proj-data).").arg(QLatin1String(from), QLatin1String(to)),
                         {detail});
    }
}

CrsTransform::~CrsTransform()
{
    proj_destroy(m_transform);
    proj_context_destroy(m_context);
}

QPointF CrsTransform::apply(double x, double y) const
{
    const PJ_COORD out = proj_trans(m_transform, PJ_FWD, proj_coord(x, y, 0, 0));
    return QPointF(out.xy.x, out.xy.y);
}

QPointF webMercatorToLonLat(double x, double y)
{
    thread_local CrsTransform transform("EPSG:3857", "EPSG:4326");
    return transform.apply(x, y);
}

} // namespace odema::geo
