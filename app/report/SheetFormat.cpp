#include "report/SheetFormat.h"

#include "common/FrenchFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace odema::report {

QString formatValue(double value, const QString &unit, int decimals)
{
    if (unit == QLatin1String("%"))
        return formatPercent(value, decimals);
    return formatNumber(value, decimals) + QChar(0x00A0) + unit;
}

QString formatChange(double change, bool points)
{
    if (!points)
        return formatSignedPercent(change, 1);
    const QString body = formatNumber(std::abs(change), 1) + QChar(0x00A0) + QStringLiteral("pt");
    if (qRound(change * 10) == 0)
        return body;
    return (change > 0 ? QStringLiteral("+") : QString(QChar(0x2212))) + body;
}

QString figureValueText(const KeyFigure &f, int sheetYear)
{
    if (!f.value)
        return QString();
    const QString v = formatValue(*f.value, f.unit, f.decimals);
    return f.year == sheetYear ? v : QStringLiteral("%1 (%2)").arg(v, QString::number(f.year));
}

QString changeText(const std::optional<double> &change, int sinceYear, bool points)
{
    if (!change)
        return QStringLiteral("–");
    return QStringLiteral("%1 (%2)").arg(formatChange(*change, points)).arg(sinceYear);
}

QString frenchDate(const QString &iso)
{
    const QDateTime dt = QDateTime::fromString(iso, Qt::ISODate);
    if (dt.isValid())
        return dt.date().toString(QStringLiteral("dd/MM/yyyy"));
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}

QString missingText(const Availability &a)
{
    return QCoreApplication::translate("Report", "Données non disponibles : %1.").arg(a.reason);
}

QString headerLine(const SheetHeader &h)
{
    if (h.parents.isEmpty())
        return QCoreApplication::translate("Report", "%1 · données %2").arg(h.levelLabel, QString::number(h.year));
    return QCoreApplication::translate("Report", "%1 %2 · %3 · données %4")
        .arg(h.levelLabel, h.code, h.parents.join(QStringLiteral(", ")), QString::number(h.year));
}

} // namespace odema::report
