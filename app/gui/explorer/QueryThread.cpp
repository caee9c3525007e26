#include "gui/explorer/QueryThread.h"

#include "common/OdemaError.h"
#include "store/Store.h"

#include <QThread>
#include <exception>

namespace odema::gui {

namespace {

/// Lives in the worker thread; opens the store there on first use.
class Worker : public QObject {
public:
    explicit Worker(QString location) : m_location(std::move(location)) {}
    QSqlDatabase db()
    {
        if (!m_store)
            m_store = Store::open(m_location, Store::OpenMode::ReadOnly);
        return m_store->database();
    }
    /// Runs `job`, stopping its statements once `isStale` says so.
    void run(const std::function<void(const QSqlDatabase &)> &job, const QueryThread::StaleCheck &isStale)
    {
        if (isStale && isStale())
            return;
        QSqlDatabase connection = db();
        if (isStale)
            m_store->backend().setCancelCheck(connection, &isStale);
        struct Reset { // the check must not outlive the job it belongs to
            const Store &store;
            QSqlDatabase &connection;
            ~Reset() { store.backend().setCancelCheck(connection, nullptr); }
        } reset{*m_store, connection};
        job(connection);
    }
    void close() { m_store.reset(); }

private:
    QString m_location;
    std::unique_ptr<Store> m_store;
};

} // namespace

QueryThread::QueryThread(QString storeLocation, QObject *parent) : QObject(parent), m_location(std::move(storeLocation))
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("odema-query"));
    m_worker = new Worker(m_location);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

QueryThread::~QueryThread()
{
    auto *worker = static_cast<Worker *>(m_worker);
    // The connection must be closed by the thread that opened it.
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void QueryThread::post(std::function<void(const QSqlDatabase &)> job, StaleCheck isStale)
{
    auto *worker = static_cast<Worker *>(m_worker);
    QMetaObject::invokeMethod(worker, [this, worker, job = std::move(job), isStale = std::move(isStale)] {
        try {
            worker->run(job, isStale);
        } catch (const OdemaError &e) {
            if (isStale && isStale())
                return; // stopped on purpose: a newer request replaced it
            const QString message = e.message();
            QMetaObject::invokeMethod(this, [this, message] { emit failed(message); });
        }
    });
}

void QueryThread::runAndWait(std::function<void(const QSqlDatabase &)> job)
{
    auto *worker = static_cast<Worker *>(m_worker);
    std::exception_ptr error;
    QMetaObject::invokeMethod(worker, [worker, &job, &error] {
        try {
            job(worker->db());
        } catch (...) {
            error = std::current_exception(); // rethrown on the caller's thread
        }
    }, Qt::BlockingQueuedConnection);
    if (error)
        std::rethrow_exception(error);
}

} // namespace odema::gui
