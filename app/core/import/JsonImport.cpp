#include "import/JsonImport.h"

#include "common/OdemaError.h"
#include "common/Tonnage.h"
#include "geo/FranceBounds.h"
#include "import/GeoJsonImport.h"
#include "import/ImportContext.h"
#include "import/JsonFields.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QString departementOfCommune(const QString &commune)
{
    return commune.startsWith(QLatin1String("97")) || commune.startsWith(QLatin1String("98")) ? commune.left(3) : commune.left(2);
}

QJsonObject firstObject(const QJsonDocument &document)
{
    const QJsonArray array = document.array();
    return array.isEmpty() ? QJsonObject() : array.first().toObject();
}

using Need = JsonFields::Need;

constexpr qint64 kMaxPopulation = 100000000; // France has 68 million inhabitants
constexpr double kMaxSiteTonnes = 1e7;       // a year of one landfill; the largest take ~1 Mt
constexpr int kFirstYear = 1990;             // before any SINOE or observatory series
constexpr int kLastCapacityYear = 2100;

const QRegularExpression &sirenPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{9}$"));
    return pattern;
}

const QRegularExpression &communePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{5}|2[AB]\\d{3})$"));
    return pattern;
}

/// A population of the file (optional), stored for `year` when there is one.
void storePopulation(ImportContext &c, JsonFields &f, const char *key, const char *kind, qint64 territory,
                     const std::optional<int> &year, qint64 dataset)
{
    const auto population = f.integer(QLatin1String(key), 0, kMaxPopulation, Need::Optional);
    if (!population || !year)
        return;
    c.territories.setPopulation(territory, *year, QLatin1String(kind), dataset, *population, c.sourceId);
    ++c.report.populationsStored;
}

/// The member communes of one EPCI; the départements they lie in.
QSet<QString> importMembers(ImportContext &c, const JsonLocator &locator, JsonFields &epci, qint64 epciId,
                            const std::optional<int> &year, qint64 dataset)
{
    QSet<QString> departements;
    const auto members = epci.array(QStringLiteral("membres"), Need::Required);
    if (!members)
        return departements;
    for (int i = 0; i < members->size(); ++i) {
        JsonPath path = epci.path();
        path.insert(path.end(), {"membres", i});
        auto member = JsonFields::object(c, locator, members->at(i), path);
        if (!member)
            continue;
        const auto code = member->code(QStringLiteral("code"), communePattern(), Tr::tr("un code commune de 5 caractères"), Need::Required);
        const auto name = member->text(QStringLiteral("nom"), Need::Required);
        if (!code || !name)
            continue;
        const qint64 communeId = c.territories.ensure(Level::Commune, *code, *name);
        c.territories.link(epciId, communeId, c.sourceId);
        departements.insert(departementOfCommune(*code));
        storePopulation(c, *member, "populationMunicipale", "municipale", communeId, year, dataset);
    }
    return departements;
}

void importEpciComposition(ImportContext &c, const JsonLocator &locator, const QJsonArray &epcis)
{
    const std::optional<int> year = populationYear(c);
    const qint64 dataset = c.datasets.idOf(QStringLiteral("etalab-epci"));
    for (int index = 0; index < epcis.size(); ++index) {
        ++c.report.rowsRead;
        auto epci = JsonFields::object(c, locator, epcis.at(index), {index});
        if (!epci)
            continue;
        const auto siren = epci->code(QStringLiteral("code"), sirenPattern(), Tr::tr("un code SIREN de 9 chiffres"), Need::Required);
        const auto name = epci->text(QStringLiteral("nom"), Need::Required);
        const auto type = epci->text(QStringLiteral("type"), Need::Optional);
        if (!siren || !name || !epci->ok())
            continue;
        const qint64 epciId = c.territories.ensure(Level::Epci, *siren, *name, TerritoryRegistry::Naming::Authoritative,
                                                   type.value_or(QString()));
        const QSet<QString> departements = importMembers(c, locator, *epci, epciId, year, dataset);
        // An EPCI spanning several départements hangs under each of them: the tree then shows it
        // wherever it has members, and a région's closure still counts it once.
        for (const QString &dept : departements)
            c.territories.link(c.territories.ensure(Level::Departement, dept, QString()), epciId, c.sourceId);
        storePopulation(c, *epci, "populationMunicipale", "municipale", epciId, year, dataset);
        storePopulation(c, *epci, "populationTotale", "totale", epciId, year, dataset);
        if (year)
            c.report.noteYear(*year);
        ++c.report.rowsStored;
        c.report.territories.insert(epciId);
    }
    if (!year)
        c.report.notes << Tr::tr("Populations des EPCI non enregistrées : leur année n'est ni dans le fichier ni dans son nom "
                             "(option --annee-population).");
}

/// One ISDND record as typed values; nullopt (with problems) when a field is wrong.
struct LandfillRecord {
    QString aiot, name, departement;
    int year = 0;
    std::optional<double> tonnes, capacity, lon, lat;
};

std::optional<LandfillRecord> readLandfill(ImportContext &c, const JsonLocator &locator, const QJsonValue &value, int index)
{
    auto f = JsonFields::object(c, locator, value, {index});
    if (!f)
        return std::nullopt;
    LandfillRecord r;
    r.aiot = f->text(QStringLiteral("aiot"), Need::Required).value_or(QString());
    if (f->ok() && r.aiot.trimmed().isEmpty())
        f->problem({"aiot"}, Tr::tr("« aiot » : identifiant d'installation vide"));
    // Capacities are authorised up to a closing year (2050 in the observatory's file); a tonnage
    // is a measure, which no year still to come can have.
    r.year = int(f->integer(QStringLiteral("annee"), kFirstYear, kLastCapacityYear, Need::Required).value_or(0));
    r.name = f->text(QStringLiteral("name"), Need::Optional).value_or(QString());
    r.departement = f->text(QStringLiteral("departement"), Need::Optional).value_or(QString());
    r.tonnes = f->number(QStringLiteral("tonnage"), 0, kMaxSiteTonnes, Need::Optional);
    if (r.tonnes && r.year > QDate::currentDate().year())
        f->problem({"tonnage"}, Tr::tr("« tonnage » de l'année %1, qui n'est pas encore passée").arg(r.year));
    r.capacity = f->number(QStringLiteral("capacite"), 0, kMaxSiteTonnes, Need::Optional);
    r.lon = f->number(QStringLiteral("lng"), -180, 180, Need::Optional);
    r.lat = f->number(QStringLiteral("lat"), -90, 90, Need::Optional);
    if (f->ok() && r.lon.has_value() != r.lat.has_value())
        f->problem({r.lon ? "lng" : "lat"}, Tr::tr("« lng » et « lat » vont ensemble : l'une est donnée sans l'autre"));
    else if (f->ok() && r.lon && !geo::insideFranceWgs84(*r.lon, *r.lat))
        f->problem({"lng"}, Tr::tr("coordonnées (lng %1, lat %2) hors de la France, métropole et outre-mer (WGS84, degrés)")
                                .arg(QString::number(*r.lon, 'g', 10), QString::number(*r.lat, 'g', 10)));
    if (!f->ok())
        return std::nullopt;
    return r;
}

void importIsdnd(ImportContext &c, const JsonLocator &locator, const QJsonArray &records)
{
    QSqlQuery site = sql::prepare(c.db, QStringLiteral(
        "INSERT INTO landfill_site(aiot, name, departement, lon, lat) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (aiot) DO UPDATE SET name = excluded.name, departement = excluded.departement, lon = excluded.lon, lat = excluded.lat"));
    QSqlQuery yearRow = sql::prepare(c.db, QStringLiteral(
        "INSERT INTO landfill_year(site_id, year, grams, capacity_grams, source_id) "
        "VALUES ((SELECT id FROM landfill_site WHERE aiot = ?), ?, ?, ?, ?) "
        "ON CONFLICT (site_id, year) DO UPDATE SET grams = excluded.grams, capacity_grams = excluded.capacity_grams, "
        "source_id = excluded.source_id"));
    const auto grams = [](const std::optional<double> &tonnes) { return tonnes ? QVariant(gramsFromTonnes(*tonnes)) : QVariant(); };
    const auto orNull = [](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    QSet<QString> sites;
    for (int index = 0; index < records.size(); ++index) {
        ++c.report.rowsRead;
        const std::optional<LandfillRecord> r = readLandfill(c, locator, records.at(index), index);
        if (!r)
            continue;
        if (!sites.contains(r->aiot)) {
            sites.insert(r->aiot);
            site.bindValue(0, r->aiot);
            site.bindValue(1, r->name);
            site.bindValue(2, r->departement);
            site.bindValue(3, orNull(r->lon));
            site.bindValue(4, orNull(r->lat));
            sql::exec(site);
        }
        yearRow.bindValue(0, r->aiot);
        yearRow.bindValue(1, r->year);
        // Tonnes in exact grams (common/Tonnage.h); the file's numbers are whole tonnes.
        yearRow.bindValue(2, grams(r->tonnes));
        yearRow.bindValue(3, grams(r->capacity));
        yearRow.bindValue(4, c.sourceId);
        sql::exec(yearRow);
        if (r->tonnes) {
            c.report.totalGrams += gramsFromTonnes(*r->tonnes);
            c.report.noteYear(r->year);
        }
        ++c.report.rowsStored;
    }
    c.report.notes << Tr::tr("%n installation(s) de stockage (ISDND).", nullptr, int(sites.size()));
}

} // namespace

QJsonDocument parseJsonFile(const QByteArray &bytes, const QString &fileName)
{
    QJsonParseError error;
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const TextPosition at = JsonLocator(body).positionOf(error.offset);
        throw OdemaError(QStringLiteral("%1:%2:%3: %4").arg(fileName, QString::number(at.line), QString::number(at.column),
                                  Tr::tr("JSON invalide (%1)").arg(error.errorString())));
    }
    return document;
}

std::optional<Layout> detectJsonLayout(const QJsonDocument &document)
{
    if (isGeoJson(document))
        return Layout::Boundaries;
    const QJsonObject first = firstObject(document);
    if (first.contains(QLatin1String("membres")) && first.contains(QLatin1String("code")))
        return Layout::EpciComposition;
    if (first.contains(QLatin1String("aiot")) && first.contains(QLatin1String("annee")))
        return Layout::IsdndSites;
    return std::nullopt;
}

void importJsonDocument(ImportContext &context, const QJsonDocument &document, const JsonLocator &locator, Layout layout)
{
    if (const JsonLocator::Duplicate twice = locator.firstDuplicateKey(); twice.offset >= 0) {
        const TextPosition at = locator.positionOf(twice.offset);
        context.problems.add(at.line, at.column, Tr::tr("clé « %1 » donnée deux fois dans le même objet : laquelle est la bonne ?")
                                                     .arg(twice.key));
        return;
    }
    if (layout == Layout::EpciComposition)
        importEpciComposition(context, locator, document.array());
    else if (layout == Layout::IsdndSites)
        importIsdnd(context, locator, document.array());
    else if (layout == Layout::Boundaries)
        importGeoJson(context, document, locator);
}

} // namespace odema
