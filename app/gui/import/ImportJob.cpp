#include "gui/import/ImportJob.h"

#include "common/OdemaError.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QMetaObject>
#include <QThread>
#include <QTimer>

namespace odema::gui {

class ImportJob::Feedback : public ImportFeedback {
public:
    explicit Feedback(ImportJob &job) : m_job(job) {}
    void committing() override { emit m_job.committing(); }
    void setProgress(double fraction) override { m_permille = int(fraction * 1000); }
    void setRowsRead(qint64 rows) override { m_rows = rows; }
    void reset()
    {
        m_permille = 0;
        m_rows = 0;
    }
    std::atomic_int m_permille{0};
    std::atomic<qint64> m_rows{0};

private:
    ImportJob &m_job;
};

ImportJob::ImportJob(QString storePath, QList<Item> items, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_items(std::move(items)), m_feedback(std::make_unique<Feedback>(*this))
{
    m_outcomes.resize(m_items.size());
}

ImportJob::~ImportJob()
{
    if (m_thread) {
        m_feedback->cancel();
        m_thread->wait();
        delete m_thread;
    }
}

bool ImportJob::isRunning() const { return m_thread && m_thread->isRunning(); }

void ImportJob::cancel() { m_feedback->cancel(); }

void ImportJob::publish(int index, const Outcome &outcome)
{
    // Hand the outcome to the GUI thread, where this object lives.
    QMetaObject::invokeMethod(this, [this, index, outcome] {
        m_outcomes[index] = outcome;
        emit itemFinished(index);
    }, Qt::QueuedConnection);
}

void ImportJob::runChecks()
{
    // Dry runs, each rolled back: one file's problems do not stop the check of the next.
    std::unique_ptr<Store> store;
    for (int i = 0; i < m_items.size(); ++i) {
        m_current = i;
        m_feedback->reset();
        Outcome outcome;
        try {
            if (!store)
                store = Store::open(m_storePath, Store::OpenMode::ReadWrite);
            outcome.report = Importer(*store).importFile(m_items.at(i).path, m_items.at(i).options, m_feedback.get());
            outcome.ok = true;
        } catch (const CancelledError &) {
            m_result = WorkResult::Cancelled;
            return;
        } catch (const OdemaError &e) {
            outcome.error = e.message();
            outcome.details = e.details();
        }
        publish(i, outcome);
    }
}

void ImportJob::runImport()
{
    // One action, one transaction: the files land together, or a refusal or Cancel in any of
    // them leaves the store as it was before the first. Outcomes are told once it is decided.
    QList<Importer::BatchItem> batch;
    for (const Item &item : std::as_const(m_items))
        batch.append({item.path, item.options});
    ImportOutcome result;
    try {
        auto store = Store::open(m_storePath, Store::OpenMode::ReadWrite);
        result = Importer(*store).importFiles(batch, m_feedback.get(), [this](int index, const ImportReport &) {
            m_current = index + 1;
            m_feedback->reset();
        });
    } catch (const OdemaError &e) { // the store could not be opened
        result.result = WorkResult::Refused;
        result.message = e.message();
        result.details = e.details();
        result.stoppedAt = 0;
    }
    m_result = result.result;
    if (result.result == WorkResult::Refused) {
        Outcome failed;
        failed.error = result.message;
        failed.details = result.details;
        publish(qBound(0, result.stoppedAt, int(m_items.size()) - 1), failed);
    }
    for (int i = 0; i < result.reports.size(); ++i)
        publish(i, {true, result.reports.at(i), QString(), QStringList()});
}

void ImportJob::start()
{
    Q_ASSERT(!m_thread);
    bool checks = true;
    for (const Item &item : std::as_const(m_items))
        checks = checks && item.options.checkOnly;
    m_thread = QThread::create([this, checks] { checks ? runChecks() : runImport(); });
    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        emit progress(m_current, m_feedback->m_rows, m_feedback->m_permille / 1000.0);
    });
    connect(m_thread, &QThread::finished, this, [this] {
        m_poll->stop();
        emit finished(m_result);
    }, Qt::QueuedConnection);
    m_poll->start();
    m_thread->start();
}

} // namespace odema::gui
