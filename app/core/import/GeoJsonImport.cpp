#include "import/GeoJsonImport.h"

#include "common/TextKey.h"
#include "geo/GeoShape.h"
#include "import/ImportContext.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct Feature {
    int index = 0;
    QString code;
    QString name;
    QJsonObject geometry;
};

QList<Feature> featuresOf(const QJsonObject &root)
{
    QJsonArray array;
    if (root.value(QLatin1String("type")).toString() == QLatin1String("Feature"))
        array.append(root);
    else
        array = root.value(QLatin1String("features")).toArray();
    QList<Feature> features;
    int index = 0;
    for (const QJsonValue &v : array) {
        const QJsonObject f = v.toObject();
        const QJsonObject p = f.value(QLatin1String("properties")).toObject();
        Feature feature;
        feature.index = ++index;
        for (const char *key : {"code", "siren", "insee", "INSEE_COM", "INSEE_DEP", "INSEE_REG", "CODE_EPCI"}) {
            const QJsonValue c = p.value(QLatin1String(key));
            if (c.isString() || c.isDouble()) {
                feature.code = c.isString() ? c.toString().trimmed() : QString::number(qint64(c.toDouble()));
                break;
            }
        }
        for (const char *key : {"nom", "name", "NOM", "NOM_COM", "NOM_DEP", "NOM_REG", "NOM_EPCI"}) {
            if (p.value(QLatin1String(key)).isString()) {
                feature.name = p.value(QLatin1String(key)).toString().trimmed();
                break;
            }
        }
        feature.geometry = f.value(QLatin1String("geometry")).toObject();
        features << feature;
    }
    return features;
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

void importGeoJson(ImportContext &c, const QJsonDocument &document)
{
    const QList<Feature> features = featuresOf(document.object());
    const Level level = detectLevel(c, features);
    // A later import of the same level and codes is a new vintage: the map picks, per map, the
    // file covering its territories best, so older rows are kept until their file is removed.
    QSqlQuery insert = sql::prepare(c.db, QStringLiteral(
        "INSERT INTO boundary(source_id, level, code, name, territory_id, mapping, point_count, geometry) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QStringList aliased, unmapped;
    for (const Feature &f : features) {
        ++c.report.rowsRead;
        if (f.code.isEmpty()) {
            c.problems.add(f.index, 1, Tr::tr("entité n° %1 : pas de code de territoire (propriété « code » ou « siren »)").arg(f.index));
            continue;
        }
        const std::optional<geo::GeoShape> shape = geo::shapeFromGeoJson(f.geometry);
        if (!shape) {
            c.problems.add(f.index, 1, Tr::tr("entité n° %1 (%2) : géométrie absente ou autre que Polygon/MultiPolygon").arg(QString::number(f.index), f.code));
            continue;
        }
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
                mapping = QStringLiteral("unmapped");
                unmapped << QStringLiteral("%1 %2").arg(f.code, f.name);
            }
        } else {
            territory = c.territories.ensure(level, f.code, f.name);
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
