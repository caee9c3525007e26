// `odema-explorer report`: one fact sheet (PDF and/or HTML) or a series of them, headless.
#include "cli/Terminal.h"
#include "cli/Verbs.h"
#include "cli/ViewOption.h"
#include "common/OdemaError.h"
#include "report/FactSheetBatch.h"
#include "report/FactSheetCoverage.h"
#include "report/FactSheetWorker.h"
#include "report/FactSheetWriter.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace odema::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Progress on stderr, one line per sheet, failures as they happen.
class StderrFeedback : public report::BatchFeedback {
public:
    void progress(int done, int total, const QString &current) override
    {
        if (!current.isEmpty())
            err(Tr::tr("[%1/%2] %3\n").arg(QString::number(done + (done < total ? 1 : 0)), QString::number(total), current));
    }
    void failed(const QString &territory, const QString &message) override
    {
        err(Tr::tr("  échec pour %1 : %2\n").arg(territory, message));
    }
};
} // namespace

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Écrit la fiche territoriale d'un territoire (PDF A4 de deux pages, et/ou HTML autonome), ou celles de tous les "
        "territoires d'un niveau dans un territoire parent.\n"
        "Exemples :\n"
        "  odema-explorer report --db base.sqlite --territory departement:59 --year 2021 --out fiche.pdf --html fiche.html\n"
        "  odema-explorer report --db base.sqlite --all-in region:32 --level departement --year 2021 --out-dir fiches/\n"
        "  odema-explorer report --db base.sqlite --all-in france --level departement --single-file toutes.pdf"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), Tr::tr("Base à lire."), QStringLiteral("BASE")},
        {QStringLiteral("territory"), Tr::tr("Territoire de la fiche : region:32, departement:59, epci:200093201, ou un nom."), QStringLiteral("TERRITOIRE")},
        {QStringLiteral("year"), Tr::tr("Année des données (par défaut : la dernière année avec des données pour le territoire)."), QStringLiteral("ANNEE")},
        {QStringLiteral("out"), Tr::tr("Fichier PDF à écrire."), QStringLiteral("FICHIER")},
        {QStringLiteral("html"), Tr::tr("Fichier HTML à écrire (même contenu, images intégrées). En série : écrit aussi un HTML par fiche.")},
        {QStringLiteral("html-out"), Tr::tr("Fichier HTML à écrire pour une fiche seule."), QStringLiteral("FICHIER")},
        {QStringLiteral("template"), Tr::tr("Modèle JSON : organisation, logo, couleur d'accent, texte de pied de page."), QStringLiteral("MODELE")},
        {QStringLiteral("all-in"), Tr::tr("Série : territoire parent (france, region:32, departement:59…)."), QStringLiteral("PARENT")},
        {QStringLiteral("level"), Tr::tr("Série : niveau des fiches (departement, epci, commune…)."), QStringLiteral("NIVEAU")},
        {QStringLiteral("out-dir"), Tr::tr("Série : dossier où écrire un PDF par territoire."), QStringLiteral("DOSSIER")},
        {QStringLiteral("pattern"), Tr::tr("Série : modèle de nom de fichier, avec {code}, {nom}, {niveau}, {annee} (défaut {code}_{nom}_{annee})."), QStringLiteral("MODELE")},
        {QStringLiteral("single-file"), Tr::tr("Série : un seul PDF avec sommaire au lieu d'un fichier par territoire."), QStringLiteral("FICHIER")},
        {QStringLiteral("jobs"), Tr::tr("Série : nombre de processus qui dessinent les fiches (défaut : un par cœur ; 1 = un seul)."), QStringLiteral("N")},
        viewOption(),
    });
    // A worker of a series drawn on several cores (report/FactSheetWorkers.h), not for users.
    for (const char *name : {"worker-sheets", "worker-part", "worker-title"}) {
        QCommandLineOption worker(QString::fromLatin1(name), QString(), QStringLiteral("X"));
        worker.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(worker);
    }
    // `--html FILE` for one sheet reads naturally: accept it by moving the value to --html-out.
    QStringList args = arguments;
    const int h = int(args.indexOf(QStringLiteral("--html")));
    if (h >= 0 && h + 1 < args.size() && !args.at(h + 1).startsWith(QLatin1String("--")) && !args.contains(QStringLiteral("--all-in"))) {
        args[h] = QStringLiteral("--html-out");
    }
    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    const bool series = parser.isSet(QStringLiteral("all-in"));
    const bool worker = parser.isSet(QStringLiteral("worker-sheets"));
    const bool fromView = parser.isSet(QStringLiteral("view"));
    const bool incomplete = !worker
        && ((!series && !parser.isSet(QStringLiteral("territory")) && !fromView)
            || (!series && !parser.isSet(QStringLiteral("out")) && !parser.isSet(QStringLiteral("html-out")))
            || (series && (!parser.isSet(QStringLiteral("level"))
                           || (!parser.isSet(QStringLiteral("out-dir")) && !parser.isSet(QStringLiteral("single-file"))))));
    if (!parser.isSet(QStringLiteral("db")) || incomplete)
        return usage(Tr::tr("Usage : odema-explorer report --db BASE --territory TERRITOIRE [--year ANNEE] --out FICHE.pdf [--html FICHE.html] [--template MODELE.json]\n"
                        "        odema-explorer report --db BASE --all-in PARENT --level NIVEAU [--year ANNEE] (--out-dir DOSSIER | --single-file FICHES.pdf) [--jobs N]"));
    int year = 0;
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1900 || year > 2100)
            return usage(Tr::tr("Année « %1 » invalide : donnez une année comme 2021.").arg(parser.value(QStringLiteral("year"))));
    }
    try {
        for (const char *output : {"out", "html-out", "single-file"})
            if (parser.isSet(QLatin1String(output)))
                Store::refuseOutputOnStore(parser.value(QStringLiteral("db")), parser.value(QLatin1String(output)));
        const report::ReportTemplate tpl = parser.isSet(QStringLiteral("template"))
            ? report::ReportTemplate::load(parser.value(QStringLiteral("template"))) : report::ReportTemplate::defaults();
        auto store = Store::open(parser.value(QStringLiteral("db")), Store::OpenMode::ReadOnly);
        report::FactSheetBuilder builder(store->database());
        QElapsedTimer timer;
        timer.start();
        if (worker) {
            report::WorkerTask task;
            if (!report::parseWorkerSheets(parser.value(QStringLiteral("worker-sheets")), &task.sheets))
                return usage(QStringLiteral("--worker-sheets INDEX:ID,…"));
            task.settings.outDir = parser.value(QStringLiteral("out-dir"));
            if (parser.isSet(QStringLiteral("pattern")))
                task.settings.pattern = parser.value(QStringLiteral("pattern"));
            task.settings.html = parser.isSet(QStringLiteral("html"));
            task.settings.year = year;
            task.settings.tpl = tpl;
            task.partFile = parser.value(QStringLiteral("worker-part"));
            task.title = parser.value(QStringLiteral("worker-title"));
            return report::runFactSheetWorker(builder, task);
        }
        // A view's sheet is the window's Fiches › Fiche territoriale: its first territory, the
        // last year of its range.
        const std::optional<ViewState> view = viewFrom(parser, store->database());
        if (view && !parser.isSet(QStringLiteral("year")))
            year = view->filter.yearTo;
        if (!series) {
            if (!parser.isSet(QStringLiteral("territory")) && view->filter.territories.isEmpty())
                throw OdemaError(Tr::tr("La vue %1 ne choisit aucun territoire : donnez --territory.").arg(parser.value(QStringLiteral("view"))));
            const TerritoryInfo t = parser.isSet(QStringLiteral("territory")) ? builder.resolver().resolve(parser.value(QStringLiteral("territory")))
                                                                              : builder.resolver().byId(view->filter.territories.first().territoryId);
            const report::FactSheetData data = builder.build(t.id, year);
            if (parser.isSet(QStringLiteral("out"))) {
                report::FactSheetWriter::writePdf(data, tpl, parser.value(QStringLiteral("out")));
                err(Tr::tr("Fiche %1 (%2) écrite : %3\n").arg(t.name, QString::number(data.header.year), parser.value(QStringLiteral("out"))));
            }
            if (parser.isSet(QStringLiteral("html-out"))) {
                report::FactSheetWriter::writeHtml(data, tpl, parser.value(QStringLiteral("html-out")));
                err(Tr::tr("Fiche %1 (%2) écrite : %3\n").arg(t.name, QString::number(data.header.year), parser.value(QStringLiteral("html-out"))));
            }
            return 0;
        }
        const TerritoryInfo parent = builder.resolver().resolve(parser.value(QStringLiteral("all-in")));
        const auto level = levelFromKey(parser.value(QStringLiteral("level")));
        if (!level)
            return usage(Tr::tr("Niveau « %1 » inconnu : %2.").arg(parser.value(QStringLiteral("level")), allLevelKeys().join(QStringLiteral(", "))));
        const report::FactSheetCoverage coverage(builder.resolver(), parent, *level);
        report::BatchSettings settings;
        settings.outDir = parser.value(QStringLiteral("out-dir"));
        settings.singleFile = parser.value(QStringLiteral("single-file"));
        if (parser.isSet(QStringLiteral("pattern")))
            settings.pattern = parser.value(QStringLiteral("pattern"));
        settings.html = parser.isSet(QStringLiteral("html"));
        settings.year = year;
        settings.tpl = tpl;
        settings.combinedTitle = Tr::tr("Fiches territoriales – %1, niveau %2").arg(parent.name, levelInText(*level));
        settings.storeLocation = parser.value(QStringLiteral("db"));
        if (parser.isSet(QStringLiteral("jobs"))) {
            bool ok = false;
            settings.workers = parser.value(QStringLiteral("jobs")).toInt(&ok);
            if (!ok || settings.workers < 1)
                return usage(Tr::tr("--jobs attend un nombre de processus, par exemple 2."));
        }
        StderrFeedback feedback;
        const report::BatchReport r = report::FactSheetBatch::run(builder, coverage.territories(), settings, feedback);
        err(report::batchResultText(r) + QLatin1Char('\n'));
        err(Tr::tr("Durée : %1 s (%n processus)\n", nullptr, r.workers).arg(QString::number(timer.elapsed() / 1000.0, 'f', 1)));
        for (const auto &f : r.failures)
            err(Tr::tr("  %1 : %2\n").arg(f.first, f.second));
        return r.complete() ? 0 : 1;
    } catch (const OdemaError &e) {
        return fail(e);
    }
}

} // namespace odema::cli
