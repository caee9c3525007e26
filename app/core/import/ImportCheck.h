#pragma once
// Figures of a checked import (dry run): per year, the rows and tonnes the file adds and the
// rows and tonnes of older files it would replace, and how many streams it covers. Computed
// inside the import's transaction, before it is rolled back.
#include "import/ImportTypes.h"

#include <QSqlDatabase>

namespace odema {

/// Fills report.yearChanges and report.streams for the flows of `sourceId`; call before the
/// covered rows are replaced.
void summariseCheckedFlows(const QSqlDatabase &db, qint64 sourceId, ImportReport &report);

} // namespace odema
