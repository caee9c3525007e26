#include "store/PostgresSession.h"

#include <QSqlDriver>
#include <QString>
#include <QVariant>
#include <condition_variable>
#include <libpq-fe.h>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace odema::PostgresSession {

namespace {

/// Polls a stale check beside a running statement, cancels the statement once it is stale.
class CancelWatch {
public:
    CancelWatch(PGconn *connection, const std::function<bool()> *isStale) : m_cancel(PQgetCancel(connection))
    {
        m_thread = std::thread([this, isStale] {
            std::unique_lock<std::mutex> lock(m_mutex);
            while (!m_stop) {
                m_wake.wait_for(lock, std::chrono::milliseconds(10));
                if (m_stop || !m_cancel)
                    break;
                if ((*isStale)()) {
                    char error[256];
                    PQcancel(m_cancel, error, int(sizeof error)); // the statement ends with an error
                    break;
                }
            }
        });
    }
    ~CancelWatch()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_thread.join();
        if (m_cancel)
            PQfreeCancel(m_cancel);
    }

private:
    PGcancel *m_cancel;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

std::mutex watchesMutex;
std::map<PGconn *, std::unique_ptr<CancelWatch>> &watches()
{
    static std::map<PGconn *, std::unique_ptr<CancelWatch>> all;
    return all;
}

} // namespace

PGconn *handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // Qt declares the type as PGconn*, which the metatype system names after the struct.
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}

void setCancelCheck(const QSqlDatabase &db, const std::function<bool()> *isStale)
{
    PGconn *connection = handle(db);
    if (!connection)
        return;
    std::unique_ptr<CancelWatch> old;
    {
        std::lock_guard<std::mutex> lock(watchesMutex);
        auto it = watches().find(connection);
        if (it != watches().end()) {
            old = std::move(it->second);
            watches().erase(it);
        }
    }
    old.reset(); // joins its thread outside the lock
    if (!isStale)
        return;
    auto watch = std::make_unique<CancelWatch>(connection, isStale);
    std::lock_guard<std::mutex> lock(watchesMutex);
    watches()[connection] = std::move(watch);
}

QString lastError(PGconn *connection)
{
    return QString::fromUtf8(PQerrorMessage(connection)).simplified();
}

} // namespace odema::PostgresSession
