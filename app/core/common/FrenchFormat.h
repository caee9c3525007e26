#pragma once
// French number formatting used everywhere figures are shown: decimal comma and a narrow
// no-break space (U+202F) between thousands, as the French typographic rules ask. Figures are
// rounded here and only here, once, half away from zero (2,675 -> 2,68 ; −0,125 -> −0,13).
#include <QString>
#include <optional>

namespace odema {

/// A double rounded half away from zero on its shortest decimal text (the digits that read back
/// as the same double: 2.675 is rounded as 2,675 and not as its binary neighbour 2,67499…).
QString formatNumber(double value, int decimals);
/// numerator / denominator rounded half away from zero in integer arithmetic: exact, whatever
/// the size (kg/hab from grams and inhabitants, shares from grams). denominator must not be 0.
QString formatQuotient(qint64 numerator, qint64 denominator, int decimals);
QString formatTonnes(double tonnes);                 ///< "1 412 078,62 t"
QString formatKgPerInhabitant(double kgPerInhabitant); ///< "258,03 kg/hab"
QString formatPercent(double percent, int decimals = 1); ///< "58,3 %"
QString formatInteger(qint64 value);                 ///< "5 991 088"
/// Signed change: "+3,2 %" or "−1,5 %" (true minus sign); no sign when it rounds to zero.
QString formatSignedPercent(double percent, int decimals = 1);
/// A signed number with its unit: "+4,2 pt", "−12 345 t"; no sign when it rounds to zero.
QString formatSigned(double value, int decimals, const QString &unit);

} // namespace odema
