#include "cli/Terminal.h"
#include "cli/Verbs.h"
#include "common/FileChecks.h"
#include "common/FrenchFormat.h"
#include "common/Tonnage.h"
#include "common/OdemaError.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <algorithm>

namespace odema::cli {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// How long an import waits for another one to finish with the store before giving up.
constexpr int kDefaultWaitSeconds = 60;

QString yearsText(const ImportReport &r)
{
    if (r.years.isEmpty())
        return QStringLiteral("—");
    QList<int> years(r.years.cbegin(), r.years.cend());
    std::sort(years.begin(), years.end());
    QStringList list;
    for (int y : years)
        list << QString::number(y);
    return list.size() > 12 ? QStringLiteral("%1–%2 (%3 années)").arg(years.first()).arg(years.last()).arg(years.size()) : list.join(QStringLiteral(", "));
}

void printReport(const ImportReport &r, bool verbose)
{
    if (r.alreadyImported) {
        out(Tr::tr("%1 : déjà importé (%2) ; rien n'a changé.\n").arg(r.fileName, r.alreadyImportedAs));
        return;
    }
    QString text = Tr::tr("%1\n"
                      "  format      : %2 [%3]\n"
                      "  encodage    : %4%5\n"
                      "  lignes lues : %6\n"
                      "  enregistrées: %7\n")
                       .arg(r.fileName, r.layout, r.layoutId, r.encoding,
                            r.delimiter.isEmpty() ? QString() : Tr::tr(", séparateur « %1 »").arg(r.delimiter),
                            formatInteger(r.rowsRead), formatInteger(r.rowsStored));
    if (r.rowsReplaced)
        text += Tr::tr("  remplacées : %1 lignes d'un autre export des mêmes tranches (annulable dans l'historique)\n")
                    .arg(formatInteger(r.rowsReplaced));
    text += Tr::tr("  années      : %1\n  territoires : %2 (%3 créés)\n")
                .arg(yearsText(r), formatInteger(r.territories.size()), formatInteger(r.territoriesCreated));
    if (r.totalGrams > 0)
        text += Tr::tr("  tonnes      : %1\n").arg(formatGramsAsTonnes(r.totalGrams));
    if (r.populationsStored)
        text += Tr::tr("  populations : %1\n").arg(formatInteger(r.populationsStored));
    text += Tr::tr("  sha256      : %1\n  durée       : %2 s\n").arg(r.sha256, formatNumber(r.seconds, 2));
    if (verbose) {
        QStringList phases;
        for (const auto &[name, seconds] : r.phases)
            phases << QStringLiteral("%1 %2 s").arg(name, formatNumber(seconds, 2));
        text += Tr::tr("  étapes      : %1\n").arg(phases.join(QStringLiteral(", ")));
    }
    for (const QString &note : r.notes)
        text += QStringLiteral("  · %1\n").arg(note);
    if (r.warningCount)
        text += Tr::tr("  avertissements : %1 (valeurs acceptées, ce qui a été supposé est dit pour chacune)\n")
                    .arg(formatInteger(r.warningCount));
    out(text);
    // Like a compiler's warnings: file:line:column first, on stderr, so that they can be grepped.
    for (const QString &line : r.warningLines())
        err(line + QLatin1Char('\n'));
}
} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Importe des fichiers dans une base Odema (créée si besoin). Chaque fichier "
                                        "est importé entier ou pas du tout.\n"
                                        "Exemple : odema-explorer import --db base.sqlite data/*.csv data/*.json"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), Tr::tr("Base à remplir (fichier SQLite)."), Tr::tr("BASE")});
    parser.addOption({{QStringLiteral("annee-population"), QStringLiteral("population-year")},
                      Tr::tr("Année des populations des fichiers qui n'en donnent aucune, ni en colonne ni dans leur nom "
                         "(populations légales INSEE, liste des EPCI). Un fichier qui porte son année la garde."),
                      Tr::tr("ANNÉE")});
    parser.addOption({QStringLiteral("replace"),
                      Tr::tr("Applique une révision : les tranches (jeu de données × territoire × année) qu'un autre export "
                         "a déjà mises dans la base sont remplacées en entier. Sans cette option, un tel import est refusé "
                         "et la liste des changements affichée.")});
    parser.addOption({{QStringLiteral("jeu-de-donnees"), QStringLiteral("dataset")},
                      Tr::tr("Jeu de données d'un fichier dont l'en-tête ne dit pas lequel, par exemple "
                         "sinoe-chiffres-cles-dma-hg (chiffres clés DMA hors gravats) ou sinoe-chiffres-cles-dma-ag."),
                      Tr::tr("CODE")});
    parser.addOption({{QStringLiteral("attente"), QStringLiteral("wait")},
                      Tr::tr("Quand un autre import écrit dans la base : secondes à attendre qu'il finisse, en le disant, "
                             "avant de renoncer (%1 par défaut).").arg(kDefaultWaitSeconds),
                      Tr::tr("SECONDES")});
    parser.addOption({QStringLiteral("verbose"), Tr::tr("Détaille le temps passé à chaque étape.")});
    parser.addPositionalArgument(Tr::tr("fichiers"), Tr::tr("Fichiers CSV ou JSON à importer."), Tr::tr("FICHIER..."));
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db")) || parser.positionalArguments().isEmpty())
        return usage(Tr::tr("Usage : odema-explorer import --db BASE FICHIER... (voir --help)"));

    ImportOptions options;
    if (parser.isSet(QStringLiteral("annee-population"))) {
        bool ok = false;
        options.populationYear = parser.value(QStringLiteral("annee-population")).toInt(&ok);
        if (!ok)
            return usage(Tr::tr("--annee-population attend une année, par exemple 2021."));
    }
    SqlBackend::WriteWait wait{kDefaultWaitSeconds, [](const QString &line) { err(line + QLatin1Char('\n')); }};
    if (parser.isSet(QStringLiteral("attente"))) {
        bool ok = false;
        wait.seconds = parser.value(QStringLiteral("attente")).toInt(&ok);
        if (!ok || wait.seconds < 1)
            return usage(Tr::tr("--attente attend un nombre de secondes, par exemple 60."));
    }
    SqlBackend::setWriteWait(wait);
    options.replace = parser.isSet(QStringLiteral("replace"));
    options.datasetCode = parser.value(QStringLiteral("jeu-de-donnees"));
    int status = 0;
    try {
        // Before the store is opened (or created for nothing): a FIFO would block the reader.
        for (const QString &file : parser.positionalArguments())
            refuseSpecialFile(file);
        auto store = Store::open(parser.value(QStringLiteral("db")), Store::OpenMode::CreateIfMissing);
        if (store->wasEmptyFile())
            err(Tr::tr("« %1 » était un fichier vide (0 octet) : il est devenu une nouvelle base Odema.\n").arg(store->location()));
        Importer importer(*store);
        for (const QString &file : parser.positionalArguments()) {
            try {
                printReport(importer.importFile(file, options), parser.isSet(QStringLiteral("verbose")));
            } catch (const OdemaError &e) {
                status = fail(e);
            }
        }
    } catch (const OdemaError &e) {
        return fail(e);
    }
    return status;
}

} // namespace odema::cli
