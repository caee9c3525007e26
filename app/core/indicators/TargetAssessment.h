#pragma once
// A target (resources/targets.json) measured on the indicator it is about (IndicatorEvaluator):
// the trajectory interpolated for the measured year, the status against it — Atteint (the final
// value is met), Sur la trajectoire, En retard — and the gap in the target's unit; or "non
// mesurable avec les données de la base" and what is missing. Never a proxy indicator.
#include "indicators/IndicatorEvaluator.h"
#include "indicators/Targets.h"

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace odema {

enum class TargetState { Atteint, SurLaTrajectoire, EnRetard, NonMesurable, NonApplicable };
QString targetStateLabel(TargetState state); ///< "Atteint", "Sur la trajectoire"…

struct TargetAssessment {
    QString targetId;
    TargetState state = TargetState::NonMesurable;
    int year = 0;                      ///< year measured
    std::optional<double> measured;    ///< in `unit`
    std::optional<double> expected;    ///< the trajectory's value for `year`
    std::optional<double> finalValue;  ///< the target's value at its due year
    std::optional<double> gap;         ///< measured − expected, in `unit`
    QString unit;
    QList<QPair<int, double>> trajectory; ///< points the status is judged against
    QString trajectoryNote;            ///< how the trajectory was built, when not given by the target
    QString missing;                   ///< why not measurable, in French
    IndicatorValue indicator;          ///< the figure measured (definition, data set, scope)
};

/// Interpolated value of `points` (sorted) for `year`; the first value before, the last after.
std::optional<double> trajectoryAt(const QList<QPair<int, double>> &points, int year);

/// The target for `territoryRef` ("departement:59") measured at the latest year up to `year`
/// the indicator has a value for (at most 12 years back).
TargetAssessment assessTarget(const Target &target, const IndicatorEvaluator &evaluator, qint64 territoryId,
                              const QString &territoryRef, int year, PopulationBasis basis);

} // namespace odema
