#include "indicators/Targets.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace odema {

std::optional<double> Target::valueAt(int y) const
{
    if (kind == QLatin1String("level"))
        return (year == 0 || y <= year) ? value : std::nullopt;
    if (kind != QLatin1String("trajectory") || points.isEmpty())
        return std::nullopt;
    if (y < points.first().first || y > points.last().first)
        return std::nullopt;
    for (int i = 0; i + 1 < points.size(); ++i) {
        const auto &a = points.at(i), &b = points.at(i + 1);
        if (y >= a.first && y <= b.first)
            return a.second + (b.second - a.second) * double(y - a.first) / double(b.first - a.first);
    }
    return points.last().second;
}

Targets Targets::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OdemaError(QCoreApplication::translate("Targets", "Impossible de lire le fichier des objectifs %1.").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        throw OdemaError(QCoreApplication::translate("Targets", "Fichier des objectifs %1 illisible : %2.").arg(path, error.errorString()));
    Targets targets;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("targets")).toArray()) {
        const QJsonObject o = v.toObject();
        Target t;
        t.id = o.value(QStringLiteral("id")).toString();
        t.scope = o.value(QStringLiteral("scope")).toString();
        t.label = o.value(QStringLiteral("label")).toString();
        t.unit = o.value(QStringLiteral("unit")).toString();
        t.kind = o.value(QStringLiteral("kind")).toString();
        if (o.contains(QStringLiteral("value")))
            t.value = o.value(QStringLiteral("value")).toDouble();
        t.year = o.value(QStringLiteral("due_year")).toInt(o.value(QStringLiteral("year")).toInt());
        t.indicator = o.value(QStringLiteral("indicator")).toString();
        t.direction = o.value(QStringLiteral("direction")).toString();
        if (o.contains(QStringLiteral("reference_value")))
            t.referenceValue = o.value(QStringLiteral("reference_value")).toDouble();
        t.territory = o.value(QStringLiteral("territory")).toString();
        t.note = o.value(QStringLiteral("note")).toString();
        t.missing = o.value(QStringLiteral("missing")).toString();
        t.referenceYear = o.value(QStringLiteral("reference_year")).toInt();
        for (const QJsonValue &p : o.value(QStringLiteral("points")).toArray())
            t.points << qMakePair(p.toArray().at(0).toInt(), p.toArray().at(1).toDouble());
        std::sort(t.points.begin(), t.points.end());
        t.source = o.value(QStringLiteral("source")).toString();
        targets.m_targets << t;
    }
    return targets;
}

std::optional<Target> Targets::find(const QString &id) const
{
    for (const Target &t : m_targets)
        if (t.id == id)
            return t;
    return std::nullopt;
}

} // namespace odema
