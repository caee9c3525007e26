#pragma once
// Imports files into a store. Each file is one transaction: it lands whole, or the store is
// left exactly as it was and an OdemaError lists every problem as file:line:column: reason.
// Several files imported as one action (the dialog's) are one transaction too, and say how
// the action ended (ImportOutcome), decided where it commits.
#include "common/WorkResult.h"
#include "import/ImportTypes.h"

#include <QList>
#include <QString>
#include <functional>

namespace odema {

class Store;

/// How an import of one or more files ended.
struct ImportOutcome {
    WorkResult result = WorkResult::Done;
    QList<ImportReport> reports; ///< Done: one per file, in order
    QString message;             ///< Refused or Cancelled: what to tell the user
    QStringList details;         ///< Refused: one `file:line:column: reason` per problem
    int stoppedAt = -1;          ///< Refused or Cancelled: index of the file being read
};

class Importer {
public:
    explicit Importer(Store &store);

    /// One file, through the phases of FileImport. Throws OdemaError (message + details) when
    /// the file is refused, CancelledError when `feedback` was cancelled before the commit.
    /// Once it returns, the file is in the store (or, for a check, the store is unchanged).
    ImportReport importFile(const QString &path, const ImportOptions &options = {}, ImportFeedback *feedback = nullptr);

    struct BatchItem {
        QString path;
        ImportOptions options;
    };
    /// Imports the files as one action: all of them, or none if one is refused or the user
    /// cancels before the commit. `fileDone` hears of each file as it is read, before the
    /// whole is committed. Never throws for a refusal: the outcome says it.
    ImportOutcome importFiles(const QList<BatchItem> &items, ImportFeedback *feedback = nullptr,
                              const std::function<void(int index, const ImportReport &report)> &fileDone = {});

private:
    Store &m_store;
};

} // namespace odema
