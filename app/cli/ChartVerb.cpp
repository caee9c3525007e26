// `odema-explorer chart`: one chart of the store to SVG, PNG or PDF, without a screen.
#include "charts/ChartExporter.h"
#include "cli/Terminal.h"
#include "cli/Verbs.h"
#include "cli/ViewOption.h"
#include "common/OdemaError.h"
#include "import/NumberParser.h"
#include "indicators/ChartDataBuilder.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace odema::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// "2009-2021", "2009–2021" or "2017" -> (from, to). Throws on anything else.
QPair<int, int> parseYears(const QString &text)
{
    static const QRegularExpression range(QStringLiteral("^\\s*(\\d{4})\\s*(?:[-–:]\\s*(\\d{4}))?\\s*$"));
    const auto m = range.match(text);
    if (!m.hasMatch())
        throw OdemaError(Tr::tr("Années « %1 » illisibles : écrivez 2009-2021 ou 2017.").arg(text));
    const int from = m.captured(1).toInt();
    const int to = m.captured(2).isEmpty() ? from : m.captured(2).toInt();
    if (from > to)
        throw OdemaError(Tr::tr("Période vide : %1 est après %2.").arg(QString::number(from), QString::number(to)));
    return {from, to};
}

double positiveNumber(const QCommandLineParser &p, const QString &name)
{
    // The importer's number reader: "8,5", "8.5" and "1 200" all read as a French user types them.
    const auto v = parseNumber(p.value(name));
    if (!v || *v <= 0)
        throw OdemaError(Tr::tr("--%1 attend un nombre positif, pas « %2 ».").arg(name, p.value(name)));
    return *v;
}
} // namespace

int runChart(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Trace un graphique de la base en SVG, PNG ou PDF, sans écran.\n"
        "Types : evolution, composition, traitement, comparaison, classement, trajectoire.\n"
        "Exemple : odema-explorer chart --db base.sqlite --territory region:32 --kind composition "
        "--years 2009-2021 --format svg --out composition.svg"));
    parser.addHelpOption();
    const auto opt = [&](const char *name, const QString &help, const char *value = nullptr) {
        parser.addOption(value ? QCommandLineOption(QString::fromUtf8(name), help, QString::fromUtf8(value))
                               : QCommandLineOption(QString::fromUtf8(name), help));
    };
    opt("db", Tr::tr("Base à lire."), "BASE");
    opt("territory", Tr::tr("Territoire (region:32, departement:59, un nom) ; répétez-le pour en comparer plusieurs."), "TERRITOIRE");
    opt("kind", Tr::tr("Type de graphique."), "TYPE");
    opt("years", Tr::tr("Années : 2009-2021, ou une seule année."), "ANNÉES");
    opt("year", Tr::tr("Année des graphiques d'une seule année (anneau, classement, plusieurs territoires)."), "ANNÉE");
    opt("measure", Tr::tr("tonnes, kg_hab ou percent (selon le type)."), "MESURE");
    opt("format", Tr::tr("svg, png ou pdf (sinon d'après l'extension de --out)."), "FORMAT");
    opt("out", Tr::tr("Fichier à écrire."), "FICHIER");
    opt("dpi", Tr::tr("Résolution du PNG, de 96 à 600 (300 par défaut)."), "DPI");
    opt("width-mm", Tr::tr("Largeur en mm (160 par défaut)."), "MM");
    opt("height-mm", Tr::tr("Hauteur en mm (100 par défaut)."), "MM");
    opt("width-px", Tr::tr("Largeur en pixels (à la résolution --dpi)."), "PX");
    opt("height-px", Tr::tr("Hauteur en pixels (à la résolution --dpi)."), "PX");
    opt("donut", Tr::tr("traitement : anneau d'une année au lieu des barres à 100 %."));
    opt("by-stream", Tr::tr("evolution d'un territoire : aires empilées par flux."));
    opt("national", Tr::tr("classement : tous les territoires du niveau en France."));
    opt("target", Tr::tr("trajectoire : identifiant de l'objectif (valorisation_dma, dma_kg_hab_trajectoire)."), "OBJECTIF");
    parser.addOption(viewOption());
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    const bool fromView = parser.isSet(QStringLiteral("view"));
    for (const char *required : {"db", "territory", "kind", "out"})
        if (!parser.isSet(QLatin1String(required)) && !(fromView && (qstrcmp(required, "territory") == 0 || qstrcmp(required, "kind") == 0)))
            return usage(Tr::tr("Usage : odema-explorer chart --db BASE (--territory TERRITOIRE --kind TYPE | --view VUE) [--years 2009-2021] "
                            "--out FICHIER [--format svg|png|pdf] [--dpi 300] [--width-mm L --height-mm H]"));
    try {
        const QString outPath = parser.value(QStringLiteral("out"));
        Store::refuseOutputOnStore(parser.value(QStringLiteral("db")), outPath);
        const QString formatKey = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format"))
                                                                         : QFileInfo(outPath).suffix();
        const auto format = charts::exportFormatFromKey(formatKey);
        if (!format)
            throw OdemaError(Tr::tr("Format « %1 » inconnu : svg, png ou pdf.").arg(formatKey));

        charts::ExportSize size;
        if (parser.isSet(QStringLiteral("dpi")))
            size.dpi = positiveNumber(parser, QStringLiteral("dpi"));
        else if (*format != charts::ExportFormat::Png)
            size.dpi = 96; // pixel sizes of vector files are screen pixels
        if (parser.isSet(QStringLiteral("width-px")) || parser.isSet(QStringLiteral("height-px"))) {
            if (!parser.isSet(QStringLiteral("width-px")) || !parser.isSet(QStringLiteral("height-px")))
                throw OdemaError(Tr::tr("Donnez --width-px et --height-px ensemble."));
            size = charts::ExportSize::fromPixels(qRound(positiveNumber(parser, QStringLiteral("width-px"))),
                                                  qRound(positiveNumber(parser, QStringLiteral("height-px"))), size.dpi);
        } else {
            if (parser.isSet(QStringLiteral("width-mm")))
                size.widthMm = positiveNumber(parser, QStringLiteral("width-mm"));
            if (parser.isSet(QStringLiteral("height-mm")))
                size.heightMm = positiveNumber(parser, QStringLiteral("height-mm"));
        }

        auto store = Store::open(parser.value(QStringLiteral("db")), Store::OpenMode::ReadOnly);
        // The view's selection and chart options first, then what the command line says.
        const ViewState view = viewFrom(parser, store->database()).value_or(ViewState());
        FlowFilter filter = view.filter;
        ChartOptions options = view.chart;
        if (parser.isSet(QStringLiteral("kind"))) {
            const auto kind = chartKindFromKey(parser.value(QStringLiteral("kind")));
            if (!kind) {
                QStringList keys;
                for (ChartKind k : allChartKinds())
                    keys << chartKindKey(k);
                throw OdemaError(Tr::tr("Type de graphique « %1 » inconnu : choisissez parmi %2.")
                                     .arg(parser.value(QStringLiteral("kind")), keys.join(QStringLiteral(", "))));
            }
            options.kind = *kind;
        }
        if (parser.isSet(QStringLiteral("territory"))) {
            const TerritoryResolver resolver(store->database());
            filter.territories.clear();
            for (const QString &t : parser.values(QStringLiteral("territory")))
                filter.territories << TerritorySelection{resolver.resolve(t).id, true};
        }
        if (parser.isSet(QStringLiteral("years"))) {
            const auto years = parseYears(parser.value(QStringLiteral("years")));
            filter.yearFrom = years.first;
            filter.yearTo = years.second;
        }
        if (parser.isSet(QStringLiteral("year")))
            options.year = parseYears(parser.value(QStringLiteral("year"))).first;
        if (parser.isSet(QStringLiteral("measure"))) {
            const auto m = measureFromKey(parser.value(QStringLiteral("measure")));
            if (!m)
                throw OdemaError(Tr::tr("Mesure « %1 » inconnue : tonnes, kg_hab ou percent.").arg(parser.value(QStringLiteral("measure"))));
            options.measure = *m;
        }
        options.donut = options.donut || parser.isSet(QStringLiteral("donut"));
        options.byStream = options.byStream || parser.isSet(QStringLiteral("by-stream"));
        options.national = options.national || parser.isSet(QStringLiteral("national"));
        if (parser.isSet(QStringLiteral("target")))
            options.targetId = parser.value(QStringLiteral("target"));
        const ChartRequest request = options.request(filter);

        const ChartData data = ChartDataBuilder(store->database()).build(request);
        if (data.isEmpty() && !data.emptyReason.isEmpty())
            throw OdemaError(data.emptyReason);
        if (data.isEmpty())
            throw OdemaError(Tr::tr("Pas de données pour cette sélection (%1, %2) : vérifiez le territoire et les années.")
                                 .arg(parser.values(QStringLiteral("territory")).join(QStringLiteral(", ")), chartKindLabel(options.kind)));
        charts::ChartExporter::exportToFile(data, size, *format, outPath);
        out(Tr::tr("%1 écrit (%2).\n").arg(outPath, data.title));
    } catch (const OdemaError &e) {
        return fail(e);
    }
    return 0;
}

} // namespace odema::cli
