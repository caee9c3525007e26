#pragma once
// What a chart shows, as plain data: built from aggregate SQL by ChartDataBuilder, drawn by
// odema_charts (ChartFactory), checked by tests without any rendering. Values are optional so a
// year without survey stays a gap and never becomes a zero.
#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace odema {

/// The six chart kinds, in the order the observatory presents them.
enum class ChartKind { Evolution, Composition, Traitement, Comparaison, Classement, Trajectoire };
QString chartKindKey(ChartKind kind);   ///< "evolution", "composition"… (command line, file names)
QString chartKindLabel(ChartKind kind); ///< "Évolution", "Modes de traitement"…
std::optional<ChartKind> chartKindFromKey(const QString &key);
QList<ChartKind> allChartKinds();

enum class Measure { Default, Tonnes, KgPerInhabitant, Percent };
QString measureKey(Measure measure); ///< "tonnes", "kg_hab", "percent"
std::optional<Measure> measureFromKey(const QString &key);
QString measureUnit(Measure measure); ///< "t", "kg/hab", "%"

/// How the factory draws the data.
enum class ChartShape {
    Lines,          ///< categories are years on a value axis; one line per series, markers on real points
    StackedBars,    ///< one bar per category, series stacked
    GroupedBars,    ///< one group per category, one bar per series
    Donut,          ///< one series; categories are the slices (categoryColours)
    HorizontalBars, ///< one series ranked; categories top to bottom; highlight marks one bar
    StackedAreas,   ///< categories are years; series stacked as bands (complete years only)
};

struct ChartSeries {
    QString name;
    QColor colour;
    QList<std::optional<double>> values; ///< one per category; nullopt = no data (a gap)
};

/// A target drawn as a dashed line over the same categories.
struct ChartTargetLine {
    QString label;
    QList<std::optional<double>> values;
};

struct ChartData {
    ChartKind kind = ChartKind::Evolution;
    ChartShape shape = ChartShape::Lines;
    Measure measure = Measure::Tonnes;
    QString title;
    QString subtitle;       ///< territory and years
    QString sourceLine;     ///< "Source : ADEME, SINOE® – traitement Odema…" with the data vintage
    QStringList notes;      ///< caveats printed above the source line (incomplete years…)
    QString unit;           ///< "t", "kg/hab", "%"
    QString valueAxisTitle; ///< with the unit: "Tonnes (t)"
    QStringList categories;
    QList<QColor> categoryColours; ///< Donut slices
    bool categoriesAreYears = false;
    QList<ChartSeries> series;
    int highlight = -1;     ///< category index drawn highlighted (the selected territory), -1 none
    std::optional<ChartTargetLine> target;
    int decimals = 0;       ///< decimals of exact values (tooltips, labels)
    QString fileStem;       ///< "region-32_composition_2009-2021"
    /// Why the chart is empty when it is not the selection's fault: the population kg/hab
    /// needs, and the file that gives it. Empty: no data for the selection.
    QString emptyReason;

    /// True when no series holds a single value: show "Pas de données pour cette sélection".
    bool isEmpty() const;
    /// Largest value drawn (stacked sums for stacked shapes, target included).
    double maxValue() const;
};

} // namespace odema
