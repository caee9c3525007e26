#pragma once
// Everything that depends on the database engine, behind one interface. The store and the
// queries speak portable SQL through Qt Sql; pragmas, file checks, the schema-version slot,
// locks, notifications and bulk-load tricks are the backend's. Two implementations:
// SqliteBackend (a file, the default) and PostgresBackend (a shared store on a server).
#include "store/FlowWriter.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace odema {

class SqlBackend {
public:
    virtual ~SqlBackend() = default;

    /// PostgreSQL for `postgresql://…`, `postgres://…` and `service=…`; SQLite for anything else.
    static std::unique_ptr<SqlBackend> forLocation(const QString &location);
    /// True when `location` names a store on a server (no file to check, create or remember).
    static bool isServerLocation(const QString &location);

    virtual QString driverName() const = 0;
    /// "sqlite" or "postgresql": the suffix of per-engine variants of schema scripts.
    virtual QString dialect() const = 0;
    /// How the store is named to the user: the file name, or "odema sur hôte (marie)".
    virtual QString displayName(const QString &location) const = 0;

    /// Throws OdemaError when `location` exists but cannot be an Odema store (for SQLite: not a
    /// SQLite file), or cannot be a location at all. Reads only.
    virtual void checkLocation(const QString &location) const = 0;
    /// SQLite: the file exists. A server: true; whether its database holds a store is asked
    /// once connected (isEmptyDatabase, createsInEmptyDatabase).
    virtual bool locationExists(const QString &location) const = 0;
    /// The files the store lives in and the engine writes beside it (SQLite: the file, its
    /// -wal, -shm and -journal, existing or not); none for a server. Nothing may write there.
    virtual QStringList storeFiles(const QString &location) const { Q_UNUSED(location) return {}; }
    /// True when `location` is an existing file of 0 bytes (SQLite): not a store, though
    /// opening it would silently make one.
    virtual bool isEmptyFile(const QString &location) const { Q_UNUSED(location) return false; }
    /// True when an existing database without any table may become a new store (the
    /// database an administrator created for it on a server). SQLite refuses an empty file
    /// it did not create.
    virtual bool createsInEmptyDatabase() const { return false; }
    /// Sets up a new connection (read-only when asked).
    virtual QSqlDatabase connect(const QString &connectionName, const QString &location, bool readOnly) const = 0;
    /// Turns a failed open into a message the user can act on (wrong password, no server…);
    /// throws PasswordRequired when a password is what is missing.
    [[noreturn]] virtual void refuseConnection(const QSqlDatabase &db, const QString &location) const;
    /// Per-connection settings applied after open (foreign keys, cache, read-only session…).
    virtual void configure(QSqlDatabase &db, bool readOnly) const = 0;
    /// True when configure(db, false) makes an open read-only connection writable (a server
    /// session); otherwise the store reopens the location for writing.
    virtual bool switchesConnectionToWriting() const { return false; }
    /// Before the store is reopened for writing. Throws WriteRefused (SQLite: file permissions).
    virtual void checkWritable(const QString &location) const = 0;
    /// On the writable connection, before any write. Throws WriteRefused when this user may
    /// not write (a read-only role), when another program holds the write lock (SQLite), or
    /// when a failed migration left the store marked "dirty" (a server).
    virtual void requireWriteAccess(QSqlDatabase &db, const QString &location) const = 0;
    /// One-time settings of a store being created (journal mode, application id, schema).
    virtual void initialiseNewStore(QSqlDatabase &db) const = 0;

    /// True when the open database carries the Odema mark.
    virtual bool isOdemaStore(const QSqlDatabase &db) const = 0;
    virtual bool isEmptyDatabase(const QSqlDatabase &db) const = 0;
    virtual int schemaVersion(const QSqlDatabase &db) const = 0;
    /// Records that the schema is at `version`, inside the migration's transaction.
    virtual void setSchemaVersion(QSqlDatabase &db, int version) const = 0;

    // --- Migrations (see Migrations::apply) ------------------------------------------------
    /// Rewrites one statement of a schema script for this engine (SQLite: as written).
    virtual QString schemaStatement(const QString &statement) const { return statement; }
    class SchemaLock {
    public:
        virtual ~SchemaLock() = default;
    };
    /// Held while migrating: one session migrates a store at a time (a server: advisory
    /// lock; SQLite: its write transaction is enough, nullptr).
    virtual std::unique_ptr<SchemaLock> lockSchema(QSqlDatabase &db, const QString &location) const;
    /// Durably marks `version` as being applied, outside the migration's transaction; a
    /// failure leaves the mark ("dirty"), which blocks writes until an administrator retries.
    /// SQLite migrates atomically and keeps no mark.
    virtual void markMigrationStarted(QSqlDatabase &db, int version) const;
    virtual void markMigrationFailed(QSqlDatabase &db, int version, const QString &error) const;
    /// The failed migration blocking writes, described for the user; empty when none.
    virtual QString failedMigration(const QSqlDatabase &db) const;
    /// Removes the mark of a failed migration so that the next open tries it again.
    virtual void clearFailedMigration(QSqlDatabase &db) const;
    /// At the end of each schema step, inside its transaction (a server: identity sequences
    /// moved past ids given explicitly).
    virtual void afterSchemaStep(QSqlDatabase &db) const;

    // --- Writing sessions (see StoreWrite) -------------------------------------------------
    /// How a writer waits for another one: `seconds` at most (0: the engine's defaults, which
    /// never hold a window for long), saying so through `progress` every few seconds (the
    /// command line prints it on stderr). Process-wide, set before opening the store.
    struct WriteWait {
        int seconds = 0;
        std::function<void(const QString &)> progress;
    };
    static void setWriteWait(WriteWait wait);
    static const WriteWait &writeWait();
    /// Called inside a write transaction before its first write: makes a second writer wait
    /// or fail with who is writing what (a server). SQLite's transaction locks the file.
    virtual void lockForWriting(QSqlDatabase &db, const QString &what) const;
    /// Tells the other sessions on the store, when the transaction commits, what changed.
    virtual void announceChange(QSqlDatabase &db, const QString &payload) const;

    // --- Bulk load and checks --------------------------------------------------------------
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
    /// outlive the setting and be safe to call from another thread.
    virtual void setCancelCheck(QSqlDatabase &db, const std::function<bool()> *isStale) const = 0;
};

} // namespace odema
