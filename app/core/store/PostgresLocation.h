#pragma once
// Where a shared store lives on a PostgreSQL server, as the user writes it on the command line
// or in the window: a URI (`postgresql://marie@db.example:5432/odema?sslmode=require`) or a
// service of pg_service.conf (`service=odema`). Passwords never travel in the location: libpq
// reads them from ~/.pgpass, pg_service.conf or PGPASSWORD, the window from the desktop keychain.
#include <QMap>
#include <QString>

namespace odema {

struct PostgresLocation {
    QString service;  ///< pg_service.conf name; the other fields are then usually empty
    QString host;     ///< empty: libpq's default (PGHOST, then the local socket)
    int port = -1;    ///< -1: libpq's default
    QString user;     ///< empty: PGUSER, then the login name
    QString database; ///< empty: libpq's default (PGDATABASE, then the user name)
    QMap<QString, QString> options; ///< other libpq keywords from the URI query (sslmode…)

    /// True when `location` names a server store rather than a SQLite file.
    static bool isServerLocation(const QString &location);
    /// Throws OdemaError naming the problem (a password in the URI, an unknown parameter…).
    static PostgresLocation parse(const QString &location);

    /// The libpq keywords besides host, port, user and database (service, sslmode…), as
    /// QSqlDatabase::setConnectOptions takes them.
    QString connectOptions() const;
    /// "odema sur db.example:5432 (marie)", for titles and menus.
    QString displayName() const;
    /// The same server, database and user always give the same key (for the keychain).
    QString credentialKey() const;
};

} // namespace odema
