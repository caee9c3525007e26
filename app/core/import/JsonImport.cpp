#include "import/JsonImport.h"

#include "common/OdemaError.h"
#include "common/Tonnage.h"
#include "import/GeoJsonImport.h"
#include "import/ImportContext.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
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

void importEpciComposition(ImportContext &c, const QJsonArray &epcis)
{
    const std::optional<int> year = populationYear(c);
    const qint64 dataset = c.datasets.idOf(QStringLiteral("etalab-epci"));
    int index = 0;
    for (const QJsonValue &value : epcis) {
        ++index;
        ++c.report.rowsRead;
        const QJsonObject epci = value.toObject();
        const QString siren = epci.value(QLatin1String("code")).toString();
        if (siren.size() != 9) {
            c.problems.add(index, 1, Tr::tr("objet n° %1 : code SIREN d'EPCI invalide « %2 »").arg(index).arg(siren));
            continue;
        }
        const qint64 epciId = c.territories.ensure(Level::Epci, siren, epci.value(QLatin1String("nom")).toString(),
                                                   TerritoryRegistry::Naming::Authoritative, epci.value(QLatin1String("type")).toString());
        QSet<QString> departements;
        for (const QJsonValue &m : epci.value(QLatin1String("membres")).toArray()) {
            const QJsonObject member = m.toObject();
            const QString code = member.value(QLatin1String("code")).toString();
            if (code.size() != 5) {
                c.problems.add(index, 1, Tr::tr("EPCI %1 : code commune membre invalide « %2 »").arg(siren, code));
                continue;
            }
            const qint64 communeId = c.territories.ensure(Level::Commune, code, member.value(QLatin1String("nom")).toString());
            c.territories.link(epciId, communeId, c.sourceId);
            departements.insert(departementOfCommune(code));
            if (year && member.contains(QLatin1String("populationMunicipale"))) {
                c.territories.setPopulation(communeId, *year, QStringLiteral("municipale"), dataset,
                                            qint64(member.value(QLatin1String("populationMunicipale")).toDouble()), c.sourceId);
                ++c.report.populationsStored;
            }
        }
        // An EPCI spanning several départements hangs under each of them: the tree then shows it
        // wherever it has members, and a région's closure still counts it once.
        for (const QString &dept : std::as_const(departements))
            c.territories.link(c.territories.ensure(Level::Departement, dept, QString()), epciId, c.sourceId);
        if (year) {
            for (const auto &[key, kind] : {std::pair{"populationMunicipale", "municipale"}, std::pair{"populationTotale", "totale"}}) {
                if (epci.contains(QLatin1String(key))) {
                    c.territories.setPopulation(epciId, *year, QLatin1String(kind), dataset, qint64(epci.value(QLatin1String(key)).toDouble()), c.sourceId);
                    ++c.report.populationsStored;
                }
            }
            c.report.noteYear(*year);
        }
        ++c.report.rowsStored;
        c.report.territories.insert(epciId);
    }
    if (!year)
        c.report.notes << Tr::tr("Populations des EPCI non enregistrées : leur année n'est ni dans le fichier ni dans son nom "
                             "(option --annee-population).");
}

void importIsdnd(ImportContext &c, const QJsonArray &records)
{
    QSqlQuery site = sql::prepare(c.db, QStringLiteral(
        "INSERT INTO landfill_site(aiot, name, departement, lon, lat) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (aiot) DO UPDATE SET name = excluded.name, departement = excluded.departement, lon = excluded.lon, lat = excluded.lat"));
    QSqlQuery yearRow = sql::prepare(c.db, QStringLiteral(
        "INSERT INTO landfill_year(site_id, year, grams, capacity_grams, source_id) "
        "VALUES ((SELECT id FROM landfill_site WHERE aiot = ?), ?, ?, ?, ?) "
        "ON CONFLICT (site_id, year) DO UPDATE SET grams = excluded.grams, capacity_grams = excluded.capacity_grams, "
        "source_id = excluded.source_id"));
    QSet<QString> sites;
    int index = 0;
    for (const QJsonValue &value : records) {
        ++index;
        ++c.report.rowsRead;
        const QJsonObject o = value.toObject();
        const QString aiot = o.value(QLatin1String("aiot")).toString();
        const double yearValue = o.value(QLatin1String("annee")).toDouble();
        if (aiot.isEmpty() || yearValue < 1900 || yearValue > 2100 || yearValue != std::floor(yearValue)) {
            c.problems.add(index, 1, Tr::tr("objet n° %1 : identifiant AIOT ou année manquant").arg(index));
            continue;
        }
        if (!sites.contains(aiot)) {
            sites.insert(aiot);
            site.bindValue(0, aiot);
            site.bindValue(1, o.value(QLatin1String("name")).toString());
            site.bindValue(2, o.value(QLatin1String("departement")).toString());
            site.bindValue(3, o.value(QLatin1String("lng")).toVariant());
            site.bindValue(4, o.value(QLatin1String("lat")).toVariant());
            sql::exec(site);
        }
        const QJsonValue tonnes = o.value(QLatin1String("tonnage"));
        yearRow.bindValue(0, aiot);
        yearRow.bindValue(1, int(yearValue));
        // Tonnes in exact grams (common/Tonnage.h); the file's numbers are whole tonnes.
        yearRow.bindValue(2, tonnes.isDouble() ? QVariant(gramsFromTonnes(tonnes.toDouble())) : QVariant());
        yearRow.bindValue(3, o.value(QLatin1String("capacite")).isDouble()
                                 ? QVariant(gramsFromTonnes(o.value(QLatin1String("capacite")).toDouble())) : QVariant());
        yearRow.bindValue(4, c.sourceId);
        sql::exec(yearRow);
        if (tonnes.isDouble()) {
            c.report.totalGrams += gramsFromTonnes(tonnes.toDouble());
            c.report.noteYear(int(yearValue));
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
        const QByteArray before = body.left(error.offset);
        const qint64 line = before.count('\n') + 1;
        const qint64 column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        throw OdemaError(QStringLiteral("%1:%2:%3: %4").arg(fileName, QString::number(line), QString::number(column),
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

void importJsonDocument(ImportContext &context, const QJsonDocument &document, Layout layout)
{
    if (layout == Layout::EpciComposition)
        importEpciComposition(context, document.array());
    else if (layout == Layout::IsdndSites)
        importIsdnd(context, document.array());
    else if (layout == Layout::Boundaries)
        importGeoJson(context, document);
}

} // namespace odema
