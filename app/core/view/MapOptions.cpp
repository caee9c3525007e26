#include "view/MapOptions.h"

#include "store/SqlUtil.h"
#include "territory/TerritoryResolver.h"

#include <algorithm>

namespace odema {

namespace {

/// The région of the first selected territory, Hauts-de-France otherwise (0 when neither exists).
qint64 regionOf(const QSqlDatabase &db, const FlowFilter &filter)
{
    const TerritoryResolver resolver(db);
    if (!filter.territories.isEmpty()) {
        const TerritoryInfo t = resolver.byId(filter.territories.first().territoryId);
        if (t.level == Level::Region)
            return t.id;
        for (const TerritoryInfo &a : resolver.ancestors(t.id))
            if (a.level == Level::Region)
                return a.id;
    }
    if (const auto hdf = resolver.find({Level::Region, QStringLiteral("32")}))
        return hdf->id;
    return 0;
}

/// The streams of the filter, narrowed to its collection channels (a channel is its streams).
QList<qint64> streamsOf(const QSqlDatabase &db, const FlowFilter &filter)
{
    QList<qint64> streams = filter.streamIds;
    if (filter.channelIds.isEmpty())
        return streams;
    QVariantList ids;
    sql::appendIds(ids, filter.channelIds);
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id FROM waste_stream WHERE channel_id IN (%1)").arg(sql::placeholders(ids.size())), ids);
    QList<qint64> inChannels;
    while (q.next())
        inChannels << q.value(0).toLongLong();
    if (streams.isEmpty())
        return inChannels;
    streams.erase(std::remove_if(streams.begin(), streams.end(), [&](qint64 s) { return !inChannels.contains(s); }), streams.end());
    return streams;
}

} // namespace

geo::MapRequest MapOptions::request(const QSqlDatabase &db, const FlowFilter &filter) const
{
    geo::MapRequest r;
    r.level = level;
    r.withinId = inRegion ? regionOf(db, filter) : 0;
    r.measure = measure;
    r.year = year > 0 ? year : filter.yearTo;
    r.compareYear = compareYear;
    r.streamIds = streamsOf(db, filter);
    r.modeIds = filter.modeIds;
    r.flowKind = filter.kind == FlowFilter::Kind::Traitement ? FlowKind::Traitement : FlowKind::Collecte;
    r.classes = classes;
    r.method = method;
    r.landfills = landfills;
    return r;
}

} // namespace odema
