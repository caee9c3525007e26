#include "store/SqlUtil.h"

#include "common/OdemaError.h"
#include "store/SqliteErrors.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlError>

namespace odema::sql {

namespace {
/// A failed statement as the user hears of it: SQLite's failures in words naming the store and
/// what to do (store/SqliteErrors); a server's own message otherwise. The statement itself is
/// for a developer only (ODEMA_DEBUG_SQL), never in a user's message.
[[noreturn]] void fail(const QSqlDriver *driver, const QSqlError &error, const QString &statement)
{
    if (driver && driver->dbmsType() == QSqlDriver::SQLite) {
        const QVariant handle = driver->handle();
        sqlite3 *db = handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0 ? *static_cast<sqlite3 *const *>(handle.constData())
                                                                                       : nullptr;
        throw sqlite::failure(db, error.nativeErrorCode().toInt(), error.databaseText(), statement);
    }
    QStringList details;
    if (qEnvironmentVariableIsSet("ODEMA_DEBUG_SQL"))
        details << QCoreApplication::translate("Store", "Requête : %1").arg(statement.simplified().left(300));
    throw OdemaError(QCoreApplication::translate("Store", "Erreur de la base : %1").arg(error.text()), details);
}
/// Pending bulk writes per connection (its driver), on this thread.
QHash<const QSqlDriver *, std::function<void()>> &pendingBulkWrites()
{
    thread_local QHash<const QSqlDriver *, std::function<void()>> pending;
    return pending;
}

void settlePendingBulkWrite(const QSqlDriver *driver)
{
    auto &pending = pendingBulkWrites();
    if (pending.isEmpty())
        return;
    const auto it = pending.find(driver);
    if (it == pending.end())
        return;
    const std::function<void()> settle = it.value();
    pending.erase(it);
    settle();
}
} // namespace

void setPendingBulkWrite(const QSqlDatabase &db, std::function<void()> settle)
{
    if (settle)
        pendingBulkWrites().insert(db.driver(), std::move(settle));
    else
        pendingBulkWrites().remove(db.driver());
}

namespace {
QSqlQuery newQuery(const QSqlDatabase &db)
{
    settlePendingBulkWrite(db.driver());
    QSqlQuery query(db);
    // Forward-only streams the rows on PostgreSQL (single-row mode), where another statement
    // on the same connection would then drop the rest of them: there, results are read whole.
    query.setForwardOnly(db.driver()->dbmsType() != QSqlDriver::PostgreSQL);
    return query;
}
} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query = newQuery(db);
    if (!query.prepare(statement))
        fail(db.driver(), query.lastError(), statement);
    return query;
}

void exec(QSqlQuery &query)
{
    settlePendingBulkWrite(query.driver());
    if (!query.exec())
        fail(query.driver(), query.lastError(), query.lastQuery());
}

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    if (values.isEmpty()) {
        // Run as it is: PostgreSQL cannot prepare SET, CREATE, SAVEPOINT… (and saves a round trip).
        QSqlQuery query = newQuery(db);
        if (!query.exec(statement))
            fail(db.driver(), query.lastError(), statement);
        return query;
    }
    QSqlQuery query = prepare(db, statement);
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    exec(query);
    return query;
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query = exec(db, statement, values);
    return query.next() ? query.value(0) : QVariant();
}

namespace {
/// Open transactions per connection, on this thread (Qt Sql connections are per thread).
int &depthOf(const QSqlDatabase &db)
{
    thread_local QHash<QString, int> depth;
    return depth[db.connectionName()];
}
} // namespace

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    int &depth = depthOf(m_db);
    if (depth == 0) {
        if (!m_db.transaction())
            fail(m_db.driver(), m_db.lastError(), QStringLiteral("BEGIN"));
    } else {
        m_savepoint = QStringLiteral("odema_%1").arg(depth);
        exec(m_db, QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    ++depth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --depthOf(m_db);
    if (m_savepoint.isEmpty()) {
        m_db.rollback();
        return;
    }
    QSqlQuery q(m_db); // no throwing from a destructor: a failure here leaves it to the outer rollback
    q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + m_savepoint);
    q.exec(QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
}

void Transaction::commit()
{
    settlePendingBulkWrite(m_db.driver());
    if (m_savepoint.isEmpty()) {
        if (!m_db.commit())
            fail(m_db.driver(), m_db.lastError(), QStringLiteral("COMMIT"));
    } else {
        exec(m_db, QStringLiteral("RELEASE SAVEPOINT ") + m_savepoint);
    }
    // Settled now, not at destruction: a transaction begun after this one's commit, while this
    // object still lives, is a new one (a SAVEPOINT outside a transaction fails on PostgreSQL).
    m_done = true;
    --depthOf(m_db);
}

QString placeholders(qsizetype n)
{
    QString marks;
    marks.reserve(2 * n);
    for (qsizetype i = 0; i < n; ++i)
        marks += i ? QStringLiteral(",?") : QStringLiteral("?");
    return marks;
}

void appendIds(QVariantList &values, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        values << id;
}

} // namespace odema::sql
