#include "cli/CommandLine.h"

#include "cli/Terminal.h"
#include "cli/Verbs.h"

#include <QCoreApplication>
#include <functional>
#include <vector>

namespace odema::cli {

namespace {

struct Verb {
    const char *name;
    const char *summary;
    std::function<int(const QStringList &)> run;
    bool needsGui;
};

const std::vector<Verb> &verbTable()
{
    static const std::vector<Verb> table{
        {"import", QT_TRANSLATE_NOOP("Cli", "importe des fichiers (SINOE®, INSEE, Odema) dans une base"), runImport, false},
        {"info", QT_TRANSLATE_NOOP("Cli", "décrit le contenu d'une base"), runInfo, false},
        {"export", QT_TRANSLATE_NOOP("Cli", "exporte le tableau filtré ou croisé en CSV ou XLSX"), runExport, false},
        {"indicators", QT_TRANSLATE_NOOP("Cli", "calcule les indicateurs du catalogue par territoire et année (JSON ou CSV)"), runIndicators, false},
        {"check", QT_TRANSLATE_NOOP("Cli", "contrôle la qualité des chiffres d'une base (texte, JSON ou CSV)"), runCheck, false},
        {"chart", QT_TRANSLATE_NOOP("Cli", "trace un graphique en SVG, PNG ou PDF"), runChart, true},
        {"report", QT_TRANSLATE_NOOP("Cli", "écrit des fiches territoriales en PDF ou HTML, une ou en série"), runReport, true},
        {"map", QT_TRANSLATE_NOOP("Cli", "dessine une carte des territoires (SVG, PNG ou PDF)"), runMap, true},
        {"roles", QT_TRANSLATE_NOOP("Cli", "crée les rôles d'une base partagée PostgreSQL, ou affiche leur script SQL"), runRoles, false},
        {"paths", QT_TRANSLATE_NOOP("Cli", "indique où sont les données, les traductions et la base de l'utilisateur"), runPaths, false},
    };
    return table;
}

const Verb *findVerb(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return nullptr;
    for (const Verb &v : verbTable())
        if (arguments.at(1) == QLatin1String(v.name))
            return &v;
    return nullptr;
}

/// A first argument that is neither an option nor a verb ("odema-explorer frobnicate"): a typo
/// of a verb, refused rather than silently opening the window.
bool namesUnknownVerb(const QStringList &arguments)
{
    return arguments.size() >= 2 && !arguments.at(1).startsWith(QLatin1Char('-')) && !findVerb(arguments);
}

QString mainHelp()
{
    QString text = QCoreApplication::translate("Cli",
        "Odema Explorer %1 — données déchets de l'Odema (Hauts-de-France)\n\n"
        "Usage :\n"
        "  odema-explorer [--db BASE]           ouvre la fenêtre (sur BASE, sinon la base par défaut)\n"
        "  odema-explorer VERBE [options]       travaille sans fenêtre\n\n"
        "Verbes :\n").arg(QStringLiteral(ODEMA_VERSION));
    for (const Verb &v : verbTable())
        text += QStringLiteral("  %1 %2\n").arg(QLatin1String(v.name), -10).arg(QCoreApplication::translate("Cli", v.summary));
    text += QCoreApplication::translate("Cli",
        "\n`odema-explorer VERBE --help` détaille les options d'un verbe.\n"
        "Exemple : odema-explorer import --db base.sqlite data/sinoe14_tonnage_decheterie_par_type_dechet_dept.csv\n");
    return text;
}

} // namespace

QStringList verbs()
{
    QStringList names;
    for (const Verb &v : verbTable())
        names << QLatin1String(v.name);
    return names;
}

bool isHeadless(const QStringList &arguments)
{
    if (findVerb(arguments) || namesUnknownVerb(arguments))
        return true;
    return arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))
        || arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"));
}

bool needsGui(const QStringList &arguments)
{
    const Verb *verb = findVerb(arguments);
    return verb && verb->needsGui;
}

int run(const QStringList &arguments)
{
    if (const Verb *verb = findVerb(arguments))
        return verb->run(arguments.mid(1));
    if (namesUnknownVerb(arguments))
        return usage(QCoreApplication::translate("Cli", "Verbe inconnu : « %1 ». Verbes : %2.\n"
                                                        "`odema-explorer --help` les décrit.")
                         .arg(arguments.at(1), verbs().join(QStringLiteral(", "))));
    if (arguments.contains(QLatin1String("--version")) || arguments.contains(QLatin1String("-v"))) {
        out(QStringLiteral("odema-explorer %1\n").arg(QStringLiteral(ODEMA_VERSION)));
        return 0;
    }
    out(mainHelp());
    return 0;
}

} // namespace odema::cli
