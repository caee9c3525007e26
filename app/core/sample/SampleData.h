#pragma once
// The real sample files shipped in data/, imported in the order data/manifest.json gives.
#include "import/ImportTypes.h"

#include <QList>
#include <QString>

namespace odema {

class Store;

namespace SampleData {

/// Finds the data folder: ODEMA_DATA_DIR, else the installed share folder next to the
/// executable, else `sourceTree` (a build tree). Empty when none holds a manifest.
QString locate(const QString &sourceTree, const QString &installedSubdir);

/// Imports every file of the manifest in `dataDir`; `feedback` sees progress over all files.
QList<ImportReport> importInto(Store &store, const QString &dataDir, ImportFeedback *feedback = nullptr);

} // namespace SampleData
} // namespace odema
