#pragma once
// The real sample files shipped in data/, imported in the order data/manifest.json gives, and
// the store the build made from them, which a first start copies.
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

/// SHA-256 (hex) of `dataDir`/manifest.json; empty when it cannot be read.
QString manifestSha256(const QString &dataDir);

/// The store the build made from this sample (packaging/SampleStore.cmake):
/// <executable>/../share/odema-explorer/sample/odema-sample.sqlite, in a build tree as once
/// installed, when it was made from the same manifest as `dataDir`'s. Empty otherwise.
QString prebuiltStore(const QString &dataDir);

/// Copies `prebuilt` to `target` (which must not exist) through a temporary file, so that a
/// failed copy leaves no half store. Throws OdemaError.
void copyPrebuilt(const QString &prebuilt, const QString &target);

} // namespace SampleData
} // namespace odema
