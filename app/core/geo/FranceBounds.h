#pragma once
// Where a coordinate of France may be: boxes around metropolitan France (Corsica included) and
// each overseas territory, with a margin of a few kilometres for coasts and islets. A point
// outside them is an error of the file (a swapped or mistyped coordinate, another projection),
// not a place this application maps.
namespace odema::geo {

/// WGS84 longitude and latitude in degrees, France and its overseas départements and
/// collectivités (Antilles, Guyane, Réunion, Mayotte, Saint-Pierre-et-Miquelon, Pacific, TAAF).
bool insideFranceWgs84(double lon, double lat);
/// Lambert-93 (EPSG:2154) metres: the projection's area of use, metropolitan France.
bool insideFranceLambert93(double x, double y);

} // namespace odema::geo
