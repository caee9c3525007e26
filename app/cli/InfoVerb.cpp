#include "cli/Terminal.h"
#include "cli/Verbs.h"
#include "common/OdemaError.h"
#include "info/StoreSummary.h"
#include "store/Store.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>

namespace odema::cli {

int runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Décrit ce que contient une base : fichiers sources, tonnes par année et niveau, par flux et par mode de traitement.\n"
        "Exemple : odema-explorer info --db base.sqlite --json"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("Cli", "Base à décrire."), QStringLiteral("BASE")});
    parser.addOption({QStringLiteral("json"), QCoreApplication::translate("Cli", "Sortie JSON, pour les scripts.")});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db")))
        return usage(QCoreApplication::translate("Cli", "Usage : odema-explorer info --db BASE [--json]"));
    try {
        auto store = Store::open(parser.value(QStringLiteral("db")), Store::OpenMode::ReadOnly);
        const StoreSummary summary = StoreSummary::of(*store);
        if (parser.isSet(QStringLiteral("json")))
            out(QString::fromUtf8(QJsonDocument(summary.toJson()).toJson(QJsonDocument::Indented)));
        else
            out(summary.toText());
    } catch (const OdemaError &e) {
        return fail(e);
    }
    return 0;
}

} // namespace odema::cli
