#include "report/FactSheetSeries.h"

#include "store/SqlUtil.h"

namespace odema::report {

namespace {
QList<qint64> ids(const QSqlDatabase &db, const QString &statement)
{
    QList<qint64> out;
    QSqlQuery q = sql::exec(db, statement);
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}
} // namespace

std::optional<double> SheetSeries::at(const QString &indicator, qint64 id, int year) const
{
    const YearValues v = of(indicator, id);
    auto it = v.find(year);
    if (it == v.end())
        return std::nullopt;
    return it.value();
}

std::optional<IndicatorValue> SheetSeries::detail(const QString &indicator, qint64 id, int year) const
{
    const auto years = details.value(indicator).value(id);
    auto it = years.find(year);
    if (it == years.end())
        return std::nullopt;
    return it.value();
}

SeriesCalculator::SeriesCalculator(QSqlDatabase db)
    : m_db(std::move(db)), m_evaluator(std::make_shared<IndicatorEvaluator>(m_db)), m_basis(storePopulationBasis(m_db))
{
    m_dech = ids(m_db, QStringLiteral("SELECT id FROM waste_stream WHERE family = 'decheterie' ORDER BY id"));
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT DISTINCT year FROM flow UNION SELECT DISTINCT year FROM published_value ORDER BY 1"));
    while (q.next())
        m_years << q.value(0).toInt();
}

SheetSeries SeriesCalculator::compute(const QList<qint64> &territoryIds) const
{
    QList<qint64> missing;
    for (qint64 id : territoryIds)
        if (!m_cache.contains(id))
            missing << id;
    if (!missing.isEmpty()) {
        const SheetSeries fresh = computeUncached(missing);
        for (qint64 id : missing) {
            Cached &c = m_cache[id];
            for (auto it = fresh.values.begin(); it != fresh.values.end(); ++it)
                if (it.value().contains(id))
                    c.values.insert(it.key(), it.value().value(id));
            for (auto it = fresh.details.begin(); it != fresh.details.end(); ++it)
                if (it.value().contains(id))
                    c.details.insert(it.key(), it.value().value(id));
            c.populations = fresh.populations.value(id);
        }
    }
    SheetSeries s;
    s.ids = territoryIds;
    for (qint64 id : territoryIds) {
        const Cached &c = m_cache[id];
        for (auto it = c.values.begin(); it != c.values.end(); ++it)
            s.values[it.key()].insert(id, it.value());
        for (auto it = c.details.begin(); it != c.details.end(); ++it)
            s.details[it.key()].insert(id, it.value());
        if (!c.populations.isEmpty())
            s.populations.insert(id, c.populations);
    }
    return s;
}

SheetSeries SeriesCalculator::computeUncached(const QList<qint64> &territoryIds) const
{
    SheetSeries s;
    s.ids = territoryIds;
    s.populations = populationsUsed(m_db, territoryIds, 0, 0);
    // Every figure from the catalogue's definition, on one scope, with its data set.
    for (const QString &key : ind::all()) {
        const IndicatorDefinition *d = m_evaluator->catalog().find(key);
        if (!d)
            continue;
        for (qint64 id : territoryIds)
            for (int year : m_years) {
                const IndicatorValue v = m_evaluator->evaluate(*d, id, year, m_basis);
                if (v.value)
                    s.values[key][id][year] = *v.value;
                if (v.value || v.sourceIndex >= 0)
                    s.details[key][id][year] = v;
            }
    }
    return s;
}

} // namespace odema::report
