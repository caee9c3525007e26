#pragma once
// What a map shows, as plain data: the outlines of one level's territories within a parent,
// each with the value of one indicator for one year and its class, the class bounds and
// colours, the landfill sites, and the title, notes and source line. Built by MapDataBuilder,
// drawn by odema_map, checked by tests without rendering. A territory without a value is
// hatched ("Données non disponibles"), never given a zero.
#include "geo/BoundaryStore.h"
#include "geo/ClassBreaks.h"
#include "indicators/FlowAggregate.h"

#include <QColor>
#include <QList>
#include <optional>
#include <vector>

namespace odema::geo {

enum class MapMeasure {
    Tonnes,          ///< tonnes of the selected streams / modes
    KgPerInhabitant, ///< tonnes × 1000 / population_used of the same year
    Share,           ///< selected streams (or modes) over all streams (or modes) of the same kind, %
    Population,      ///< population_used (inhabitants), to read the others against
};
QString mapMeasureKey(MapMeasure m);   ///< "tonnes", "kg_hab", "part", "population"
std::optional<MapMeasure> mapMeasureFromKey(const QString &key);
QString mapMeasureUnit(MapMeasure m);  ///< "t", "kg/hab", "%", "hab."

struct MapRequest {
    Level level = Level::Departement;
    qint64 withinId = 0;           ///< 0 = the whole store (France)
    MapMeasure measure = MapMeasure::KgPerInhabitant;
    int year = 0;                  ///< 0 = latest year with data in the perimeter
    int compareYear = 0;           ///< not 0: change in % from compareYear to year (diverging palette)
    QList<qint64> streamIds;       ///< empty = every stream
    QList<qint64> modeIds;         ///< not empty: 'traitement' rows (per mode), else flowKind
    int classes = 5;
    BreakMethod method = BreakMethod::Quantiles;
    bool landfills = false;
    FlowKind flowKind = FlowKind::Collecte; ///< rows read when no mode is chosen
    QList<qint64> highlightIds;    ///< drawn with a strong outline (a fact sheet's territory among its neighbours)

    /// 'traitement' whenever modes are chosen; never both kinds (they are the same tonnes).
    FlowKind kind() const { return modeIds.isEmpty() ? flowKind : FlowKind::Traitement; }
};

struct MapFeature {
    MapTerritory territory;
    std::optional<double> value;
    int classIndex = -1; ///< -1: no data (hatched)
};

struct LandfillMark {
    QString aiot;
    QString name;
    QPointF at;                        ///< scene coordinates
    std::optional<double> tonnes;      ///< tonnage landfilled in the map's year
    std::optional<double> capacity;    ///< annual permitted capacity that year (t/an)
    double remainingCapacity = 0;      ///< sum of the annual capacities of the later years
    int permitEndYear = 0;             ///< last year with a permitted capacity
};

struct MapData {
    MapRequest request;
    int year = 0;
    QString title;
    QString subtitle;
    QString sourceLine;
    QString unit;
    QString legendTitle;               ///< "Quantité par habitant (kg/hab)"
    int decimals = 0;                  ///< of exact values (tooltips)
    QList<MapFeature> features;
    QRectF bounds;                     ///< scene coordinates of all outlines
    std::vector<double> breaks;
    QList<QColor> colours;             ///< one per class
    QStringList legendLabels;          ///< one per class, French number format
    int noDataCount = 0;
    QStringList notes;                 ///< unmapped outlines, territories without outline
    QList<LandfillMark> landfills;
    QString fileStem;                  ///< "departement_region-32_kg_hab_2021"

    bool hasValues() const { return !breaks.empty(); }
    /// Exact value in French format with its unit ("245,87 kg/hab"), or "Données non disponibles".
    QString formatValue(const std::optional<double> &value) const;
    /// The feature of a territory id, nullptr when not on the map.
    const MapFeature *feature(qint64 territoryId) const;
};

} // namespace odema::geo
