// FactSheetBuilder, second half: target positions, data table, sources, method notes, charts.
#include "report/FactSheetBuilder.h"

#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "indicators/TargetAssessment.h"
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

QString formatIn(double value, const QString &unit)
{
    if (unit == QLatin1String("%"))
        return formatPercent(value);
    if (unit == QLatin1String("kg/hab"))
        return formatKgPerInhabitant(value);
    return formatTonnes(value);
}

QString formatGapIn(double gap, const QString &unit)
{
    return unit == QLatin1String("%") ? formatSigned(gap, 1, QStringLiteral("points")) : formatSigned(gap, unit == QLatin1String("t") ? 0 : 1, unit);
}
} // namespace

QList<TargetPosition> FactSheetBuilder::targets(const SheetSeries &, qint64 id, int year) const
{
    // Each target measured on the indicator it is about (resources/targets.json → indicators.json).
    const Targets &all = m_charts.targets();
    const TerritoryInfo self = m_resolver.byId(id);
    const QString ref = levelKey(self.level) + QLatin1Char(':') + self.code;
    QList<TargetPosition> out;
    for (const Target &t : all.all()) {
        const TargetAssessment a = assessTarget(t, m_series.evaluator(), id, ref, year, m_series.basis());
        if (a.state == TargetState::NonApplicable)
            continue;
        TargetPosition p;
        p.targetId = t.id;
        p.label = t.label;
        p.source = t.source;
        p.unit = a.unit;
        p.lowerIsBetter = t.lowerIsBetter();
        p.status = targetStateLabel(a.state);
        if (a.state == TargetState::NonMesurable) {
            // The indicator's own reason lists every data set tried: the sheet keeps it short.
            QString why = a.missing;
            if (why.size() > 160)
                why = Tr::tr("%1 sans valeur jusqu'en %2 dans les données de la base").arg(t.indicator, QString::number(year));
            p.availability = Availability::missing(Tr::tr("%1 : %2").arg(p.status, why));
            out << p;
            continue;
        }
        p.year = a.year;
        p.value = a.measured;
        p.targetValue = a.expected;
        p.gap = a.gap;
        p.reached = a.state != TargetState::EnRetard;
        // Short: the indicator's data set is named under its key figure, its definition in the notes.
        QString sentence = Tr::tr("En %1 : %2 ; trajectoire : %3 attendus en %1, %4 en %5. %6 (écart %7).")
                               .arg(QString::number(a.year), formatIn(*a.measured, a.unit), formatIn(*a.expected, a.unit),
                                    formatIn(*a.finalValue, a.unit), QString::number(a.trajectory.last().first), p.status,
                                    formatGapIn(*a.gap, a.unit));
        if (!a.trajectoryNote.isEmpty())
            sentence += QLatin1Char(' ') + Tr::tr("(%1.)").arg(a.trajectoryNote);
        if (t.id == QLatin1String("stockage_isdnd_region"))
            sentence += QLatin1Char(' ') + Tr::tr("L'objectifs.json de l'Odema porte 1 200 000 t en 2030.");
        p.sentence = sentence;
        out << p;
    }
    return out;
}

DataTable FactSheetBuilder::table(const SheetSeries &s, qint64 id, int year) const
{
    DataTable t;
    QMap<int, bool> years;
    const QStringList keys = ind::all();
    for (const QString &key : keys) {
        const IndicatorDefinition *d = m_series.evaluator().catalog().find(key);
        t.columns << Tr::tr("%1 (%2)").arg(d ? d->displayLabel() : key, d ? d->unit : QString());
        t.decimals << (d && d->unit == QLatin1String("t") ? 0 : 1);
        const YearValues v = s.of(key, id);
        for (auto it = v.begin(); it != v.end() && it.key() <= year; ++it)
            years.insert(it.key(), true);
    }
    for (int y : years.keys()) {
        t.years << y;
        QList<std::optional<double>> row;
        for (const QString &key : keys)
            row << s.at(key, id, y);
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
    // The definitions of the catalogue, one line per figure, and the data set behind it.
    QStringList notes;
    const IndicatorCatalog &catalog = m_series.evaluator().catalog();
    for (const QString &key : ind::all()) {
        const IndicatorDefinition *d = catalog.find(key);
        if (!d)
            continue;
        QStringList used;
        for (const auto &years : s.details.value(key))
            for (const IndicatorValue &v : years)
                if (v.value && !v.datasetLabel.isEmpty() && !used.contains(v.datasetLabel))
                    used << v.datasetLabel;
        QString line = d->denominator.isEmpty() ? Tr::tr("%1 : %2.").arg(d->displayLabel(), d->numerator)
                                                : Tr::tr("%1 : %2 / %3.").arg(d->displayLabel(), d->numerator, d->denominator);
        Q_UNUSED(used); // each figure names its data set under its value (page 1)
        notes << line;
    }
    notes << Tr::tr("kg/hab : tonnes × 1 000 / population (%1) des mêmes territoires ; un territoire au-dessus du département "
                    "additionne ses départements au numérateur et au dénominateur.").arg(populationBasisLabel(m_series.basis()));
    notes << Tr::tr("Jamais additionnés : deux jeux de données (DMA ⊇ OMA + déchèteries ; collecte et traitement décrivent les mêmes tonnes).");
    notes << Tr::tr("Évolutions : par rapport à l'enquête précédente et à la première année disponible, en % (en points "
                    "pour les parts).");
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
