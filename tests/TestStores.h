#pragma once
// Where a test makes its stores. The tests of the store, the import, the queries, the
// indicators and the reports run twice under CTest: `tst_x` on SQLite files, `tst_x_pg` on the
// PostgreSQL server the suite starts for itself (tests/pg/pg-test-server.sh, a CTest fixture),
// with ODEMA_TEST_ENGINE=postgresql and ODEMA_TEST_PG_STATE naming the server's state folder
// (port, pgpass). The same test code then runs on both engines.
#include "common/OdemaError.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUuid>
#include <stdexcept>

namespace odema::test {

inline bool onPostgres() { return qEnvironmentVariable("ODEMA_TEST_ENGINE") == QLatin1String("postgresql"); }

/// The port of the suite's server, from its state folder.
inline QString pgPort()
{
    QFile f(qEnvironmentVariable("ODEMA_TEST_PG_STATE") + QStringLiteral("/port"));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("the PostgreSQL test server is not running (ODEMA_TEST_PG_STATE/port missing)");
    return QString::fromLatin1(f.readAll().trimmed());
}

/// postgresql://USER@127.0.0.1:PORT/DATABASE on the suite's server.
inline QString pgLocation(const QString &database, const QString &user = QStringLiteral("odema_test"))
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user, pgPort(), database);
}

/// Runs `statement` as the server's superuser, in `database`.
inline void pgAdmin(const QString &statement, const QString &database = QStringLiteral("postgres"))
{
    const QString name = QStringLiteral("pg-admin-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(pgPort().toInt());
        db.setUserName(QStringLiteral("odema_test"));
        db.setDatabaseName(database);
        if (!db.open())
            throw std::runtime_error(db.lastError().text().toStdString());
        sql::exec(db, statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// A new, empty database on the suite's server (its name says which test made it).
inline QString newPgDatabase(const QString &hint)
{
    static int counter = 0;
    QString name = QStringLiteral("t_%1_%2_%3").arg(QCoreApplication::applicationName()).arg(QCoreApplication::applicationPid()).arg(++counter);
    name += QLatin1Char('_') + QString(hint).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));
    name = name.toLower().left(60);
    pgAdmin(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    return name;
}

/// A location for a new store named `name`: a file in `dir` on SQLite, a new database on the
/// suite's PostgreSQL server otherwise (the server is thrown away with everything at the end).
inline QString newStoreLocation(const QTemporaryDir &dir, const QString &name)
{
    if (!onPostgres())
        return dir.filePath(name);
    return pgLocation(newPgDatabase(name));
}

/// The message Store::open refuses `location` with, empty when it opens.
inline QString openError(const QString &location, Store::OpenMode mode)
{
    try {
        Store::open(location, mode);
    } catch (const OdemaError &e) {
        return e.message();
    }
    return QString();
}

} // namespace odema::test
