#pragma once
// The only file pair that knows the store is SQLite: pragmas, the application-id mark, the
// schema version slot (PRAGMA user_version) and the fast bulk writer on the raw sqlite3 handle.
#include "store/SqlBackend.h"

namespace odema {

class SqliteBackend final : public SqlBackend {
public:
    /// PRAGMA application_id of Odema stores ("ODEM" in ASCII).
    static constexpr int kApplicationId = 0x4F44454D;

    ~SqliteBackend() override;

    QString driverName() const override { return QStringLiteral("QSQLITE"); }
    QString dialect() const override { return QStringLiteral("sqlite"); }
    QString displayName(const QString &location) const override;
    void checkLocation(const QString &location) const override;
    bool locationExists(const QString &location) const override;
    QStringList storeFiles(const QString &location) const override;
    bool isEmptyFile(const QString &location) const override;
    QSqlDatabase connect(const QString &connectionName, const QString &location, bool readOnly) const override;
    void configure(QSqlDatabase &db, bool readOnly) const override;
    void checkWritable(const QString &location) const override;
    void requireWriteAccess(QSqlDatabase &db, const QString &location) const override;
    void lockForWriting(QSqlDatabase &db, const QString &what) const override;
    void initialiseNewStore(QSqlDatabase &db) const override;
    bool isOdemaStore(const QSqlDatabase &db) const override;
    bool isEmptyDatabase(const QSqlDatabase &db) const override;
    int schemaVersion(const QSqlDatabase &db) const override;
    void setSchemaVersion(QSqlDatabase &db, int version) const override;
    std::unique_ptr<FlowWriter> flowWriter(QSqlDatabase &db) const override;
    void beginBulkLoad(QSqlDatabase &db) const override;
    void endBulkLoad(QSqlDatabase &db) const override;
    void setForeignKeyChecks(QSqlDatabase &db, bool on) const override;
    QString integrityCheck(const QSqlDatabase &db) const override;
    void setCancelCheck(QSqlDatabase &db, const std::function<bool()> *isStale) const override;

private:
    /// The store whose writer note this backend left while its transaction runs (see
    /// SqliteWriteLock); removed when the transaction ends, or with the backend.
    mutable QString m_noteFor;
    static int dropNote(void *backend);
};

} // namespace odema
