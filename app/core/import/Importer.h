#pragma once
// Imports files into a store. Each file is one transaction: it lands whole, or the store is
// left exactly as it was and an OdemaError lists every problem as file:line:column: reason.
// Several files imported as one action (the dialog's) are one transaction too.
#include "import/ImportTypes.h"

#include <QList>
#include <QString>
#include <functional>

namespace odema {

class Store;

class Importer {
public:
    explicit Importer(Store &store);

    /// Throws OdemaError (message + details) when the file is refused.
    ImportReport importFile(const QString &path, const ImportOptions &options = {}, ImportFeedback *feedback = nullptr);

    struct BatchItem {
        QString path;
        ImportOptions options;
    };
    /// Imports the files as one action: all of them, or none if one is refused or the user
    /// cancels (OdemaError naming the file and saying that nothing was kept). `fileDone` hears
    /// of each file as it is read, before the whole is committed.
    QList<ImportReport> importFiles(const QList<BatchItem> &items, ImportFeedback *feedback = nullptr,
                                    const std::function<void(int index, const ImportReport &report)> &fileDone = {});

private:
    Store &m_store;
};

} // namespace odema
