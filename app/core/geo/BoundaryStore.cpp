#include "geo/BoundaryStore.h"

#include "common/OdemaError.h"
#include "geo/Lambert93.h"
#include "store/SqlUtil.h"
#include "territory/TerritoryResolver.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlRecord>

namespace odema::geo {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Map)
};

bool hasBoundaryTable(const QSqlDatabase &db)
{
    // Through Qt, which asks each engine its own way (sqlite_master, pg_class on the search path).
    return !db.record(QStringLiteral("boundary")).isEmpty();
}

QString joinIds(const QSet<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

} // namespace

QList<Level> BoundaryStore::levelsWithBoundaries() const
{
    QList<Level> levels;
    if (!hasBoundaryTable(m_db))
        return levels;
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT DISTINCT level FROM boundary"));
    while (q.next())
        if (auto level = levelFromKey(q.value(0).toString()))
            levels << *level;
    std::sort(levels.begin(), levels.end(), [](Level a, Level b) { return levelDepth(a) < levelDepth(b); });
    return levels;
}

bool BoundaryStore::hasOutline(Level level, qint64 territoryId) const
{
    return hasBoundaryTable(m_db)
        && sql::scalar(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM boundary WHERE level = ? AND territory_id = ?)"),
                       {levelKey(level), territoryId}).toBool();
}

MapGeometry BoundaryStore::load(Level level, qint64 withinId) const
{
    if (!hasBoundaryTable(m_db))
        throw OdemaError(Tr::tr("Cette base ne contient pas de contours (version de schéma antérieure) : ouvrez-la en écriture "
                            "pour la mettre à jour, puis importez un fichier de contours GeoJSON."));
    MapGeometry g;
    g.level = level;
    g.withinId = withinId;
    const TerritoryResolver resolver(m_db);
    // Communes within a région or département: only those of its départements. The closure
    // also reaches, through an inter-regional EPCI, its members in a neighbouring région.
    QSet<QString> perimeter;
    if (level == Level::Commune && withinId != 0) {
        const TerritoryInfo parent = resolver.byId(withinId);
        if (parent.level == Level::Departement)
            perimeter.insert(parent.code);
        else if (parent.level == Level::Region)
            for (const TerritoryInfo &d : resolver.descendants(withinId, Level::Departement))
                perimeter.insert(d.code);
    }
    const auto departementOf = [](const QString &commune) {
        return commune.startsWith(QLatin1String("97")) ? commune.left(3) : commune.left(2);
    };
    QHash<qint64, TerritoryInfo> wanted;
    for (const TerritoryInfo &t : resolver.descendants(withinId, level))
        if (perimeter.isEmpty() || perimeter.contains(departementOf(t.code)))
            wanted.insert(t.id, t);
    if (wanted.isEmpty())
        throw OdemaError(Tr::tr("Aucun territoire de niveau « %1 » dans ce périmètre.").arg(levelLabel(level)));
    QSet<qint64> ids(wanted.keyBegin(), wanted.keyEnd());
    // The file covering the most of these territories, then the most detailed one for them:
    // one file per map, so that neighbouring outlines share their borders exactly.
    QSqlQuery pick = sql::exec(m_db, QStringLiteral(
        "SELECT b.source_id, s.name FROM boundary b JOIN source_file s ON s.id = b.source_id "
        "WHERE b.level = ? AND b.territory_id IN (%1) GROUP BY b.source_id, s.name "
        "ORDER BY count(DISTINCT b.territory_id) DESC, sum(b.point_count) DESC, b.source_id DESC LIMIT 1").arg(joinIds(ids)),
        {levelKey(level)});
    if (!pick.next())
        throw OdemaError(Tr::tr("Pas de contours de niveau « %1 » pour ce périmètre : importez le fichier GeoJSON "
                            "correspondant (data/geo_*.geojson).").arg(levelLabel(level)));
    const qint64 sourceId = pick.value(0).toLongLong();
    g.sourceName = pick.value(1).toString();

    // Outlines of old communes tied to nothing belong to this map when their département does.
    QSet<QString> departements;
    if (level == Level::Commune) {
        for (const TerritoryInfo &t : std::as_const(wanted))
            departements.insert(departementOf(t.code));
    }

    Lambert93 projection;
    QHash<qint64, int> indexOf;
    QSqlQuery q = sql::exec(m_db, QStringLiteral(
        "SELECT territory_id, code, name, mapping, geometry FROM boundary WHERE source_id = ? AND level = ? ORDER BY id"),
        {sourceId, levelKey(level)});
    while (q.next()) {
        const qint64 territoryId = q.value(0).isNull() ? 0 : q.value(0).toLongLong();
        const QString code = q.value(1).toString();
        if (territoryId == 0) {
            const bool inside = level == Level::Commune ? departements.contains(code.left(2)) : withinId == 0;
            if (!inside)
                continue;
        } else if (!wanted.contains(territoryId)) {
            continue;
        }
        GeoShape shape = decodeShape(q.value(4).toByteArray());
        projection.project(shape);
        for (auto &polygon : shape.polygons)
            for (QPolygonF &ring : polygon)
                for (QPointF &p : ring)
                    p.setY(-p.y());
        if (territoryId != 0 && indexOf.contains(territoryId)) {
            MapTerritory &t = g.territories[indexOf.value(territoryId)];
            t.shape.append(shape);
            t.formerCodes << code;
            continue;
        }
        MapTerritory t;
        t.territoryId = territoryId;
        t.shape = std::move(shape);
        if (territoryId != 0) {
            const TerritoryInfo &info = wanted[territoryId];
            t.code = info.code;
            t.name = info.name;
            if (q.value(3).toString() == QLatin1String("alias"))
                t.formerCodes << code;
            indexOf.insert(territoryId, int(g.territories.size()));
        } else {
            t.code = code;
            t.name = q.value(2).toString();
            g.unmapped << QStringLiteral("%1 %2").arg(code, t.name);
        }
        g.territories << t;
    }
    for (MapTerritory &t : g.territories) {
        t.path = t.shape.toPath();
        // A merged commune drawn from its former communes' outlines: one outline, without the
        // old inner borders (few of them, so the polygon union costs nothing noticeable).
        if (!t.formerCodes.isEmpty() && t.shape.polygons.size() > 1)
            t.path = t.path.simplified();
        t.area = t.shape.area();
        t.labelAt = t.shape.labelPoint();
        g.bounds = g.bounds.isNull() ? t.shape.bounds() : g.bounds.united(t.shape.bounds());
    }
    for (const TerritoryInfo &t : std::as_const(wanted))
        if (!indexOf.contains(t.id))
            g.withoutOutline << QStringLiteral("%1 (%2)").arg(t.name, t.code);
    g.withoutOutline.sort();
    return g;
}

} // namespace odema::geo
