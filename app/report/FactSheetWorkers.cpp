#include "report/FactSheetWorkers.h"

#include "common/OdemaError.h"
#include "report/FactSheetWorker.h"
#include "report/FactSheetWriter.h"
#include "report/PdfAssembly.h"
#include "report/SheetPainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <memory>

namespace odema::report {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

QString &programPath()
{
    static QString path;
    return path;
}

/// A worker stopping after a cancel gets this long to finish its sheet before it is killed.
constexpr int kCancelGraceMs = 15000;

struct Worker {
    std::unique_ptr<QProcess> process;
    QList<int> share; ///< indices in the series, in the worker's order
    QString partFile;
    QByteArray pending; ///< output not yet split into lines
    bool painted = false;
    bool finished = false;
};

class Series {
public:
    Series(const QList<TerritoryInfo> &territories, const BatchSettings &settings, BatchFeedback &feedback)
        : m_territories(territories), m_settings(settings), m_feedback(feedback), m_state(int(territories.size()), State::Pending),
          m_files(int(territories.size()))
    {
    }

    bool start(int workers);
    BatchReport run();

private:
    enum class State { Pending, Built, Done, Failed };

    bool combined() const { return !m_settings.singleFile.isEmpty(); }
    void pump();
    void handle(Worker &w, const QByteArray &line);
    void finished(Worker &w);
    void resolve(int index, State state);
    void sendPaint();
    void assemble(BatchReport &report);
    void cancel();

    const QList<TerritoryInfo> &m_territories;
    const BatchSettings &m_settings;
    BatchFeedback &m_feedback;
    QTemporaryDir m_tmp;
    std::vector<Worker> m_workers;
    QList<State> m_state;
    QList<QStringList> m_files;
    QList<std::pair<QString, QString>> m_failures;
    QString m_error; ///< a worker's own failure (combined series)
    int m_resolved = 0;
    QString m_last;
    bool m_cancelSent = false, m_paintSent = false;
    QElapsedTimer m_sinceCancel;
};

bool Series::start(int workers)
{
    if (!m_tmp.isValid())
        return false;
    const QString tpl = m_tmp.filePath(QStringLiteral("template.json"));
    m_settings.tpl.save(tpl);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")); // workers never show a window
    m_workers.resize(size_t(workers));
    for (int k = 0; k < workers; ++k) {
        Worker &w = m_workers[size_t(k)];
        QList<std::pair<int, qint64>> sheets;
        for (int i = k; i < m_territories.size(); i += workers) { // interleaved: shares of equal weight
            w.share << i;
            sheets << std::make_pair(i, m_territories[i].id);
        }
        QStringList args{QStringLiteral("report"), QStringLiteral("--db"), m_settings.storeLocation, QStringLiteral("--worker-sheets"),
                         workerSheetsArgument(sheets), QStringLiteral("--template"), tpl};
        if (m_settings.year)
            args << QStringLiteral("--year") << QString::number(m_settings.year);
        if (combined()) {
            w.partFile = m_tmp.filePath(QStringLiteral("part-%1.pdf").arg(k));
            args << QStringLiteral("--worker-part") << w.partFile << QStringLiteral("--worker-title") << m_settings.combinedTitle;
        } else {
            args << QStringLiteral("--out-dir") << m_settings.outDir << QStringLiteral("--pattern") << m_settings.pattern;
            if (m_settings.html)
                args << QStringLiteral("--html");
        }
        w.process = std::make_unique<QProcess>();
        w.process->setProcessEnvironment(env);
        w.process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        w.process->start(programPath(), args);
        if (!w.process->waitForStarted(10000)) {
            for (Worker &started : m_workers)
                if (started.process)
                    started.process->kill();
            for (Worker &started : m_workers)
                if (started.process)
                    started.process->waitForFinished(5000);
            return false;
        }
    }
    return true;
}

void Series::pump()
{
    for (Worker &w : m_workers) {
        if (w.finished)
            continue;
        if (w.process->bytesAvailable() == 0 && w.process->state() == QProcess::Running)
            w.process->waitForReadyRead(20 / int(m_workers.size()) + 1);
        w.pending += w.process->readAllStandardOutput();
        for (qsizetype eol; (eol = w.pending.indexOf('\n')) >= 0;) {
            const QByteArray line = w.pending.left(eol);
            w.pending.remove(0, eol + 1);
            handle(w, line);
        }
        if (w.process->state() == QProcess::NotRunning)
            finished(w);
    }
}

void Series::resolve(int index, State state)
{
    if (index < 0 || index >= m_state.size() || m_state[index] != State::Pending)
        return;
    m_state[index] = state;
    ++m_resolved;
    m_last = m_territories[index].name;
}

void Series::handle(Worker &w, const QByteArray &line)
{
    const QStringList f = QString::fromUtf8(line).split(QLatin1Char('\t'));
    const QString &what = f.value(0);
    const int index = f.value(1).toInt();
    if (what == QLatin1String("done")) {
        m_files[index] = f.mid(2);
        resolve(index, State::Done);
    } else if (what == QLatin1String("built")) {
        resolve(index, State::Built);
    } else if (what == QLatin1String("failed") && index >= 0 && index < m_state.size()) {
        const QString name = m_territories[index].name;
        m_failures << std::make_pair(name, f.value(2));
        m_feedback.failed(name, f.value(2));
        resolve(index, State::Failed);
    } else if (what == QLatin1String("painted")) {
        w.painted = true;
    } else if (what == QLatin1String("error")) {
        m_error = f.value(1);
    }
}

void Series::finished(Worker &w)
{
    w.finished = true;
    if (m_cancelSent)
        return;
    for (int index : std::as_const(w.share)) {
        if (m_state[index] != State::Pending)
            continue;
        const QString message = Tr::tr("le processus qui dessinait cette fiche s'est arrêté (code %1)").arg(w.process->exitCode());
        m_failures << std::make_pair(m_territories[index].name, message);
        m_feedback.failed(m_territories[index].name, message);
        resolve(index, State::Failed);
    }
    if (combined() && m_paintSent && !w.painted && m_error.isEmpty())
        m_error = Tr::tr("un processus de dessin s'est arrêté avant d'avoir dessiné ses pages (code %1)").arg(w.process->exitCode());
}

void Series::cancel()
{
    m_cancelSent = true;
    m_sinceCancel.start();
    for (Worker &w : m_workers)
        if (!w.finished) {
            w.process->write("cancel\n");
            w.process->waitForBytesWritten(1000);
        }
}

void Series::sendPaint()
{
    // Sheets that could be made, in the series' order: the contents page, then two pages each.
    m_paintSent = true;
    int rank = 0;
    QHash<int, int> firstPage;
    for (int i = 0; i < m_state.size(); ++i)
        if (m_state[i] == State::Built)
            firstPage.insert(i, 2 + SheetPainter::kPagesPerSheet * rank++);
    const int total = 1 + SheetPainter::kPagesPerSheet * rank;
    for (Worker &w : m_workers) {
        QStringList pages;
        for (int index : std::as_const(w.share))
            if (firstPage.contains(index))
                pages << QString::number(firstPage.value(index));
        w.process->write(pages.isEmpty() ? QByteArray("cancel\n")
                                         : QStringLiteral("paint\t%1\t%2\n").arg(QString::number(total), pages.join(QLatin1Char(','))).toUtf8());
        w.process->waitForBytesWritten(1000);
        if (pages.isEmpty())
            w.painted = true;
    }
}

void Series::assemble(BatchReport &report)
{
    const QString title = m_settings.combinedTitle.isEmpty() ? Tr::tr("Fiches territoriales") : m_settings.combinedTitle;
    QList<std::pair<QString, int>> entries;
    QList<PdfPage> pages{{m_tmp.filePath(QStringLiteral("contents.pdf")), 0}};
    QHash<const Worker *, int> drawn; // sheets of each worker's part placed so far
    for (int i = 0; i < m_state.size(); ++i) {
        if (m_state[i] != State::Built)
            continue;
        const Worker &w = m_workers[size_t(i % m_workers.size())];
        entries << std::make_pair(QStringLiteral("%1 (%2)").arg(m_territories[i].name, m_territories[i].code),
                                  2 + SheetPainter::kPagesPerSheet * int(entries.size()));
        const int first = SheetPainter::kPagesPerSheet * drawn[&w]++;
        for (int p = 0; p < SheetPainter::kPagesPerSheet; ++p)
            pages << PdfPage{w.partFile, first + p};
    }
    FactSheetWriter::writeContentsPdf(entries, m_settings.tpl, title, 1 + SheetPainter::kPagesPerSheet * int(entries.size()),
                                      pages.first().file);
    assemblePdf(pages, m_settings.singleFile);
    report.files << m_settings.singleFile;
}

BatchReport Series::run()
{
    BatchReport report;
    report.total = int(m_territories.size());
    report.workers = int(m_workers.size());
    int shown = -1;
    for (;;) {
        pump();
        if (m_feedback.isCanceled() && !m_cancelSent)
            cancel();
        if (combined() && !m_paintSent && !m_cancelSent && m_resolved == report.total)
            sendPaint();
        if (m_resolved != shown || m_cancelSent) {
            shown = m_resolved;
            m_feedback.progress(m_resolved, report.total, m_resolved < report.total || !combined()
                                                              ? m_last : Tr::tr("assemblage de %1").arg(m_settings.singleFile));
        }
        bool running = false;
        for (const Worker &w : m_workers)
            running = running || !w.finished;
        if (!running)
            break;
        if (m_cancelSent && m_sinceCancel.elapsed() > kCancelGraceMs)
            for (Worker &w : m_workers)
                if (!w.finished)
                    w.process->kill();
    }
    for (int i = 0; i < m_files.size(); ++i)
        report.files << m_files[i];
    report.failures = m_failures;
    if (m_cancelSent) {
        report.result = WorkResult::Cancelled;
        if (combined())
            report.files.clear();
        return report;
    }
    if (combined()) {
        try {
            if (!m_error.isEmpty())
                throw OdemaError(Tr::tr("Le PDF %1 n'a pas été écrit : %2").arg(m_settings.singleFile, m_error));
            assemble(report);
        } catch (const OdemaError &e) {
            report.result = WorkResult::Refused;
            report.error = e.message();
            return report;
        }
    }
    m_feedback.progress(report.total, report.total, QString());
    report.result = WorkResult::Done;
    return report;
}

} // namespace

void setWorkerProgram(const QString &path) { programPath() = path; }
QString workerProgram() { return programPath(); }

int workerCount(int requested, int sheets, const BatchSettings &settings)
{
    if (programPath().isEmpty() || settings.storeLocation.isEmpty())
        return 1;
    const int wanted = requested > 0 ? requested : QThread::idealThreadCount();
    return qMax(1, qMin(wanted, sheets / 2));
}

std::optional<BatchReport> runInWorkers(const QList<TerritoryInfo> &territories, const BatchSettings &settings, int workers,
                                        BatchFeedback &feedback)
{
    Series series(territories, settings, feedback);
    if (!series.start(workers))
        return std::nullopt;
    return series.run();
}

} // namespace odema::report
