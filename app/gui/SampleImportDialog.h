#pragma once
// Fills a new store with the sample data on a worker thread, with progress and cancel.
#include <QString>

class QWidget;

namespace odema::gui {

/// Returns true when the import finished; false when cancelled or failed (the message was shown).
bool importSampleData(const QString &storePath, const QString &dataDir, QWidget *parent);

} // namespace odema::gui
