#include "import/GeoJsonImport.h"

#include "common/TextKey.h"
#include "geo/CrsTransform.h"
#include "geo/FranceBounds.h"
#include "geo/GeoShape.h"
#include "import/ImportContext.h"
#include "import/JsonFields.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

using Need = JsonFields::Need;

struct Feature {
    JsonPath path;
    JsonPath codePath; ///< where its code is, for a problem with the code
    QString code;
    QString name;
    QJsonObject geometry;
};

/// The coordinate system of the file: the `crs` member of GeoJSON 2008 (RFC 7946 has only WGS84).
enum class Crs { Wgs84, Lambert93 };

std::optional<Crs> crsOf(ImportContext &c, const JsonLocator &locator, const QJsonObject &root)
{
    const QJsonValue crs = root.value(QLatin1String("crs"));
    if (crs.isUndefined() || crs.isNull())
        return Crs::Wgs84;
    const QString name = crs.toObject().value(QLatin1String("properties")).toObject().value(QLatin1String("name")).toString();
    if (name.contains(QLatin1String("2154")))
        return Crs::Lambert93;
    if (name.contains(QLatin1String("4326")) || name.contains(QLatin1String("CRS84")))
        return Crs::Wgs84;
    const TextPosition at = locator.at({"crs"});
    c.problems.add(at.line, at.column, Tr::tr("système de coordonnées « %1 » non pris en charge : WGS84 (EPSG:4326) ou Lambert-93 "
                                              "(EPSG:2154) attendu").arg(name.isEmpty() ? describeJsonValue(crs) : name));
    return std::nullopt;
}

/// The first position of `value` (arrays nested `levels` deep above the positions) that is not
/// a point of France: its path is left in `path`, the reason returned; empty when all are.
QString badPosition(const QJsonValue &value, int levels, Crs crs, JsonPath &path)
{
    if (!value.isArray())
        return Tr::tr("coordonnées : un tableau est attendu, pas %1").arg(describeJsonValue(value));
    const QJsonArray array = value.toArray();
    if (levels > 0) {
        for (int i = 0; i < array.size(); ++i) {
            path.push_back(i);
            const QString reason = badPosition(array.at(i), levels - 1, crs, path);
            if (!reason.isEmpty())
                return reason;
            path.pop_back();
        }
        return QString();
    }
    if (array.size() < 2)
        return Tr::tr("position [x, y] attendue, pas un tableau de %n nombre(s)", nullptr, int(array.size()));
    for (int k = 0; k < 2; ++k) {
        if (!array.at(k).isDouble()) {
            path.push_back(k);
            return Tr::tr("coordonnée : un nombre est attendu, pas %1").arg(describeJsonValue(array.at(k)));
        }
    }
    const double x = array.at(0).toDouble(), y = array.at(1).toDouble();
    if (crs == Crs::Lambert93 && !geo::insideFranceLambert93(x, y))
        return Tr::tr("point (%1, %2) hors de la France métropolitaine en Lambert-93 (mètres)").arg(QString::number(x, 'g', 10), QString::number(y, 'g', 10));
    if (crs == Crs::Wgs84 && !geo::insideFranceWgs84(x, y)) {
        if (geo::insideFranceLambert93(x, y))
            return Tr::tr("point (%1, %2) en mètres, pas en degrés : sans membre « crs » qui dise EPSG:2154, un fichier GeoJSON "
                          "est en WGS84 (longitude, latitude)").arg(QString::number(x, 'g', 10), QString::number(y, 'g', 10));
        return Tr::tr("point (longitude %1, latitude %2) hors de la France, métropole et outre-mer (WGS84, degrés)")
            .arg(QString::number(x, 'g', 10), QString::number(y, 'g', 10));
    }
    return QString();
}

/// Checks the geometry's type and every position; false (with a problem) when one is wrong.
bool checkGeometry(JsonFields &feature, const QJsonObject &geometry, Crs crs)
{
    const QString type = geometry.value(QLatin1String("type")).toString();
    const int levels = type == QLatin1String("Polygon") ? 2 : type == QLatin1String("MultiPolygon") ? 3 : -1;
    if (levels < 0) {
        feature.problem({"geometry", "type"}, Tr::tr("« type » de géométrie : Polygon ou MultiPolygon attendu, pas %1")
                                                  .arg(describeJsonValue(geometry.value(QLatin1String("type")))));
        return false;
    }
    JsonPath path{"geometry", "coordinates"};
    const QString reason = badPosition(geometry.value(QLatin1String("coordinates")), levels, crs, path);
    if (!reason.isEmpty())
        feature.problem(path, reason);
    return reason.isEmpty();
}

const QRegularExpression &codePattern()
{
    // "32", "2A", "971", "59350", "2A004", "200093201", spaces around tolerated.
    static const QRegularExpression pattern(QStringLiteral("^\\s*[0-9][0-9AB][0-9]{0,7}\\s*$"));
    return pattern;
}

/// One feature's code, name and geometry, checked; nullopt (with problems) when one is wrong.
std::optional<Feature> readFeature(ImportContext &c, const JsonLocator &locator, const QJsonValue &value, JsonPath path, Crs crs)
{
    auto f = JsonFields::object(c, locator, value, path);
    if (!f)
        return std::nullopt;
    Feature feature;
    feature.path = path;
    const auto properties = f->subObject(QStringLiteral("properties"), Need::Required);
    const auto geometry = f->subObject(QStringLiteral("geometry"), Need::Required);
    if (!properties || !geometry)
        return std::nullopt;
    path.push_back("properties");
    JsonFields p(c, locator, *properties, path);
    for (const char *key : {"code", "siren", "insee", "INSEE_COM", "INSEE_DEP", "INSEE_REG", "CODE_EPCI"}) {
        if (properties->contains(QLatin1String(key))) {
            feature.code = p.code(QLatin1String(key), codePattern(), Tr::tr("un code de territoire en texte"), Need::Required)
                               .value_or(QString()).trimmed();
            feature.codePath = path;
            feature.codePath.push_back(key);
            break;
        }
    }
    if (feature.code.isEmpty() && p.ok())
        p.problem({}, Tr::tr("pas de code de territoire (propriété « code », « siren », « insee »…)"));
    for (const char *key : {"nom", "name", "NOM", "NOM_COM", "NOM_DEP", "NOM_REG", "NOM_EPCI"}) {
        if (properties->contains(QLatin1String(key))) {
            feature.name = p.text(QLatin1String(key), Need::Optional).value_or(QString()).trimmed();
            break;
        }
    }
    const bool geometryOk = checkGeometry(*f, *geometry, crs);
    if (!p.ok() || !geometryOk)
        return std::nullopt;
    feature.geometry = *geometry;
    return feature;
}

QList<Feature> featuresOf(ImportContext &c, const JsonLocator &locator, const QJsonObject &root, Crs crs)
{
    QList<Feature> features;
    const auto add = [&](const QJsonValue &value, const JsonPath &path) {
        ++c.report.rowsRead;
        if (auto feature = readFeature(c, locator, value, path, crs))
            features << *feature;
    };
    if (root.value(QLatin1String("type")).toString() == QLatin1String("Feature")) {
        add(root, {});
        return features;
    }
    JsonFields collection(c, locator, root, {});
    const auto array = collection.array(QStringLiteral("features"), Need::Required);
    for (int i = 0; array && i < array->size(); ++i)
        add(array->at(i), {"features", i});
    return features;
}

/// Degrees from Lambert-93 metres, point by point (boundary files are read once).
void toWgs84(geo::GeoShape &shape)
{
    static thread_local geo::CrsTransform transform("EPSG:2154", "EPSG:4326");
    for (auto &polygon : shape.polygons)
        for (QPolygonF &ring : polygon)
            for (QPointF &p : ring)
                p = transform.apply(p.x(), p.y());
}

/// Level of the file's codes; for 2–3 character codes, région when more features match a
/// région of the store by code and name than a département (or when the file name says so).
Level detectLevel(const ImportContext &c, const QList<Feature> &features)
{
    int siren = 0, commune = 0, shortCode = 0;
    for (const Feature &f : features) {
        if (f.code.size() == 9)
            ++siren;
        else if (f.code.size() == 5)
            ++commune;
        else if (f.code.size() == 2 || f.code.size() == 3)
            ++shortCode;
    }
    if (siren >= commune && siren >= shortCode && siren > 0)
        return Level::Epci;
    if (commune >= shortCode && commune > 0)
        return Level::Commune;
    int regionHits = 0, departementHits = 0;
    QSqlQuery q = sql::prepare(c.db, QStringLiteral("SELECT search_key FROM territory WHERE level = ? AND code = ?"));
    for (const Feature &f : features) {
        for (Level level : {Level::Region, Level::Departement}) {
            q.bindValue(0, levelKey(level));
            q.bindValue(1, f.code);
            sql::exec(q);
            if (q.next() && q.value(0).toString() == foldKey(f.name))
                ++(level == Level::Region ? regionHits : departementHits);
        }
    }
    if (regionHits != departementHits)
        return regionHits > departementHits ? Level::Region : Level::Departement;
    return foldKey(c.report.fileName).contains(QLatin1String("region")) ? Level::Region : Level::Departement;
}

} // namespace

bool isGeoJson(const QJsonDocument &document)
{
    if (!document.isObject())
        return false;
    const QString type = document.object().value(QLatin1String("type")).toString();
    return type == QLatin1String("FeatureCollection") || type == QLatin1String("Feature");
}

void importGeoJson(ImportContext &c, const QJsonDocument &document, const JsonLocator &locator)
{
    const std::optional<Crs> crs = crsOf(c, locator, document.object());
    if (!crs)
        return;
    const QList<Feature> features = featuresOf(c, locator, document.object(), *crs);
    const Level level = detectLevel(c, features);
    // A later import of the same level and codes is a new vintage: the map picks, per map, the
    // file covering its territories best, so older rows are kept until their file is removed.
    QSqlQuery insert = sql::prepare(c.db, QStringLiteral(
        "INSERT INTO boundary(source_id, level, code, name, territory_id, mapping, point_count, geometry) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QStringList aliased, unmapped;
    for (const Feature &f : features) {
        std::optional<geo::GeoShape> shape = geo::shapeFromGeoJson(f.geometry);
        if (!shape) {
            const TextPosition at = locator.at(f.path);
            c.problems.add(at.line, at.column, Tr::tr("entité %1 : géométrie vide ou anneau de moins de 3 points").arg(f.code));
            continue;
        }
        if (*crs == Crs::Lambert93)
            toWgs84(*shape);
        QVariant territory;
        QString mapping = QStringLiteral("code");
        if (level == Level::Commune) {
            // Never create a commune from a boundary file: an old code would become a commune
            // that no longer exists. Former codes go through the INSEE list of former communes.
            if (auto id = c.territories.find(level, f.code)) {
                territory = *id;
            } else if (auto alias = c.territories.findOrAlias(level, f.code)) {
                territory = *alias;
                mapping = QStringLiteral("alias");
                aliased << f.code;
            } else {
                // Kept (an outline file is often of an older COG than the store), and said where.
                mapping = QStringLiteral("unmapped");
                unmapped << QStringLiteral("%1 %2").arg(f.code, f.name);
                const TextPosition at = locator.at(f.codePath);
                c.warnings.add(at.line, at.column, Tr::tr("commune « %1 » (%2) absente du COG et de la liste des anciennes communes : "
                                                          "contour gardé sans territoire, hachuré sur la carte").arg(f.code, f.name));
            }
        } else if (c.territories.find(level, f.code)) {
            territory = c.territories.ensure(level, f.code, f.name); // names it if it had no name
        } else {
            // A contour is drawn for a territory the store knows; "999" names none.
            const TextPosition at = locator.at(f.codePath);
            c.problems.add(at.line, at.column, Tr::tr("code « %1 » : aucun territoire de niveau « %2 » de ce code dans la base "
                                                      "(importez d'abord le COG de l'INSEE ou la liste des EPCI)")
                                                   .arg(f.code, levelLabel(level)));
            continue;
        }
        if (!territory.isNull())
            c.report.territories.insert(territory.toLongLong());
        insert.bindValue(0, c.sourceId);
        insert.bindValue(1, levelKey(level));
        insert.bindValue(2, f.code);
        insert.bindValue(3, f.name);
        insert.bindValue(4, territory);
        insert.bindValue(5, mapping);
        insert.bindValue(6, shape->pointCount());
        insert.bindValue(7, geo::encodeShape(*shape));
        sql::exec(insert);
        ++c.report.rowsStored;
    }
    c.report.notes << Tr::tr("%n contour(s) de niveau « %1 ».", nullptr, int(c.report.rowsStored)).arg(levelLabel(level));
    if (!aliased.isEmpty())
        c.report.notes << Tr::tr("%n contour(s) d'anciennes communes rattaché(s) à la commune actuelle (communes déléguées "
                             "ou associées du COG) : %1.", nullptr, int(aliased.size())).arg(aliased.join(QStringLiteral(", ")));
    if (!unmapped.isEmpty())
        c.report.notes << Tr::tr("%n contour(s) sans territoire actuel (code absent du COG et de la liste des anciennes "
                             "communes), affiché(s) hachuré(s) sur la carte : %1.", nullptr, int(unmapped.size()))
                              .arg(unmapped.join(QStringLiteral(", ")));
}

} // namespace odema
