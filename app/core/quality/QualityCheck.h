#pragma once
// What the quality checks look for, and with which thresholds. Four groups (issue 16):
//  - consistency: data sets that describe the same tonnes (déchèterie collection vs treatment,
//    the DMA data sets against SINOE04, ADEME's chiffres clés against the flows, the OMA streams
//    of the OMA destination file against the OMA file), and a published ratio against the ratio
//    computed from its own published tonnage and population;
//  - hierarchy: a territory's own rows against the sum of the territories below it in the same
//    data set, where both exist;
//  - series: a year-on-year change beyond a threshold, a stream that appears or vanishes, a year
//    missing from a territory's series;
//  - coverage: tonnes without a population for their year, populations older than the tonnes,
//    codes no nomenclature knows.
#include <QList>
#include <QString>
#include <QStringList>

namespace odema {

namespace QualityKind {
inline const char *const Consistency = "coherence";          ///< two data sets, same tonnes
inline const char *const Absent = "absent";                   ///< a territory in one of them only
inline const char *const Ratio = "ratio";                     ///< published vs recomputed kg/hab
inline const char *const Hierarchy = "parent-enfants";        ///< a territory vs those below it
inline const char *const Break = "rupture";                   ///< year-on-year change
inline const char *const StreamAppears = "flux-apparu";
inline const char *const StreamVanishes = "flux-disparu";
inline const char *const MissingYear = "annee-manquante";
inline const char *const NoPopulation = "sans-population";
inline const char *const OlderPopulation = "population-ancienne";
inline const char *const UnknownCode = "code-inconnu";
} // namespace QualityKind

/// French name of a kind, for the table and the text output (tr).
QString qualityKindLabel(const QString &kind);
QStringList qualityKinds();

/// One side of a consistency comparison: the flows of a data set (optionally hors gravats or
/// a few streams only), or a tonnage it published (measure "tonnage", whole scope).
struct QualitySide {
    QString dataset;     ///< data set code (resources/datasets.json)
    bool published = false;
    bool horsGravats = false;
    QStringList streams; ///< stream codes; empty = all
};

/// Two data sets that count the same tonnes; the left is the reference the right is measured by.
struct ConsistencyPair {
    QualitySide left, right;
};

/// The comparisons made: every DMA data set against SINOE04 (the most detailed, the catalogue's
/// first), not each against each, so that one disagreement is reported once.
const QList<ConsistencyPair> &consistencyPairs();

struct QualityOptions {
    QList<qint64> territoryIds; ///< empty = every territory; otherwise these and those below
    int yearFrom = 0;           ///< 0 = no bound
    int yearTo = 0;
    /// Year-on-year change reported as a break, as a fraction (0,20 = 20 %).
    double breakThreshold = 0.20;
    /// Differences up to this many grams are the files' rounding (each row rounded to the
    /// hundredth of a tonne, a few dozen rows summed), not findings: 0,05 t.
    qint64 toleranceGrams = 50000;
    /// Differences below this share are information, above it warnings (0,1 %)…
    double warningPercent = 0.1;
    /// …and above this one errors (5 %).
    double errorPercent = 5.0;
};

} // namespace odema
