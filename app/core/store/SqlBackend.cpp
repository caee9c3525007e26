#include "store/SqlBackend.h"

#include "common/OdemaError.h"
#include "store/PostgresBackend.h"
#include "store/PostgresLocation.h"
#include "store/SqliteBackend.h"

#include <QCoreApplication>
#include <QSqlError>

namespace odema {

std::unique_ptr<SqlBackend> SqlBackend::forLocation(const QString &location)
{
    if (isServerLocation(location))
        return std::make_unique<PostgresBackend>();
    return std::make_unique<SqliteBackend>();
}

namespace {
SqlBackend::WriteWait &writeWaitSetting()
{
    static SqlBackend::WriteWait wait;
    return wait;
}
} // namespace

void SqlBackend::setWriteWait(WriteWait wait) { writeWaitSetting() = std::move(wait); }
const SqlBackend::WriteWait &SqlBackend::writeWait() { return writeWaitSetting(); }

bool SqlBackend::isServerLocation(const QString &location) { return PostgresLocation::isServerLocation(location); }

void SqlBackend::refuseConnection(const QSqlDatabase &db, const QString &location) const
{
    throw OdemaError(QCoreApplication::translate("Store", "Impossible d'ouvrir la base « %1 » : %2").arg(location, db.lastError().text()));
}

// The defaults suit an engine whose transactions lock the whole store and make a migration
// atomic (SQLite): no lock of its own, no mark to keep.
std::unique_ptr<SqlBackend::SchemaLock> SqlBackend::lockSchema(QSqlDatabase &, const QString &) const { return nullptr; }
void SqlBackend::markMigrationStarted(QSqlDatabase &, int) const {}
void SqlBackend::markMigrationFailed(QSqlDatabase &, int, const QString &) const {}
QString SqlBackend::failedMigration(const QSqlDatabase &) const { return QString(); }
void SqlBackend::clearFailedMigration(QSqlDatabase &) const {}
void SqlBackend::afterSchemaStep(QSqlDatabase &) const {}
void SqlBackend::lockForWriting(QSqlDatabase &, const QString &) const {}
void SqlBackend::announceChange(QSqlDatabase &, const QString &) const {}

} // namespace odema
