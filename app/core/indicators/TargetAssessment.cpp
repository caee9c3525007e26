#include "indicators/TargetAssessment.h"

#include <QCoreApplication>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Targets)
};

/// How far back a sheet looks for the latest measured year (SINOE surveys are biennial).
constexpr int kLookBack = 12;

bool meets(double value, double goal, bool lowerIsBetter)
{
    return lowerIsBetter ? value <= goal : value >= goal;
}

} // namespace

QString targetStateLabel(TargetState state)
{
    switch (state) {
    case TargetState::Atteint: return Tr::tr("Atteint");
    case TargetState::SurLaTrajectoire: return Tr::tr("Sur la trajectoire");
    case TargetState::EnRetard: return Tr::tr("En retard");
    case TargetState::NonMesurable: return Tr::tr("Non mesurable avec les données de la base");
    case TargetState::NonApplicable: return Tr::tr("Sans objet pour ce territoire");
    }
    return QString();
}

std::optional<double> trajectoryAt(const QList<QPair<int, double>> &points, int year)
{
    if (points.isEmpty())
        return std::nullopt;
    if (year <= points.first().first)
        return points.first().second;
    for (int i = 0; i + 1 < points.size(); ++i) {
        const auto &a = points.at(i), &b = points.at(i + 1);
        if (year <= b.first)
            return a.second + (b.second - a.second) * double(year - a.first) / double(b.first - a.first);
    }
    return points.last().second;
}

TargetAssessment assessTarget(const Target &target, const IndicatorEvaluator &evaluator, qint64 territoryId,
                              const QString &territoryRef, int year, PopulationBasis basis)
{
    TargetAssessment a;
    a.targetId = target.id;
    a.unit = target.unit;
    if (!target.territory.isEmpty() && target.territory != territoryRef) {
        a.state = TargetState::NonApplicable;
        a.missing = Tr::tr("objectif fixé en valeur absolue pour %1 seulement").arg(target.territory);
        return a;
    }
    const IndicatorDefinition *d = target.indicator.isEmpty() ? nullptr : evaluator.catalog().find(target.indicator);
    if (!d) {
        a.missing = target.missing.isEmpty() ? Tr::tr("aucun indicateur du catalogue ne mesure cet objectif") : target.missing;
        return a;
    }
    // The latest year with a value, up to the sheet's year.
    for (int y = year; y > year - kLookBack; --y) {
        a.indicator = evaluator.evaluate(*d, territoryId, y, basis);
        if (a.indicator.value) {
            a.year = y;
            a.measured = a.indicator.value;
            break;
        }
    }
    if (!a.measured) {
        a.indicator = evaluator.evaluate(*d, territoryId, year, basis);
        a.missing = Tr::tr("%1 : %2").arg(d->displayLabel(), a.indicator.missing.isEmpty() ? Tr::tr("aucune valeur") : a.indicator.missing);
        return a;
    }
    if (target.kind == QLatin1String("trajectory")) {
        a.trajectory = target.points;
    } else if (target.kind == QLatin1String("reduction")) {
        const IndicatorValue ref = evaluator.evaluate(*d, territoryId, target.referenceYear, basis);
        if (!ref.value) {
            a.missing = Tr::tr("pas de valeur de l'indicateur « %1 » en %2, l'année de référence de l'objectif")
                            .arg(d->displayLabel(), QString::number(target.referenceYear));
            return a;
        }
        a.trajectory = {{target.referenceYear, *ref.value}, {target.year, *ref.value * (1.0 + target.value.value_or(0) / 100.0)}};
        a.trajectoryNote = Tr::tr("trajectoire linéaire depuis la valeur mesurée en %1").arg(target.referenceYear);
    } else {
        // A level: a straight line from the first year measured to the due year.
        int first = a.year;
        double firstValue = *a.measured;
        for (int y = a.year - 1; y >= a.year - 2 * kLookBack; --y) {
            const IndicatorValue v = evaluator.evaluate(*d, territoryId, y, basis);
            if (v.value) {
                first = y;
                firstValue = *v.value;
            }
        }
        a.trajectory = {{first, firstValue}, {target.year, target.value.value_or(0)}};
        if (first >= target.year)
            a.trajectory = {{target.year, target.value.value_or(0)}};
        a.trajectoryNote = Tr::tr("trajectoire linéaire depuis la première année mesurée (%1)").arg(first);
    }
    a.finalValue = a.trajectory.last().second;
    a.expected = trajectoryAt(a.trajectory, a.year);
    a.gap = *a.measured - *a.expected;
    const bool lower = target.lowerIsBetter();
    a.state = meets(*a.measured, *a.finalValue, lower)    ? TargetState::Atteint
            : meets(*a.measured, *a.expected, lower)      ? TargetState::SurLaTrajectoire
                                                          : TargetState::EnRetard;
    return a;
}

} // namespace odema
