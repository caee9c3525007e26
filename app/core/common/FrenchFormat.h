#pragma once
// French number formatting used everywhere figures are shown: decimal comma and a narrow
// no-break space (U+202F) between thousands, as the French typographic rules ask.
#include <QString>
#include <optional>

namespace odema {

QString formatNumber(double value, int decimals);
QString formatTonnes(double tonnes);                 ///< "1 412 078,62 t"
QString formatKgPerInhabitant(double kgPerInhabitant); ///< "258,03 kg/hab"
QString formatPercent(double percent, int decimals = 1); ///< "58,3 %"
QString formatInteger(qint64 value);                 ///< "5 991 088"
/// Signed change: "+3,2 %" or "−1,5 %" (true minus sign).
QString formatSignedPercent(double percent, int decimals = 1);

} // namespace odema
