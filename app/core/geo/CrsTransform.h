#pragma once
// A coordinate transformation between two reference systems, computed by PROJ (libproj):
// "EPSG:4326" -> "EPSG:2154" for maps, "EPSG:3857" -> "EPSG:4326" for the Web Mercator metres
// of ADEME's installation directories. Axis order is the one of visualisation (x = longitude).
#include <QPointF>
#include <memory>

typedef struct pj_ctx PJ_CONTEXT;
typedef struct PJconsts PJ;

namespace odema::geo {

class CrsTransform {
public:
    /// Throws OdemaError when PROJ cannot build the transformation (proj-data missing).
    CrsTransform(const char *from, const char *to);
    ~CrsTransform();
    CrsTransform(const CrsTransform &) = delete;
    CrsTransform &operator=(const CrsTransform &) = delete;

    QPointF apply(double x, double y) const;
    /// The PROJ object, for bulk transformations (proj_trans_generic).
    PJ *handle() const { return m_transform; }

private:
    PJ_CONTEXT *m_context = nullptr;
    PJ *m_transform = nullptr;
};

/// Web Mercator (EPSG:3857) metres to WGS84 longitude / latitude in degrees.
QPointF webMercatorToLonLat(double x, double y);

} // namespace odema::geo
