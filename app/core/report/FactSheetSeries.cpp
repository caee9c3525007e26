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

SeriesCalculator::SeriesCalculator(QSqlDatabase db) : m_db(std::move(db))
{
    // Families and groups come from the store's nomenclature (seeded from nomenclature.json).
    m_dech = ids(m_db, QStringLiteral("SELECT id FROM waste_stream WHERE family = 'decheterie' ORDER BY id"));
    m_oma = ids(m_db, QStringLiteral("SELECT id FROM waste_stream WHERE family = 'oma' ORDER BY id"));
    m_omr = ids(m_db, QStringLiteral("SELECT s.id FROM waste_stream s JOIN channel c ON c.id = s.channel_id "
                                     "WHERE c.code = 'OMR' AND s.family = 'oma' ORDER BY s.id"));
    m_valorisation = ids(m_db, QStringLiteral("SELECT id FROM treatment_mode WHERE grp = 'valorisation'"));
    m_stockage = ids(m_db, QStringLiteral("SELECT id FROM treatment_mode WHERE grp = 'stockage'"));
    const QVariant inertes = sql::scalar(m_db, QStringLiteral("SELECT id FROM treatment_mode WHERE code = '02F'"));
    m_inertes = inertes.isValid() ? inertes.toLongLong() : 0;
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
            c.populations = fresh.populations.value(id);
        }
    }
    SheetSeries s;
    s.ids = territoryIds;
    for (qint64 id : territoryIds) {
        const Cached &c = m_cache[id];
        for (auto it = c.values.begin(); it != c.values.end(); ++it)
            s.values[it.key()].insert(id, it.value());
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
    amounts(s, m_dech, ind::DechT, ind::DechKg);
    amounts(s, m_oma, ind::OmaT, ind::OmaKg);
    amounts(s, m_omr, QString(), ind::OmrKg);

    // DMA = OMA + déchèteries, only for years where both datasets describe the territory: a
    // year with one of them alone would show a fall that did not happen.
    for (qint64 id : territoryIds) {
        const YearValues oma = s.of(ind::OmaT, id), dech = s.of(ind::DechT, id);
        const QMap<int, PopulationUsed> pops = s.populations.value(id);
        for (auto it = oma.begin(); it != oma.end(); ++it) {
            if (!dech.contains(it.key()))
                continue;
            const double t = it.value() + dech.value(it.key());
            s.values[ind::DmaT][id][it.key()] = t;
            const auto pop = pops.find(it.key());
            if (pop != pops.end() && pop->population > 0)
                s.values[ind::DmaKg][id][it.key()] = t * 1000.0 / double(pop->population);
        }
    }
    treatment(s);
    return s;
}

void SeriesCalculator::amounts(SheetSeries &s, const QList<qint64> &streams, const QString &tonnesKey,
                               const QString &kgKey) const
{
    if (streams.isEmpty())
        return;
    AggregateRequest r;
    r.territoryIds = s.ids;
    r.kind = FlowKind::Collecte;
    r.streamIds = streams;
    const auto sums = FlowAggregate(m_db).run(r);
    for (qint64 id : s.ids) {
        const auto years = sums.value(id);
        const auto pops = s.populations.value(id);
        for (auto it = years.begin(); it != years.end(); ++it) {
            const double t = it.value().totalTonnes();
            if (!tonnesKey.isEmpty())
                s.values[tonnesKey][id][it.key()] = t;
            auto pop = pops.find(it.key());
            if (pop != pops.end() && pop->population > 0)
                s.values[kgKey][id][it.key()] = t * 1000.0 / double(pop->population);
        }
    }
}

void SeriesCalculator::treatment(SheetSeries &s) const
{
    AggregateRequest r;
    r.territoryIds = s.ids;
    r.kind = FlowKind::Traitement;
    r.breakdown = Breakdown::Mode;
    const auto sums = FlowAggregate(m_db).run(r);
    for (qint64 id : s.ids) {
        const auto years = sums.value(id);
        for (auto it = years.begin(); it != years.end(); ++it) {
            const AggregateSlice &slice = it.value();
            const double all = slice.totalTonnes();
            if (all <= 0)
                continue;
            double valo = 0, stock = 0;
            for (qint64 m : m_valorisation)
                valo += slice.tonnes(m);
            for (qint64 m : m_stockage)
                stock += slice.tonnes(m);
            const int y = it.key();
            s.values[ind::TraiteT][id][y] = all;
            s.values[ind::Valorisation][id][y] = valo * 100.0 / all;
            s.values[ind::Stockage][id][y] = stock * 100.0 / all;
            s.values[ind::StockageNonInerteT][id][y] = stock - slice.tonnes(m_inertes);
        }
    }
}

} // namespace odema::report
