#pragma once
// Imports files into a store. Each file is one transaction: it lands whole, or the store is
// left exactly as it was and an OdemaError lists every problem as file:line:column: reason.
#include "import/ImportTypes.h"

#include <QString>

namespace odema {

class Store;

class Importer {
public:
    explicit Importer(Store &store);

    /// Throws OdemaError (message + details) when the file is refused.
    ImportReport importFile(const QString &path, const ImportOptions &options = {}, ImportFeedback *feedback = nullptr);

private:
    Store &m_store;
};

} // namespace odema
