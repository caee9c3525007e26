#pragma once
// Reads the numbers real files contain: "1358,45", "282.71938", "1 240 294,00" (with spaces,
// U+00A0 or U+202F between thousands), "1.240.294,00", "2010.0".
#include <QByteArray>
#include <QStringView>
#include <optional>

namespace odema {

std::optional<double> parseNumber(QStringView text);
/// A year: "2021", "2021.0", " 2021 "; between 1900 and 2100.
std::optional<int> parseYear(QStringView text);
/// A whole count (population): "5991088", "5 991 088", "5991088.0".
std::optional<qint64> parseCount(QStringView text);

} // namespace odema

namespace odema {
/// A number read with a decimal separator the user chose (',' or '.'): the other one is then a
/// thousands separator ("1.234" is 1234 with ','). A null `decimal` reads both, as parseNumber.
std::optional<double> parseNumber(QStringView text, QChar decimal);
/// The same number as plain ASCII for exact arithmetic: an optional '-', digits, at most one '.',
/// an optional exponent ("1 240 294,00" -> "1240294.00"); nullopt where parseNumber fails.
std::optional<QByteArray> normaliseNumber(QStringView text, QChar decimal = QChar());
} // namespace odema
