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

void QueryThread::post(std::function<void(const QSqlDatabase &)> job)
{
    auto *worker = static_cast<Worker *>(m_worker);
    QMetaObject::invokeMethod(worker, [this, worker, job = std::move(job)] {
        try {
            job(worker->db());
        } catch (const OdemaError &e) {
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
