#include "gui/SampleImportDialog.h"

#include "common/OdemaError.h"
#include "sample/SampleData.h"
#include "store/Store.h"

#include <QMessageBox>
#include <QMetaObject>
#include <QPointer>
#include <QProgressDialog>
#include <QThread>

namespace odema::gui {

namespace {
class ProgressFeedback : public ImportFeedback {
public:
    explicit ProgressFeedback(QProgressDialog *dialog) : m_dialog(dialog) {}
    void setProgress(double fraction) override
    {
        QPointer<QProgressDialog> dialog = m_dialog;
        QMetaObject::invokeMethod(m_dialog, [dialog, fraction] {
            if (dialog)
                dialog->setValue(int(fraction * 1000));
        }, Qt::QueuedConnection);
    }

private:
    QProgressDialog *m_dialog;
};
} // namespace

bool importSampleData(const QString &storePath, const QString &dataDir, QWidget *parent)
{
    QProgressDialog dialog(QObject::tr("Création de la base avec les données d'exemple (SINOE®, INSEE)…"),
                           QObject::tr("Annuler"), 0, 1000, parent);
    dialog.setWindowTitle(QObject::tr("Odema Explorer"));
    dialog.setMinimumDuration(0);
    dialog.setWindowModality(Qt::ApplicationModal);
    ProgressFeedback feedback(&dialog);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&feedback] { feedback.cancel(); });

    QString error;
    // The store connection is created and used on the worker thread only (Qt Sql rule).
    QThread *worker = QThread::create([&] {
        try {
            auto store = Store::open(storePath, Store::OpenMode::CreateIfMissing);
            SampleData::importInto(*store, dataDir, &feedback);
        } catch (const OdemaError &e) {
            error = e.message() + QLatin1Char('\n') + e.details().join(QLatin1Char('\n'));
        }
    });
    QObject::connect(worker, &QThread::finished, &dialog, [&dialog] { dialog.done(0); });
    worker->start();
    dialog.exec();
    worker->wait();
    delete worker;
    if (feedback.isCanceled())
        return false;
    if (!error.isEmpty()) {
        QMessageBox::critical(parent, QObject::tr("Odema Explorer"), QObject::tr("Import des données d'exemple impossible :\n%1").arg(error));
        return false;
    }
    return true;
}

} // namespace odema::gui
