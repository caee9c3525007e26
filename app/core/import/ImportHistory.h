#pragma once
// The files imported into a store, and undoing one: every flow, published value, population,
// installation and landfill row that came from it goes, in one transaction, and the derived
// tables are rebuilt. What the import replaced (a revision: slices of another export of the same
// data set, populations another file gave) comes back as it was. Territories and links it
// created stay (other files may use them; their link loses its source).
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace odema {

class Store;

struct ImportedSource {
    qint64 id = 0;
    QString name;
    QString sha256;
    QString format;
    QString importedAt;
    qint64 rowCount = 0;     ///< rows stored, as counted by the import
    qint64 flows = 0;        ///< flow rows still in the store
    qint64 populations = 0;
    qint64 landfillYears = 0;
    int warningCount = 0;    ///< doubtful values the import accepted (import/ImportWarnings.h)
};

/// Newest first.
QList<ImportedSource> importHistory(const QSqlDatabase &db);

struct UndoReport {
    QString name;
    qint64 flows = 0;
    qint64 populations = 0;
    qint64 landfillYears = 0;
    qint64 publishedValues = 0;
    qint64 installations = 0;
    qint64 restored = 0; ///< rows of other exports this import had replaced, put back
};

/// Removes exactly the rows of source `sourceId`. Throws OdemaError (store unchanged).
UndoReport undoImport(Store &store, qint64 sourceId);

} // namespace odema
