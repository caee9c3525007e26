#pragma once
// What the window shows, in the open store's ids: the shared selection, the tab in front, the
// table's sort, the cross table's rows and measure, the chart's and the map's options. The
// window reads and sets it (gui/view/ViewController); SavedView is the same thing written with
// names a store does not own (territory references, codes), for a file.
#include "query/FlowQuery.h"
#include "query/PivotQuery.h"
#include "view/ChartOptions.h"
#include "view/MapOptions.h"

#include <optional>

namespace odema {

/// The tabs of the window, by what they show (their position may change).
enum class ViewTab { Table, Pivot, Charts, Map, Quality };
QString viewTabKey(ViewTab tab); ///< "tableau", "tableau-croise", "graphiques", "carte", "qualite"
std::optional<ViewTab> viewTabFromKey(const QString &key);

struct PivotOptions {
    PivotRows rows = PivotRows::Territory;
    PivotMeasure measure = PivotMeasure::Tonnes;
    bool operator==(const PivotOptions &o) const { return rows == o.rows && measure == o.measure; }
};

struct ViewState {
    FlowFilter filter;
    ViewTab tab = ViewTab::Table;
    FlowSort sort;
    PivotOptions pivot;
    ChartOptions chart;
    MapOptions map;

    bool operator==(const ViewState &o) const
    {
        return filter == o.filter && tab == o.tab && sort == o.sort && pivot == o.pivot && chart == o.chart && map == o.map;
    }
};

} // namespace odema
