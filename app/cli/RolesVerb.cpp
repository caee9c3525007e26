// `roles`: the three database roles of a shared PostgreSQL store (odema_lecture, odema_import,
// odema_admin) and the schema they share. Printed for an administrator who prefers psql, or
// applied directly by one who may create roles.
#include "cli/Terminal.h"
#include "cli/Verbs.h"
#include "common/OdemaError.h"
#include "store/PostgresBackend.h"
#include "store/SqlBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSqlDatabase>

namespace odema::cli {

namespace {

void applyRoles(const QString &location)
{
    if (!SqlBackend::isServerLocation(location))
        throw OdemaError(QCoreApplication::translate("Cli", "« %1 » est une base SQLite : elle n'a qu'un utilisateur à la fois et pas de rôles. "
                                                            "Les rôles concernent une base partagée, --db postgresql://UTILISATEUR@HÔTE/BASE.")
                             .arg(location));
    const PostgresBackend backend;
    backend.checkLocation(location);
    const QString connection = QStringLiteral("odema-roles");
    {
        QSqlDatabase db = backend.connect(connection, location, false);
        if (!db.open())
            backend.refuseConnection(db, location);
        PostgresBackend::setUpRoles(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

int runRoles(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("Cli",
        "Les trois rôles d'une base partagée PostgreSQL : odema_lecture (lire), odema_import (importer, annuler un import), "
        "odema_admin (créer et migrer le schéma). Sans --apply, affiche le script SQL à passer avec psql.\n"
        "Exemple : odema-explorer roles --db postgresql://postgres@serveur/odema --apply"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QCoreApplication::translate("Cli", "Base partagée où créer les rôles (avec --apply)."), QStringLiteral("BASE")});
    parser.addOption({QStringLiteral("apply"), QCoreApplication::translate("Cli", "Crée les rôles et le schéma (un superutilisateur, ou le propriétaire de la base avec CREATEROLE).")});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    if (!parser.isSet(QStringLiteral("apply"))) {
        out(PostgresBackend::roleSetupScript());
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db")))
        return usage(QCoreApplication::translate("Cli", "Usage : odema-explorer roles --db postgresql://UTILISATEUR@HÔTE/BASE --apply"));
    try {
        const QString location = parser.value(QStringLiteral("db"));
        applyRoles(location);
        out(QCoreApplication::translate("Cli", "Rôles %1, %2 et %3 prêts, avec le schéma « %4 ». Donnez à chaque personne un rôle de connexion, par exemple :\n"
                                               "  CREATE ROLE marie LOGIN PASSWORD '…' IN ROLE %2;\n")
                .arg(QLatin1String(PostgresBackend::kReaderRole), QLatin1String(PostgresBackend::kImporterRole),
                     QLatin1String(PostgresBackend::kAdminRole), QLatin1String(PostgresBackend::kSchema)));
    } catch (const OdemaError &e) {
        return fail(e);
    }
    return 0;
}

} // namespace odema::cli
