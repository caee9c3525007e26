#include "import/NumberParser.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <charconv>
#include <cmath>

namespace odema {

namespace {
bool isGroupSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// True when every group after the first has exactly three digits: "1.240.294" but not "1.24".
bool groupsOfThree(const char *digits, int length, char separator)
{
    int run = 0;
    bool first = true;
    for (int i = 0; i < length; ++i) {
        if (digits[i] == separator) {
            if ((first && (run == 0 || run > 3)) || (!first && run != 3))
                return false;
            first = false;
            run = 0;
        } else {
            ++run;
        }
    }
    return first || run == 3;
}
} // namespace

/// Either separator may be the decimal one; its count and the groups decide.
static std::optional<QByteArray> normaliseEither(QStringView text)
{
    // Copy to ASCII, dropping spaces used as group separators; anything else non-ASCII fails.
    char buffer[64];
    int length = 0;
    int commas = 0, dots = 0, lastComma = -1, lastDot = -1;
    for (QChar c : text.trimmed()) {
        if (isGroupSpace(c))
            continue;
        const ushort u = c.unicode();
        if (u > 127 || length >= int(sizeof buffer) - 1)
            return std::nullopt;
        if (u == ',') {
            ++commas;
            lastComma = length;
        } else if (u == '.') {
            ++dots;
            lastDot = length;
        } else if (!((u >= '0' && u <= '9') || u == '-' || u == '+' || u == 'e' || u == 'E')) {
            return std::nullopt;
        }
        buffer[length++] = char(u);
    }
    if (length == 0)
        return std::nullopt;

    char clean[64];
    int n = 0;
    char decimal = 0, group = 0;
    if (commas && dots) {
        decimal = lastComma > lastDot ? ',' : '.';
        group = decimal == ',' ? '.' : ',';
        if ((decimal == ',' ? commas : dots) != 1)
            return std::nullopt;
    } else if (commas == 1) {
        decimal = ',';
    } else if (dots == 1) {
        decimal = '.';
    } else if (commas > 1 || dots > 1) {
        group = commas ? ',' : '.';
    }
    if (group) {
        const int end = decimal ? (decimal == ',' ? lastComma : lastDot) : length;
        if (!groupsOfThree(buffer + (buffer[0] == '-' || buffer[0] == '+'), end - (buffer[0] == '-' || buffer[0] == '+'), group))
            return std::nullopt;
    }
    for (int i = 0; i < length; ++i) {
        const char c = buffer[i];
        if (c == group)
            continue;
        clean[n++] = c == decimal ? '.' : c;
    }
    const char *begin = clean + (clean[0] == '+' ? 1 : 0);
    // Only what from_chars accepts as a whole: a sign, digits, one point, an exponent.
    double value = 0;
    const auto result = std::from_chars(begin, clean + n, value);
    if (result.ec != std::errc() || result.ptr != clean + n || !std::isfinite(value))
        return std::nullopt;
    return QByteArray(begin, int(clean + n - begin));
}

std::optional<double> parseNumber(QStringView text)
{
    const auto normalised = normaliseEither(text);
    if (!normalised)
        return std::nullopt;
    double value = 0;
    std::from_chars(normalised->constData(), normalised->constData() + normalised->size(), value);
    return value;
}

std::optional<int> parseYear(QStringView text)
{
    const auto value = parseNumber(text);
    if (!value || *value != std::floor(*value) || *value < 1900 || *value > 2100)
        return std::nullopt;
    return int(*value);
}

std::optional<qint64> parseCount(QStringView text)
{
    const auto value = parseNumber(text);
    if (!value || *value != std::floor(*value) || *value < 0 || *value > 1e12)
        return std::nullopt;
    return qint64(*value);
}

} // namespace odema

namespace odema {

std::optional<double> parseNumber(QStringView text, QChar decimal)
{
    const auto normalised = normaliseNumber(text, decimal);
    if (!normalised)
        return std::nullopt;
    double value = 0;
    std::from_chars(normalised->constData(), normalised->constData() + normalised->size(), value);
    return value;
}

std::optional<QByteArray> normaliseNumber(QStringView text, QChar decimal)
{
    if (decimal.isNull())
        return normaliseEither(text);
    // The other separator may only group thousands: "1.234.567,8" with ',' but not "10.25".
    const QChar group = decimal == QLatin1Char(',') ? QLatin1Char('.') : QLatin1Char(',');
    const QStringView t = text.trimmed();
    if (t.count(decimal) > 1)
        return std::nullopt;
    const qsizetype decimalAt = t.indexOf(decimal);
    const QStringView integer = decimalAt < 0 ? t : t.left(decimalAt);
    if (integer.contains(group)) {
        const QList<QStringView> groups = integer.split(group);
        for (qsizetype i = 1; i < groups.size(); ++i)
            if (groups.at(i).size() != 3)
                return std::nullopt;
        if (groups.first().isEmpty())
            return std::nullopt;
    }
    if (decimalAt >= 0 && t.mid(decimalAt + 1).contains(group))
        return std::nullopt;
    QString normalised;
    normalised.reserve(t.size());
    for (QChar c : t) {
        if (c == group)
            continue;
        normalised += c == decimal ? QLatin1Char('.') : c;
    }
    return normaliseEither(normalised);
}

} // namespace odema
