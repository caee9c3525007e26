#include "geo/FranceBounds.h"

#include <iterator>

namespace odema::geo {

namespace {

struct Box {
    double west, east, south, north;
};

// Degrees; each box is the territory's extent plus ~0.2°.
constexpr Box kWgs84[] = {
    {-5.9, 10.0, 41.1, 51.3},     // métropole and Corse
    {-63.3, -60.6, 14.2, 18.3},   // Guadeloupe, Martinique, Saint-Martin, Saint-Barthélemy
    {-54.8, -51.4, 1.9, 6.0},     // Guyane
    {55.1, 56.0, -21.6, -20.7},   // La Réunion
    {44.8, 45.5, -13.2, -12.4},   // Mayotte
    {-56.6, -56.0, 46.6, 47.3},   // Saint-Pierre-et-Miquelon
    {-178.4, -175.9, -14.6, -13.0}, // Wallis-et-Futuna
    {-155.0, -134.0, -28.2, -7.7},  // Polynésie française
    {163.4, 168.4, -22.9, -19.4},   // Nouvelle-Calédonie
    {39.5, 77.8, -50.0, -11.3},     // Terres australes et antarctiques (îles Éparses, Kerguelen…)
    {-109.4, -109.1, 10.2, 10.4},   // Clipperton
};

// EPSG:2154 projected bounds (its area of use), metres.
constexpr Box kLambert93 = {-378305.81, 1320649.57, 6005281.20, 7235612.72};

bool inside(const Box &b, double x, double y) { return x >= b.west && x <= b.east && y >= b.south && y <= b.north; }

} // namespace

bool insideFranceWgs84(double lon, double lat)
{
    for (const Box &b : kWgs84)
        if (inside(b, lon, lat))
            return true;
    return false;
}

bool insideFranceLambert93(double x, double y) { return inside(kLambert93, x, y); }

} // namespace odema::geo
