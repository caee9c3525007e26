#pragma once
// Small helpers shared by the ChartDataBuilder translation units (not a public API).
#include "indicators/FlowAggregate.h"

#include <QColor>
#include <optional>

namespace odema::chartutil {

/// Distinct colours for territories drawn side by side (first = the selected one).
inline QColor territoryColour(int index)
{
    static const char *palette[] = {"#25409A", "#ED7D31", "#38A13F", "#A90000", "#7F7F7F", "#8E5BA6", "#C2CB00", "#038B4F"};
    return QColor(QLatin1String(palette[index % 8]));
}

/// Tonnes as the measure asks: tonnes, or kg/hab with the population of that year (none without).
inline std::optional<double> measured(double tonnes, bool perInhabitant, const QMap<int, PopulationUsed> &pop, int year)
{
    if (perInhabitant) {
        auto it = pop.find(year);
        if (it == pop.end() || it.value().population <= 0)
            return std::nullopt;
        return tonnes * 1000.0 / double(it.value().population);
    }
    return tonnes;
}

} // namespace odema::chartutil
