#include "indicators/ChartData.h"

#include <QCoreApplication>
#include <algorithm>

namespace odema {

namespace {
struct KindName { ChartKind kind; const char *key; const char *label; };
const KindName kKinds[] = {
    {ChartKind::Evolution, "evolution", QT_TRANSLATE_NOOP("Charts", "Évolution")},
    {ChartKind::Composition, "composition", QT_TRANSLATE_NOOP("Charts", "Composition")},
    {ChartKind::Traitement, "traitement", QT_TRANSLATE_NOOP("Charts", "Modes de traitement")},
    {ChartKind::Comparaison, "comparaison", QT_TRANSLATE_NOOP("Charts", "Comparaison")},
    {ChartKind::Classement, "classement", QT_TRANSLATE_NOOP("Charts", "Classement")},
    {ChartKind::Trajectoire, "trajectoire", QT_TRANSLATE_NOOP("Charts", "Trajectoire")},
};
} // namespace

QString chartKindKey(ChartKind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QLatin1String(k.key);
    return QString();
}

QString chartKindLabel(ChartKind kind)
{
    for (const KindName &k : kKinds)
        if (k.kind == kind)
            return QCoreApplication::translate("Charts", k.label);
    return QString();
}

std::optional<ChartKind> chartKindFromKey(const QString &key)
{
    for (const KindName &k : kKinds)
        if (key == QLatin1String(k.key))
            return k.kind;
    return std::nullopt;
}

QList<ChartKind> allChartKinds()
{
    QList<ChartKind> kinds;
    for (const KindName &k : kKinds)
        kinds << k.kind;
    return kinds;
}

QString measureKey(Measure measure)
{
    switch (measure) {
    case Measure::Tonnes: return QStringLiteral("tonnes");
    case Measure::KgPerInhabitant: return QStringLiteral("kg_hab");
    case Measure::Percent: return QStringLiteral("percent");
    case Measure::Default: break;
    }
    return QStringLiteral("default");
}

std::optional<Measure> measureFromKey(const QString &key)
{
    for (Measure m : {Measure::Tonnes, Measure::KgPerInhabitant, Measure::Percent, Measure::Default})
        if (measureKey(m) == key)
            return m;
    return std::nullopt;
}

QString measureUnit(Measure measure)
{
    switch (measure) {
    case Measure::KgPerInhabitant: return QStringLiteral("kg/hab");
    case Measure::Percent: return QStringLiteral("%");
    default: return QStringLiteral("t");
    }
}

bool ChartData::isEmpty() const
{
    for (const ChartSeries &s : series)
        for (const auto &v : s.values)
            if (v)
                return false;
    return true;
}

double ChartData::maxValue() const
{
    double top = 0;
    const bool stacked = shape == ChartShape::StackedBars || shape == ChartShape::StackedAreas;
    for (int i = 0; i < categories.size(); ++i) {
        double sum = 0;
        for (const ChartSeries &s : series) {
            const double v = i < s.values.size() && s.values.at(i) ? *s.values.at(i) : 0.0;
            if (stacked)
                sum += std::max(0.0, v);
            else
                top = std::max(top, v);
        }
        top = std::max(top, sum);
        if (target && i < target->values.size() && target->values.at(i))
            top = std::max(top, *target->values.at(i));
    }
    return top;
}

} // namespace odema
