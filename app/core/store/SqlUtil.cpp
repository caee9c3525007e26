#include "store/SqlUtil.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace odema::sql {

namespace {
[[noreturn]] void fail(const QSqlError &error, const QString &statement)
{
    throw OdemaError(QCoreApplication::translate("Store", "Erreur de la base : %1").arg(error.text()),
                     {QCoreApplication::translate("Store", "Requête : %1").arg(statement.simplified().left(300))});
}
} // namespace

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        fail(query.lastError(), statement);
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query.lastError(), query.lastQuery());
}

QSqlQuery exec(const QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
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

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    if (!m_db.transaction())
        fail(m_db.lastError(), QStringLiteral("BEGIN"));
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

void Transaction::commit()
{
    if (!m_db.commit())
        fail(m_db.lastError(), QStringLiteral("COMMIT"));
    m_done = true;
}

} // namespace odema::sql
