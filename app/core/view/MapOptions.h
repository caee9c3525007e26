#pragma once
// The options of the "Carte" tab beside the shared selection: which territories are drawn
// (a level, inside the selection's région or over France), indicator, year, comparison year,
// classes, method, landfill overlay. The window's panel and the `map` verb both turn them into
// a MapRequest here, so a view saved in the window draws the same map headless.
#include "geo/MapData.h"
#include "query/FlowFilter.h"

#include <QSqlDatabase>

namespace odema {

struct MapOptions {
    Level level = Level::Departement;
    bool inRegion = true; ///< inside the région of the first selected territory (Hauts-de-France without one)
    geo::MapMeasure measure = geo::MapMeasure::KgPerInhabitant;
    int year = 0;         ///< 0 = the last year of the selection's range
    int compareYear = 0;  ///< 0 = none
    int classes = 5;
    geo::BreakMethod method = geo::BreakMethod::Quantiles;
    bool landfills = false;

    /// The map of `filter` (its région, streams, channel, modes, kind, last year) with these options.
    geo::MapRequest request(const QSqlDatabase &db, const FlowFilter &filter) const;

    bool operator==(const MapOptions &o) const
    {
        return level == o.level && inRegion == o.inRegion && measure == o.measure && year == o.year
            && compareYear == o.compareYear && classes == o.classes && method == o.method && landfills == o.landfills;
    }
};

} // namespace odema
