#include "geo/MapDataBuilder.h"

#include "common/Tonnage.h"

#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "common/TextKey.h"
#include "geo/Lambert93.h"
#include "geo/MapPalette.h"
#include "indicators/CategoryCatalog.h"
#include "store/SqlUtil.h"
#include "territory/TerritoryResolver.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>

namespace odema::geo {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Map)
};

QString levelPlural(Level level)
{
    switch (level) {
    case Level::France: return Tr::tr("France");
    case Level::Region: return Tr::tr("Régions");
    case Level::Departement: return Tr::tr("Départements");
    case Level::Epci: return Tr::tr("EPCI");
    case Level::Syndicat: return Tr::tr("Syndicats");
    case Level::Commune: return Tr::tr("Communes");
    }
    return QString();
}

QString measureTitle(MapMeasure m)
{
    switch (m) {
    case MapMeasure::Tonnes: return Tr::tr("Tonnages");
    case MapMeasure::KgPerInhabitant: return Tr::tr("Quantité par habitant");
    case MapMeasure::Share: return Tr::tr("Part dans le total");
    case MapMeasure::Population: return Tr::tr("Population");
    }
    return QString();
}

/// The same inside a sentence ("Évolution 2019–2021 : tonnages"), translated whole.
QString measureInText(MapMeasure m)
{
    switch (m) {
    case MapMeasure::Tonnes: return Tr::tr("tonnages");
    case MapMeasure::KgPerInhabitant: return Tr::tr("quantité par habitant");
    case MapMeasure::Share: return Tr::tr("part dans le total");
    case MapMeasure::Population: return Tr::tr("population");
    }
    return QString();
}

/// Decimals of legend bounds: enough to tell classes apart, no more.
int legendDecimals(const MapData &d)
{
    const double span = d.breaks.empty() ? 0 : d.breaks.back() - d.breaks.front();
    if (d.request.measure == MapMeasure::Population || (span >= 1000 && d.request.compareYear == 0))
        return 0;
    return span >= 100 ? 0 : 1;
}

} // namespace

QString mapMeasureKey(MapMeasure m)
{
    switch (m) {
    case MapMeasure::Tonnes: return QStringLiteral("tonnes");
    case MapMeasure::KgPerInhabitant: return QStringLiteral("kg_hab");
    case MapMeasure::Share: return QStringLiteral("part");
    case MapMeasure::Population: return QStringLiteral("population");
    }
    return QString();
}

std::optional<MapMeasure> mapMeasureFromKey(const QString &key)
{
    for (MapMeasure m : {MapMeasure::Tonnes, MapMeasure::KgPerInhabitant, MapMeasure::Share, MapMeasure::Population})
        if (mapMeasureKey(m) == key.toLower())
            return m;
    if (key == QLatin1String("share") || key == QLatin1String("percent"))
        return MapMeasure::Share;
    return std::nullopt;
}

QString mapMeasureUnit(MapMeasure m)
{
    switch (m) {
    case MapMeasure::Tonnes: return QStringLiteral("t");
    case MapMeasure::KgPerInhabitant: return QStringLiteral("kg/hab");
    case MapMeasure::Share: return QStringLiteral("%");
    case MapMeasure::Population: return Tr::tr("hab.");
    }
    return QString();
}

QString MapData::formatValue(const std::optional<double> &value) const
{
    if (!value)
        return Tr::tr("Données non disponibles");
    if (request.compareYear != 0) {
        const QString number = formatNumber(std::abs(*value), decimals);
        const QString sign = *value > 0 ? QStringLiteral("+") : *value < 0 ? QStringLiteral("\u2212") : QString();
        return QStringLiteral("%1%2\u00a0%3").arg(sign, number, unit);
    }
    return QStringLiteral("%1\u00a0%2").arg(formatNumber(*value, decimals), unit);
}

const MapFeature *MapData::feature(qint64 territoryId) const
{
    for (const MapFeature &f : features)
        if (f.territory.territoryId == territoryId && territoryId != 0)
            return &f;
    return nullptr;
}

MapDataBuilder::MapDataBuilder(QSqlDatabase db) : m_db(std::move(db)) {}

const FlowAggregate::Coverage &MapDataBuilder::coverage() const
{
    // One scan of the flow table, redone only when an import or removal changed the store.
    const QString stamp = FlowAggregate(m_db).dataStamp();
    if (stamp != m_coverageStamp) {
        m_coverage = FlowAggregate(m_db).coverage();
        m_coverageStamp = stamp;
    }
    return m_coverage;
}

MapGeometry MapDataBuilder::loadGeometry(Level level, qint64 withinId) const
{
    return BoundaryStore(m_db).load(level, withinId);
}

MapData MapDataBuilder::build(const MapRequest &request) const
{
    return build(request, loadGeometry(request.level, request.withinId));
}

namespace {
/// The ids `statement` finds for each code (bound to its two placeholders), in order and once
/// each; a code that finds none is refused with `unknown(code)`.
QList<qint64> idsFromCodes(const QSqlDatabase &db, const QString &statement, const QStringList &codes,
                           const std::function<QString(const QString &)> &unknown)
{
    QList<qint64> ids;
    for (const QString &raw : codes) {
        const QString code = raw.trimmed();
        if (code.isEmpty())
            continue;
        QSqlQuery q = sql::exec(db, statement, {code, code});
        bool found = false;
        while (q.next()) {
            found = true;
            if (!ids.contains(q.value(0).toLongLong()))
                ids << q.value(0).toLongLong();
        }
        if (!found)
            throw OdemaError(unknown(code));
    }
    return ids;
}
} // namespace

QList<qint64> MapDataBuilder::streamIdsFromCodes(const QStringList &codes) const
{
    return idsFromCodes(m_db, QStringLiteral(
        "SELECT id FROM waste_stream WHERE upper(code) = upper(?) "
        "UNION SELECT s.id FROM waste_stream s JOIN channel c ON c.id = s.channel_id WHERE upper(c.code) = upper(?)"),
        codes, [](const QString &code) {
            return Tr::tr("Flux inconnu : « %1 » (code de flux comme 02A, ou de filière : OMR, CS, DECH).").arg(code);
        });
}

QList<qint64> MapDataBuilder::modeIdsFromCodes(const QStringList &codes) const
{
    return idsFromCodes(m_db, QStringLiteral("SELECT id FROM treatment_mode WHERE upper(code) = upper(?) OR lower(grp) = lower(?)"),
                        codes, [](const QString &code) {
                            return Tr::tr("Mode de traitement inconnu : « %1 » (code comme 02A, ou groupe : valorisation, stockage…).")
                                .arg(code);
                        });
}

QHash<qint64, double> MapDataBuilder::values(const MapRequest &r, const QList<qint64> &ids, int year) const
{
    QHash<qint64, double> out;
    if (r.measure == MapMeasure::Population) {
        const auto pops = populationsUsed(m_db, ids, year, year);
        for (auto it = pops.cbegin(); it != pops.cend(); ++it)
            if (it.value().contains(year))
                out.insert(it.key(), double(it.value().value(year).population));
        return out;
    }
    AggregateRequest a;
    a.territoryIds = ids;
    a.kind = r.kind();
    a.yearFrom = a.yearTo = year;
    a.streamIds = r.streamIds;
    a.modeIds = r.modeIds;
    const FlowAggregate aggregate(m_db);
    const auto tonnes = aggregate.run(a);
    if (r.measure == MapMeasure::Share) {
        // The whole of the same kind: every mode of the selected streams, or every stream.
        AggregateRequest whole = a;
        if (!r.modeIds.isEmpty())
            whole.modeIds.clear();
        else
            whole.streamIds.clear();
        // The whole of the part's own data set, not of the one the catalogue prefers.
        for (const auto &years : tonnes)
            for (const AggregateSlice &slice : years)
                if (slice.datasetId != 0 && whole.datasetIds.isEmpty())
                    whole.datasetIds << slice.datasetId;
        const auto all = aggregate.run(whole);
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            const double total = it.value().value(year).totalTonnes();
            if (total > 0)
                out.insert(it.key(), tonnes.value(it.key()).value(year).totalTonnes() * 100.0 / total);
        }
        return out;
    }
    const auto pops = r.measure == MapMeasure::KgPerInhabitant ? populationsUsed(m_db, ids, year, year)
                                                               : QHash<qint64, QMap<int, PopulationUsed>>();
    for (auto it = tonnes.cbegin(); it != tonnes.cend(); ++it) {
        if (!it.value().contains(year))
            continue;
        const double t = it.value().value(year).totalTonnes();
        if (r.measure == MapMeasure::Tonnes) {
            out.insert(it.key(), t);
        } else {
            const auto pop = pops.value(it.key());
            if (pop.contains(year) && pop.value(year).population > 0) // no population: no kg/hab, never zero
                out.insert(it.key(), t * 1000.0 / double(pop.value(year).population));
        }
    }
    return out;
}

int MapDataBuilder::latestYear(const MapRequest &r, const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return 0;
    const QString marks = sql::placeholders(ids.size());
    QVariantList values;
    sql::appendIds(values, ids);
    if (r.measure == MapMeasure::Population)
        return sql::scalar(m_db, QStringLiteral("SELECT max(year) FROM population_used WHERE territory_id IN (%1)")
                                     .arg(marks), values).toInt();
    values << flowKindKey(r.kind());
    return sql::scalar(m_db, QStringLiteral(
        "SELECT max(f.year) FROM territory_closure c JOIN flow f ON f.territory_id = c.descendant_id "
        "WHERE c.ancestor_id IN (%1) AND f.kind = ?").arg(marks), values).toInt();
}

QString MapDataBuilder::scopeLabel(const MapRequest &r) const
{
    if (r.measure == MapMeasure::Population)
        return QString();
    const CategoryCatalog catalog(m_db);
    QStringList labels;
    const QList<qint64> &ids = r.modeIds.isEmpty() ? r.streamIds : r.modeIds;
    // A whole collection channel reads better by its name than as the list of its streams.
    if (r.modeIds.isEmpty() && !ids.isEmpty()) {
        QSet<qint64> channels;
        for (qint64 id : ids)
            if (const Category *c = catalog.stream(id))
                channels.insert(c->channelId);
        if (channels.size() == 1 && *channels.begin() != 0) {
            int inChannel = 0;
            for (const Category &c : catalog.streams())
                inChannel += c.channelId == *channels.begin() ? 1 : 0;
            if (inChannel == ids.size())
                return catalog.channelLabel(*channels.begin());
        }
    }
    for (qint64 id : ids)
        if (const Category *c = r.modeIds.isEmpty() ? catalog.stream(id) : catalog.mode(id))
            labels << c->label;
    if (labels.isEmpty())
        return r.kind() == FlowKind::Collecte ? Tr::tr("tous flux collectés") : Tr::tr("tous déchets traités");
    if (labels.size() > 3)
        return Tr::tr("%n flux", nullptr, int(labels.size()));
    return labels.join(QStringLiteral(", "));
}

QList<LandfillMark> MapDataBuilder::landfills(const MapRequest &r, int year) const
{
    QList<LandfillMark> marks;
    // Sites of the map's perimeter: those whose département lies within it.
    QSqlQuery q = sql::exec(m_db, QStringLiteral(
        "SELECT s.id, s.aiot, s.name, s.lon, s.lat, y.grams, y.capacity_grams, "
        "  (SELECT sum(capacity_grams) FROM landfill_year z WHERE z.site_id = s.id AND z.year > ?), "
        "  (SELECT max(year) FROM landfill_year z WHERE z.site_id = s.id AND z.capacity_grams > 0) "
        "FROM landfill_site s LEFT JOIN landfill_year y ON y.site_id = s.id AND y.year = ? "
        "WHERE s.lon IS NOT NULL AND s.lat IS NOT NULL AND (? = 0 OR EXISTS ("
        "  SELECT 1 FROM territory d JOIN territory_closure c ON c.descendant_id = d.id "
        "  WHERE d.level = 'departement' AND d.code = s.departement AND c.ancestor_id = ?)) "
        "ORDER BY s.name"), {year, year, r.withinId, r.withinId});
    const Lambert93 projection;
    while (q.next()) {
        if (q.value(5).isNull() && q.value(6).isNull())
            continue; // no figure for that year: the site was closed or not yet open
        LandfillMark m;
        m.aiot = q.value(1).toString();
        m.name = q.value(2).toString();
        const QPointF p = projection.project(q.value(3).toDouble(), q.value(4).toDouble());
        m.at = QPointF(p.x(), -p.y());
        if (!q.value(5).isNull())
            m.tonnes = tonnesFromGrams(q.value(5).toLongLong());
        if (!q.value(6).isNull())
            m.capacity = tonnesFromGrams(q.value(6).toLongLong());
        m.remainingCapacity = tonnesFromGrams(q.value(7).toLongLong());
        m.permitEndYear = q.value(8).toInt();
        marks << m;
    }
    return marks;
}

MapData MapDataBuilder::build(const MapRequest &r, const MapGeometry &geometry) const
{
    if (r.classes < kMinClasses || r.classes > kMaxClasses)
        throw OdemaError(Tr::tr("Nombre de classes %1 hors limites : choisissez entre %2 et %3.")
                             .arg(QString::number(r.classes), QString::number(kMinClasses), QString::number(kMaxClasses)));
    if (r.measure == MapMeasure::Share && r.streamIds.isEmpty() && r.modeIds.isEmpty())
        throw OdemaError(Tr::tr("La part se calcule pour un flux ou un mode de traitement : choisissez-en un (--stream ou --mode)."));
    MapData d;
    d.request = r;
    QList<qint64> ids;
    for (const MapTerritory &t : geometry.territories)
        if (t.territoryId != 0)
            ids << t.territoryId;
    d.year = r.year > 0 ? r.year : latestYear(r, ids);
    if (r.compareYear != 0 && r.compareYear == d.year)
        throw OdemaError(Tr::tr("L'évolution compare deux années différentes (%1 demandée deux fois).").arg(d.year));

    QHash<qint64, double> values = this->values(r, ids, d.year);
    if (r.compareYear != 0) {
        const QHash<qint64, double> before = this->values(r, ids, r.compareYear);
        QHash<qint64, double> change;
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            if (!before.contains(it.key()))
                continue;
            // Shares change in points; amounts in % of the earlier year.
            if (r.measure == MapMeasure::Share)
                change.insert(it.key(), it.value() - before.value(it.key()));
            else if (before.value(it.key()) > 0)
                change.insert(it.key(), (it.value() - before.value(it.key())) * 100.0 / before.value(it.key()));
        }
        values = change;
    }

    std::vector<double> all;
    for (double v : std::as_const(values))
        all.push_back(v);
    d.breaks = computeBreaks(all, r.classes, r.method);
    // A change map must not put falls and rises in one class: zero is always a bound.
    if (r.compareYear != 0 && d.breaks.size() >= 2 && d.breaks.front() < 0 && d.breaks.back() > 0
        && std::find(d.breaks.begin(), d.breaks.end(), 0.0) == d.breaks.end())
        d.breaks.insert(std::upper_bound(d.breaks.begin(), d.breaks.end(), 0.0), 0.0);
    d.colours = r.compareYear != 0 ? divergingPalette(d.breaks) : sequentialPalette(int(d.breaks.size()) - 1);
    d.bounds = geometry.bounds;
    for (const MapTerritory &t : geometry.territories) {
        MapFeature f;
        f.territory = t;
        if (t.territoryId != 0 && values.contains(t.territoryId)) {
            f.value = values.value(t.territoryId);
            f.classIndex = classOf(d.breaks, *f.value);
        } else {
            ++d.noDataCount;
        }
        d.features << f;
    }

    d.unit = r.compareYear == 0 ? mapMeasureUnit(r.measure) : (r.measure == MapMeasure::Share ? Tr::tr("pts") : QStringLiteral("%"));
    d.decimals = r.compareYear != 0 ? 1 : r.measure == MapMeasure::Population ? 0 : r.measure == MapMeasure::Share ? 1 : 2;
    d.legendTitle = r.compareYear != 0 ? Tr::tr("Évolution %1–%2 (%3)").arg(QString::number(r.compareYear), QString::number(d.year), d.unit)
                                       : Tr::tr("%1 (%2)").arg(measureTitle(r.measure), d.unit);
    const int ld = legendDecimals(d);
    for (size_t i = 0; i + 1 < d.breaks.size(); ++i) {
        const auto bound = [&](double v) {
            const QString n = formatNumber(std::abs(v), ld);
            return v < 0 && std::abs(v) >= std::pow(10.0, -ld) / 2 ? QStringLiteral("\u2212") + n : n;
        };
        d.legendLabels << QStringLiteral("%1 \u2013 %2").arg(bound(d.breaks[i]), bound(d.breaks[i + 1]));
    }

    const TerritoryResolver resolver(m_db);
    const QString within = r.withinId ? resolver.byId(r.withinId).name : Tr::tr("France");
    const QString scope = scopeLabel(r);
    const QString measure = measureTitle(r.measure);
    if (r.compareYear != 0)
        d.title = scope.isEmpty() ? Tr::tr("Évolution %1–%2 : %3").arg(QString::number(r.compareYear), QString::number(d.year), measureInText(r.measure))
                                  : Tr::tr("Évolution %1–%2 : %3, %4").arg(QString::number(r.compareYear), QString::number(d.year), measureInText(r.measure), scope);
    else
        d.title = scope.isEmpty() ? Tr::tr("%1 en %2").arg(measure, QString::number(d.year)) : Tr::tr("%1 en %2 : %3").arg(measure, QString::number(d.year), scope);
    d.subtitle = d.colours.isEmpty() ? Tr::tr("%1 · %2").arg(levelPlural(r.level), within)
                                     : Tr::tr("%1 · %2 · %3 en %n classes", nullptr, int(d.colours.size()))
                                           .arg(levelPlural(r.level), within, breakMethodLabel(r.method));

    const FlowAggregate::Vintage v = r.measure == MapMeasure::Population ? FlowAggregate::Vintage()
                                                                        : coverage().vintages.value(int(r.kind()));
    QString source = r.measure == MapMeasure::Population ? Tr::tr("Source : INSEE") : Tr::tr("Source : ADEME, SINOE® – traitement Odema");
    if (r.measure != MapMeasure::Population && !v.importedAt.isEmpty())
        source += Tr::tr(" (importé le %1)").arg(QDate::fromString(v.importedAt, Qt::ISODate).toString(QStringLiteral("dd/MM/yyyy")));
    if (r.measure == MapMeasure::KgPerInhabitant)
        source += Tr::tr(" ; population : INSEE");
    if (r.landfills)
        source += Tr::tr(" ; ISDND : Odema");
    source += Tr::tr(" ; contours : IGN Admin Express (%1).").arg(geometry.sourceName);
    d.sourceLine = source;

    if (!geometry.unmapped.isEmpty())
        d.notes << Tr::tr("%n contour(s) sans commune actuelle (hachuré(s)) : %1", nullptr, int(geometry.unmapped.size()))
                       .arg(geometry.unmapped.join(QStringLiteral(", ")));
    if (!geometry.withoutOutline.isEmpty())
        d.notes << Tr::tr("%n territoire(s) sans contour, absent(s) de la carte : %1", nullptr, int(geometry.withoutOutline.size()))
                       .arg(geometry.withoutOutline.join(QStringLiteral(", ")));
    // Every stream of a year that lacks a whole collection channel other years have (2021:
    // déchèteries only) would read as a fall: say what the year covers.
    if (r.measure != MapMeasure::Population && r.streamIds.isEmpty() && r.modeIds.isEmpty() && !ids.isEmpty()) {
        const QString marks = sql::placeholders(ids.size());
        QVariantList values{flowKindKey(r.kind())};
        sql::appendIds(values, ids);
        QSqlQuery q = sql::exec(m_db, QStringLiteral(
            "SELECT ch.label, max(CASE WHEN f.year = ? THEN 1 ELSE 0 END) FROM territory_closure c "
            "JOIN flow f ON f.territory_id = c.descendant_id JOIN waste_stream s ON s.id = f.stream_id "
            "JOIN channel ch ON ch.id = s.channel_id WHERE f.kind = ? AND c.ancestor_id IN (%1) GROUP BY ch.id ORDER BY ch.sort_order")
            .arg(marks), QVariantList{d.year} + values);
        QStringList present, missing;
        while (q.next())
            (q.value(1).toInt() ? present : missing) << q.value(0).toString();
        if (!missing.isEmpty() && !present.isEmpty())
            d.notes << Tr::tr("En %1, les données ne couvrent que : %2 (pas de données %3 cette année-là) ; "
                          "comparez avec prudence aux autres années.").arg(QString::number(d.year), present.join(QStringLiteral(", ")),
                                                                                   missing.join(QStringLiteral(", ")));
    }
    if (r.landfills)
        d.landfills = landfills(r, d.year);
    d.fileStem = QStringLiteral("%1_%2_%3_%4").arg(levelKey(r.level),
                                                  r.withinId ? resolver.byId(r.withinId).ref().toString().replace(QLatin1Char(':'), QLatin1Char('-'))
                                                             : QStringLiteral("france"),
                                                  mapMeasureKey(r.measure),
                                                  r.compareYear ? QStringLiteral("%1-%2").arg(QString::number(r.compareYear), QString::number(d.year))
                                                                : QString::number(d.year));
    return d;
}

} // namespace odema::geo
