#include "report/FactSheetBuilder.h"

#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "quality/QualitySheetNotes.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>

namespace odema::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

/// The key figures of a sheet: catalogue indicators, with their decimals.
int decimalsOf(const QString &unit)
{
    return unit == QLatin1String("%") ? 1 : 2;
}

/// Relative change in %, or a difference in points for shares; nothing from a zero base.
std::optional<double> change(double from, double to, bool points)
{
    if (points)
        return to - from;
    if (from == 0.0)
        return std::nullopt;
    return (to / from - 1.0) * 100.0;
}
} // namespace

const KeyFigure *FactSheetData::figure(const QString &id) const
{
    for (const KeyFigure &f : figures)
        if (f.id == id)
            return &f;
    return nullptr;
}

const TargetPosition *FactSheetData::target(const QString &id) const
{
    for (const TargetPosition &t : targets)
        if (t.targetId == id)
            return &t;
    return nullptr;
}

FactSheetBuilder::FactSheetBuilder(QSqlDatabase db)
    : m_db(db), m_resolver(db), m_charts(db), m_series(db)
{
}

int FactSheetBuilder::latestYear(qint64 territoryId) const
{
    const QVariant y = sql::scalar(m_db, QStringLiteral(
        "SELECT MAX(f.year) FROM territory_closure c JOIN flow f ON f.territory_id = c.descendant_id "
        "WHERE c.ancestor_id = ? AND f.kind = 'collecte'"), {territoryId});
    return y.isNull() ? 0 : y.toInt();
}

FactSheetData FactSheetBuilder::build(qint64 territoryId, int year) const
{
    const TerritoryInfo t = m_resolver.byId(territoryId);
    if (year <= 0)
        year = latestYear(territoryId);
    if (year <= 0) { // nothing for this territory: the sheet still says what the store holds
        const QVariant any = sql::scalar(m_db, QStringLiteral("SELECT MAX(year) FROM flow WHERE kind = 'collecte'"));
        year = any.isNull() ? QDate::currentDate().year() : any.toInt();
    }

    QList<qint64> ids{t.id};
    QList<qint64> parents;
    const QList<TerritoryInfo> ancestors = m_resolver.ancestors(t.id);
    for (const TerritoryInfo &p : ancestors)
        if (p.level == Level::Departement || p.level == Level::Region || p.level == Level::France) {
            ids << p.id;
            parents << p.id;
        }
    const SheetSeries s = m_series.compute(ids);

    FactSheetData d;
    d.header = header(t, year);
    d.figures = figures(s, t, year);
    bool any = false;
    for (const KeyFigure &f : d.figures)
        any = any || f.availability.available;
    if (!any)
        d.figuresAvailability = Availability::missing(noDataReason(t));
    d.targets = targets(s, t.id, year);
    any = false;
    for (const TargetPosition &p : d.targets)
        any = any || p.availability.available;
    if (!any)
        d.targetsAvailability = Availability::missing(
            Tr::tr("ni taux de valorisation ni tonnage par habitant ne peuvent être calculés pour ce territoire jusqu'en %1").arg(year));
    d.table = table(s, t.id, year);
    d.sources = sources(t.id);
    // The doubtful figures of this territory first (quality checks, with the analyst's comment):
    // they are about this sheet's figures, where the method notes are the same on every sheet.
    d.methodNotes = qualitySheetNotes(m_db, t.id, year) + methodNotes(s);
    if (m_withCharts)
        d.charts = charts(t, parents, year, s);
    // Not one of the charts: a few milliseconds (bench-report), and part of the sheet's header.
    d.locator = buildLocator(m_db, t, ancestors);
    d.generatedAt = QDateTime::currentDateTime().toString(Qt::ISODate);
    return d;
}

SheetHeader FactSheetBuilder::header(const TerritoryInfo &t, int year) const
{
    SheetHeader h;
    h.territoryId = t.id;
    h.name = t.name;
    h.levelKey = levelKey(t.level);
    h.levelLabel = levelLabel(t.level);
    h.code = t.code;
    h.year = year;
    for (const TerritoryInfo &p : m_resolver.ancestors(t.id))
        h.parents << (p.level == Level::France ? p.name : Tr::tr("%1 (%2)").arg(p.name, levelInText(p.level)));
    const auto pops = populationsUsed(m_db, {t.id}, year, year).value(t.id);
    if (pops.contains(year)) {
        h.population = pops.value(year).population;
        h.populationBasis = pops.value(year).basis;
    }
    h.title = Tr::tr("Fiche territoriale déchets – %1 – %2").arg(t.name, QString::number(year));
    return h;
}

QString FactSheetBuilder::noDataReason(const TerritoryInfo &t) const
{
    QStringList levels;
    QSqlQuery q = sql::exec(m_db, QStringLiteral(
        "SELECT DISTINCT t.level FROM flow f JOIN territory t ON t.id = f.territory_id ORDER BY t.level"));
    while (q.next())
        if (auto l = levelFromKey(q.value(0).toString()))
            levels << levelInText(*l);
    if (levels.isEmpty())
        return Tr::tr("la base ne contient aucun tonnage ; importez les fichiers SINOE®");
    if (t.level == Level::Epci || t.level == Level::Commune || t.level == Level::Syndicat)
        return Tr::tr("les fichiers de tonnages de la base sont donnés par %1 ; aucun ne décrit ce territoire ni ses communes")
            .arg(levels.join(QStringLiteral(", ")));
    return Tr::tr("aucun tonnage de la base ne concerne ce territoire");
}

YearValues FactSheetBuilder::sameDataSet(const SheetSeries &s, const IndicatorDefinition &d, qint64 id, int year, double value) const
{
    YearValues out;
    out.insert(year, value);
    const auto detail = s.detail(d.id, id, year);
    if (!detail || detail->sourceIndex < 0)
        return out;
    IndicatorDefinition one = d;
    one.from = {d.from.at(detail->sourceIndex)};
    for (auto it = s.details.value(d.id).value(id).cbegin(); it != s.details.value(d.id).value(id).cend(); ++it) {
        if (it.key() >= year)
            continue;
        if (it->sourceIndex == detail->sourceIndex && it->value) {
            out.insert(it.key(), *it->value);
            continue;
        }
        const IndicatorValue v = m_series.evaluator().evaluate(one, id, it.key(), m_series.basis());
        if (v.value)
            out.insert(it.key(), *v.value);
    }
    return out;
}

QList<KeyFigure> FactSheetBuilder::figures(const SheetSeries &s, const TerritoryInfo &t, int year) const
{
    QList<KeyFigure> out;
    QHash<qint64, TerritoryInfo> parentInfo;
    for (qint64 id : s.ids.mid(1))
        parentInfo.insert(id, m_resolver.byId(id));
    const IndicatorEvaluator &evaluator = m_series.evaluator();
    for (const QString &key : ind::all()) {
        const IndicatorDefinition *def = evaluator.catalog().find(key);
        if (!def)
            continue;
        KeyFigure f;
        f.id = key;
        f.label = def->displayLabel();
        f.unit = def->unit;
        f.decimals = decimalsOf(def->unit);
        f.changeInPoints = def->unit == QLatin1String("%");
        f.definition = def->denominator.isEmpty() ? def->numerator : Tr::tr("%1 / %2").arg(def->numerator, def->denominator);
        const YearValues series = s.of(key, t.id);
        // The latest year up to the sheet's: SINOE surveys are biennial and not every data set
        // covers every survey.
        auto it = series.upperBound(year);
        if (it == series.begin()) {
            f.year = year;
            const IndicatorValue why = evaluator.evaluate(*def, t.id, year, m_series.basis());
            f.availability = Availability::missing(series.isEmpty() ? why.missing
                                                                    : Tr::tr("pas de valeur avant %1").arg(series.firstKey()));
        } else {
            --it;
            f.year = it.key();
            f.value = it.value();
            if (const auto detail = s.detail(key, t.id, f.year)) {
                f.dataset = detail->datasetLabel;
                f.notes = detail->notes;
            }
            if (f.year != year)
                f.note = Tr::tr("%1 : dernière année disponible (pas de valeur en %2)").arg(QString::number(f.year), QString::number(year));
            // Changes only against the same data set: a change between ADEME's key figures and
            // another file's sum would show a revision, not an evolution.
            const YearValues same = sameDataSet(s, *def, t.id, f.year, it.value());
            auto at = same.find(f.year);
            if (at != same.begin()) {
                auto prev = std::prev(at);
                f.previousYear = prev.key();
                f.previousValue = prev.value();
                f.changeSincePrevious = change(prev.value(), at.value(), f.changeInPoints);
                f.firstYear = same.firstKey();
                f.firstValue = same.first();
                f.changeSinceFirst = change(same.first(), at.value(), f.changeInPoints);
            }
        }
        for (qint64 id : s.ids.mid(1)) {
            const TerritoryInfo &p = parentInfo[id];
            ComparisonValue c{p.name, levelLabel(p.level), std::nullopt};
            if (f.value)
                c.value = s.at(key, id, f.year);
            f.comparisons << c;
        }
        out << f;
    }
    return out;
}

} // namespace odema::report
