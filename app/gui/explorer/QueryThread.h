#pragma once
// A thread with its own read-only connection to the store, for the queries of one model. Qt Sql
// connections belong to the thread that opened them, so the worker opens its own; the window's
// connection stays on the GUI thread. Jobs run in order; each posts its result back itself.
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <functional>

class QThread;

namespace odema::gui {

class QueryThread : public QObject {
    Q_OBJECT
public:
    explicit QueryThread(QString storeLocation, QObject *parent = nullptr);
    /// Waits for the job in progress, then closes the worker's connection.
    ~QueryThread() override;

    /// Tells, on the worker, whether a job's result is no longer wanted (the user changed the
    /// filter again). Checked before the job starts and while its statements run.
    using StaleCheck = std::function<bool()>;

    /// Runs `job` on the worker thread with its connection. A statement still running when
    /// `isStale` turns true is stopped, so the next job does not wait behind it. An OdemaError
    /// thrown by a job that is not stale is reported through failed() on the GUI thread.
    void post(std::function<void(const QSqlDatabase &)> job, StaleCheck isStale = {});

    /// Runs `job` on the worker and waits for it (tests, benchmarks, exports of the same result).
    void runAndWait(std::function<void(const QSqlDatabase &)> job);

    QString storeLocation() const { return m_location; }

signals:
    void failed(const QString &message);

private:
    QString m_location;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
};

} // namespace odema::gui
