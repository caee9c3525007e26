#pragma once
// A view an analyst saves and reopens (Fichier › Enregistrer la vue, `--view FILE`): a small
// JSON file naming the territories by reference ("region:32"), the streams, modes and channels
// by code, the years, kind and text of the filter, the tab in front, the table's sort, the cross
// table, the chart and the map options. Nothing in it belongs to one store, so it opens on any
// store that has the data (ViewResolver turns it into the store's ids and names what it lacks).
//
// File format (version 1), every member optional but "odemaView":
//   {"odemaView": 1, "territories": ["region:32"], "includeContained": true,
//    "years": {"from": 2009, "to": 2021}, "streams": ["02C"], "modes": [], "channels": [],
//    "kind": "any|collecte|traitement", "text": "", "tab": "graphiques",
//    "table": {"sort": "tonnes", "order": "descending"},
//    "pivot": {"rows": "territoire", "measure": "tonnes|kg-hab|part"},
//    "chart": {"kind": "evolution", "measure": "default", "year": 0, "donut": false,
//              "byStream": false, "national": false, "target": ""},
//    "map": {"level": "departement", "within": "region|france", "indicator": "kg_hab", "year": 0,
//            "compare": 0, "classes": 5, "method": "quantiles", "landfills": false}}
#include "view/ViewState.h"

#include <QJsonObject>
#include <QStringList>

namespace odema {

struct SavedView {
    static constexpr int kFormatVersion = 1;

    QStringList territories;       ///< references, "region:32"
    bool includeContained = true;
    int yearFrom = 0;              ///< 0 = open
    int yearTo = 0;
    QStringList streams;           ///< stream codes ("02C")
    QStringList modes;             ///< treatment mode codes
    QStringList channels;          ///< channel codes ("DECH")
    FlowFilter::Kind kind = FlowFilter::Kind::Any;
    QString text;
    ViewTab tab = ViewTab::Table;
    FlowSort sort;
    PivotOptions pivot;
    ChartOptions chart;
    MapOptions map;

    QJsonObject toJson() const;
    /// Throws OdemaError naming `fileName` and the member that is wrong.
    static SavedView fromJson(const QJsonObject &object, const QString &fileName);

    /// Writes the file whole or not at all; throws OdemaError saying why.
    void write(const QString &path) const;
    /// Throws OdemaError (file:line:column for bad JSON, the member for a wrong value).
    static SavedView read(const QString &path);
    /// True when `path` holds a view file (its first bytes name "odemaView"), to tell a view
    /// dropped on the window from a data file.
    static bool looksLikeView(const QString &path);

    bool operator==(const SavedView &o) const;
};

/// Table column keys of a view file ("annee", "tonnes"…) and back.
QString flowColumnKey(FlowColumn column);
std::optional<FlowColumn> flowColumnFromKey(const QString &key);

} // namespace odema
