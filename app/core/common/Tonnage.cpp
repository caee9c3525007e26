#include "common/Tonnage.h"

#include "common/FrenchFormat.h"
#include "import/NumberParser.h"

#include <algorithm>
#include <cmath>

namespace odema {

namespace {

constexpr qint64 kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};

/// digits × 10^shift, exactly, rounding half away from zero when shift < 0; false on overflow.
bool scaleDigits(const QByteArray &digits, int shift, qint64 *out, bool *rounded)
{
    const int cut = int(digits.size()) + std::min(shift, 0); // digits [0, cut) are kept
    qint64 value = 0;
    for (int i = 0; i < cut; ++i) {
        if (value > (kMaxGrams - 9) / 10)
            return false;
        value = value * 10 + (digits.at(i) - '0');
    }
    if (shift < 0) {
        for (int i = std::max(cut, 0); i < digits.size(); ++i)
            *rounded = *rounded || digits.at(i) != '0';
        if (cut >= 0 && cut < digits.size() && digits.at(cut) >= '5')
            ++value;
    }
    for (int i = 0; i < shift; ++i) {
        if (value > kMaxGrams / 10)
            return false;
        value *= 10;
    }
    if (value > kMaxGrams)
        return false;
    *out = value;
    return true;
}

} // namespace

std::optional<ParsedGrams> gramsFromDecimal(const QByteArray &normalised, int scale)
{
    QByteArray text = normalised;
    bool negative = false;
    if (text.startsWith('-') || text.startsWith('+')) {
        negative = text.at(0) == '-';
        text.remove(0, 1);
    }
    int exponent = 0;
    const qsizetype e = text.indexOf('e') >= 0 ? text.indexOf('e') : text.indexOf('E');
    if (e >= 0) {
        bool ok = false;
        exponent = text.mid(e + 1).toInt(&ok);
        if (!ok || exponent > 30 || exponent < -30)
            return std::nullopt;
        text.truncate(e);
    }
    const qsizetype point = text.indexOf('.');
    QByteArray digits = text;
    int fraction = 0;
    if (point >= 0) {
        digits.remove(point, 1);
        fraction = int(text.size() - point - 1);
    }
    if (digits.isEmpty())
        return std::nullopt;
    for (char c : std::as_const(digits))
        if (c < '0' || c > '9')
            return std::nullopt;
    ParsedGrams parsed;
    if (!scaleDigits(digits, scale + exponent - fraction, &parsed.grams, &parsed.rounded))
        return std::nullopt;
    if (negative)
        parsed.grams = -parsed.grams;
    return parsed;
}

std::optional<ParsedGrams> parseTonnesAsGrams(QStringView text, QChar decimal)
{
    const auto normalised = normaliseNumber(text, decimal);
    if (!normalised)
        return std::nullopt;
    return gramsFromDecimal(*normalised);
}

qint64 gramsFromTonnes(double tonnes)
{
    return std::llround(tonnes * double(kGramsPerTonne));
}

qint64 roundGrams(qint64 grams, int decimals)
{
    decimals = std::clamp(decimals, 0, 6);
    const qint64 unit = kPow10[6 - decimals];
    const qint64 magnitude = grams < 0 ? -grams : grams;
    const qint64 rounded = (magnitude + unit / 2) / unit * unit;
    return grams < 0 ? -rounded : rounded;
}

QString exactTonnesText(qint64 grams)
{
    const qint64 magnitude = grams < 0 ? -grams : grams;
    QString text = QString::number(magnitude / kGramsPerTonne);
    QString fraction = QStringLiteral("%1").arg(magnitude % kGramsPerTonne, 6, 10, QLatin1Char('0'));
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    if (!fraction.isEmpty())
        text += QLatin1Char('.') + fraction;
    return grams < 0 ? QLatin1Char('-') + text : text;
}

QString formatGrams(qint64 grams, int decimals)
{
    decimals = std::clamp(decimals, 0, 6);
    const qint64 rounded = roundGrams(grams, decimals);
    const qint64 magnitude = rounded < 0 ? -rounded : rounded;
    // The whole tonnes are formatted as an integer (exact), the decimals are appended as digits.
    QString text = formatInteger(magnitude / kGramsPerTonne);
    if (decimals > 0)
        text += QLatin1Char(',') + QStringLiteral("%1").arg(magnitude % kGramsPerTonne, 6, 10, QLatin1Char('0')).left(decimals);
    return rounded < 0 ? QChar(0x2212) + text : text;
}

QString formatGramsAsTonnes(qint64 grams, int decimals)
{
    return formatGrams(grams, decimals) + QChar(0x00A0) + QLatin1Char('t');
}

} // namespace odema
