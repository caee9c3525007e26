#pragma once
// Boundary files (GeoJSON FeatureCollection or single Feature, WGS84) into the boundary table,
// keyed by the same territory codes as everything else. The level comes from the codes
// (9-digit SIREN = EPCI, 5 characters = commune) or, for 2–3 character codes that could be a
// région or a département, from the names matching the territories already in the store.
// Codes of an older COG (merged communes) are tied to today's commune through territory_alias;
// commune features whose code maps to nothing are stored as unmapped and listed in the report;
// at the other levels a code the store does not hold is refused. Every position must lie in
// France (WGS84 degrees, or Lambert-93 metres when the file's `crs` says EPSG:2154).
#include <QJsonDocument>

namespace odema {

struct ImportContext;
class JsonLocator;

bool isGeoJson(const QJsonDocument &document);
void importGeoJson(ImportContext &context, const QJsonDocument &document, const JsonLocator &locator);

} // namespace odema
