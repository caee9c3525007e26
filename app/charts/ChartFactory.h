#pragma once
// ChartData -> QChart (OdemaChart): series, axes, colours, legend and tooltips for each shape.
// No animation, light theme, bundled font; labels formatted in French here, never by Qt.
#include "charts/OdemaChart.h"

#include <memory>

namespace odema::charts {

class ChartFactory {
public:
    /// Throws OdemaError when the data is empty: callers show "Pas de données…" instead.
    static std::unique_ptr<OdemaChart> create(const ChartData &data);
};

} // namespace odema::charts
