#include "store/SqliteBackend.h"

#include "common/FileChecks.h"
#include "common/OdemaError.h"
#include "store/SqlUtil.h"
#include "store/SqliteErrors.h"
#include "store/SqliteWriteLock.h"
#include "store/StoreErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <sqlite3.h>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

constexpr int kCacheSize = -32768; // KiB, negative as SQLite wants: 32 MiB
// Read-only connections serve the window's views, several at once (table rows, counts, pivot,
// charts): the file is in the system's page cache anyway, a small private cache each is enough.
constexpr int kReadOnlyCacheSize = -4096;

sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

// The schema's indexes of `flow`, rebuilt once at the end of a bulk load into an empty table:
// building an index once is several times faster than maintaining it row by row.
const char *const kFlowIndexes[][2] = {
    {"flow_territory_year", "flow(territory_id, year, stream_id)"}, // 003_browse_index.sql
    {"flow_tonnes", "flow(grams)"},                                  // 004_sort_indexes.sql, 006 (grams)
};

/// Multi-row INSERT on the raw handle: binds without QVariant, 64 rows per statement.
/// 9 parameters a row: 576 per statement, under SQLite's default limit of 32 766.
class SqliteFlowWriter final : public FlowWriter {
public:
    static constexpr int kRowsPerStatement = 64;

    explicit SqliteFlowWriter(sqlite3 *db) : m_db(db)
    {
        m_full = prepare(kRowsPerStatement);
    }
    ~SqliteFlowWriter() override
    {
        sqlite3_finalize(m_full);
    }

    void add(const FlowRow &row) override
    {
        m_buffer[m_count++] = row;
        if (m_count == kRowsPerStatement) {
            run(m_full, m_count);
            m_count = 0;
        }
    }

    void finish() override
    {
        if (m_count == 0)
            return;
        sqlite3_stmt *tail = prepare(m_count);
        try {
            run(tail, m_count);
        } catch (...) {
            sqlite3_finalize(tail);
            throw;
        }
        sqlite3_finalize(tail);
        m_count = 0;
    }

private:
    sqlite3_stmt *prepare(int rows)
    {
        QByteArray statement("INSERT INTO flow(kind, year, territory_id, stream_id, mode_id, channel_id, grams, source_id, dataset_id) VALUES ");
        for (int i = 0; i < rows; ++i)
            statement += i ? ",(?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?)";
        sqlite3_stmt *stmt = nullptr;
        if (const int rc = sqlite3_prepare_v2(m_db, statement.constData(), int(statement.size()), &stmt, nullptr); rc != SQLITE_OK)
            throw sqlite::failure(m_db, rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
        return stmt;
    }

    void run(sqlite3_stmt *stmt, int rows)
    {
        int p = 1;
        for (int i = 0; i < rows; ++i) {
            const FlowRow &r = m_buffer[i];
            sqlite3_bind_text(stmt, p++, r.treatment ? "traitement" : "collecte", -1, SQLITE_STATIC);
            sqlite3_bind_int(stmt, p++, r.year);
            sqlite3_bind_int64(stmt, p++, r.territoryId);
            sqlite3_bind_int64(stmt, p++, r.streamId);
            r.modeId ? sqlite3_bind_int64(stmt, p++, r.modeId) : sqlite3_bind_null(stmt, p++);
            r.channelId ? sqlite3_bind_int64(stmt, p++, r.channelId) : sqlite3_bind_null(stmt, p++);
            sqlite3_bind_int64(stmt, p++, r.grams); // exact: integer grams, never a double
            sqlite3_bind_int64(stmt, p++, r.sourceId);
            sqlite3_bind_int64(stmt, p++, r.datasetId);
        }
        const int rc = sqlite3_step(stmt);
        sqlite3_reset(stmt);
        if (rc != SQLITE_DONE)
            throw sqlite::failure(m_db, rc, QString::fromUtf8(sqlite3_errmsg(m_db)));
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_full = nullptr;
    FlowRow m_buffer[kRowsPerStatement];
    int m_count = 0;
};

/// The words of Store::inspectExisting (same translation), said here from the header alone.
QString notOdemaMessage(const QString &location, bool empty)
{
    return empty ? Tr::tr("« %1 » est une base SQLite vide qui n'a pas été créée par Odema Explorer ; "
                          "elle n'a pas été modifiée.").arg(location)
                 : Tr::tr("« %1 » est une base SQLite, mais pas une base Odema Explorer ; elle n'a pas été modifiée.").arg(location);
}

/// An SQLite URI for `location` (file:///abs/path?mode=…), the path percent-encoded so that a
/// '?', '#' or '%' in a file name stays part of it.
QString fileUri(const QString &location, const QString &query)
{
    QString path = QFileInfo(location).absoluteFilePath();
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/')); // C:/x on Windows
    return QStringLiteral("file://") + QString::fromLatin1(path.toUtf8().toPercentEncoding("/:")) + QLatin1Char('?') + query;
}

/// True when this process may write the store and the folder its -wal and -shm go in: asked
/// of the system (access: a read-only mount says no even to root), then tried through SQLite
/// itself (an open for writing that falls back to reading on a write-protected file). SQLite's
/// own open is safe beside this process's other connections; a plain open()/close() of the
/// file would drop their locks.
bool canWriteBeside(const QString &location)
{
    const QFileInfo info(location);
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return false;
    sqlite3 *probe = nullptr;
    const QByteArray uri = fileUri(location, QStringLiteral("mode=rw")).toUtf8();
    const bool writable = sqlite3_open_v2(uri.constData(), &probe, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, nullptr) == SQLITE_OK
        && sqlite3_db_readonly(probe, "main") == 0;
    sqlite3_close(probe);
    return writable;
}

/// How a reader opens the store. Where it may write beside it, for reading and writing with
/// writes refused (PRAGMA query_only): the last connection to close then removes the -wal and
/// -shm files, which a read-only connection leaves behind. Elsewhere (read-only media, a
/// write-protected file) read-only: "immutable" when no -wal holds pending pages, since nobody
/// can write there and SQLite cannot create -shm; else "ro", which reads the -wal.
QString readerUri(const QString &location)
{
    if (canWriteBeside(location))
        return fileUri(location, QStringLiteral("mode=rw"));
    if (QFileInfo(location + QStringLiteral("-wal")).size() > 0)
        return fileUri(location, QStringLiteral("mode=ro"));
    return fileUri(location, QStringLiteral("mode=ro&immutable=1"));
}

} // namespace

QString SqliteBackend::displayName(const QString &location) const { return QFileInfo(location).fileName(); }

bool SqliteBackend::locationExists(const QString &location) const
{
    return QFileInfo(location).exists() && QFileInfo(location).size() > 0;
}

bool SqliteBackend::isEmptyFile(const QString &location) const
{
    const QFileInfo info(location);
    return info.isFile() && info.size() == 0;
}

QStringList SqliteBackend::storeFiles(const QString &location) const
{
    return {location, location + QStringLiteral("-wal"), location + QStringLiteral("-shm"), location + QStringLiteral("-journal")};
}

void SqliteBackend::checkLocation(const QString &location) const
{
    // Before anything opens it: SQLite would block on a FIFO, and read a device as garbage.
    if (const QString kind = specialFileKind(location); !kind.isEmpty())
        throw OdemaError(Tr::tr("« %1 » est %2, pas une base Odema : il n'a pas été ouvert. "
                                "Donnez le chemin d'un fichier de base (.sqlite).").arg(location, kind));
    const QFileInfo info(location);
    if (!info.exists() || info.size() == 0)
        return;
    QFile file(location);
    if (!file.open(QIODevice::ReadOnly))
        throw OdemaError(Tr::tr("Impossible de lire « %1 » : %2").arg(location, file.errorString()));
    const QByteArray head = file.read(16);
    if (head != QByteArray("SQLite format 3\0", 16))
        throw OdemaError(Tr::tr("« %1 » n'est pas une base Odema (ce n'est pas un fichier SQLite) ; "
                            "le fichier n'a pas été modifié.").arg(location));
    // The header's page size and page count (valid when its change counter matches, offsets
    // 24 and 92) give the least size of the file: shorter is an interrupted copy.
    const QByteArray header = head + file.read(84);
    auto be32 = [&header](int at) {
        return (quint32(quint8(header[at])) << 24) | (quint32(quint8(header[at + 1])) << 16)
             | (quint32(quint8(header[at + 2])) << 8) | quint32(quint8(header[at + 3]));
    };
    if (header.size() == 100 && be32(24) == be32(92)) {
        const quint32 rawPageSize = (quint32(quint8(header[16])) << 8) | quint8(header[17]);
        const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        const qint64 expected = pageSize * qint64(be32(28));
        if (expected > 0 && info.size() < expected)
            throw OdemaError(Tr::tr("« %1 » est tronqué (%2 octets au lieu d'au moins %3 : copie interrompue ?) ; "
                                "le fichier n'a pas été modifié. Reprenez une copie complète de la base.")
                                 .arg(location, QString::number(info.size()), QString::number(expected)));
    }
    // Another application's SQLite file is refused on its header's application id (offset
    // 68), before SQLite opens it: opening would create -wal and -shm files beside it, or even
    // checkpoint its journal. Only a pending -wal may hold a newer header (a store whose
    // creation was interrupted): then the store asks SQLite.
    if (header.size() == 100 && be32(68) != quint32(kApplicationId) && QFileInfo(location + QStringLiteral("-wal")).size() == 0) {
        if (be32(24) == be32(92) && be32(28) <= 1)
            throw OdemaError(notOdemaMessage(location, true));
        throw OdemaError(notOdemaMessage(location, false));
    }
}

QSqlDatabase SqliteBackend::connect(const QString &connectionName, const QString &location, bool readOnly) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), connectionName);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=15000")};
    if (readOnly && QFileInfo(location).isFile()) {
        db.setDatabaseName(readerUri(location));
        options << QStringLiteral("QSQLITE_OPEN_URI");
    } else {
        db.setDatabaseName(location);
        if (readOnly)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
    return db;
}

void SqliteBackend::configure(QSqlDatabase &db, bool readOnly) const
{
    // A reader may hold a read-write connection (see readerUri): SQLite itself refuses its writes.
    sql::exec(db, QStringLiteral("PRAGMA query_only = %1").arg(readOnly ? 1 : 0));
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(readOnly ? kReadOnlyCacheSize : kCacheSize));
    sql::exec(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (!readOnly)
        sql::exec(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
}

void SqliteBackend::checkWritable(const QString &location) const
{
    // Permission bits too: for root, access() says every file is writable.
    const auto permissions = QFileInfo(location).permissions();
    const bool writeBits = permissions & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther);
    if (!QFileInfo(location).isWritable() || !writeBits)
        throw WriteRefused(Tr::tr("La base « %1 » est en lecture seule ; ouvrez-la en consultation ou copiez-la ailleurs.").arg(location));
}

SqliteBackend::~SqliteBackend() { dropNote(this); }

int SqliteBackend::dropNote(void *backend)
{
    auto *self = static_cast<const SqliteBackend *>(backend);
    if (!self->m_noteFor.isEmpty())
        sqlite::WriterNote::remove(self->m_noteFor);
    self->m_noteFor.clear();
    return 0; // as a commit hook: let the commit go on
}

void SqliteBackend::requireWriteAccess(QSqlDatabase &db, const QString &location) const
{
    // Another program writing (or holding BEGIN EXCLUSIVE) would make the first write wait
    // for the busy timeout and then fail with SQLite's words: say it now, in the user's. A
    // window waits 1,5 s; the command line as long as it was told, saying so.
    sqlite3 *handle = rawHandle(db);
    if (!handle)
        throw OdemaError(Tr::tr("La base « %1 » n'est pas ouverte.").arg(location));
    sqlite::acquireWriteLock(handle, "BEGIN IMMEDIATE", 1500);
    sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
}

void SqliteBackend::lockForWriting(QSqlDatabase &db, const QString &what) const
{
    sqlite3 *handle = rawHandle(db);
    if (!handle || sqlite3_txn_state(handle, "main") == SQLITE_TXN_WRITE)
        return; // a savepoint inside a write that holds the lock already
    // StoreWrite's transaction has just begun and nothing was read yet: a write that changes
    // nothing takes the lock now (SQLite retries it through the busy handler, as BEGIN
    // IMMEDIATE), rather than the first INSERT failing after the busy timeout in SQLite's words.
    sqlite::acquireWriteLock(handle, "DELETE FROM source_file WHERE 0", 15000);
    const QString location = sqlite::storeFileOf(handle);
    sqlite::WriterNote::write(location, what);
    m_noteFor = location;
    sqlite3_commit_hook(handle, &SqliteBackend::dropNote, const_cast<SqliteBackend *>(this));
    sqlite3_rollback_hook(handle, [](void *backend) { dropNote(backend); }, const_cast<SqliteBackend *>(this));
}

void SqliteBackend::initialiseNewStore(QSqlDatabase &db) const
{
    sql::exec(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
}

bool SqliteBackend::isOdemaStore(const QSqlDatabase &db) const
{
    return sql::scalar(db, QStringLiteral("PRAGMA application_id")).toInt() == kApplicationId;
}

bool SqliteBackend::isEmptyDatabase(const QSqlDatabase &db) const
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt() == 0;
}

int SqliteBackend::schemaVersion(const QSqlDatabase &db) const
{
    return sql::scalar(db, QStringLiteral("PRAGMA user_version")).toInt();
}

void SqliteBackend::setSchemaVersion(QSqlDatabase &db, int version) const
{
    sql::exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

std::unique_ptr<FlowWriter> SqliteBackend::flowWriter(QSqlDatabase &db) const
{
    if (sqlite3 *handle = rawHandle(db))
        return std::make_unique<SqliteFlowWriter>(handle);
    return std::make_unique<GenericFlowWriter>(db);
}

void SqliteBackend::beginBulkLoad(QSqlDatabase &db) const
{
    if (sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM flow)")).toBool())
        return; // indexes are needed to replace covered rows; keep them
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'flow' AND sql IS NOT NULL"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    for (const QString &name : names)
        sql::exec(db, QStringLiteral("DROP INDEX IF EXISTS \"%1\"").arg(name));
}

void SqliteBackend::endBulkLoad(QSqlDatabase &db) const
{
    // Measured on 1 000 000 rows: a small page cache and on-disk sorter temp files build indexes
    // faster than a large cache with in-memory temp store (2,2 s against 3,8 s for three indexes).
    // temp_store is only a speed setting: SQLite refuses to change it inside a transaction once
    // this connection has opened its temp database (after a replacement of covered rows), so
    // a refusal is ignored rather than failing the import.
    auto speedPragma = [&db](const QString &statement) { QSqlQuery(db).exec(statement); };
    sql::exec(db, QStringLiteral("PRAGMA cache_size = -2000"));
    speedPragma(QStringLiteral("PRAGMA temp_store = DEFAULT"));
    for (const auto &index : kFlowIndexes)
        sql::exec(db, QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON %2").arg(QLatin1String(index[0]), QLatin1String(index[1])));
    sql::exec(db, QStringLiteral("PRAGMA cache_size = %1").arg(kCacheSize));
    speedPragma(QStringLiteral("PRAGMA temp_store = MEMORY"));
}

void SqliteBackend::setForeignKeyChecks(QSqlDatabase &db, bool on) const
{
    sql::exec(db, QStringLiteral("PRAGMA foreign_keys = %1").arg(on ? QStringLiteral("ON") : QStringLiteral("OFF")));
}

QString SqliteBackend::integrityCheck(const QSqlDatabase &db) const
{
    QSqlQuery q = sql::exec(db, QStringLiteral("PRAGMA integrity_check"));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

void SqliteBackend::setCancelCheck(QSqlDatabase &db, const std::function<bool()> *isStale) const
{
    sqlite3 *handle = rawHandle(db);
    if (!handle)
        return; // not open: nothing runs, nothing to stop
    if (!isStale) {
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        return;
    }
    // Called every few thousand virtual-machine steps (well under a millisecond): a non-zero
    // answer ends the statement with SQLITE_INTERRUPT.
    auto check = [](void *context) -> int { return (*static_cast<const std::function<bool()> *>(context))() ? 1 : 0; };
    sqlite3_progress_handler(handle, 4000, check, const_cast<std::function<bool()> *>(isStale));
}

} // namespace odema
