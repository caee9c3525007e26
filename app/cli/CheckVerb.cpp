// odema-explorer check: the quality checks (core/quality) on a store, so that an observatory can
// run them after every import. Exit status 0 when nothing above "info" is found, 1 otherwise
// (or when the store cannot be read), 2 on a usage error.
#include "cli/Terminal.h"
#include "cli/Verbs.h"
#include "common/OdemaError.h"
#include "quality/QualityChecker.h"
#include "quality/QualityFormat.h"
#include "query/FlowQuery.h"
#include "store/Store.h"
#include "territory/TerritoryResolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace odema::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString summary(const QList<QualityFinding> &findings)
{
    QMap<QualitySeverity, int> counts;
    for (const QualityFinding &f : findings)
        ++counts[f.severity];
    return Tr::tr("%n constat(s) — erreurs : %1, avertissements : %2, informations : %3.\n", nullptr, int(findings.size()))
        .arg(counts.value(QualitySeverity::Error))
        .arg(counts.value(QualitySeverity::Warning))
        .arg(counts.value(QualitySeverity::Info));
}

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Contrôle la qualité des chiffres d'une base : jeux de données qui décrivent les mêmes tonnes et ne s'accordent pas, "
        "ratio publié différent de celui que donnent son tonnage et sa population, territoire et territoires contenus, ruptures "
        "de série, flux qui apparaissent ou disparaissent, années manquantes, tonnes sans population, codes inconnus.\n"
        "Code de sortie : 0 si rien au-dessus d'une information, 1 sinon, 2 pour une erreur d'usage.\n"
        "Exemple : odema-explorer check --db base.sqlite --territory region:32 --years 2009-2021 --format text"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), Tr::tr("Base à lire."), QStringLiteral("BASE")},
        {QStringLiteral("territory"), Tr::tr("Territoire (region:32, departement:59, un nom…), avec ceux qu'il contient ; répétable ; "
                                             "par défaut tous."), QStringLiteral("TERRITOIRE")},
        {QStringLiteral("years"), Tr::tr("Années : 2019, 2009-2021 ; par défaut toutes."), QStringLiteral("ANNÉES")},
        {QStringLiteral("threshold"), Tr::tr("Variation d'une année sur l'autre signalée comme rupture, en % (par défaut : 20)."),
         QStringLiteral("POURCENT")},
        {QStringLiteral("format"), Tr::tr("text, json ou csv (par défaut : text)."), QStringLiteral("FORMAT")},
    });
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db")) || !parser.positionalArguments().isEmpty())
        return usage(Tr::tr("Usage : odema-explorer check --db BASE [--territory T…] [--years A-B] [--threshold POURCENT] "
                            "[--format text|json|csv] (voir --help)"));
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != QLatin1String("text") && format != QLatin1String("csv") && format != QLatin1String("json"))
        return usage(Tr::tr("Format « %1 » inconnu : écrivez text, json ou csv.").arg(format));
    QualityOptions options;
    if (parser.isSet(QStringLiteral("years"))) {
        parseYearRange(parser.value(QStringLiteral("years")), &options.yearFrom, &options.yearTo);
        if (options.yearFrom <= 0 || options.yearTo <= 0 || options.yearFrom > options.yearTo)
            return usage(Tr::tr("--years demande une année ou une première et une dernière année (2009-2021), pas « %1 ».")
                             .arg(parser.value(QStringLiteral("years"))));
    }
    if (parser.isSet(QStringLiteral("threshold"))) {
        bool ok = false;
        const double percent = parser.value(QStringLiteral("threshold")).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok || percent <= 0)
            return usage(Tr::tr("--threshold demande un pourcentage positif (20), pas « %1 ».").arg(parser.value(QStringLiteral("threshold"))));
        options.breakThreshold = percent / 100.0;
    }
    try {
        auto store = Store::open(parser.value(QStringLiteral("db")), Store::OpenMode::ReadOnly);
        const TerritoryResolver resolver(store->database());
        for (const QString &text : parser.values(QStringLiteral("territory")))
            options.territoryIds << resolver.resolve(text).id;
        const QList<QualityFinding> findings = QualityChecker(store->database()).run(options);
        if (format == QLatin1String("json")) {
            QJsonArray array;
            for (const QualityFinding &f : findings)
                array << findingToJson(f);
            out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        } else if (format == QLatin1String("csv")) {
            QString text = findingsCsvHeader();
            for (const QualityFinding &f : findings)
                text += findingToCsvLine(f);
            out(text);
        } else {
            QString text;
            for (const QualityFinding &f : findings)
                text += findingToText(f);
            out(text + summary(findings));
        }
        if (format != QLatin1String("text"))
            err(summary(findings));
        return worstSeverity(findings) > QualitySeverity::Info ? 1 : 0;
    } catch (const OdemaError &e) {
        return fail(e);
    }
}

} // namespace odema::cli
