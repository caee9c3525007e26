#pragma once
// What the PostgreSQL backend does on a connection beneath Qt Sql, through libpq: the raw
// handle, and stopping a running statement from another thread (PQcancel), which is how a
// view's query that a newer filter replaced is ended early.
#include <QSqlDatabase>
#include <functional>

struct pg_conn;

namespace odema::PostgresSession {

/// libpq's connection under `db` (QSqlDriver::handle()); nullptr when it is not open on QPSQL.
pg_conn *handle(const QSqlDatabase &db);
/// While set, a watcher asks `*isStale` every few milliseconds and cancels the running
/// statement once it says true; nullptr stops the watcher.
void setCancelCheck(const QSqlDatabase &db, const std::function<bool()> *isStale);
/// PostgreSQL's message for the last failure on the connection, on one line.
QString lastError(pg_conn *connection);

} // namespace odema::PostgresSession
