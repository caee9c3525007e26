#include "common/FrenchFormat.h"

#include <QLocale>
#include <cmath>
#include <cstdlib>

namespace odema {
namespace {
const QChar kNarrowNbsp(0x202F);
const QChar kNbsp(0x00A0);
const QChar kMinus(0x2212);

bool hasNonZeroDigit(const QString &digits)
{
    for (QChar c : digits)
        if (c >= QLatin1Char('1') && c <= QLatin1Char('9'))
            return true;
    return false;
}

/// French text of a magnitude given as integer and fraction digits ("1234567", "50").
QString frenchDigits(bool negative, const QString &integer, const QString &fraction)
{
    QString out;
    const int n = int(integer.size());
    for (int i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += kNarrowNbsp;
        out += integer.at(i);
    }
    if (!fraction.isEmpty())
        out += QLatin1Char(',') + fraction;
    const bool zero = !hasNonZeroDigit(integer) && !hasNonZeroDigit(fraction);
    return (negative && !zero) ? kMinus + out : out; // never "−0,00"
}

/// Rounds the decimal text `digits` (no sign, optional '.') half away from zero to `decimals`.
QString roundDecimalText(bool negative, QString digits, int decimals)
{
    QString integer = digits.section(QLatin1Char('.'), 0, 0);
    QString fraction = digits.section(QLatin1Char('.'), 1);
    if (integer.isEmpty())
        integer = QStringLiteral("0");
    bool up = fraction.size() > decimals && fraction.at(decimals) >= QLatin1Char('5');
    fraction = fraction.left(decimals).leftJustified(decimals, QLatin1Char('0'));
    QString all = integer + fraction;
    for (int i = int(all.size()) - 1; up && i >= 0; --i) {
        if (all.at(i) == QLatin1Char('9')) {
            all[i] = QLatin1Char('0');
        } else {
            all[i] = QChar(all.at(i).unicode() + 1);
            up = false;
        }
    }
    if (up)
        all.prepend(QLatin1Char('1'));
    return frenchDigits(negative, all.left(all.size() - decimals), all.right(decimals));
}

/// The digits of |value| in fixed notation, as short as reads back to the same double.
QString shortestDigits(double value)
{
    return QString::number(std::fabs(value), 'f', QLocale::FloatingPointShortest);
}
} // namespace

QString formatNumber(double value, int decimals)
{
    if (std::isnan(value))
        return QString();
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("∞") : kMinus + QStringLiteral("∞");
    return roundDecimalText(std::signbit(value), shortestDigits(value), std::max(0, decimals));
}

QString formatQuotient(qint64 numerator, qint64 denominator, int decimals)
{
    if (denominator == 0)
        return QString();
    const bool negative = (numerator < 0) != (denominator < 0);
    __int128 num = numerator < 0 ? -__int128(numerator) : __int128(numerator);
    const __int128 den = denominator < 0 ? -__int128(denominator) : __int128(denominator);
    for (int i = 0; i < decimals; ++i)
        num *= 10;
    __int128 q = num / den;
    if ((num % den) * 2 >= den)
        ++q; // half away from zero, on the exact remainder
    QString text;
    do {
        text.prepend(QChar('0' + int(q % 10)));
        q /= 10;
    } while (q > 0);
    text = text.rightJustified(decimals + 1, QLatin1Char('0'));
    return frenchDigits(negative, text.left(text.size() - decimals), text.right(decimals));
}

QString formatTonnes(double tonnes)
{
    return formatNumber(tonnes, 2) + kNbsp + QLatin1Char('t');
}

QString formatKgPerInhabitant(double kgPerInhabitant)
{
    return formatNumber(kgPerInhabitant, 2) + kNbsp + QStringLiteral("kg/hab");
}

QString formatPercent(double percent, int decimals)
{
    return formatNumber(percent, decimals) + kNarrowNbsp + QLatin1Char('%');
}

QString formatInteger(qint64 value)
{
    return formatQuotient(value, 1, 0);
}

QString formatSigned(double value, int decimals, const QString &unit)
{
    const QString body = formatNumber(std::fabs(value), decimals);
    const QString withUnit = unit.isEmpty() ? body
                           : body + (unit == QLatin1String("%") ? kNarrowNbsp : kNbsp) + unit;
    if (!hasNonZeroDigit(body))
        return withUnit;
    return (value > 0 ? QStringLiteral("+") : QString(kMinus)) + withUnit;
}

QString formatSignedPercent(double percent, int decimals)
{
    return formatSigned(percent, decimals, QStringLiteral("%"));
}

} // namespace odema
