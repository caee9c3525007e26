#pragma once
// Thin helpers that turn Qt Sql's "bool + lastError()" into exceptions carrying the statement,
// so no failure is ever silently ignored.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <functional>

namespace odema::sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);
/// Prepares, binds the values in order, executes.
QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
/// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
/// "?,?,?": the bound placeholders of an IN (…) list of n values.
QString placeholders(qsizetype n);
/// Appends the ids to the bound values, in order (the values of an IN list built by placeholders()).
void appendIds(QVariantList &values, const QList<qint64> &ids);

/// A bulk writer that keeps its connection busy between rows (a COPY on PostgreSQL) registers
/// how to put it down; every statement run through these helpers on that connection calls it
/// first, so that a registry can insert a new territory in the middle of a load. An empty
/// function removes it.
void setPendingBulkWrite(const QSqlDatabase &db, std::function<void()> settle);

/// Rolls back unless commit() was called: every multi-statement write goes through one.
/// Inside another Transaction of the same connection it is a savepoint: its rollback undoes
/// its own work only, its commit keeps it for the outer one to commit or roll back (several
/// files imported as one action land together or not at all).
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();
    /// True inside another Transaction: commit() then only hands the work to the outer one.
    bool isSavepoint() const { return !m_savepoint.isEmpty(); }

private:
    QSqlDatabase m_db;
    QString m_savepoint; ///< empty for the outermost transaction
    bool m_done = false;
};

} // namespace odema::sql
