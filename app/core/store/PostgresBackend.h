#pragma once
// A shared store on a PostgreSQL server, through Qt's QPSQL driver (libpq underneath). The
// store is the schema `odema` of a database its administrator created; every table, function
// and sequence of the application lives there, nothing elsewhere is touched. What differs from
// SQLite lives here and in PostgresDialect (schema scripts) and PostgresCopyWriter (bulk load):
// - migrations under an advisory lock, with a "dirty" mark that blocks writes after a failure;
// - one import at a time (a transaction-level advisory lock, the second told who holds it);
// - NOTIFY odema_store at commit, which StoreWatcher turns into a refresh of other windows;
// - three roles (odema_lecture, odema_import, odema_admin, resources/sql/postgresql/roles.sql).
#include "store/SqlBackend.h"

namespace odema {

class PostgresBackend final : public SqlBackend {
public:
    /// The schema holding the store.
    static constexpr const char *kSchema = "odema";
    /// LISTEN/NOTIFY channel on which writers announce their commits.
    static constexpr const char *kChannel = "odema_store";
    /// Group roles of resources/sql/postgresql/roles.sql.
    static constexpr const char *kReaderRole = "odema_lecture";
    static constexpr const char *kImporterRole = "odema_import";
    static constexpr const char *kAdminRole = "odema_admin";

    QString driverName() const override { return QStringLiteral("QPSQL"); }
    QString dialect() const override { return QStringLiteral("postgresql"); }
    QString displayName(const QString &location) const override;
    void checkLocation(const QString &location) const override;
    bool locationExists(const QString &) const override { return true; }
    bool createsInEmptyDatabase() const override { return true; }
    QSqlDatabase connect(const QString &connectionName, const QString &location, bool readOnly) const override;
    [[noreturn]] void refuseConnection(const QSqlDatabase &db, const QString &location) const override;
    void configure(QSqlDatabase &db, bool readOnly) const override;
    bool switchesConnectionToWriting() const override { return true; }
    void checkWritable(const QString &) const override {}
    void requireWriteAccess(QSqlDatabase &db, const QString &location) const override;
    void initialiseNewStore(QSqlDatabase &db) const override;
    bool isOdemaStore(const QSqlDatabase &db) const override;
    bool isEmptyDatabase(const QSqlDatabase &db) const override;
    int schemaVersion(const QSqlDatabase &db) const override;
    void setSchemaVersion(QSqlDatabase &db, int version) const override;

    QString schemaStatement(const QString &statement) const override;
    std::unique_ptr<SchemaLock> lockSchema(QSqlDatabase &db, const QString &location) const override;
    void markMigrationStarted(QSqlDatabase &db, int version) const override;
    void markMigrationFailed(QSqlDatabase &db, int version, const QString &error) const override;
    QString failedMigration(const QSqlDatabase &db) const override;
    void clearFailedMigration(QSqlDatabase &db) const override;
    void afterSchemaStep(QSqlDatabase &db) const override;

    void lockForWriting(QSqlDatabase &db, const QString &what) const override;
    void announceChange(QSqlDatabase &db, const QString &payload) const override;

    std::unique_ptr<FlowWriter> flowWriter(QSqlDatabase &db) const override;
    void beginBulkLoad(QSqlDatabase &) const override {}
    void endBulkLoad(QSqlDatabase &) const override {}
    /// PostgreSQL cannot switch them off per session; the bulk table has none (PostgresDialect).
    void setForeignKeyChecks(QSqlDatabase &, bool) const override {}
    QString integrityCheck(const QSqlDatabase &db) const override;
    void setCancelCheck(QSqlDatabase &db, const std::function<bool()> *isStale) const override;

    /// The SQL that creates the three roles and the schema they share (README, `roles` verb).
    static QString roleSetupScript();
    /// Runs roleSetupScript() in one transaction; throws with PostgreSQL's refusal otherwise.
    static void setUpRoles(QSqlDatabase &db);
};

} // namespace odema
