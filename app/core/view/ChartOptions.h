#pragma once
// The options of the "Graphiques" tab beside the shared selection: chart kind, measure, year of
// the one-year kinds, donut, by stream, national ranking, target. The window's panel and the
// `chart` verb both turn them into a ChartRequest here, so a view saved in the window draws the
// same chart headless.
#include "indicators/ChartDataBuilder.h"

namespace odema {

struct ChartOptions {
    ChartKind kind = ChartKind::Evolution;
    Measure measure = Measure::Default;
    int year = 0;          ///< one-year kinds; 0 = latest complete year
    bool donut = false;    ///< traitement
    bool byStream = false; ///< evolution
    bool national = false; ///< classement
    QString targetId;      ///< trajectoire; empty = the builder's default

    /// The request for `kind` over `filter`: the options apply when `kind` is the chosen one
    /// (the other kinds of an "export every chart" use their defaults, as the panel does).
    ChartRequest request(const FlowFilter &filter) const { return request(kind, filter); }
    ChartRequest request(ChartKind forKind, const FlowFilter &filter) const;

    bool operator==(const ChartOptions &o) const
    {
        return kind == o.kind && measure == o.measure && year == o.year && donut == o.donut && byStream == o.byStream
            && national == o.national && targetId == o.targetId;
    }
};

} // namespace odema
