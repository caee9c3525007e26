#pragma once
// Thin helpers that turn Qt Sql's "bool + lastError()" into exceptions carrying the statement,
// so no failure is ever silently ignored.
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace odema::sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);
/// Prepares, binds the values in order, executes.
QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});
/// First column of the first row, or an invalid QVariant when there is no row.
QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

/// Rolls back unless commit() was called: every multi-statement write goes through one.
class Transaction {
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

} // namespace odema::sql
