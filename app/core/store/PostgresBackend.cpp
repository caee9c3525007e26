#include "store/PostgresBackend.h"

#include "common/OdemaError.h"
#include "store/PostgresCopyWriter.h"
#include "store/PostgresDialect.h"
#include "store/PostgresLocation.h"
#include "store/PostgresSession.h"
#include "store/SqlUtil.h"
#include "store/StoreCredentials.h"
#include "store/StoreErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

// Advisory lock keys: the class is "ODEM" in ASCII, then one key per kind of lock. Advisory
// locks are per database, which is where a store lives.
constexpr int kLockClass = 0x4F44454D;
constexpr int kSchemaLockKey = 1;
constexpr int kWriteLockKey = 2;
constexpr int kSchemaLockWaitSeconds = 120;

QString schemaTable(const char *table) { return QStringLiteral("%1.%2").arg(QLatin1String(PostgresBackend::kSchema), QLatin1String(table)); }

QString currentUser(const QSqlDatabase &db) { return sql::scalar(db, QStringLiteral("SELECT current_user")).toString(); }

bool hasSchema(const QSqlDatabase &db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = ?"),
                       {QLatin1String(PostgresBackend::kSchema)}).toInt() > 0;
}

/// Runs the statements of a script of resources/sql/postgresql, separated by ";;" lines.
void runResourceScript(QSqlDatabase &db, const char *name)
{
    QFile file(QStringLiteral(":/odema/sql/postgresql/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        throw OdemaError(Tr::tr("Script de schéma introuvable : %1").arg(file.fileName()));
    for (const QString &statement : QString::fromUtf8(file.readAll()).split(QStringLiteral("\n;;\n")))
        if (!PostgresDialect::schemaStatement(statement).isEmpty())
            sql::exec(db, statement);
}

/// Objects created while it lives belong to the schema's owner (odema_admin once the roles
/// are set up), whose default privileges then grant them to the reader and importer roles.
class OwnerRole {
public:
    explicit OwnerRole(QSqlDatabase &db) : m_db(db)
    {
        const QString owner = sql::scalar(db, QStringLiteral(
            "SELECT r.rolname FROM pg_namespace n JOIN pg_roles r ON r.oid = n.nspowner "
            "WHERE n.nspname = ? AND pg_has_role(n.nspowner, 'MEMBER')"), {QLatin1String(PostgresBackend::kSchema)}).toString();
        if (!owner.isEmpty() && owner != currentUser(db)) {
            sql::exec(db, QStringLiteral("SET ROLE %1").arg(db.driver()->escapeIdentifier(owner, QSqlDriver::TableName)));
            m_switched = true;
        }
    }
    ~OwnerRole()
    {
        if (m_switched)
            QSqlQuery(m_db).exec(QStringLiteral("RESET ROLE"));
    }
    OwnerRole(const OwnerRole &) = delete;
    OwnerRole &operator=(const OwnerRole &) = delete;

private:
    QSqlDatabase &m_db;
    bool m_switched = false;
};

/// The session-level advisory lock of migrations, taken with a bounded wait.
class SchemaLockHolder final : public SqlBackend::SchemaLock {
public:
    SchemaLockHolder(QSqlDatabase &db, const QString &location) : m_db(db)
    {
        for (int waited = 0;; waited += 1) {
            if (sql::scalar(db, QStringLiteral("SELECT pg_try_advisory_lock(?, ?)"), {kLockClass, kSchemaLockKey}).toBool())
                break;
            if (waited >= kSchemaLockWaitSeconds * 5)
                throw OdemaError(Tr::tr("Une autre session met à jour le schéma de « %1 » depuis plus de %2 s ; réessayez plus tard.")
                                     .arg(location, QString::number(kSchemaLockWaitSeconds)));
            QThread::msleep(200);
        }
        m_owner = std::make_unique<OwnerRole>(db);
    }
    ~SchemaLockHolder() override
    {
        m_owner.reset();
        QSqlQuery(m_db).exec(QStringLiteral("SELECT pg_advisory_unlock(%1, %2)").arg(QString::number(kLockClass), QString::number(kSchemaLockKey)));
    }

private:
    QSqlDatabase &m_db;
    std::unique_ptr<OwnerRole> m_owner;
};

} // namespace

QString PostgresBackend::displayName(const QString &location) const
{
    try {
        return PostgresLocation::parse(location).displayName();
    } catch (const OdemaError &) {
        return location;
    }
}

void PostgresBackend::checkLocation(const QString &location) const
{
    PostgresLocation::parse(location);
    if (!QSqlDatabase::isDriverAvailable(driverName()))
        throw OdemaError(Tr::tr("Le pilote PostgreSQL de Qt n'est pas installé : impossible d'ouvrir « %1 ». "
                            "Sous Debian : sudo apt install libqt6sql6-psql").arg(location));
}

QSqlDatabase PostgresBackend::connect(const QString &connectionName, const QString &location, bool) const
{
    // After a failed statement Qt cannot free the prepared statements of the aborted
    // transaction and says so for each: noise, since the transaction is rolled back anyway.
    static const bool quiet = [] {
        QLoggingCategory::setFilterRules(QStringLiteral("qt.sql.postgresql.warning=false"));
        return true;
    }();
    Q_UNUSED(quiet);
    const PostgresLocation l = PostgresLocation::parse(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), connectionName);
    db.setHostName(l.host);
    if (l.port > 0)
        db.setPort(l.port);
    db.setUserName(l.user);
    db.setDatabaseName(l.database);
    QStringList options;
    if (const QString given = l.connectOptions(); !given.isEmpty())
        options << given;
    // What other sessions see in pg_stat_activity, and a bound on an unreachable server.
    options << QStringLiteral("application_name='odema-explorer'");
    if (!l.options.contains(QStringLiteral("connect_timeout")))
        options << QStringLiteral("connect_timeout=10");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    const QString password = StoreCredentials::password(l.credentialKey());
    if (!password.isEmpty())
        db.setPassword(password);
    return db;
}

void PostgresBackend::refuseConnection(const QSqlDatabase &db, const QString &location) const
{
    const QString server = db.lastError().databaseText().trimmed();
    const QString name = displayName(location);
    if (server.contains(QLatin1String("no password supplied")) || server.contains(QLatin1String("password authentication failed")))
        throw PasswordRequired(Tr::tr("Le serveur demande le mot de passe de « %1 » pour %2%3. Mettez-le dans ~/.pgpass "
                                  "(hôte:port:base:utilisateur:mot-de-passe, droits 600) ou dans pg_service.conf ; la fenêtre "
                                  "peut aussi le demander et le garder dans le trousseau du bureau.")
                                   .arg(db.userName().isEmpty() ? Tr::tr("l'utilisateur par défaut") : db.userName(), name,
                                        server.contains(QLatin1String("failed")) ? Tr::tr(" (celui donné a été refusé)") : QString()));
    if (server.contains(QLatin1String("does not exist")) && server.contains(QLatin1String("database")))
        throw OdemaError(Tr::tr("La base de données de « %1 » n'existe pas sur le serveur. Son administrateur la crée "
                            "(createdb), puis l'application y crée la base Odema : %2").arg(name, server));
    if (server.contains(QLatin1String("role")) && server.contains(QLatin1String("does not exist")))
        throw OdemaError(Tr::tr("Le serveur ne connaît pas l'utilisateur de « %1 » : %2").arg(name, server));
    throw OdemaError(Tr::tr("Impossible de se connecter à « %1 » : %2").arg(name, server.isEmpty() ? db.lastError().text() : server));
}

void PostgresBackend::configure(QSqlDatabase &db, bool readOnly) const
{
    sql::exec(db, QStringLiteral("SET search_path TO %1").arg(QLatin1String(kSchema)));
    sql::exec(db, QStringLiteral("SET client_min_messages TO warning"));
    sql::exec(db, readOnly ? QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
                           : QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ WRITE"));
}

void PostgresBackend::requireWriteAccess(QSqlDatabase &db, const QString &location) const
{
    if (const QString failed = failedMigration(db); !failed.isEmpty())
        throw WriteRefused(failed);
    if (!sql::scalar(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {schemaTable("flow")}).toBool())
        return; // a store still being created: the migration will say whether this role can
    if (!sql::scalar(db, QStringLiteral("SELECT has_table_privilege(?, 'INSERT')"), {schemaTable("flow")}).toBool())
        throw WriteRefused(Tr::tr("L'utilisateur « %1 » peut lire « %2 » mais pas y écrire : importer demande le rôle %3 "
                              "(un administrateur : GRANT %3 TO \"%1\";). La base n'a pas été modifiée.")
                               .arg(currentUser(db), displayName(location), QLatin1String(kImporterRole)));
}

void PostgresBackend::initialiseNewStore(QSqlDatabase &db) const
{
    const auto lock = std::make_unique<SchemaLockHolder>(db, db.databaseName());
    if (!hasSchema(db)) {
        if (!sql::scalar(db, QStringLiteral("SELECT has_database_privilege(current_database(), 'CREATE')")).toBool())
            throw WriteRefused(Tr::tr("L'utilisateur « %1 » ne peut pas créer la base Odema dans « %2 ». Un administrateur prépare "
                                  "la base une fois : odema-explorer roles --db … --apply (voir le README, « Une base partagée »).")
                                   .arg(currentUser(db), db.databaseName()));
        // Owned by odema_admin when the roles exist and this user may act as it.
        const bool asAdmin = sql::scalar(db, QStringLiteral(
            "SELECT count(*) FROM pg_roles WHERE rolname = ? AND pg_has_role(oid, 'MEMBER')"), {QLatin1String(kAdminRole)}).toInt() > 0;
        sql::exec(db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1%2").arg(QLatin1String(kSchema),
                  asAdmin ? QStringLiteral(" AUTHORIZATION ") + QLatin1String(kAdminRole) : QString()));
    }
    OwnerRole owner(db);
    sql::exec(db, QStringLiteral(
        "CREATE TABLE IF NOT EXISTS %1 (version BIGINT PRIMARY KEY, dirty BOOLEAN NOT NULL, "
        "started_at TIMESTAMPTZ NOT NULL DEFAULT now(), error TEXT)").arg(schemaTable("schema_migrations")));
    runResourceScript(db, "compat.sql");
}

bool PostgresBackend::isOdemaStore(const QSqlDatabase &db) const
{
    return sql::scalar(db, QStringLiteral("SELECT to_regclass(?) IS NOT NULL"), {schemaTable("schema_migrations")}).toBool();
}

bool PostgresBackend::isEmptyDatabase(const QSqlDatabase &db) const
{
    return sql::scalar(db, QStringLiteral(
        "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_%'")).toInt() == 0;
}

int PostgresBackend::schemaVersion(const QSqlDatabase &db) const
{
    if (!isOdemaStore(db))
        return 0;
    return sql::scalar(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM %1 WHERE NOT dirty").arg(schemaTable("schema_migrations"))).toInt();
}

void PostgresBackend::setSchemaVersion(QSqlDatabase &db, int version) const
{
    sql::exec(db, QStringLiteral("INSERT INTO %1(version, dirty) VALUES (?, false) "
                                 "ON CONFLICT (version) DO UPDATE SET dirty = false, error = NULL, started_at = now()")
                      .arg(schemaTable("schema_migrations")), {version});
}

QString PostgresBackend::schemaStatement(const QString &statement) const { return PostgresDialect::schemaStatement(statement); }

std::unique_ptr<SqlBackend::SchemaLock> PostgresBackend::lockSchema(QSqlDatabase &db, const QString &location) const
{
    auto lock = std::make_unique<SchemaLockHolder>(db, location);
    // Changing the tables needs their owner: say so rather than fail on the first ALTER.
    const bool mayMigrate = sql::scalar(db, QStringLiteral(
        "SELECT count(*) FROM pg_namespace n WHERE n.nspname = ? AND pg_has_role(n.nspowner, 'USAGE')"),
        {QLatin1String(kSchema)}).toInt() > 0;
    if (!mayMigrate)
        throw WriteRefused(Tr::tr("« %1 » doit être mise à jour (schéma %2) par un administrateur (rôle %3) : l'utilisateur « %4 » "
                              "ne peut pas modifier ses tables. En attendant, elle s'ouvre en lecture.")
                               .arg(displayName(location), QString::number(schemaVersion(db)), QLatin1String(kAdminRole), currentUser(db)));
    runResourceScript(db, "compat.sql");
    return lock;
}

void PostgresBackend::markMigrationStarted(QSqlDatabase &db, int version) const
{
    sql::exec(db, QStringLiteral("INSERT INTO %1(version, dirty) VALUES (?, true) "
                                 "ON CONFLICT (version) DO UPDATE SET dirty = true, error = NULL, started_at = now()")
                      .arg(schemaTable("schema_migrations")), {version});
}

void PostgresBackend::markMigrationFailed(QSqlDatabase &db, int version, const QString &error) const
{
    QSqlQuery q(db); // after the failure: nothing more to say if even this fails (connection lost)
    q.prepare(QStringLiteral("UPDATE %1 SET error = ? WHERE version = ?").arg(schemaTable("schema_migrations")));
    q.addBindValue(error.left(2000));
    q.addBindValue(version);
    q.exec();
}

QString PostgresBackend::failedMigration(const QSqlDatabase &db) const
{
    if (!isOdemaStore(db))
        return QString();
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT version, started_at, coalesce(error, '') FROM %1 WHERE dirty ORDER BY version LIMIT 1")
                                    .arg(schemaTable("schema_migrations")));
    if (!q.next())
        return QString();
    const QString when = q.value(1).toDateTime().toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    const QString error = q.value(2).toString();
    return Tr::tr("La base Odema de « %1 » est bloquée en écriture : la mise à jour de son schéma vers la version %2 a échoué "
              "le %3%4. Elle reste lisible. Quand la cause est corrigée, un administrateur relance la mise à jour : "
              "odema-explorer migrate --db ADRESSE")
        .arg(db.databaseName(), QString::number(q.value(0).toInt()), when,
             error.isEmpty() ? Tr::tr(" (session interrompue)") : QStringLiteral(" (%1)").arg(error));
}

void PostgresBackend::clearFailedMigration(QSqlDatabase &db) const
{
    if (!isOdemaStore(db))
        return;
    try {
        sql::exec(db, QStringLiteral("DELETE FROM %1 WHERE dirty").arg(schemaTable("schema_migrations")));
    } catch (const OdemaError &e) {
        throw WriteRefused(Tr::tr("Seul un administrateur (rôle %1) peut relancer la mise à jour du schéma : %2")
                               .arg(QLatin1String(kAdminRole), e.message()));
    }
}

void PostgresBackend::afterSchemaStep(QSqlDatabase &db) const
{
    // Rows inserted with explicit ids (a table rebuilt by INSERT … SELECT) leave the identity
    // sequence behind: the next insert would reuse an id.
    QSqlQuery q = sql::exec(db, QStringLiteral(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = ? AND is_identity = 'YES'"),
        {QLatin1String(kSchema)});
    QList<QPair<QString, QString>> columns;
    while (q.next())
        columns.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[table, column] : columns)
        sql::exec(db, QStringLiteral("SELECT setval(pg_get_serial_sequence(?, ?), coalesce(max(%2), 0) + 1, false) FROM %1.%3")
                          .arg(QLatin1String(kSchema), column, table),
                  {QLatin1String(kSchema) + QLatin1Char('.') + table, column});
}

void PostgresBackend::lockForWriting(QSqlDatabase &db, const QString &what) const
{
    if (!sql::scalar(db, QStringLiteral("SELECT pg_try_advisory_xact_lock(?, ?)"), {kLockClass, kWriteLockKey}).toBool()) {
        QSqlQuery q = sql::exec(db, QStringLiteral(
            "SELECT a.usename, a.application_name, a.xact_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.classid = ? AND l.objid = ? AND l.objsubid = 2 AND l.granted "
            "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"),
            {kLockClass, kWriteLockKey});
        QString who = Tr::tr("une autre session");
        if (q.next()) {
            const QString task = q.value(1).toString().section(QStringLiteral(": "), 1);
            who = Tr::tr("%1 (%2, depuis %3)").arg(q.value(0).toString(), task.isEmpty() ? Tr::tr("import") : task,
                                               q.value(2).toDateTime().toLocalTime().toString(QStringLiteral("HH:mm")));
        }
        throw OdemaError(Tr::tr("« %1 » est déjà en cours d'écriture par %2. Deux imports ne se mélangent jamais : réessayez quand "
                            "celui-ci sera terminé (les autres fenêtres se mettent alors à jour). Rien n'a été modifié.")
                             .arg(db.databaseName(), who));
    }
    // Shown to the others in pg_stat_activity (and in the message above) until commit.
    sql::exec(db, QStringLiteral("SELECT set_config('application_name', ?, true)"),
              {QStringLiteral("odema-explorer: %1").arg(what).left(60)});
}

void PostgresBackend::announceChange(QSqlDatabase &db, const QString &payload) const
{
    // Delivered when the transaction commits, never if it rolls back; the server adds who wrote.
    sql::exec(db, QStringLiteral("SELECT pg_notify(?, (CAST(? AS jsonb) || jsonb_build_object('by', session_user))::text)"),
              {QLatin1String(kChannel), payload.left(7000)});
}

std::unique_ptr<FlowWriter> PostgresBackend::flowWriter(QSqlDatabase &db) const
{
    return std::make_unique<PostgresCopyWriter>(db);
}

QString PostgresBackend::integrityCheck(const QSqlDatabase &db) const
{
    // The bulk table has no foreign keys on this engine (PostgresDialect): look for orphans.
    const qint64 orphans = sql::scalar(db, QStringLiteral(
        "SELECT count(*) FROM flow f WHERE NOT EXISTS (SELECT 1 FROM territory t WHERE t.id = f.territory_id) "
        "OR NOT EXISTS (SELECT 1 FROM waste_stream s WHERE s.id = f.stream_id) "
        "OR NOT EXISTS (SELECT 1 FROM source_file sf WHERE sf.id = f.source_id) "
        "OR (f.mode_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM treatment_mode m WHERE m.id = f.mode_id)) "
        "OR (f.channel_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM channel c WHERE c.id = f.channel_id))")).toLongLong();
    return orphans == 0 ? QStringLiteral("ok") : Tr::tr("%1 flux renvoient à un territoire, un flux, un mode, un canal ou un fichier absent").arg(orphans);
}

void PostgresBackend::setCancelCheck(QSqlDatabase &db, const std::function<bool()> *isStale) const
{
    PostgresSession::setCancelCheck(db, isStale);
}

QString PostgresBackend::roleSetupScript()
{
    QFile file(QStringLiteral(":/odema/sql/postgresql/roles.sql"));
    if (!file.open(QIODevice::ReadOnly))
        throw OdemaError(Tr::tr("Script de schéma introuvable : %1").arg(file.fileName()));
    return QString::fromUtf8(file.readAll());
}

void PostgresBackend::setUpRoles(QSqlDatabase &db)
{
    sql::Transaction transaction(db);
    runResourceScript(db, "roles.sql");
    transaction.commit();
}

} // namespace odema
