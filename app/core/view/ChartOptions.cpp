#include "view/ChartOptions.h"

namespace odema {

ChartRequest ChartOptions::request(ChartKind forKind, const FlowFilter &filter) const
{
    ChartRequest r = ChartRequest::fromFilter(forKind, filter);
    if (forKind != kind)
        return r;
    r.measure = measure;
    r.year = year;
    r.donut = donut;
    r.nationalRanking = national;
    r.byStream = byStream;
    r.targetId = targetId;
    return r;
}

} // namespace odema
