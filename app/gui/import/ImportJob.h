#pragma once
// Runs checks and imports off the GUI thread. The worker opens its own Store connection (Qt Sql
// connections belong to one thread). Checks are dry runs, file by file. An import of several
// files is one transaction: a refused file or Cancel leaves the store as it was before them all.
#include "common/WorkResult.h"
#include "import/ImportTypes.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>

class QThread;
class QTimer;

namespace odema::gui {

class ImportJob : public QObject {
    Q_OBJECT
public:
    struct Item {
        QString path;
        ImportOptions options;
    };
    struct Outcome {
        bool ok = false;
        ImportReport report;
        QString error;
        QStringList details;
    };

    ImportJob(QString storePath, QList<Item> items, QObject *parent = nullptr);
    ~ImportJob() override; ///< cancels and waits for the worker

    void start();
    void cancel();
    bool isRunning() const;
    int itemCount() const { return int(m_items.size()); }
    const Outcome &outcome(int index) const { return m_outcomes.at(index); }

signals:
    /// Polled from the worker's counters; `fraction` is of the current file.
    void progress(int index, qint64 rows, double fraction);
    void itemFinished(int index);
    /// Emitted from the worker thread past the last checkpoint of an import: a Cancel now
    /// comes too late. Connect with a queued connection unless the slot is thread-safe.
    void committing();
    /// How the job ended, as the core decided it where it committed (never read from the
    /// Cancel button's state: a Cancel pressed during the commit still ends Done).
    void finished(odema::WorkResult result);

private:
    class Feedback;
    void runChecks();
    void runImport();
    void publish(int index, const Outcome &outcome);

    QString m_storePath;
    QList<Item> m_items;
    QList<Outcome> m_outcomes;
    std::unique_ptr<Feedback> m_feedback;
    std::atomic_int m_current{0};
    std::atomic<WorkResult> m_result{WorkResult::Done}; ///< written by the worker before it ends
    QThread *m_thread = nullptr;
    QTimer *m_poll = nullptr;
};

} // namespace odema::gui
