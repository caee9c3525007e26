#pragma once
// Boundary files (GeoJSON FeatureCollection or single Feature, WGS84) into the boundary table,
// keyed by the same territory codes as everything else. The level comes from the codes
// (9-digit SIREN = EPCI, 5 characters = commune) or, for 2–3 character codes that could be a
// région or a département, from the names matching the territories already in the store.
// Codes of an older COG (merged communes) are tied to today's commune through territory_alias;
// features whose code maps to nothing are stored as unmapped and listed in the report.
#include <QJsonDocument>

namespace odema {

struct ImportContext;

bool isGeoJson(const QJsonDocument &document);
void importGeoJson(ImportContext &context, const QJsonDocument &document);

} // namespace odema
