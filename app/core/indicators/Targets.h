#pragma once
// Targets (objectifs) the observatory measures indicators against, read from
// resources/targets.json (":/odema/targets.json") with their source: never written in code.
#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace odema {

struct Target {
    QString id;
    QString scope;  ///< "region" or "national"
    QString label;
    QString unit;   ///< "%", "kg/hab", "t"
    QString kind;   ///< "level", "trajectory", "reduction"
    std::optional<double> value;  ///< level / reduction (percent)
    int year = 0;                 ///< year the target is due (due_year)
    int referenceYear = 0;        ///< reduction: compared with this year
    QList<QPair<int, double>> points; ///< trajectory: (year, value), sorted
    QString source;
    QString indicator;  ///< id in resources/indicators.json it is measured on; empty: not measurable
    QString direction;  ///< "baisse" (lower is better) or "hausse"
    std::optional<double> referenceValue; ///< the reference year's value the target states, if any
    QString territory;  ///< "region:32": the target holds for that territory only; empty: any
    QString note;       ///< what a reader should know (another series, another due year)
    QString missing;    ///< without indicator: what the store would need, in French

    bool lowerIsBetter() const { return direction == QLatin1String("baisse"); }

    /// Target value for `year`: the level (from any year up to its due year), the trajectory
    /// interpolated linearly between its points; nothing outside the trajectory's span.
    std::optional<double> valueAt(int year) const;
};

class Targets {
public:
    /// Loads the bundled file; throws OdemaError when it cannot be read.
    static Targets load(const QString &path = QStringLiteral(":/odema/targets.json"));

    const QList<Target> &all() const { return m_targets; }
    std::optional<Target> find(const QString &id) const;

private:
    QList<Target> m_targets;
};

} // namespace odema
