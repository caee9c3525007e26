#include "indicators/ChartDataBuilder.h"

#include "common/OdemaError.h"
#include "indicators/ChartBuilderUtil.h"
#include "query/FlowFilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSet>
#include <algorithm>
#include <functional>

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Charts)
};
} // namespace

ChartRequest ChartRequest::fromFilter(ChartKind kind, const FlowFilter &filter)
{
    ChartRequest r;
    r.kind = kind;
    for (const TerritorySelection &t : filter.territories)
        r.territoryIds << t.territoryId;
    r.yearFrom = filter.yearFrom;
    r.yearTo = filter.yearTo;
    r.streamIds = filter.streamIds;
    r.modeIds = filter.modeIds;
    return r;
}

ChartDataBuilder::ChartDataBuilder(QSqlDatabase db)
    : m_db(db), m_indicators(db), m_resolver(db), m_targets(Targets::load())
{
}

QList<Measure> ChartDataBuilder::measuresFor(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Evolution: return {Measure::Tonnes, Measure::KgPerInhabitant};
    case ChartKind::Composition: return {Measure::Tonnes, Measure::Percent, Measure::KgPerInhabitant};
    case ChartKind::Traitement: return {Measure::Percent, Measure::Tonnes};
    case ChartKind::Comparaison:
    case ChartKind::Classement: return {Measure::KgPerInhabitant, Measure::Tonnes};
    case ChartKind::Trajectoire: return {Measure::Default};
    }
    return {};
}

void ChartDataBuilder::checkYears(const ChartRequest &r)
{
    if (r.yearFrom > 0 && r.yearTo > 0 && r.yearFrom > r.yearTo)
        throw OdemaError(Tr::tr("Période vide : l'année de début (%1) est après l'année de fin (%2).").arg(QString::number(r.yearFrom), QString::number(r.yearTo)));
}

TerritoryInfo ChartDataBuilder::mainTerritory(const ChartRequest &r) const
{
    if (r.territoryIds.isEmpty())
        throw OdemaError(Tr::tr("Choisissez un territoire pour tracer un graphique."));
    return m_resolver.byId(r.territoryIds.first());
}

ChartData ChartDataBuilder::build(const ChartRequest &request) const
{
    checkYears(request);
    ChartRequest r = request;
    if (r.measure == Measure::Default || (r.kind != ChartKind::Trajectoire && !measuresFor(r.kind).contains(r.measure))) {
        if (r.measure != Measure::Default)
            throw OdemaError(Tr::tr("La mesure « %1 » ne s'applique pas au graphique « %2 ».")
                                 .arg(measureKey(r.measure), chartKindLabel(r.kind)));
        r.measure = measuresFor(r.kind).first();
    }
    ChartData d = buildKind(r);
    if (d.isEmpty() && r.measure == Measure::KgPerInhabitant && r.kind != ChartKind::Trajectoire) {
        // Tonnes without inhabitants: say that the population is missing, and where to get it.
        ChartRequest tonnes = r;
        tonnes.measure = Measure::Tonnes;
        if (!buildKind(tonnes).isEmpty())
            d.emptyReason = Tr::tr("Pas de population pour %1 les années de ces tonnages : les kilogrammes par habitant ne "
                               "peuvent pas être calculés. Importez les estimations de population de l'INSEE par "
                               "département (estim-pop-dep-sexe-gca-1975-2023.xls ou sa version CSV) ou les populations "
                               "légales (donnees_communes.csv, donnees_departements.csv) de ces années.")
                                .arg(mainTerritory(r).name);
    }
    return d;
}

ChartData ChartDataBuilder::buildKind(const ChartRequest &r) const
{
    switch (r.kind) {
    case ChartKind::Evolution: return evolution(r);
    case ChartKind::Composition: return composition(r);
    case ChartKind::Traitement: return traitement(r);
    case ChartKind::Comparaison: return comparaison(r);
    case ChartKind::Classement: return classement(r);
    case ChartKind::Trajectoire: return trajectoire(r);
    }
    return {};
}

QHash<qint64, QMap<int, AggregateSlice>> ChartDataBuilder::byStream(const QList<qint64> &ids, FlowKind kind,
                                                                     const ChartRequest &r, int yearFrom, int yearTo) const
{
    AggregateRequest a;
    a.territoryIds = ids;
    a.kind = kind;
    a.yearFrom = yearFrom;
    a.yearTo = yearTo;
    a.streamIds = r.streamIds;
    if (kind == FlowKind::Traitement)
        a.modeIds = r.modeIds; // collecte rows have no mode: a mode filter would empty them
    a.breakdown = Breakdown::Stream;
    return m_indicators.aggregate(a);
}

QMap<int, QStringList> ChartDataBuilder::incompleteYears(const QMap<int, AggregateSlice> &years) const
{
    const CategoryCatalog &cat = m_indicators.catalog();
    QMap<int, QSet<qint64>> channels;
    QSet<qint64> all;
    for (auto it = years.begin(); it != years.end(); ++it)
        for (auto s = it.value().gramsByCategory.begin(); s != it.value().gramsByCategory.end(); ++s) {
            const Category *c = cat.stream(s.key());
            if (c && c->channelId != 0 && s.value() > 0) {
                channels[it.key()].insert(c->channelId);
                all.insert(c->channelId);
            }
        }
    QMap<int, QStringList> out;
    for (auto it = years.begin(); it != years.end(); ++it) {
        QList<qint64> missing = (all - channels.value(it.key())).values();
        std::sort(missing.begin(), missing.end());
        for (qint64 ch : missing)
            out[it.key()] << cat.channelLabel(ch);
    }
    return out;
}

QString ChartDataBuilder::incompleteNote(const QMap<int, QStringList> &incomplete) const
{
    QStringList parts;
    for (auto it = incomplete.begin(); it != incomplete.end(); ++it)
        parts << Tr::tr("%1 (manquent : %2)").arg(QString::number(it.key()), it.value().join(QStringLiteral(", ")));
    if (parts.isEmpty())
        return QString();
    return Tr::tr("Collecte incomplète, total non tracé pour %1.").arg(parts.join(QStringLiteral(" ; ")));
}

QString ChartDataBuilder::scopePhrase(const QHash<qint64, QMap<int, AggregateSlice>> &data, FlowKind kind) const
{
    QSet<QString> families;
    for (const auto &years : data)
        for (const AggregateSlice &slice : years)
            for (auto it = slice.gramsByCategory.begin(); it != slice.gramsByCategory.end(); ++it)
                if (const Category *c = m_indicators.catalog().stream(it.key()))
                    families.insert(c->group);
    if (families.size() == 1 && families.contains(QStringLiteral("decheterie")))
        return kind == FlowKind::Collecte ? Tr::tr("collectés en déchèterie") : Tr::tr("de déchèterie");
    if (families.size() == 1 && families.contains(QStringLiteral("oma")))
        return Tr::tr("ménagers et assimilés (OMA)");
    if (families.size() == 1 && families.contains(QStringLiteral("dma")))
        return Tr::tr("ménagers et assimilés (DMA)");
    return kind == FlowKind::Collecte ? Tr::tr("collectés") : Tr::tr("traités");
}

QString ChartDataBuilder::sourceLine(FlowKind kind, bool withPopulation) const
{
    const FlowAggregate::Vintage v = m_indicators.coverage().vintages.value(int(kind));
    QString line = Tr::tr("Source : ADEME, SINOE® – traitement Odema");
    if (v.firstYear > 0) {
        const QDate imported = QDate::fromString(v.importedAt, Qt::ISODate);
        line += Tr::tr(" ; données %1–%2, importées le %3").arg(QString::number(v.firstYear), QString::number(v.lastYear),
                         imported.isValid() ? imported.toString(QStringLiteral("dd/MM/yyyy")) : v.importedAt);
    }
    if (withPopulation)
        line += Tr::tr(" ; population : INSEE");
    return line + QLatin1Char('.');
}

QString ChartDataBuilder::subtitle(const TerritoryInfo &t, int yearFrom, int yearTo, Measure m) const
{
    const QString years = yearFrom == yearTo ? QString::number(yearFrom) : QStringLiteral("%1–%2").arg(QString::number(yearFrom), QString::number(yearTo));
    QString unit;
    switch (m) {
    case Measure::Tonnes: unit = Tr::tr("en tonnes"); break;
    case Measure::KgPerInhabitant: unit = Tr::tr("en kg par habitant"); break;
    case Measure::Percent: unit = Tr::tr("en % du total"); break;
    case Measure::Default: break;
    }
    if (unit.isEmpty())
        return Tr::tr("%1 (%2), %3").arg(t.name, levelInText(t.level), years);
    return Tr::tr("%1 (%2), %3, %4").arg(t.name, levelInText(t.level), years, unit);
}

QString ChartDataBuilder::stem(const ChartRequest &r, const TerritoryInfo &t, int yearFrom, int yearTo) const
{
    const QString years = yearFrom == yearTo ? QString::number(yearFrom) : QStringLiteral("%1-%2").arg(QString::number(yearFrom), QString::number(yearTo));
    QString code = t.code;
    code.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));
    return QStringLiteral("%1-%2_%3_%4").arg(levelKey(t.level), code, chartKindKey(r.kind), years);
}

void ChartDataBuilder::nameByYears(ChartData &d, const ChartRequest &r, const TerritoryInfo &main, const QList<int> &years) const
{
    // The years shown, or the ones asked for when none has data.
    d.subtitle = years.isEmpty() ? main.name : subtitle(main, years.first(), years.last(), r.measure);
    d.fileStem = stem(r, main, years.isEmpty() ? r.yearFrom : years.first(), years.isEmpty() ? r.yearTo : years.last());
}

void ChartDataBuilder::finish(ChartData &d, Measure m) const
{
    d.measure = m;
    switch (m) {
    case Measure::KgPerInhabitant:
        d.unit = QStringLiteral("kg/hab");
        d.valueAxisTitle = Tr::tr("Kilogrammes par habitant (kg/hab)");
        d.decimals = 2;
        break;
    case Measure::Percent:
        d.unit = QStringLiteral("%");
        d.valueAxisTitle = Tr::tr("Part (%)");
        d.decimals = 1;
        break;
    default:
        d.unit = QStringLiteral("t");
        d.valueAxisTitle = Tr::tr("Tonnes (t)");
        d.decimals = 2;
        break;
    }
    d.notes.removeAll(QString());
}

using chartutil::territoryColour;

namespace {
std::optional<double> measured(double tonnes, Measure m, const QMap<int, PopulationUsed> &pop, int year)
{
    return chartutil::measured(tonnes, m == Measure::KgPerInhabitant, pop, year);
}

/// Stacked bars by year: one series per category in catalogue order, a gap where a year lacks
/// it, categories absent from every year left out. Shares are of the year's total; other
/// measures go through `value(tonnes, year)`.
QList<ChartSeries> stackedByYear(const QList<Category> &categories, const QMap<int, AggregateSlice> &slices,
                                 const QList<int> &years, Measure measure,
                                 const std::function<std::optional<double>(double, int)> &value)
{
    QList<ChartSeries> series;
    for (const Category &c : categories) {
        ChartSeries s;
        s.name = c.label;
        s.colour = c.colour;
        bool any = false;
        for (int y : years) {
            const AggregateSlice slice = slices.value(y);
            if (!slice.has(c.id)) {
                s.values << std::nullopt;
                continue;
            }
            any = true;
            const double tonnes = slice.tonnes(c.id);
            s.values << (measure == Measure::Percent ? std::optional<double>(tonnes * 100.0 / slice.totalTonnes()) : value(tonnes, y));
        }
        if (any)
            series << s;
    }
    return series;
}
} // namespace

ChartData ChartDataBuilder::evolutionByStream(const ChartRequest &r) const
{
    // Bands by stream for one territory. Only complete years: a band cannot show a gap, and a
    // year missing a whole file would draw a fall that did not happen.
    const TerritoryInfo main = mainTerritory(r);
    const auto data = byStream({main.id}, FlowKind::Collecte, r, r.yearFrom, r.yearTo);
    const auto slices = data.value(main.id);
    const auto pop = populationsUsed(m_db, {main.id}, r.yearFrom, r.yearTo).value(main.id);
    const auto incomplete = incompleteYears(slices);
    QList<int> years;
    for (int y : slices.keys())
        if (!incomplete.contains(y) && (r.measure != Measure::KgPerInhabitant || pop.contains(y)))
            years << y;
    ChartData d;
    d.kind = r.kind;
    d.shape = ChartShape::StackedAreas;
    d.categoriesAreYears = true;
    for (int y : years)
        d.categories << QString::number(y);
    for (const Category &c : m_indicators.catalog().streams()) {
        ChartSeries s;
        s.name = c.label;
        s.colour = c.colour;
        bool any = false;
        for (int y : years) {
            const double t = slices[y].tonnes(c.id);
            any = any || slices[y].has(c.id);
            s.values << measured(t, r.measure, pop, y);
        }
        if (any)
            d.series << s;
    }
    const QString scope = scopePhrase(data, FlowKind::Collecte);
    d.title = r.measure == Measure::KgPerInhabitant ? Tr::tr("Déchets %1 par habitant, par flux").arg(scope)
                                                     : Tr::tr("Évolution des déchets %1 par flux").arg(scope);
    nameByYears(d, r, main, years);
    d.notes << incompleteNote(incomplete);
    d.sourceLine = sourceLine(FlowKind::Collecte, r.measure == Measure::KgPerInhabitant);
    d.fileStem += QStringLiteral("_flux");
    finish(d, r.measure);
    return d;
}

ChartData ChartDataBuilder::evolution(const ChartRequest &r) const
{
    if (r.byStream && r.territoryIds.size() == 1)
        return evolutionByStream(r);
    const TerritoryInfo main = mainTerritory(r);
    const auto data = byStream(r.territoryIds, FlowKind::Collecte, r, r.yearFrom, r.yearTo);
    const auto pops = populationsUsed(m_db, r.territoryIds, r.yearFrom, r.yearTo);
    QList<int> years;
    for (const auto &y : data)
        for (int year : y.keys())
            if (!years.contains(year))
                years << year;
    std::sort(years.begin(), years.end());

    ChartData d;
    d.kind = r.kind;
    d.shape = ChartShape::Lines;
    d.categoriesAreYears = true;
    for (int y : years)
        d.categories << QString::number(y);
    QMap<int, QStringList> skipped;
    for (int i = 0; i < r.territoryIds.size(); ++i) {
        const qint64 id = r.territoryIds.at(i);
        ChartSeries s;
        s.name = m_resolver.byId(id).name;
        s.colour = territoryColour(i);
        const auto slices = data.value(id);
        const auto incomplete = incompleteYears(slices);
        for (auto it = incomplete.begin(); it != incomplete.end(); ++it)
            skipped[it.key()] = it.value();
        for (int y : years) {
            auto it = slices.find(y);
            if (it == slices.end() || incomplete.contains(y))
                s.values << std::nullopt;
            else
                s.values << measured(it.value().totalTonnes(), r.measure, pops.value(id), y);
        }
        d.series << s;
    }
    // Years no territory could show (all incomplete) leave the axis; the note says why.
    for (int i = int(d.categories.size()) - 1; i >= 0; --i)
        if (std::none_of(d.series.begin(), d.series.end(), [i](const ChartSeries &s) { return s.values.at(i).has_value(); })) {
            d.categories.removeAt(i);
            for (ChartSeries &s : d.series)
                s.values.removeAt(i);
        }
    const QString scope = scopePhrase(data, FlowKind::Collecte);
    d.title = r.measure == Measure::KgPerInhabitant ? Tr::tr("Déchets %1 par habitant").arg(scope)
                                                     : Tr::tr("Évolution des déchets %1").arg(scope);
    nameByYears(d, r, main, years);
    if (r.territoryIds.size() > 1 && !d.categories.isEmpty()) {
        QStringList names;
        for (const ChartSeries &s : d.series)
            names << s.name;
        const QString unit = r.measure == Measure::KgPerInhabitant ? Tr::tr("en kg par habitant") : Tr::tr("en tonnes");
        d.subtitle = Tr::tr("%1, %2–%3, %4").arg(names.join(QStringLiteral(", ")), d.categories.first(), d.categories.last(), unit);
    }
    d.notes << incompleteNote(skipped);
    d.sourceLine = sourceLine(FlowKind::Collecte, r.measure == Measure::KgPerInhabitant);
    finish(d, r.measure);
    return d;
}

ChartData ChartDataBuilder::composition(const ChartRequest &r) const
{
    const TerritoryInfo main = mainTerritory(r);
    const auto data = byStream({main.id}, FlowKind::Collecte, r, r.yearFrom, r.yearTo);
    const auto slices = data.value(main.id);
    const auto pop = populationsUsed(m_db, {main.id}, r.yearFrom, r.yearTo).value(main.id);
    const QList<int> years = slices.keys();

    ChartData d;
    d.kind = r.kind;
    d.shape = ChartShape::StackedBars;
    d.categoriesAreYears = true;
    for (int y : years)
        d.categories << QString::number(y);
    d.series = stackedByYear(m_indicators.catalog().streams(), slices, years, r.measure,
                             [&](double tonnes, int y) { return measured(tonnes, r.measure, pop, y); });
    const auto incomplete = incompleteYears(slices);
    QStringList parts;
    for (auto it = incomplete.begin(); it != incomplete.end(); ++it)
        parts << Tr::tr("%1 (manquent : %2)").arg(QString::number(it.key()), it.value().join(QStringLiteral(", ")));
    if (!parts.isEmpty())
        d.notes << Tr::tr("Collecte incomplète en %1.").arg(parts.join(QStringLiteral(" ; ")));
    d.title = Tr::tr("Composition des déchets %1 par flux").arg(scopePhrase(data, FlowKind::Collecte));
    nameByYears(d, r, main, years);
    d.sourceLine = sourceLine(FlowKind::Collecte, r.measure == Measure::KgPerInhabitant);
    finish(d, r.measure);
    return d;
}

ChartData ChartDataBuilder::traitement(const ChartRequest &r) const
{
    const TerritoryInfo main = mainTerritory(r);
    AggregateRequest a;
    a.territoryIds = {main.id};
    a.kind = FlowKind::Traitement;
    a.yearFrom = r.yearFrom;
    a.yearTo = r.yearTo;
    a.streamIds = r.streamIds;
    a.modeIds = r.modeIds;
    a.breakdown = Breakdown::Mode;
    auto slices = m_indicators.aggregate(a).value(main.id);
    const QString scope = scopePhrase(byStream({main.id}, FlowKind::Traitement, r, r.yearFrom, r.yearTo),
                                      FlowKind::Traitement);
    ChartData d;
    d.kind = r.kind;
    d.title = Tr::tr("Modes de traitement des déchets %1").arg(scope);
    d.sourceLine = sourceLine(FlowKind::Traitement, false);
    QList<int> years = slices.keys();
    if (r.donut && !years.isEmpty()) {
        const int year = r.year > 0 ? r.year : years.last();
        const AggregateSlice slice = slices.value(year);
        d.shape = ChartShape::Donut;
        ChartSeries s;
        s.name = Tr::tr("Modes de traitement");
        for (const Category &c : m_indicators.catalog().modes()) {
            const double tonnes = slice.tonnes(c.id);
            if (!slice.has(c.id) || tonnes <= 0)
                continue;
            d.categories << c.label;
            d.categoryColours << c.colour;
            s.values << (r.measure == Measure::Percent ? tonnes * 100.0 / slice.totalTonnes() : tonnes);
        }
        d.series << s;
        years = {year};
    } else {
        d.shape = ChartShape::StackedBars;
        d.categoriesAreYears = true;
        for (int y : years)
            d.categories << QString::number(y);
        d.series = stackedByYear(m_indicators.catalog().modes(), slices, years, r.measure,
                                 [](double tonnes, int) { return std::optional<double>(tonnes); });
    }
    nameByYears(d, r, main, years);
    if (r.donut)
        d.fileStem += QStringLiteral("_anneau");
    finish(d, r.measure);
    return d;
}

} // namespace odema
