#include "gui/explorer/StoreTasks.h"

#include "common/FrenchFormat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace odema::gui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StoreTasks)
};

/// Runs `work` on a thread while `dialog` is shown; returns when the work ended.
void runWithDialog(QProgressDialog &dialog, const std::function<void()> &work)
{
    QThread *worker = QThread::create(work);
    QObject::connect(worker, &QThread::finished, &dialog, [&dialog] { dialog.done(0); });
    worker->start();
    dialog.exec();
    worker->wait();
    delete worker;
}

} // namespace

QString exportWithProgress(const ExportJob &job, const QString &path, ExportFormat format, CsvStyle style, QWidget *parent)
{
    const int maximum = int(qMin<qint64>(job.expectedRows, std::numeric_limits<int>::max()));
    QProgressDialog dialog(Tr::tr("Écriture de « %1 »…").arg(QFileInfo(path).fileName()), Tr::tr("Annuler"), 0, maximum, parent);
    dialog.setWindowTitle(Tr::tr("Exporter"));
    dialog.setMinimumDuration(300);
    dialog.setWindowModality(Qt::WindowModal);
    std::atomic_bool cancelled{false};
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&cancelled] { cancelled = true; });
    QPointer<QProgressDialog> shown = &dialog;
    const ExportProgress progress = [&cancelled, shown, maximum](qint64 rows) {
        const int value = int(qMin<qint64>(rows, maximum - 1)); // at the maximum the dialog would close
        QMetaObject::invokeMethod(shown, [shown, value] {
            if (shown && value > 0)
                shown->setValue(value);
        }, Qt::QueuedConnection);
        return !cancelled;
    };
    ExportOutcome outcome;
    runWithDialog(dialog, [&] { outcome = job.run(path, format, style, progress); });
    const QString name = QFileInfo(path).fileName();
    switch (outcome.result) {
    case WorkResult::Done:
        return Tr::tr("%1 : %2 lignes écrites.").arg(name, formatInteger(outcome.rows));
    case WorkResult::Cancelled:
        return Tr::tr("Export annulé : « %1 » n'a pas été écrit.").arg(name);
    case WorkResult::Refused:
        break;
    }
    QMessageBox::warning(parent, Tr::tr("Exporter"), outcome.message);
    return Tr::tr("Export impossible : %1").arg(outcome.message);
}

} // namespace odema::gui
