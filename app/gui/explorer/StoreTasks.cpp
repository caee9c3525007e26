#include "gui/explorer/StoreTasks.h"

#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "gui/explorer/ExplorerView.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace odema::gui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("StoreTasks", text); }

class DialogFeedback : public ImportFeedback {
public:
    DialogFeedback(QProgressDialog *dialog, int fileCount) : m_dialog(dialog), m_files(fileCount) {}
    void setFile(int index) { m_index = index; }
    void setProgress(double fraction) override
    {
        QPointer<QProgressDialog> dialog = m_dialog;
        const int value = int((m_index + fraction) * 1000 / m_files);
        QMetaObject::invokeMethod(m_dialog, [dialog, value] {
            if (dialog)
                dialog->setValue(value);
        }, Qt::QueuedConnection);
    }

private:
    QProgressDialog *m_dialog;
    int m_files;
    std::atomic_int m_index{0};
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

QString importFilesWithProgress(const QString &storeLocation, const QStringList &files, QWidget *parent)
{
    QProgressDialog dialog(QCoreApplication::translate("StoreTasks", "Import de %n fichier(s)…", nullptr, int(files.size())), tr("Annuler"), 0, 1000, parent);
    dialog.setWindowTitle(tr("Importer des fichiers"));
    dialog.setMinimumDuration(0);
    dialog.setWindowModality(Qt::WindowModal);
    DialogFeedback feedback(&dialog, int(files.size()));
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&feedback] { feedback.cancel(); });

    QStringList lines;
    QString error;
    runWithDialog(dialog, [&] {
        try {
            // The store connection is created and used on this thread only (Qt Sql rule).
            auto store = Store::open(storeLocation, Store::OpenMode::ReadWrite);
            Importer importer(*store);
            for (int i = 0; i < files.size() && !feedback.isCanceled(); ++i) {
                feedback.setFile(i);
                const ImportReport r = importer.importFile(files.at(i), {}, &feedback);
                lines << (r.alreadyImported ? tr("%1 : déjà importé (%2).").arg(r.fileName, r.alreadyImportedAs)
                                            : tr("%1 : %2 lignes (%3).").arg(r.fileName, formatInteger(r.rowsStored), r.layout));
            }
        } catch (const OdemaError &e) {
            error = e.message() + QLatin1Char('\n') + e.details().mid(0, 12).join(QLatin1Char('\n'));
        }
    });
    if (!error.isEmpty()) {
        QMessageBox::warning(parent, tr("Importer des fichiers"),
                             tr("%1\n\nLes fichiers déjà importés avant celui-ci restent dans la base.").arg(error));
        return lines.isEmpty() ? QString() : lines.join(QLatin1Char('\n'));
    }
    if (feedback.isCanceled() && lines.isEmpty())
        return QString();
    return lines.join(QLatin1Char('\n'));
}

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
