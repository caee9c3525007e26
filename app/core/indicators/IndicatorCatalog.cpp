#include "indicators/IndicatorCatalog.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IndicatorCatalog)
};

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

IndicatorSource readSource(const QJsonObject &o, const QString &path, const QString &id)
{
    IndicatorSource s;
    s.horsGravats = o.value(QStringLiteral("gravats")).toString() == QLatin1String("hors");
    s.streams = strings(o.value(QStringLiteral("streams")));
    s.modes = strings(o.value(QStringLiteral("modes")));
    if (o.contains(QStringLiteral("published"))) {
        s.kind = IndicatorSource::Kind::Published;
        s.dataset = o.value(QStringLiteral("published")).toString();
        s.measure = o.value(QStringLiteral("measure")).toString(QStringLiteral("tonnage"));
    } else if (o.contains(QStringLiteral("dataset"))) {
        s.kind = IndicatorSource::Kind::Flows;
        s.dataset = o.value(QStringLiteral("dataset")).toString();
    } else if (o.contains(QStringLiteral("landfill"))) {
        s.kind = IndicatorSource::Kind::Landfill;
        s.dataset = o.value(QStringLiteral("landfill")).toString();
    } else if (o.contains(QStringLiteral("parts"))) {
        s.kind = IndicatorSource::Kind::Parts;
        for (const QJsonValue &p : o.value(QStringLiteral("parts")).toArray())
            s.parts << readSource(p.toObject(), path, id);
    } else {
        throw OdemaError(Tr::tr("%1 : l'indicateur « %2 » a une source sans « published », « dataset », « parts » ni « landfill ».")
                             .arg(path, id));
    }
    return s;
}

} // namespace

QStringList IndicatorSource::datasetCodes() const
{
    if (kind != Kind::Parts)
        return {dataset};
    QStringList out;
    for (const IndicatorSource &p : parts)
        out << p.datasetCodes();
    return out;
}

QString IndicatorDefinition::displayLabel() const
{
    return QCoreApplication::translate("Indicator", label.toUtf8().constData());
}

IndicatorCatalog IndicatorCatalog::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw OdemaError(Tr::tr("Impossible de lire le catalogue des indicateurs %1.").arg(path));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        throw OdemaError(Tr::tr("Catalogue des indicateurs %1 illisible (octet %2) : %3.")
                             .arg(path, QString::number(error.offset), error.errorString()));
    IndicatorCatalog catalog;
    for (const QJsonValue &v : doc.object().value(QStringLiteral("indicators")).toArray()) {
        const QJsonObject o = v.toObject();
        IndicatorDefinition d;
        d.id = o.value(QStringLiteral("id")).toString();
        d.kind = o.value(QStringLiteral("kind")).toString();
        d.unit = o.value(QStringLiteral("unit")).toString();
        d.label = o.value(QStringLiteral("label")).toString();
        d.gravats = o.value(QStringLiteral("gravats")).toString();
        const QJsonObject def = o.value(QStringLiteral("definition")).toObject();
        d.numerator = def.value(QStringLiteral("numerator")).toString();
        d.denominator = def.value(QStringLiteral("denominator")).toString();
        d.source = o.value(QStringLiteral("source")).toString();
        d.perInhabitantOf = o.value(QStringLiteral("per_inhabitant_of")).toString();
        d.evolutionOf = o.value(QStringLiteral("evolution_of")).toString();
        d.referenceYear = o.value(QStringLiteral("reference_year")).toInt();
        const QJsonObject published = o.value(QStringLiteral("published")).toObject();
        d.publishedDataSet = published.value(QStringLiteral("dataset")).toString();
        d.publishedMeasure = published.value(QStringLiteral("measure")).toString();
        d.publishedStream = published.value(QStringLiteral("stream")).toString();
        for (const QJsonValue &s : o.value(QStringLiteral("from")).toArray())
            d.from << readSource(s.toObject(), path, d.id);
        if (d.id.isEmpty() || d.label.isEmpty() || d.unit.isEmpty()
            || !QStringList{QStringLiteral("tonnage"), QStringLiteral("ratio"), QStringLiteral("share"), QStringLiteral("evolution")}.contains(d.kind))
            throw OdemaError(Tr::tr("%1 : entrée %2 du catalogue des indicateurs incomplète (id, kind, unit, label).")
                                 .arg(path, QString::number(catalog.m_items.size() + 1)));
        catalog.m_items << d;
    }
    // A ratio takes its tonnes' sources; an evolution needs the indicator it compares.
    for (IndicatorDefinition &d : catalog.m_items) {
        const QString base = d.kind == QLatin1String("ratio") ? d.perInhabitantOf : d.evolutionOf;
        if (base.isEmpty())
            continue;
        const IndicatorDefinition *of = catalog.find(base);
        if (!of || of == &d)
            throw OdemaError(Tr::tr("%1 : l'indicateur « %2 » se rapporte à « %3 », absent du catalogue.").arg(path, d.id, base));
        if (d.from.isEmpty())
            d.from = of->from;
    }
    return catalog;
}

const IndicatorDefinition *IndicatorCatalog::find(const QString &id) const
{
    for (const IndicatorDefinition &d : m_items)
        if (d.id == id)
            return &d;
    return nullptr;
}

QStringList IndicatorCatalog::ids() const
{
    QStringList out;
    for (const IndicatorDefinition &d : m_items)
        out << d.id;
    return out;
}

} // namespace odema
