// `odema-explorer map`: a choropleth map of the store to SVG, PNG or PDF, without a screen.
#include "cli/Terminal.h"
#include "cli/Verbs.h"
#include "cli/ViewOption.h"
#include "common/OdemaError.h"
#include "geo/MapDataBuilder.h"
#include "map/MapExporter.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace odema::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int integer(const QCommandLineParser &p, const QString &name, int min, int max)
{
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok || v < min || v > max)
        throw OdemaError(Tr::tr("--%1 attend un entier de %2 à %3, pas « %4 ».").arg(name, QString::number(min), QString::number(max), p.value(name)));
    return v;
}

QStringList listValues(const QCommandLineParser &p, const QString &name)
{
    QStringList codes;
    for (const QString &v : p.values(name))
        codes << v.split(QLatin1Char(','), Qt::SkipEmptyParts);
    return codes;
}
} // namespace

int runMap(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Dessine une carte des territoires d'un niveau colorés selon un indicateur, en SVG, PNG ou PDF.\n"
        "Niveaux : region, departement, epci, commune. Indicateurs : tonnes, kg_hab, part, population.\n"
        "Exemple : odema-explorer map --db base.sqlite --level departement --within region:32 "
        "--indicator kg_hab --year 2021 --format svg --out carte.svg"));
    parser.addHelpOption();
    const auto opt = [&](const char *name, const QString &help, const char *value = nullptr) {
        // UTF-8: value names such as "ANNÉE" are not Latin-1 (they printed "ANNÃ‰E").
        parser.addOption(value ? QCommandLineOption(QString::fromUtf8(name), help, QString::fromUtf8(value))
                               : QCommandLineOption(QString::fromUtf8(name), help));
    };
    opt("db", Tr::tr("Base à lire."), "BASE");
    opt("level", Tr::tr("Niveau des territoires coloriés : region, departement, epci, commune."), "NIVEAU");
    opt("within", Tr::tr("Périmètre (region:32, departement:59, un nom) ; la France entière sinon."), "TERRITOIRE");
    opt("indicator", Tr::tr("tonnes, kg_hab (par défaut), part (d'un flux ou d'un mode) ou population."), "INDICATEUR");
    opt("year", Tr::tr("Année (par défaut la dernière année avec des données)."), "ANNÉE");
    opt("compare", Tr::tr("Évolution depuis cette année (en %, palette divergente)."), "ANNÉE");
    opt("stream", Tr::tr("Flux : codes (02A,08C) ou filières (OMR, CS, DECH), séparés par des virgules."), "FLUX");
    opt("mode", Tr::tr("Modes de traitement : codes (02A) ou groupes (valorisation, stockage) ; lit les données « traitement »."), "MODES");
    opt("classes", Tr::tr("Nombre de classes, de 3 à 9 (5 par défaut)."), "N");
    opt("method", Tr::tr("Classes : quantiles (par défaut), equal (intervalles égaux) ou jenks (seuils naturels)."), "MÉTHODE");
    opt("landfills", Tr::tr("Ajoute les installations de stockage (ISDND) en cercles proportionnels au tonnage de l'année."));
    opt("format", Tr::tr("svg, png ou pdf (sinon d'après l'extension de --out)."), "FORMAT");
    opt("out", Tr::tr("Fichier à écrire."), "FICHIER");
    opt("dpi", Tr::tr("Résolution du PNG, de 96 à 600 (300 par défaut)."), "DPI");
    opt("width-mm", Tr::tr("Largeur en mm (180 par défaut)."), "MM");
    opt("height-mm", Tr::tr("Hauteur en mm (200 par défaut)."), "MM");
    parser.addOption(viewOption());
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    for (const char *required : {"db", "level", "out"})
        if (!parser.isSet(QLatin1String(required)) && !(qstrcmp(required, "level") == 0 && parser.isSet(QStringLiteral("view"))))
            return usage(Tr::tr("Usage : odema-explorer map --db BASE (--level NIVEAU | --view VUE) [--within TERRITOIRE] [--indicator kg_hab] "
                            "[--year 2021] --out FICHIER [--format svg|png|pdf] [--dpi 300]"));
    try {
        const QString outPath = parser.value(QStringLiteral("out"));
        Store::refuseOutputOnStore(parser.value(QStringLiteral("db")), outPath);
        const QString formatKey = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QFileInfo(outPath).suffix();
        const auto format = map::mapFormatFromKey(formatKey);
        if (!format)
            throw OdemaError(Tr::tr("Format « %1 » inconnu : svg, png ou pdf.").arg(formatKey));
        map::MapPageSize size;
        if (parser.isSet(QStringLiteral("dpi")))
            size.dpi = integer(parser, QStringLiteral("dpi"), 96, 600);
        if (parser.isSet(QStringLiteral("width-mm")))
            size.widthMm = integer(parser, QStringLiteral("width-mm"), 50, 2000);
        if (parser.isSet(QStringLiteral("height-mm")))
            size.heightMm = integer(parser, QStringLiteral("height-mm"), 50, 2000);

        auto store = Store::open(parser.value(QStringLiteral("db")), Store::OpenMode::ReadOnly);
        const geo::MapDataBuilder builder(store->database());
        // The view's map (its selection and options) first, then what the command line says.
        const std::optional<ViewState> view = viewFrom(parser, store->database());
        geo::MapRequest request = view ? view->map.request(store->database(), view->filter) : geo::MapRequest();
        if (parser.isSet(QStringLiteral("level"))) {
            const auto level = levelFromKey(parser.value(QStringLiteral("level")));
            if (!level || *level == Level::France)
                throw OdemaError(Tr::tr("Niveau « %1 » inconnu : region, departement, epci ou commune.").arg(parser.value(QStringLiteral("level"))));
            request.level = *level;
        }
        if (parser.isSet(QStringLiteral("within")))
            request.withinId = TerritoryResolver(store->database()).resolve(parser.value(QStringLiteral("within"))).id;
        if (parser.isSet(QStringLiteral("indicator"))) {
            const auto m = geo::mapMeasureFromKey(parser.value(QStringLiteral("indicator")));
            if (!m)
                throw OdemaError(Tr::tr("Indicateur « %1 » inconnu : tonnes, kg_hab, part ou population.").arg(parser.value(QStringLiteral("indicator"))));
            request.measure = *m;
        }
        if (parser.isSet(QStringLiteral("year")))
            request.year = integer(parser, QStringLiteral("year"), 1900, 2100);
        if (parser.isSet(QStringLiteral("compare")))
            request.compareYear = integer(parser, QStringLiteral("compare"), 1900, 2100);
        if (parser.isSet(QStringLiteral("stream")))
            request.streamIds = builder.streamIdsFromCodes(listValues(parser, QStringLiteral("stream")));
        if (parser.isSet(QStringLiteral("mode")))
            request.modeIds = builder.modeIdsFromCodes(listValues(parser, QStringLiteral("mode")));
        if (parser.isSet(QStringLiteral("classes")))
            request.classes = integer(parser, QStringLiteral("classes"), geo::kMinClasses, geo::kMaxClasses);
        if (parser.isSet(QStringLiteral("method"))) {
            const auto method = geo::breakMethodFromKey(parser.value(QStringLiteral("method")));
            if (!method)
                throw OdemaError(Tr::tr("Méthode « %1 » inconnue : quantiles, equal ou jenks.").arg(parser.value(QStringLiteral("method"))));
            request.method = *method;
        }
        request.landfills = request.landfills || parser.isSet(QStringLiteral("landfills"));

        const geo::MapData data = builder.build(request);
        map::MapExporter::exportToFile(data, size, *format, outPath);
        out(Tr::tr("%1 écrit (%2).\n").arg(outPath, data.title));
        out(Tr::tr("%1 territoires, %2 sans donnée.\n").arg(data.features.size()).arg(data.noDataCount));
        // What could not be drawn or tied to a territory is said, not silently dropped.
        for (const QString &note : data.notes)
            err(note + QLatin1Char('\n'));
        if (!data.hasValues())
            err(Tr::tr("Aucune valeur pour cette sélection : la carte est entièrement hachurée.\n"));
    } catch (const OdemaError &e) {
        return fail(e);
    }
    return 0;
}

} // namespace odema::cli
