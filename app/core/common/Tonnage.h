#pragma once
// Exact tonnes. Tonnages are stored, summed and compared as integer grams (qint64): the real
// SINOE® files carry at most 5 decimals of a tonne (10 g), so every figure they print is held
// exactly and a sum of a million of them is exact too (a floating-point sum of France 2021's
// déchèteries gives 16 439 903,4999… t; the exact sum is 16 439 903,50 t). Figures finer than a
// gram are rounded to the gram, half away from zero, and the import says how many were.
// Convert to double only to divide (kg/hab, shares), and round only once, when displaying.
#include <QByteArray>
#include <QChar>
#include <QString>
#include <QStringView>
#include <optional>

namespace odema {

constexpr qint64 kGramsPerTonne = 1000000;
/// Largest tonnage accepted (a thousand billion tonnes): far beyond any real figure, far below
/// what 64-bit grams hold, so sums never overflow.
constexpr qint64 kMaxGrams = 1000000000000LL * kGramsPerTonne;

struct ParsedGrams {
    qint64 grams = 0;
    bool rounded = false; ///< the text had digits finer than a gram
};

/// Tonnes written in a file ("1358,45", "282.71938", "1 240 294,00", "1.5e3") as exact grams.
/// `decimal` as parseNumber (null: either separator). nullopt when the text is not a number or
/// is beyond kMaxGrams.
std::optional<ParsedGrams> parseTonnesAsGrams(QStringView text, QChar decimal = QChar());
/// The same from ASCII already normalised by normaliseNumber().
std::optional<ParsedGrams> gramsFromDecimal(const QByteArray &normalised, int scale = 6);

/// A tonnage given as a binary number (JSON): the nearest gram.
qint64 gramsFromTonnes(double tonnes);
/// For divisions and charts only: never sum these.
inline double tonnesFromGrams(qint64 grams) { return double(grams) / double(kGramsPerTonne); }

/// Rounds to `decimals` decimals of a tonne (0–6), half away from zero, in integers.
qint64 roundGrams(qint64 grams, int decimals);
/// Exact decimal text of the tonnes, as short as possible, point as separator:
/// 16439903500000 -> "16439903.5", 1000000 -> "1", -10 -> "-0.00001".
QString exactTonnesText(qint64 grams);
/// French figure rounded once, half away from zero: "16 439 903,50" (U+202F between thousands,
/// U+2212 for a minus).
QString formatGrams(qint64 grams, int decimals = 2);
/// The same with its unit: "16 439 903,50 t".
QString formatGramsAsTonnes(qint64 grams, int decimals = 2);

} // namespace odema
