#pragma once
// Class breaks of a choropleth: quantiles, equal intervals or Jenks natural breaks, 3 to 9
// classes. Breaks are the k+1 bounds b0 = min … bk = max; class i holds values in
// (b_i, b_{i+1}], the first class also its lower bound. Equal bounds (many equal values) are
// merged, so fewer classes than asked may come back; never an empty class from quantiles.
#include <QString>
#include <optional>
#include <vector>

namespace odema::geo {

enum class BreakMethod { Quantiles, EqualIntervals, Jenks };
QString breakMethodKey(BreakMethod method);   ///< "quantiles", "equal", "jenks"
QString breakMethodLabel(BreakMethod method); ///< "Quantiles", "Intervalles égaux", "Seuils naturels (Jenks)"
std::optional<BreakMethod> breakMethodFromKey(const QString &key);

constexpr int kMinClasses = 3;
constexpr int kMaxClasses = 9;

/// Throws OdemaError when classes is outside 3–9. Empty values give no breaks.
std::vector<double> computeBreaks(std::vector<double> values, int classes, BreakMethod method);
/// Index of the class of `value` for these breaks (0-based), -1 when there are no breaks.
int classOf(const std::vector<double> &breaks, double value);

/// Quantile by linear interpolation between order statistics (R type 7, what spreadsheets
/// call PERCENTILE): position p·(n−1) in the sorted values.
double quantile(const std::vector<double> &sorted, double p);
/// Fisher–Jenks optimal partition of sorted values into `classes` groups minimising the sum
/// of squared deviations; returns the upper bound of each class (exact, O(k·n²)).
std::vector<double> jenksUpperBounds(const std::vector<double> &sorted, int classes);

} // namespace odema::geo
