#include "import/Importer.h"

#include "import/FileImport.h"
#include "store/Store.h"
#include "store/StoreWrite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace odema {

Importer::Importer(Store &store) : m_store(store) {}

ImportReport Importer::importFile(const QString &path, const ImportOptions &options, ImportFeedback *feedback)
{
    FileImport run(m_store, path, options, feedback);
    if (run.findEarlierCopy())
        return run.report();
    run.read();
    run.buildIndexes();
    run.replaceOlderRows();
    if (run.findLateCopy())
        return run.report(); // rolled back when `run` goes
    run.refreshDerived();
    return run.finish();
}

ImportOutcome Importer::importFiles(const QList<BatchItem> &items, ImportFeedback *feedback,
                                    const std::function<void(int, const ImportReport &)> &fileDone)
{
    ImportOutcome outcome;
    if (items.isEmpty())
        return outcome;
    QStringList rejects; // written beside their source at each file's end: gone if the batch is
    auto stop = [&](WorkResult result, int index, const OdemaError &e) {
        for (const QString &path : std::as_const(rejects))
            QFile::remove(path);
        const QString name = QFileInfo(items.at(index).path).fileName();
        outcome.result = result;
        outcome.stoppedAt = index;
        outcome.message = items.size() == 1
            ? e.message()
            : QCoreApplication::translate("Import", "%1\nAucun des %2 fichiers n'a été importé : la base est telle qu'avant (arrêt sur « %3 »).")
                  .arg(e.message(), QString::number(items.size()), name);
        outcome.details = e.details();
        outcome.reports.clear();
        return outcome;
    };
    int index = 0;
    try {
        m_store.requireWritable();
        QSqlDatabase db = m_store.database();
        ForeignKeysOff foreignKeysOff(db, m_store.backend());
        // Each file's own transaction becomes a savepoint inside it.
        StoreWrite batch(m_store, QCoreApplication::translate("Import", "import de %n fichier(s)", nullptr, int(items.size())));
        for (; index < items.size(); ++index) {
            if (feedback && feedback->isCanceled())
                throw CancelledError(QCoreApplication::translate("Import", "Import annulé : la base n'a pas été modifiée."));
            outcome.reports << importFile(items.at(index).path, items.at(index).options, feedback);
            if (!outcome.reports.last().rejectsPath.isEmpty())
                rejects << outcome.reports.last().rejectsPath;
            if (fileDone)
                fileDone(index, outcome.reports.last());
        }
        index = qMax(0, int(items.size()) - 1);
        // The last checkpoint of the action: a Cancel after it is too late, the files are in.
        if (feedback && feedback->isCanceled())
            throw CancelledError(QCoreApplication::translate("Import", "Import annulé : la base n'a pas été modifiée."));
        if (feedback)
            feedback->committing();
        StoreChange change = StoreChange::of(StoreChange::Kind::Import, {}, 0);
        for (const ImportReport &r : std::as_const(outcome.reports)) {
            change.files << r.fileName;
            change.rows += r.rowsStored;
        }
        batch.commit(change); // the checks come back on as `foreignKeysOff` goes, without throwing
    } catch (const CancelledError &e) {
        return stop(WorkResult::Cancelled, qMin(index, int(items.size()) - 1), e);
    } catch (const OdemaError &e) {
        return stop(WorkResult::Refused, qMin(index, int(items.size()) - 1), e);
    }
    outcome.result = WorkResult::Done;
    return outcome;
}

} // namespace odema
