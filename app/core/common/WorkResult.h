#pragma once
// How a long piece of work (an import, an export, a series of fact sheets) ended. The core
// decides it where the work commits, so that what the user is told matches what the store or
// the disk holds (as QGIS's QgsLayoutExporter returns an ExportResult): a Cancel that comes
// after the last point where the work could still be undone does not turn a committed
// import into "nothing imported".
#include "common/OdemaError.h"

namespace odema {

enum class WorkResult {
    Done,      ///< committed: the rows are in the store, the file is on disk
    Refused,   ///< stopped by bad input or a write failure; nothing was kept
    Cancelled, ///< stopped by the user before it committed; nothing was kept
};

/// Thrown at a checkpoint when the user cancelled: the work unwinds like a refusal (every
/// transaction rolls back, no partial file is left) but is reported as cancelled.
class CancelledError : public OdemaError {
public:
    using OdemaError::OdemaError;
};

} // namespace odema
