#include "geo/ClassBreaks.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

namespace odema::geo {

QString breakMethodKey(BreakMethod method)
{
    switch (method) {
    case BreakMethod::Quantiles: return QStringLiteral("quantiles");
    case BreakMethod::EqualIntervals: return QStringLiteral("equal");
    case BreakMethod::Jenks: return QStringLiteral("jenks");
    }
    return QString();
}

QString breakMethodLabel(BreakMethod method)
{
    switch (method) {
    case BreakMethod::Quantiles: return QCoreApplication::translate("Map", "Quantiles");
    case BreakMethod::EqualIntervals: return QCoreApplication::translate("Map", "Intervalles égaux");
    case BreakMethod::Jenks: return QCoreApplication::translate("Map", "Seuils naturels (Jenks)");
    }
    return QString();
}

std::optional<BreakMethod> breakMethodFromKey(const QString &key)
{
    for (BreakMethod m : {BreakMethod::Quantiles, BreakMethod::EqualIntervals, BreakMethod::Jenks})
        if (breakMethodKey(m) == key.toLower())
            return m;
    if (key.toLower() == QLatin1String("equal-intervals") || key.toLower() == QLatin1String("intervalles"))
        return BreakMethod::EqualIntervals;
    return std::nullopt;
}

double quantile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const double pos = p * double(sorted.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (pos - double(lo)) * (sorted[hi] - sorted[lo]);
}

std::vector<double> jenksUpperBounds(const std::vector<double> &sorted, int classes)
{
    const int n = int(sorted.size());
    const int k = std::min(classes, n);
    if (k <= 0)
        return {};
    // Prefix sums give the squared deviation of any run sorted[i..j] in O(1).
    std::vector<double> s1(size_t(n) + 1, 0), s2(size_t(n) + 1, 0);
    for (int i = 0; i < n; ++i) {
        s1[size_t(i) + 1] = s1[size_t(i)] + sorted[size_t(i)];
        s2[size_t(i) + 1] = s2[size_t(i)] + sorted[size_t(i)] * sorted[size_t(i)];
    }
    const auto ssd = [&](int i, int j) { // values i..j inclusive
        const double m = j - i + 1;
        const double sum = s1[size_t(j) + 1] - s1[size_t(i)];
        return (s2[size_t(j) + 1] - s2[size_t(i)]) - sum * sum / m;
    };
    const double inf = std::numeric_limits<double>::infinity();
    // cost[c][j]: best cost of the first j+1 values in c+1 classes; from[c][j]: start of the last class.
    std::vector<std::vector<double>> cost(size_t(k), std::vector<double>(size_t(n), inf));
    std::vector<std::vector<int>> from(size_t(k), std::vector<int>(size_t(n), 0));
    for (int j = 0; j < n; ++j)
        cost[0][size_t(j)] = ssd(0, j);
    for (int c = 1; c < k; ++c)
        for (int j = c; j < n; ++j)
            for (int i = c; i <= j; ++i) {
                const double v = cost[size_t(c) - 1][size_t(i) - 1] + ssd(i, j);
                if (v < cost[size_t(c)][size_t(j)]) {
                    cost[size_t(c)][size_t(j)] = v;
                    from[size_t(c)][size_t(j)] = i;
                }
            }
    std::vector<double> upper(static_cast<size_t>(k));
    int end = n - 1;
    for (int c = k - 1; c >= 0; --c) {
        upper[size_t(c)] = sorted[size_t(end)];
        end = c > 0 ? from[size_t(c)][size_t(end)] - 1 : end;
    }
    return upper;
}

std::vector<double> computeBreaks(std::vector<double> values, int classes, BreakMethod method)
{
    if (classes < kMinClasses || classes > kMaxClasses)
        throw OdemaError(QCoreApplication::translate("Map", "Nombre de classes %1 hors limites : choisissez entre %2 et %3.")
                             .arg(QString::number(classes), QString::number(kMinClasses), QString::number(kMaxClasses)));
    values.erase(std::remove_if(values.begin(), values.end(), [](double v) { return !std::isfinite(v); }), values.end());
    if (values.empty())
        return {};
    std::sort(values.begin(), values.end());
    const double lo = values.front(), hi = values.back();
    std::vector<double> breaks{lo};
    switch (method) {
    case BreakMethod::Quantiles:
        for (int i = 1; i < classes; ++i)
            breaks.push_back(quantile(values, double(i) / classes));
        break;
    case BreakMethod::EqualIntervals:
        for (int i = 1; i < classes; ++i)
            breaks.push_back(lo + (hi - lo) * i / classes);
        break;
    case BreakMethod::Jenks: {
        const std::vector<double> upper = jenksUpperBounds(values, classes);
        for (size_t i = 0; i + 1 < upper.size(); ++i)
            breaks.push_back(upper[i]);
        break;
    }
    }
    breaks.push_back(hi);
    breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
    if (breaks.size() == 1) // one distinct value: one class [v, v]
        breaks.push_back(hi);
    return breaks;
}

int classOf(const std::vector<double> &breaks, double value)
{
    if (breaks.size() < 2)
        return -1;
    const int classes = int(breaks.size()) - 1;
    for (int i = 0; i < classes; ++i)
        if (value <= breaks[size_t(i) + 1])
            return i;
    return classes - 1;
}

} // namespace odema::geo
