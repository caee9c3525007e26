#pragma once
// What the import dialog knows about one file: the user's overrides, the preview read with
// them and the last check. Private to the ImportDialog*.cpp files, one per step of the dialog.
#include "gui/import/ImportDialog.h"

#include <optional>

namespace odema::gui {

struct ImportDialog::FileState {
    QString path;
    ImportOptions chosen;          ///< the user's overrides
    ImportPreview preview;
    bool mappingFromEditor = false; ///< chosen.mapping comes from the mapping step
    std::optional<ImportReport> check;
    QString checkError;
};

} // namespace odema::gui
