#pragma once
// Everything that depends on the database engine, behind one interface. The store and the
// queries speak portable SQL through Qt Sql; pragmas, file checks, the schema-version slot and
// bulk-load tricks are the backend's. A PostgreSQL backend would implement the same.
#include "store/FlowWriter.h"

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

namespace odema {

class SqlBackend {
public:
    virtual ~SqlBackend() = default;

    virtual QString driverName() const = 0;
    /// Throws OdemaError when `location` exists but cannot be an Odema store (for SQLite: not a
    /// SQLite file). Reads only.
    virtual void checkLocation(const QString &location) const = 0;
    virtual bool locationExists(const QString &location) const = 0;
    /// Sets up a new connection (read-only when asked).
    virtual QSqlDatabase connect(const QString &connectionName, const QString &location, bool readOnly) const = 0;
    /// Per-connection settings applied after open (foreign keys, cache…).
    virtual void configure(QSqlDatabase &db, bool readOnly) const = 0;
    /// One-time settings of a store being created (journal mode, application id).
    virtual void initialiseNewStore(QSqlDatabase &db) const = 0;

    /// True when the open database carries the Odema mark (or is brand new and empty).
    virtual bool isOdemaStore(const QSqlDatabase &db) const = 0;
    virtual bool isEmptyDatabase(const QSqlDatabase &db) const = 0;
    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    virtual void setSchemaVersion(QSqlDatabase &db, int version) const = 0;

    virtual std::unique_ptr<FlowWriter> flowWriter(QSqlDatabase &db) const = 0;
    /// Called inside the import transaction before/after a large load into `flow`.
    virtual void beginBulkLoad(QSqlDatabase &db) const = 0;
    virtual void endBulkLoad(QSqlDatabase &db) const = 0;
    /// Foreign-key checks, switched off around an import's transaction (outside it: SQLite
    /// ignores the switch inside one). The importer writes ids its registries just created.
    virtual void setForeignKeyChecks(QSqlDatabase &db, bool on) const = 0;
    /// Runs the engine's consistency check; returns "ok" or the problems found.
    virtual QString integrityCheck(const QSqlDatabase &db) const = 0;
    /// Makes the running statement of `db` stop, with an error, as soon as `*isStale` returns
    /// true (a filter the user already replaced); nullptr removes the check. `*isStale` must
    /// outlive the setting and is called on the connection's thread.
    virtual void setCancelCheck(QSqlDatabase &db, const std::function<bool()> *isStale) const = 0;
};

} // namespace odema
