#pragma once
// Another export of a data set already in the store is a revision: ADEME revises past years
// between exports. The file's rows are compared with the store slice by slice (data set ×
// territory × year) inside the import's transaction. A slice that changes is replaced whole —
// rows the new export no longer has go too — and only when the import asks for it
// (ImportOptions::replace); the rows set aside are kept in *_replaced so that undoing the import
// (ImportHistory) puts them back. Identical slices move to the new export silently.
#include "import/ImportContext.h"
#include "import/ImportTypes.h"

#include <QSqlDatabase>

namespace odema {

class TerritoryRegistry;

/// Compares the flows and published values source `sourceId` wrote in these slices with the
/// other sources' rows of the same slices. Writes only a temporary table.
RevisionSummary compareSlices(const QSqlDatabase &db, qint64 sourceId, const SliceSet &flowSlices, const SliceSet &publishedSlices);

/// Sets aside (flow_replaced, published_value_replaced) and deletes the other sources' rows of
/// these slices. Returns the number of rows set aside.
qint64 replaceSlices(QSqlDatabase &db, qint64 sourceId, const SliceSet &flowSlices, const SliceSet &publishedSlices);

/// Text of a refused revision, for OdemaError: what would change and how to apply it.
QString revisionRefusal(const QString &fileName, const RevisionSummary &revision);

} // namespace odema
