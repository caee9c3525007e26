#include "gui/explorer/StoreTasks.h"

#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "gui/explorer/ExplorerView.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace odema::gui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("StoreTasks", text); }

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
    QProgressDialog dialog(tr("Écriture de « %1 »…").arg(QFileInfo(path).fileName()), tr("Annuler"), 0, maximum, parent);
    dialog.setWindowTitle(tr("Exporter"));
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
    qint64 rows = 0;
    QString error;
    runWithDialog(dialog, [&] {
        try {
            rows = job.run(path, format, style, progress);
        } catch (const OdemaError &e) {
            error = e.message();
        }
    });
    if (cancelled)
        return tr("Export annulé : « %1 » n'a pas été écrit.").arg(QFileInfo(path).fileName());
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Exporter"), error);
        return tr("Export impossible : %1").arg(error);
    }
    return tr("%1 : %2 lignes écrites.").arg(QFileInfo(path).fileName(), formatInteger(rows));
}

} // namespace odema::gui
