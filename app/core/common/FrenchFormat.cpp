#include "common/FrenchFormat.h"

#include <QLocale>
#include <cmath>

namespace odema {
namespace {
const QChar kNarrowNbsp(0x202F);
const QChar kNbsp(0x00A0);

QString withNarrowGroups(QString s)
{
    // QLocale's French group separator depends on the CLDR version (U+00A0 or U+202F):
    // normalise to U+202F so output is the same on every machine.
    s.replace(kNbsp, kNarrowNbsp);
    s.replace(QLatin1Char(' '), kNarrowNbsp);
    return s;
}
} // namespace

QString formatNumber(double value, int decimals)
{
    static const QLocale fr(QLocale::French, QLocale::France);
    if (std::isnan(value))
        return QString();
    if (value == 0.0)
        value = 0.0; // avoid "-0,00"
    QString s = withNarrowGroups(fr.toString(value, 'f', decimals));
    if (s.startsWith(QLatin1Char('-')))
        s.replace(0, 1, QChar(0x2212));
    return s;
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
    return formatNumber(double(value), 0);
}

QString formatSignedPercent(double percent, int decimals)
{
    const QString body = formatPercent(std::fabs(percent), decimals);
    if (std::round(percent * std::pow(10, decimals)) == 0)
        return body;
    return (percent > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + body;
}

} // namespace odema
