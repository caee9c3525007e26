// FactSheetBuilder, second half: target positions, data table, sources, method notes, charts.
#include "report/FactSheetBuilder.h"

#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <cmath>

namespace odema::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/// Latest (year, value) up to `year`.
std::optional<std::pair<int, double>> latest(const YearValues &v, int year)
{
    auto it = v.upperBound(year);
    if (it == v.begin())
        return std::nullopt;
    --it;
    return std::make_pair(it.key(), it.value());
}

/// The survey year standing for a reference year that was not surveyed (2010 -> 2009).
std::optional<std::pair<int, double>> reference(const YearValues &v, int refYear)
{
    std::optional<std::pair<int, double>> best;
    for (auto it = v.begin(); it != v.end(); ++it)
        if (!best || std::abs(it.key() - refYear) < std::abs(best->first - refYear))
            best = std::make_pair(it.key(), it.value());
    return best;
}

QString referenceNote(int used, int asked)
{
    if (used == asked)
        return QString();
    return QCoreApplication::translate("Report", " (%1 n'étant pas une année d'enquête, %2 sert de référence)").arg(asked).arg(used);
}
} // namespace

QList<TargetPosition> FactSheetBuilder::targets(const SheetSeries &s, qint64 id, int year) const
{
    const Targets &all = m_charts.targets();
    QList<TargetPosition> out;
    bool inHdf = false; // the regional targets are those of Hauts-de-France
    for (const TerritoryInfo &a : m_resolver.ancestors(id))
        inHdf = inHdf || (a.level == Level::Region && a.code == QLatin1String("32"));
    const TerritoryInfo self = m_resolver.byId(id);
    inHdf = inHdf || (self.level == Level::Region && self.code == QLatin1String("32"));
    const QString regional = inHdf ? Tr::tr("l'objectif régional") : Tr::tr("l'objectif des Hauts-de-France, pris pour repère,");

    auto start = [&](const QString &targetId) {
        TargetPosition p;
        p.targetId = targetId;
        if (auto t = all.find(targetId)) {
            p.label = t->label;
            p.source = t->source;
        }
        return p;
    };

    if (auto t = all.find(QStringLiteral("valorisation_dma"))) {
        TargetPosition p = start(t->id);
        p.unit = QStringLiteral("%");
        if (auto v = latest(s.of(ind::Valorisation, id), year)) {
            p.year = v->first;
            p.value = v->second;
            p.targetValue = t->value;
            p.gap = v->second - t->value.value_or(0);
            p.reached = *p.gap >= 0;
            p.sentence = Tr::tr("En %1, %2 des déchets de déchèterie ont été valorisés (matière et organique) ; %3 est de %4 en %5.")
                .arg(p.year).arg(formatPercent(v->second), regional, formatPercent(t->value.value_or(0), 0)).arg(t->year);
        } else {
            p.availability = Availability::missing(Tr::tr("pas de destinations de traitement pour ce territoire jusqu'en %1").arg(year));
        }
        out << p;
    }
    if (auto t = all.find(QStringLiteral("dma_kg_hab_trajectoire"))) {
        TargetPosition p = start(t->id);
        p.unit = QStringLiteral("kg/hab");
        p.lowerIsBetter = true;
        const auto v = latest(s.of(ind::DmaKg, id), year);
        const auto goal = v ? t->valueAt(v->first) : std::nullopt;
        if (v && goal) {
            p.year = v->first;
            p.value = v->second;
            p.targetValue = goal;
            p.gap = v->second - *goal;
            p.reached = *p.gap <= 0;
            const auto &last = t->points.last();
            p.sentence = Tr::tr("En %1, les DMA atteignent %2 ; la trajectoire régionale prévoit %3 cette année-là et %4 en %5.")
                .arg(p.year).arg(formatKgPerInhabitant(v->second), formatKgPerInhabitant(*goal),
                                 formatKgPerInhabitant(last.second)).arg(last.first);
        } else {
            p.availability = Availability::missing(v ? Tr::tr("l'année %1 est hors de la trajectoire").arg(v->first)
                                                     : Tr::tr("pas de DMA par habitant (OMA et déchèteries la même année, population) jusqu'en %1").arg(year));
        }
        out << p;
    }
    // Reductions against a reference year: a change in % compared with the target's.
    struct Reduction { const char *id; QString series; const char *what; };
    const QList<Reduction> reductions{
        {"dma_kg_hab_national", ind::DmaKg, QT_TRANSLATE_NOOP("Report", "les DMA par habitant")},
        {"stockage_reduction", ind::StockageNonInerteT, QT_TRANSLATE_NOOP("Report", "les tonnages de déchèterie stockés hors inertes")},
    };
    for (const Reduction &r : reductions) {
        auto t = all.find(QLatin1String(r.id));
        if (!t)
            continue;
        TargetPosition p = start(t->id);
        p.unit = QStringLiteral("%");
        p.lowerIsBetter = true;
        const YearValues v = s.of(r.series, id);
        const auto now = latest(v, year);
        const auto ref = reference(v, t->referenceYear);
        if (now && ref && ref->first < now->first && ref->second > 0) {
            p.year = now->first;
            p.value = (now->second / ref->second - 1.0) * 100.0;
            p.targetValue = t->value;
            p.gap = *p.value - t->value.value_or(0);
            p.reached = *p.gap <= 0;
            p.sentence = Tr::tr("Entre %1 et %2, %3 ont évolué de %4 ; l'objectif national est de %5 en %6 par rapport à %7%8.")
                .arg(ref->first).arg(p.year).arg(Tr::tr(r.what), formatSignedPercent(*p.value),
                                                  formatSignedPercent(t->value.value_or(0), 0))
                .arg(t->year).arg(t->referenceYear).arg(referenceNote(ref->first, t->referenceYear));
        } else {
            p.availability = Availability::missing(Tr::tr("il faut deux années de données, dont une proche de %1").arg(t->referenceYear));
        }
        out << p;
    }
    return out;
}

DataTable FactSheetBuilder::table(const SheetSeries &s, qint64 id, int year) const
{
    DataTable t;
    const QList<std::pair<QString, QString>> columns{
        {ind::DechT, Tr::tr("Déchèterie (t)")}, {ind::DechKg, Tr::tr("Déchèterie (kg/hab)")}, {ind::OmaKg, Tr::tr("OMA (kg/hab)")},
        {ind::OmrKg, Tr::tr("OMR (kg/hab)")}, {ind::DmaKg, Tr::tr("DMA (kg/hab)")}, {ind::Valorisation, Tr::tr("Valorisation (%)")},
        {ind::Stockage, Tr::tr("Stockage (%)")},
    };
    QMap<int, bool> years;
    for (const auto &c : columns) {
        t.columns << c.second;
        t.decimals << (c.first == ind::DechT ? 0 : 1);
        const YearValues v = s.of(c.first, id);
        for (auto it = v.begin(); it != v.end() && it.key() <= year; ++it)
            years.insert(it.key(), true);
    }
    for (int y : years.keys()) {
        t.years << y;
        QList<std::optional<double>> row;
        for (const auto &c : columns)
            row << s.at(c.first, id, y);
        t.rows << row;
    }
    return t;
}

QList<SourceNote> FactSheetBuilder::sources(qint64 id) const
{
    QList<SourceNote> out;
    QSqlQuery q = sql::exec(m_db, QStringLiteral(
        "SELECT s.name, s.imported_at, f.kind, MIN(f.year), MAX(f.year) FROM territory_closure c "
        "JOIN flow f ON f.territory_id = c.descendant_id JOIN source_file s ON s.id = f.source_id "
        "WHERE c.ancestor_id = ? GROUP BY s.id, s.name, s.imported_at, f.kind ORDER BY f.kind, s.name"), {id});
    while (q.next()) {
        const QString what = q.value(2).toString() == QLatin1String("collecte") ? Tr::tr("tonnages collectés %1–%2")
                                                                                 : Tr::tr("destinations de traitement %1–%2");
        out << SourceNote{q.value(0).toString(), q.value(1).toString().left(10), what.arg(q.value(3).toInt()).arg(q.value(4).toInt())};
    }
    // Populations: the files of the populations used (the territory's or its départements').
    QSqlQuery p = sql::exec(m_db, QStringLiteral(
        "SELECT s.name, s.imported_at, MIN(p.year), MAX(p.year) FROM population_used u "
        "JOIN territory_closure c ON c.ancestor_id = u.territory_id "
        "JOIN population p ON p.territory_id = c.descendant_id AND p.year = u.year "
        "JOIN source_file s ON s.id = p.source_id "
        "WHERE u.territory_id = ? AND instr(u.basis, CASE p.kind WHEN 'estimation' THEN 'Estimation' ELSE s.name END) > 0 "
        "AND (c.depth = 0 OR u.basis LIKE 'Somme%') "
        "GROUP BY s.id, s.name, s.imported_at ORDER BY s.name"), {id});
    while (p.next())
        out << SourceNote{p.value(0).toString(), p.value(1).toString().left(10),
                          Tr::tr("populations %1–%2 (kg/hab)").arg(p.value(2).toInt()).arg(p.value(3).toInt())};
    return out;
}

QStringList FactSheetBuilder::methodNotes(const SheetSeries &s) const
{
    QStringList notes;
    notes << Tr::tr("Déchèterie : tonnages reçus en déchèterie (enquête SINOE® de l'ADEME, années impaires), tous flux, "
                "déblais et gravats compris.");
    notes << Tr::tr("OMA : ordures ménagères résiduelles (OMR) et collectes séparées (emballages, journaux-magazines, verre). "
                "DMA = OMA + déchèteries, calculé seulement les années où les deux enquêtes existent.");
    notes << Tr::tr("kg/hab : tonnes × 1 000 / population de la même année (estimation INSEE au 1er janvier ; somme des "
                "départements pour une région ou la France).");
    notes << Tr::tr("Valorisation : part des tonnes de déchèterie traitées envoyées en valorisation matière ou organique ; "
                "part stockée : stockage et stockage pour inertes. Collecte et traitement décrivent les mêmes tonnes "
                "et ne sont jamais additionnés.");
    notes << Tr::tr("Évolutions : par rapport à l'enquête précédente et à la première année disponible, en % (en points "
                "pour les parts). Un territoire au-dessus du département additionne ses départements.");
    if (s.ids.size() > 1)
        notes << Tr::tr("Comparaisons : même indicateur, même année, pour les territoires englobants.");
    return notes;
}

QList<SheetChart> FactSheetBuilder::charts(const TerritoryInfo &t, const QList<qint64> &parents, int year,
                                           const SheetSeries &s) const
{
    const QList<qint64> dech = m_series.decheterieStreams();
    const auto dechYear = latest(s.of(ind::DechKg, t.id), year);
    const auto treatYear = latest(s.of(ind::Valorisation, t.id), year);
    QList<std::pair<ChartRequest, QString>> requests;

    ChartRequest composition;
    composition.kind = ChartKind::Composition;
    composition.territoryIds = {t.id};
    composition.streamIds = dech;
    composition.yearTo = year;
    requests << std::make_pair(composition, Tr::tr("pas de tonnages de déchèterie pour ce territoire"));

    ChartRequest evolution;
    evolution.kind = ChartKind::Evolution;
    evolution.territoryIds = QList<qint64>{t.id} + parents;
    evolution.measure = Measure::KgPerInhabitant;
    evolution.streamIds = dech;
    evolution.yearTo = year;
    requests << std::make_pair(evolution, Tr::tr("pas de tonnages de déchèterie par habitant pour ce territoire"));

    ChartRequest traitement;
    traitement.kind = ChartKind::Traitement;
    traitement.territoryIds = {t.id};
    traitement.yearTo = treatYear ? treatYear->first : year;
    requests << std::make_pair(traitement, Tr::tr("pas de destinations de traitement pour ce territoire"));

    ChartRequest classement;
    classement.kind = ChartKind::Classement;
    classement.territoryIds = {t.id};
    classement.measure = Measure::KgPerInhabitant;
    classement.streamIds = dech;
    classement.year = dechYear ? dechYear->first : year;
    requests << std::make_pair(classement, Tr::tr("pas de tonnages par habitant à classer pour ce territoire et ses voisins"));

    ChartRequest trajectoire;
    trajectoire.kind = ChartKind::Trajectoire;
    trajectoire.territoryIds = {t.id};
    trajectoire.targetId = QStringLiteral("valorisation_dma");
    trajectoire.yearTo = year;
    requests << std::make_pair(trajectoire, Tr::tr("pas de taux de valorisation pour ce territoire"));

    QList<SheetChart> out;
    for (const auto &r : requests) {
        SheetChart c;
        // A chart needs values of the territory itself: a classement of siblings alone says nothing about it.
        const bool ownData = (r.first.kind == ChartKind::Traitement || r.first.kind == ChartKind::Trajectoire) ? bool(treatYear)
                                                                                                              : bool(dechYear);
        try {
            c.data = m_charts.build(r.first);
            if (c.data.isEmpty() || !ownData)
                c.availability = Availability::missing(r.second);
        } catch (const OdemaError &e) {
            c.data.kind = r.first.kind;
            c.availability = Availability::missing(e.message());
        }
        if (c.data.title.isEmpty())
            c.data.title = chartKindLabel(r.first.kind);
        out << c;
    }
    return out;
}

} // namespace odema::report
