#include "quality/QualityFormat.h"

#include "common/Tonnage.h"
#include "export/TableWriter.h"
#include "quality/QualityCheck.h"

#include <QJsonArray>

namespace odema {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

/// Exact tonnes when the side is in grams, otherwise the figure in its unit.
QString figure(const std::optional<qint64> &grams, const std::optional<double> &value)
{
    if (grams)
        return exactTonnesText(*grams);
    return value ? QString::number(*value, 'f', 6) : QString();
}

} // namespace

QJsonObject findingToJson(const QualityFinding &f)
{
    QJsonObject o{{QStringLiteral("key"), f.key()},
                  {QStringLiteral("kind"), f.kind},
                  {QStringLiteral("severity"), severityKey(f.severity)},
                  {QStringLiteral("territory"), f.territoryRef},
                  {QStringLiteral("territory_name"), f.territoryName},
                  {QStringLiteral("year"), f.year},
                  {QStringLiteral("previous_year"), f.previousYear ? QJsonValue(f.previousYear) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("stream"), f.stream},
                  {QStringLiteral("datasets"), QJsonArray::fromStringList(f.datasets)},
                  {QStringLiteral("left_label"), f.leftLabel},
                  {QStringLiteral("right_label"), f.rightLabel},
                  {QStringLiteral("left"), number(f.left)},
                  {QStringLiteral("right"), number(f.right)},
                  {QStringLiteral("unit"), f.unit},
                  {QStringLiteral("difference"), number(f.difference)},
                  {QStringLiteral("difference_percent"), number(f.differencePercent)},
                  {QStringLiteral("files"), QJsonArray::fromStringList(f.files)},
                  {QStringLiteral("sentence"), f.sentence}};
    if (f.leftGrams)
        o.insert(QStringLiteral("left_exact_t"), exactTonnesText(*f.leftGrams));
    if (f.rightGrams)
        o.insert(QStringLiteral("right_exact_t"), exactTonnesText(*f.rightGrams));
    if (const auto d = f.differenceGrams())
        o.insert(QStringLiteral("difference_exact_t"), exactTonnesText(*d));
    return o;
}

QString findingsCsvHeader()
{
    return QStringLiteral("severity,kind,territory,territory_name,year,previous_year,stream,datasets,left_label,left,right_label,right,"
                          "unit,difference,difference_percent,files,sentence,key\n");
}

QString findingToCsvLine(const QualityFinding &f)
{
    const auto d = f.differenceGrams();
    const QStringList cells{severityKey(f.severity), f.kind, f.territoryRef, f.territoryName, QString::number(f.year),
                            f.previousYear ? QString::number(f.previousYear) : QString(), f.stream, f.datasets.join(QLatin1Char(' ')),
                            f.leftLabel, figure(f.leftGrams, f.left), f.rightLabel, figure(f.rightGrams, f.right), f.unit,
                            d ? exactTonnesText(*d) : figure(std::nullopt, f.difference),
                            f.differencePercent ? QString::number(*f.differencePercent, 'f', 4) : QString(),
                            f.files.join(QLatin1Char(' ')), f.sentence, f.key()};
    QStringList fields;
    for (const QString &c : cells)
        fields << csvText(c, QLatin1Char(','));
    return fields.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString findingToText(const QualityFinding &f)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\n").arg(severityLabel(f.severity), f.territoryRef, QString::number(f.year), qualityKindLabel(f.kind), f.sentence);
}

} // namespace odema
