// `odema-explorer export`: the window's filtered table or cross table to CSV or XLSX, through
// the same query code as the window.
#include "cli/Terminal.h"
#include "cli/Verbs.h"
#include "cli/ViewOption.h"
#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "export/ResultExport.h"
#include "query/FilterChoices.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace odema::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// The filter of --view (or none), with what the command line says in its place.
FlowFilter filterFrom(const QCommandLineParser &parser, const QSqlDatabase &db, FlowFilter filter)
{
    const TerritoryResolver resolver(db);
    const bool alone = parser.isSet(QStringLiteral("no-children"));
    if (parser.isSet(QStringLiteral("territory"))) {
        filter.territories.clear();
        for (const QString &t : parser.values(QStringLiteral("territory")))
            filter.territories << TerritorySelection{resolver.resolve(t).id, !alone};
    } else if (alone) {
        for (TerritorySelection &t : filter.territories)
            t.includeDescendants = false;
    }
    if (parser.isSet(QStringLiteral("years")))
        parseYearRange(parser.value(QStringLiteral("years")), &filter.yearFrom, &filter.yearTo);
    const auto replace = [&](const char *option, QList<qint64> &ids, qint64 (*lookup)(const QSqlDatabase &, const QString &)) {
        if (!parser.isSet(QLatin1String(option)))
            return;
        ids.clear();
        for (const QString &v : parser.values(QLatin1String(option)))
            ids << lookup(db, v);
    };
    replace("stream", filter.streamIds, lookupStream);
    replace("mode", filter.modeIds, lookupMode);
    replace("channel", filter.channelIds, lookupChannel);
    if (parser.isSet(QStringLiteral("kind"))) {
        const QString kind = parser.value(QStringLiteral("kind")).toLower();
        if (kind == QLatin1String("collecte"))
            filter.kind = FlowFilter::Kind::Collecte;
        else if (kind == QLatin1String("traitement"))
            filter.kind = FlowFilter::Kind::Traitement;
        else
            throw OdemaError(Tr::tr("--kind « %1 » : écrivez collecte ou traitement.").arg(kind));
    }
    if (parser.isSet(QStringLiteral("text")))
        filter.text = parser.value(QStringLiteral("text"));
    return filter;
}

PivotMeasure measureFrom(const QString &text)
{
    const QString t = text.toLower();
    if (t.isEmpty() || t == QLatin1String("tonnes"))
        return PivotMeasure::Tonnes;
    if (t == QLatin1String("kg-hab") || t == QLatin1String("kghab") || t == QLatin1String("kg/hab"))
        return PivotMeasure::KgPerInhabitant;
    if (t == QLatin1String("part") || t == QLatin1String("share"))
        return PivotMeasure::Share;
    throw OdemaError(Tr::tr("--measure « %1 » : écrivez tonnes, kg-hab ou part.").arg(text));
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Exporte le tableau filtré (ou le tableau croisé) de la fenêtre en CSV ou XLSX : toutes les lignes du filtre.\n"
        "Exemple : odema-explorer export --db base.sqlite --territory region:32 --years 2017-2021 --stream 02C "
        "--format xlsx --out verts.xlsx"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), Tr::tr("Base à lire."), QStringLiteral("BASE")},
        {QStringLiteral("territory"), Tr::tr("Territoire (niveau:code comme region:32, departement:59, epci:200093201, "
                                         "commune:59350, ou un nom sans ambiguïté) ; répétable."), QStringLiteral("TERRITOIRE")},
        {QStringLiteral("no-children"), Tr::tr("Le territoire seul, sans ceux qu'il contient.")},
        {QStringLiteral("years"), Tr::tr("Années : 2019, 2017-2021, 2017- ou -2021."), QStringLiteral("ANNÉES")},
        {QStringLiteral("stream"), Tr::tr("Flux (code SINOE comme 02C, ou libellé) ; répétable."), QStringLiteral("FLUX")},
        {QStringLiteral("mode"), Tr::tr("Mode de traitement (code ou libellé) ; répétable."), QStringLiteral("MODE")},
        {QStringLiteral("channel"), Tr::tr("Canal de collecte (OMR, CS, DECH ou libellé) ; répétable."), QStringLiteral("CANAL")},
        {QStringLiteral("kind"), Tr::tr("collecte ou traitement (par défaut : les deux)."), QStringLiteral("TYPE")},
        {QStringLiteral("text"), Tr::tr("Texte cherché dans les noms et codes des territoires, flux et modes."), QStringLiteral("TEXTE")},
        {QStringLiteral("pivot"), Tr::tr("Tableau croisé par années, lignes : territoire, flux ou mode."), QStringLiteral("LIGNES")},
        {QStringLiteral("measure"), Tr::tr("Cellules du tableau croisé : tonnes (défaut), kg-hab ou part."), QStringLiteral("MESURE")},
        {QStringLiteral("format"), Tr::tr("csv ou xlsx (par défaut : d'après l'extension de --out)."), QStringLiteral("FORMAT")},
        {QStringLiteral("csv-style"), Tr::tr("excel (; virgule décimale, BOM ; défaut) ou rfc (, point décimal)."), QStringLiteral("STYLE")},
        {QStringLiteral("out"), Tr::tr("Fichier à écrire."), QStringLiteral("FICHIER")},
        viewOption(),
    });
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("out")))
        return usage(Tr::tr("Usage : odema-explorer export --db BASE --out FICHIER [--territory T]… [--years A-B] [--stream F]… "
                        "[--format csv|xlsx] (voir --help)"));
    try {
        const QString outPath = parser.value(QStringLiteral("out"));
        Store::refuseOutputOnStore(parser.value(QStringLiteral("db")), outPath);
        const QString formatText = parser.isSet(QStringLiteral("format"))
            ? parser.value(QStringLiteral("format"))
            : (outPath.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? QStringLiteral("xlsx") : QStringLiteral("csv"));
        const ExportFormat format = parseExportFormat(formatText);
        const CsvStyle style = parseCsvStyle(parser.isSet(QStringLiteral("csv-style")) ? parser.value(QStringLiteral("csv-style"))
                                                                                       : QStringLiteral("excel"));
        auto store = Store::open(parser.value(QStringLiteral("db")), Store::OpenMode::ReadOnly);
        const QSqlDatabase db = store->database();
        // A view exports what its window's Fichier › Exporter would: the cross table when it
        // is in front (with its rows and measure), else the table in its sort order.
        const std::optional<ViewState> view = viewFrom(parser, db);
        const FlowFilter filter = filterFrom(parser, db, view ? view->filter : FlowFilter());
        const bool pivot = parser.isSet(QStringLiteral("pivot")) || (view && view->tab == ViewTab::Pivot);
        if (pivot) {
            const PivotRows rows = parser.isSet(QStringLiteral("pivot")) ? parsePivotRows(parser.value(QStringLiteral("pivot")))
                                                                         : view->pivot.rows;
            const PivotMeasure measure = parser.isSet(QStringLiteral("measure")) || !view ? measureFrom(parser.value(QStringLiteral("measure")))
                                                                                          : view->pivot.measure;
            const PivotTable table = computePivot(db, filter, rows, measure);
            auto writer = TableWriter::create(format, outPath, style, Tr::tr("Tableau croisé"));
            const qint64 n = exportPivot(table, *writer);
            out(Tr::tr("%1 : tableau croisé de %2 lignes sur %3 années (%4).\n")
                    .arg(outPath, formatInteger(n), QString::number(table.years.size()), table.kindTitle()));
        } else {
            auto writer = TableWriter::create(format, outPath, style, Tr::tr("Flux"));
            const qint64 n = exportFlows(db, FlowQuery(filter, view ? view->sort : FlowSort()), *writer);
            out(Tr::tr("%1 : %2 lignes.\n").arg(outPath, formatInteger(n)));
        }
    } catch (const OdemaError &e) {
        return fail(e);
    }
    return 0;
}

} // namespace odema::cli
