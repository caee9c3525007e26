// The import dialog end to end, offscreen, on a real SINOE® file: preview, check (nothing
// written), import on the worker thread, history and undo; Cancel leaves the store as it was;
// the File menu action and a drop on the main window open it.
#include "ImportTestUtil.h"
#include "gui/MainWindow.h"
#include "gui/import/ImportDialog.h"
#include "gui/import/ImportHistoryPanel.h"
#include "gui/import/ImportJob.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMimeData>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace odema;
using namespace odema::gui;
using namespace odema::test;

namespace {
qint64 flowCount(const QString &storePath)
{
    auto store = Store::open(storePath, Store::OpenMode::ReadOnly);
    return scalar(*store, QStringLiteral("SELECT count(*) FROM flow")).toLongLong();
}

bool waitForJob(ImportDialog &dialog)
{
    QSignalSpy done(&dialog, &ImportDialog::jobFinished);
    return done.wait(120000);
}
} // namespace

class TestImportDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_store;

private slots:
    void initTestCase()
    {
        // The main window remembers stores and geometry: not in the user's settings.
        QCoreApplication::setOrganizationName(QStringLiteral("OdemaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_import_dialog"));
        QSettings().clear();
        m_store = m_dir.filePath(QStringLiteral("dialog.sqlite"));
        Store::open(m_store, Store::OpenMode::CreateIfMissing);
    }

    void previewCheckImportUndo()
    {
        const QString real = realExtract(QStringLiteral("sinoe_destination_dechets_decheterie_par_traitement_dept__extrait.csv"));
        ImportDialog dialog(m_store);
        QVERIFY(!dialog.isModal()); // the main window stays usable
        dialog.show();
        dialog.addFiles({real});
        QCOMPARE(dialog.fileCount(), 1);
        QCOMPARE(dialog.previewTable()->rowCount(), 20);
        QCOMPARE(dialog.previewTable()->columnCount(), 10);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("importDetection"))->text().contains(QStringLiteral("SINOE")));
        QVERIFY(dialog.previewTable()->horizontalHeaderItem(9)->text().contains(QStringLiteral("Tonnes")));
        QCOMPARE(dialog.previewTable()->item(0, 3)->text(), QStringLiteral("01")); // code kept as text

        dialog.check();
        QVERIFY(waitForJob(dialog));
        const auto check = dialog.currentCheck();
        QVERIFY(check);
        QCOMPARE(check->rowsStored, 600); // every row of the extract
        QCOMPARE(check->problemCount, 0);
        QVERIFY(dialog.findChild<QTreeWidget *>(QStringLiteral("importCheck"))->topLevelItemCount() > 2);
        QCOMPARE(flowCount(m_store), 0); // a check writes nothing
        if (qEnvironmentVariableIsSet("ODEMA_IMPORT_DIALOG_PNG"))
            dialog.grab().save(qEnvironmentVariable("ODEMA_IMPORT_DIALOG_PNG"));

        dialog.startImport();
        QVERIFY(waitForJob(dialog));
        QVERIFY2(dialog.logText().contains(QStringLiteral("✓")), qPrintable(dialog.logText()));
        QCOMPARE(flowCount(m_store), check->rowsStored);
        QTableWidget *history = dialog.historyPanel()->table();
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 1)->text(), QFileInfo(real).fileName());

        dialog.historyPanel()->setConfirmUndo(false);
        QSignalSpy changed(&dialog, &ImportDialog::storeChanged);
        QVERIFY(dialog.historyPanel()->undoRow(0));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(flowCount(m_store), 0);
        QCOMPARE(history->rowCount(), 0);
    }

    void cancelLeavesStoreUnchanged()
    {
        const QString big = m_dir.filePath(QStringLiteral("gros.csv"));
        QByteArray text("ANNEE;C_DEPT;C_TYP_REG_DECHET;TONNAGE_T\n");
        for (int i = 0; i < 120000; ++i)
            text += QByteArray::number(1950 + i % 70) + ';' + QByteArray::number(1 + i % 95).rightJustified(2, '0') + ";X"
                  + QByteArray::number(i % 40) + ';' + QByteArray::number(i) + "\n";
        QVERIFY(writeFile(big, text));
        QString before;
        {
            auto store = Store::open(m_store, Store::OpenMode::ReadOnly);
            before = fingerprint(*store);
        }
        ImportDialog dialog(m_store);
        dialog.addFiles({big});
        dialog.startImport();
        QVERIFY(dialog.isBusy());
        dialog.cancel(); // seen at the first progress checkpoint, long before the end
        QVERIFY(waitForJob(dialog));
        QVERIFY2(dialog.logText().contains(QStringLiteral("annulé")), qPrintable(dialog.logText()));
        auto store = Store::open(m_store, Store::OpenMode::ReadOnly);
        QCOMPARE(fingerprint(*store), before);
    }

    void cancelDuringTheCommitEndsDone()
    {
        // A Cancel that reaches the job while it commits is too late: the job ends Done (the
        // core decided it), and the dialog logs the file as imported, not "annulé".
        const qint64 before = flowCount(m_store);
        ImportJob job(m_store, {{fixture(QStringLiteral("semicolon_nbsp_no_final_newline.csv")), {}}});
        bool committing = false;
        connect(&job, &ImportJob::committing, &job, [&job, &committing] {
            committing = true;
            job.cancel(); // from the worker thread, as a click would arrive while it commits
        }, Qt::DirectConnection);
        QSignalSpy finished(&job, &ImportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(committing);
        QCOMPARE(finished.first().first().value<WorkResult>(), WorkResult::Done);
        QVERIFY(job.outcome(0).ok);
        QVERIFY(flowCount(m_store) > before);
    }

    void openedFromMenuAndDrop()
    {
        MainWindow window(Store::open(m_store, Store::OpenMode::ReadWrite));
        window.show();
        QAction *action = nullptr;
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text().contains(QStringLiteral("Importer des fichiers")))
                action = a;
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->fileCount(), 0);

        // Two files, a folder and a web link dropped at once: the files go to the dialog, the
        // others are named in the status bar.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(fixture(QStringLiteral("odema_epci.csv"))), QUrl::fromLocalFile(m_dir.path()),
                      QUrl(QStringLiteral("https://data.ademe.fr/x.csv")),
                      QUrl::fromLocalFile(fixture(QStringLiteral("tab_treatment.csv")))});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &drop);
        QCOMPARE(window.findChildren<ImportDialog *>().size(), 1); // the same dialog
        QCOMPARE(dialog->fileCount(), 2);
        const QString message = window.statusBar()->currentMessage();
        QVERIFY2(message.contains(QStringLiteral("est un dossier")) && message.contains(QStringLiteral("data.ademe.fr")),
                 qPrintable(message));
        const qint64 before = flowCount(m_store);
        dialog->startImport();
        QVERIFY(waitForJob(*dialog));
        QVERIFY2(flowCount(m_store) > before, qPrintable(dialog->logText()));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
