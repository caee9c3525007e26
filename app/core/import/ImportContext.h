#pragma once
// What every layout importer works with while one file is imported, inside one transaction.
#include "import/FileLayout.h"
#include "import/ImportTypes.h"
#include "nomenclature/Nomenclature.h"
#include "store/SqlBackend.h"
#include "territory/TerritoryRegistry.h"

#include <QSqlDatabase>

namespace odema {

class RecordSource;
struct CsvRecord;

struct ImportContext {
    QSqlDatabase db;
    const SqlBackend &backend;
    qint64 sourceId;
    TerritoryRegistry &territories;
    Nomenclature &nomenclature;
    ImportProblems &problems;
    ImportReport &report;
    const ImportOptions &options;
    ImportFeedback *feedback;
    qint64 fileSize;

    /// Reports progress every few thousand rows and throws when the user cancelled.
    void checkpoint(qint64 bytesRead);
};

/// Year of the populations in a file without a year column: the option, else the file name.
std::optional<int> populationYear(const ImportContext &context);

/// Layout importers: each reads all records of its layout and writes them through the context.
void importFlowRecords(ImportContext &context, RecordSource &reader, const LayoutMatch &match);
void importReferenceRecords(ImportContext &context, RecordSource &reader, const LayoutMatch &match);

} // namespace odema
