#pragma once
// The Odema store: one database (a SQLite file, or a schema on a PostgreSQL server) holding territories, nomenclatures,
// flows, populations and the files they came from. Opening checks that the file is an Odema
// store of a schema version this build understands, and never writes to anything else.
#include "store/SqlBackend.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>

namespace odema {

class Store {
public:
    enum class OpenMode {
        ReadOnly,        ///< never writes, not even a migration
        ReadWrite,       ///< the store must exist
        CreateIfMissing, ///< creates an empty store when the file does not exist
    };

    /// Current schema version; migrations bring older stores up to it.
    static int currentSchemaVersion();

    /// Throws OdemaError with a message for the user when the location cannot be opened.
    static std::unique_ptr<Store> open(const QString &location, OpenMode mode);
    /// Throws OdemaError when `outputPath` is the store at `location` or one of the files the
    /// engine keeps beside it, under any spelling (symlink, hard link, relative path): writing
    /// an export there would destroy the store. Call before opening anything.
    static void refuseOutputOnStore(const QString &location, const QString &outputPath);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    QSqlDatabase database() const { return m_db; }
    const SqlBackend &backend() const { return *m_backend; }
    QString location() const { return m_location; }
    /// The file name, or "odema sur hôte (marie)" for a server store.
    QString displayName() const;
    bool isServer() const { return SqlBackend::isServerLocation(m_location); }
    bool isReadOnly() const { return m_readOnly; }
    bool wasCreated() const { return m_created; }
    /// True when the store was created in an existing empty file (0 bytes), which the caller
    /// should tell the user: a mistyped path then names a new store.
    bool wasEmptyFile() const { return m_emptyFile; }

    /// Rebuilds the tables derived from the others (territory closure, populations used for
    /// kg/hab). Call inside the transaction that changed territories, links or populations.
    void refreshDerived();

    /// Throws when the store is read-only, with a message naming the file.
    void requireWritable() const;

    /// Removes the mark a failed migration left on a server store, so that the next open
    /// tries it again (an administrator's step, once the cause is fixed).
    static void retryFailedMigration(const QString &location);

private:
    Store(std::unique_ptr<SqlBackend> backend, QString location);
    void openConnection(bool readOnly);
    void inspectExisting();
    void switchToWriting();
    void createNew();
    void migrate();

    std::unique_ptr<SqlBackend> m_backend;
    QString m_location;
    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    bool m_created = false;
    bool m_emptyFile = false;
    int m_version = 0;
};

} // namespace odema
