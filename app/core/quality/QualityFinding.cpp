#include "quality/QualityFinding.h"

#include <QCoreApplication>

namespace odema {

QString severityKey(QualitySeverity s)
{
    switch (s) {
    case QualitySeverity::Info: return QStringLiteral("info");
    case QualitySeverity::Warning: return QStringLiteral("warning");
    case QualitySeverity::Error: return QStringLiteral("error");
    }
    return QString();
}

QString severityLabel(QualitySeverity s)
{
    switch (s) {
    case QualitySeverity::Info: return QCoreApplication::translate("Quality", "information");
    case QualitySeverity::Warning: return QCoreApplication::translate("Quality", "avertissement");
    case QualitySeverity::Error: return QCoreApplication::translate("Quality", "erreur");
    }
    return QString();
}

std::optional<QualitySeverity> severityFromKey(const QString &key)
{
    for (QualitySeverity s : {QualitySeverity::Info, QualitySeverity::Warning, QualitySeverity::Error})
        if (severityKey(s) == key)
            return s;
    return std::nullopt;
}

QString QualityFinding::key() const
{
    return QStringList{kind, datasets.join(QLatin1Char('+')), territoryRef, QString::number(year), QString::number(previousYear), stream}
        .join(QLatin1Char('|'));
}

std::optional<qint64> QualityFinding::differenceGrams() const
{
    if (!leftGrams || !rightGrams)
        return std::nullopt;
    return *rightGrams - *leftGrams;
}

QualitySeverity worstSeverity(const QList<QualityFinding> &findings)
{
    QualitySeverity worst = QualitySeverity::Info;
    for (const QualityFinding &f : findings)
        worst = std::max(worst, f.severity);
    return worst;
}

} // namespace odema
