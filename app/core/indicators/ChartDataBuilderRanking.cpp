// ChartDataBuilder, the kinds that compare territories or a territory with a target:
// comparaison, classement, trajectoire.
#include "indicators/ChartBuilderUtil.h"
#include "indicators/ChartDataBuilder.h"
#include "indicators/IndicatorEvaluator.h"
#include "store/SqlUtil.h"

#include "common/FrenchFormat.h"
#include "common/OdemaError.h"

#include <QCoreApplication>
#include <algorithm>
#include <numeric>

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Charts)
};
} // namespace

int ChartDataBuilder::latestCompleteYear(const QMap<int, AggregateSlice> &years, FlowKind kind) const
{
    if (years.isEmpty())
        return 0;
    if (kind == FlowKind::Collecte) {
        const auto incomplete = incompleteYears(years);
        for (auto it = years.end(); it != years.begin();) {
            --it;
            if (!incomplete.contains(it.key()))
                return it.key();
        }
    }
    return years.lastKey();
}

ChartData ChartDataBuilder::comparaison(const ChartRequest &r) const
{
    const TerritoryInfo main = mainTerritory(r);
    const bool perHab = r.measure == Measure::KgPerInhabitant;
    ChartData d;
    d.kind = r.kind;
    d.shape = ChartShape::GroupedBars;
    d.sourceLine = sourceLine(FlowKind::Collecte, perHab);

    if (r.territoryIds.size() == 1) {
        // The territory against its parents, year by year.
        QList<TerritoryInfo> chain{main};
        chain << m_resolver.ancestors(main.id);
        QList<qint64> ids;
        for (const TerritoryInfo &t : chain)
            ids << t.id;
        const auto data = byStream(ids, FlowKind::Collecte, r, r.yearFrom, r.yearTo);
        const auto pops = populationsUsed(m_db, ids, r.yearFrom, r.yearTo);
        const auto mainYears = data.value(main.id);
        const auto incomplete = incompleteYears(mainYears);
        QList<int> years;
        for (int y : mainYears.keys())
            if (!incomplete.contains(y))
                years << y;
        for (int y : years)
            d.categories << QString::number(y);
        d.categoriesAreYears = true;
        for (int i = 0; i < chain.size(); ++i) {
            ChartSeries s;
            s.name = chain.at(i).name;
            s.colour = chartutil::territoryColour(i);
            const auto slices = data.value(chain.at(i).id);
            const auto gaps = incompleteYears(slices);
            for (int y : years) {
                auto it = slices.find(y);
                s.values << ((it == slices.end() || gaps.contains(y))
                                 ? std::nullopt
                                 : chartutil::measured(it.value().totalTonnes(), perHab, pops.value(chain.at(i).id), y));
            }
            if (std::any_of(s.values.begin(), s.values.end(), [](const auto &v) { return v.has_value(); }))
                d.series << s;
        }
        d.notes << incompleteNote(incomplete);
        d.title = perHab ? Tr::tr("Déchets %1 par habitant : %2 et ses territoires parents")
                               .arg(scopePhrase(data, FlowKind::Collecte), main.name)
                         : Tr::tr("Déchets %1 : %2 et ses territoires parents").arg(scopePhrase(data, FlowKind::Collecte), main.name);
        d.subtitle = years.isEmpty() ? main.name : subtitle(main, years.first(), years.last(), r.measure);
        d.fileStem = stem(r, main, years.isEmpty() ? r.yearFrom : years.first(), years.isEmpty() ? r.yearTo : years.last());
    } else {
        // Several territories side by side for one year.
        // A year asked for: the data set is chosen among those holding that year.
        const auto data = byStream(r.territoryIds, FlowKind::Collecte, r, r.year > 0 ? r.year : r.yearFrom, r.year > 0 ? r.year : r.yearTo);
        const int year = r.year > 0 ? r.year : latestCompleteYear(data.value(main.id), FlowKind::Collecte);
        const auto pops = populationsUsed(m_db, r.territoryIds, year, year);
        ChartSeries s;
        s.name = QString::number(year);
        s.colour = chartutil::territoryColour(0);
        for (qint64 id : r.territoryIds) {
            d.categories << m_resolver.byId(id).name;
            const auto years = data.value(id); // a copy: an iterator into a temporary dangles
            auto it = years.find(year);
            s.values << (it == years.end() ? std::nullopt
                                                    : chartutil::measured(it.value().totalTonnes(), perHab, pops.value(id), year));
        }
        d.series << s;
        d.highlight = 0;
        d.title = perHab ? Tr::tr("Déchets %1 par habitant en %2").arg(scopePhrase(data, FlowKind::Collecte)).arg(year)
                         : Tr::tr("Déchets %1 en %2").arg(scopePhrase(data, FlowKind::Collecte)).arg(year);
        d.subtitle = Tr::tr("%1 ; %2 en évidence").arg(subtitle(main, year, year, r.measure).section(QStringLiteral(", "), 1),
                                                   main.name);
        d.fileStem = stem(r, main, year, year);
    }
    finish(d, r.measure);
    return d;
}

ChartData ChartDataBuilder::classement(const ChartRequest &r) const
{
    const TerritoryInfo main = mainTerritory(r);
    const bool perHab = r.measure == Measure::KgPerInhabitant;
    QList<TerritoryInfo> peers;
    const QList<TerritoryInfo> parents = m_resolver.ancestors(main.id);
    // Peers: the territories of the same level under the nearest parent of a higher level.
    const TerritoryInfo *parent = nullptr;
    for (const TerritoryInfo &p : parents)
        if (levelDepth(p.level) < levelDepth(main.level)) {
            parent = &p;
            break;
        }
    if (r.nationalRanking || !parent || parent->level == Level::France)
        peers = m_resolver.descendants(0, main.level);
    else
        peers = m_resolver.descendants(parent->id, main.level);
    if (!std::any_of(peers.begin(), peers.end(), [&](const TerritoryInfo &t) { return t.id == main.id; }))
        peers.prepend(main);
    QList<qint64> ids;
    for (const TerritoryInfo &t : peers)
        ids << t.id;

    const int year = r.year > 0 ? r.year
                                : latestCompleteYear(byStream({main.id}, FlowKind::Collecte, r, r.yearFrom, r.yearTo)
                                                         .value(main.id), FlowKind::Collecte);
    const auto data = byStream(ids, FlowKind::Collecte, r, year, year);
    const auto pops = populationsUsed(m_db, ids, year, year);
    struct Entry { TerritoryInfo t; double value; };
    QList<Entry> ranked;
    QStringList missing;
    for (const TerritoryInfo &t : peers) {
        const auto years = data.value(t.id); // a copy: an iterator into a temporary dangles
        auto it = years.find(year);
        const auto v = it == years.end() ? std::nullopt
                                                    : chartutil::measured(it.value().totalTonnes(), perHab, pops.value(t.id), year);
        if (v)
            ranked << Entry{t, *v};
        else
            missing << t.name;
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Entry &a, const Entry &b) { return a.value > b.value; });

    ChartData d;
    d.kind = r.kind;
    d.shape = ChartShape::HorizontalBars;
    ChartSeries s;
    s.name = QString::number(year);
    s.colour = QColor(QStringLiteral("#9DA9C8"));
    for (int i = 0; i < ranked.size(); ++i) {
        d.categories << ranked.at(i).t.name;
        s.values << ranked.at(i).value;
        if (ranked.at(i).t.id == main.id)
            d.highlight = i;
    }
    d.series << s;
    if (!missing.isEmpty())
        d.notes << Tr::tr("Sans données pour %1 : %2.").arg(QString::number(year), missing.join(QStringLiteral(", ")));
    if (year > 0) {
        const auto incomplete = incompleteYears(byStream({main.id}, FlowKind::Collecte, r, 0, 0).value(main.id));
        if (incomplete.contains(year))
            d.notes << Tr::tr("Collecte incomplète en %1 (manquent : %2).")
                           .arg(QString::number(year), incomplete.value(year).join(QStringLiteral(", ")));
    }
    const QString levelPlural = main.level == Level::Departement ? Tr::tr("départements")
                              : main.level == Level::Region      ? Tr::tr("régions")
                              : main.level == Level::Epci        ? Tr::tr("EPCI")
                              : main.level == Level::Syndicat    ? Tr::tr("syndicats")
                                                                 : Tr::tr("communes");
    const QString where = (r.nationalRanking || !parent || parent->level == Level::France) ? Tr::tr("France")
                                                                                          : parent->name;
    d.title = perHab ? Tr::tr("Déchets %1 par habitant : classement des %2").arg(scopePhrase(data, FlowKind::Collecte), levelPlural)
                     : Tr::tr("Déchets %1 : classement des %2").arg(scopePhrase(data, FlowKind::Collecte), levelPlural);
    d.subtitle = Tr::tr("%1, %2 ; %3 en évidence").arg(where, QString::number(year), main.name);
    d.sourceLine = sourceLine(FlowKind::Collecte, perHab);
    d.fileStem = stem(r, main, year, year) + (r.nationalRanking ? QStringLiteral("_france") : QString());
    finish(d, r.measure);
    return d;
}

ChartData ChartDataBuilder::trajectoire(const ChartRequest &r) const
{
    const TerritoryInfo main = mainTerritory(r);
    const QString targetId = r.targetId.isEmpty() ? QStringLiteral("valorisation_dma") : r.targetId;
    const auto target = m_targets.find(targetId);
    if (!target)
        throw OdemaError(Tr::tr("Objectif « %1 » absent de resources/targets.json.").arg(targetId));
    const bool valorisation = target->unit == QLatin1String("%") && targetId.contains(QLatin1String("valorisation"));
    const bool perHab = target->unit == QLatin1String("kg/hab");
    if (!valorisation && !perHab)
        throw OdemaError(Tr::tr("L'objectif « %1 » n'a pas encore de graphique de trajectoire (taux de valorisation et "
                            "DMA par habitant seulement).").arg(target->label));

    // The indicator the target is about, year by year, from the catalogue's definition (the
    // same figure the fact sheet and the `indicators` verb print), never a proxy.
    QMap<int, double> values;
    QStringList datasets;
    const IndicatorEvaluator evaluator(m_db);
    const IndicatorDefinition *definition = evaluator.catalog().find(target->indicator);
    if (definition) {
        QSqlQuery years = sql::exec(m_db, QStringLiteral(
            "SELECT DISTINCT year FROM flow UNION SELECT DISTINCT year FROM published_value ORDER BY 1"));
        while (years.next()) {
            const int y = years.value(0).toInt();
            if ((r.yearFrom > 0 && y < r.yearFrom) || (r.yearTo > 0 && y > r.yearTo))
                continue;
            const IndicatorValue v = evaluator.evaluate(*definition, main.id, y, storePopulationBasis(m_db));
            if (!v.value)
                continue;
            values[y] = *v.value;
            if (!datasets.contains(v.datasetLabel))
                datasets << v.datasetLabel;
        }
    }
    const QString scope = definition ? definition->displayLabel() : target->label;

    // Years: the data's and the target's, continuous so the target line is drawn whole.
    int first = values.isEmpty() ? 0 : values.firstKey();
    int last = values.isEmpty() ? 0 : values.lastKey();
    const int targetFirst = target->points.isEmpty() ? first : target->points.first().first;
    const int targetLast = target->points.isEmpty() ? target->year : target->points.last().first;
    ChartData d;
    d.kind = r.kind;
    d.shape = ChartShape::Lines;
    d.categoriesAreYears = true;
    if (!values.isEmpty()) {
        first = std::min(first, targetFirst > 0 ? targetFirst : first);
        last = std::max(last, targetLast);
        ChartSeries s;
        s.name = scope;
        s.colour = QColor(QStringLiteral("#25409A"));
        ChartTargetLine line;
        line.label = target->kind == QLatin1String("trajectory")
                         ? Tr::tr("Objectif : %1").arg(target->label)
                         : Tr::tr("Objectif : %1 en %2").arg(formatNumber(*target->value, 0) + QChar(0x202F) + target->unit).arg(target->year);
        for (int y = first; y <= last; ++y) {
            d.categories << QString::number(y);
            s.values << (values.contains(y) ? std::optional<double>(values.value(y)) : std::nullopt);
            line.values << target->valueAt(y);
        }
        d.series << s;
        d.target = line;
    }
    d.title = Tr::tr("%1 et objectif").arg(scope);
    d.subtitle = values.isEmpty() ? main.name : subtitle(main, values.firstKey(), values.lastKey(), Measure::Default);
    if (valorisation && target->scope == QLatin1String("region") && main.level != Level::Region)
        d.notes << Tr::tr("Objectif fixé pour la région, montré pour repère.");
    if (!datasets.isEmpty())
        d.notes << Tr::tr("Calculé à partir de : %1.").arg(datasets.join(QStringLiteral(" ; ")));
    else if (definition)
        d.emptyReason = evaluator.evaluate(*definition, main.id, r.yearTo > 0 ? r.yearTo : 2021, storePopulationBasis(m_db)).missing;
    d.sourceLine = sourceLine(valorisation ? FlowKind::Traitement : FlowKind::Collecte, perHab);
    d.sourceLine.chop(1);
    d.sourceLine += Tr::tr(" ; objectif : %1.").arg(target->source);
    d.fileStem = stem(r, main, first, last);
    finish(d, valorisation ? Measure::Percent : Measure::KgPerInhabitant);
    if (valorisation)
        d.valueAxisTitle = Tr::tr("Taux de valorisation (%)");
    return d;
}

} // namespace odema
