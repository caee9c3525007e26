#pragma once
// What every layout importer works with while one file is imported, inside one transaction.
#include "dataset/DataSetCatalog.h"
#include "import/FileLayout.h"
#include "import/ImportTypes.h"
#include "nomenclature/Nomenclature.h"
#include "store/SqlBackend.h"
#include "territory/TerritoryRegistry.h"

#include <QSet>
#include <QSqlDatabase>

#include <functional>

namespace odema {

class RecordSource;
struct CsvRecord;

/// A data set × territory × year.
struct SliceKey {
    qint64 datasetId = 0;
    qint64 territoryId = 0;
    int year = 0;
    friend bool operator==(const SliceKey &a, const SliceKey &b)
    {
        return a.datasetId == b.datasetId && a.territoryId == b.territoryId && a.year == b.year;
    }
};
inline size_t qHash(const SliceKey &k, size_t seed = 0) { return qHashMulti(seed, k.datasetId, k.territoryId, k.year); }
using SliceSet = QSet<SliceKey>;

struct ImportContext {
    QSqlDatabase db;
    const SqlBackend &backend;
    qint64 sourceId;
    TerritoryRegistry &territories;
    Nomenclature &nomenclature;
    DataSetCatalog &datasets;
    ImportProblems &problems;
    /// Doubtful values accepted, with what was assumed (import/ImportWarnings.h).
    ImportWarnings &warnings;
    ImportReport &report;
    const ImportOptions &options;
    ImportFeedback *feedback;
    qint64 fileSize;
    /// The slices (data set × territory × year) the file wrote, as the writers go: the revision
    /// compares exactly these with the store (import/Revision.h), without scanning it.
    SliceSet flowSlices = {};
    SliceSet publishedSlices = {};
    /// The decimal separator the file's own numbers show (',' or '.'; null when they show none
    /// or both), read from its head before the rows (import/ImportRules.h): it decides how an
    /// ambiguous "34.728" is read, and says so in a warning.
    QChar fileDecimal = {};
    /// Fields of the header of a CSV file: every record must have exactly as many (a tonnage
    /// "34728,89" unquoted in a ',' file makes one more). 0 = not checked: a worksheet leaves
    /// out its trailing empty cells.
    int headerWidth = 0;

    /// Reports progress every few thousand rows and throws when the user cancelled.
    void checkpoint(qint64 bytesRead);
    /// Hands every record of `reader` with at least `width` fields to `read`; a shorter one is a
    /// problem at its line. Counts the rows and checkpoints (progress, cancel) as it goes.
    void readRecords(RecordSource &reader, int width, const std::function<void(const CsvRecord &)> &read);
    /// Whether `record` has the fields it must (at least `width`, the columns the layout reads,
    /// and exactly headerWidth when set); adds the problem at its line otherwise.
    bool hasWidth(const CsvRecord &record, int width);
    /// Whether `code` is a territory of `level` (import/ImportRules.h); adds the problem at
    /// line:column otherwise, so that an unknown "999" is never created.
    bool acceptTerritoryCode(qint64 line, int column, Level level, const QString &code);
    /// Whether `year` is plausible for a figure (not in the future, within the data sets'
    /// period); adds the problem at line:column otherwise.
    bool acceptYear(qint64 line, int column, int year);
};

/// Year of the populations in a file without a year column: the year in the file's name, else
/// the option (ImportOptions::populationYear).
std::optional<int> populationYear(const ImportContext &context);

/// The département a SINOE® row names (code repaired when it lost its leading zero, which
/// `repaired` counts), linked to its région and France when the row gives the région.
qint64 sinoeDepartement(ImportContext &context, QStringView code, QStringView name, QStringView regionCode,
                        QStringView regionName, int *repaired);

/// Layout importers: each reads all records of its layout and writes them through the context.
void importFlowRecords(ImportContext &context, RecordSource &reader, const LayoutMatch &match);
void importReferenceRecords(ImportContext &context, RecordSource &reader, const LayoutMatch &match);
void importPublishedRecords(ImportContext &context, RecordSource &reader, const LayoutMatch &match);
void importInstallationRecords(ImportContext &context, RecordSource &reader, const LayoutMatch &match);
void importCodeListRecords(ImportContext &context, RecordSource &reader, const LayoutMatch &match);

} // namespace odema
