#pragma once
// One file's import, phase by phase, inside its own transaction (a savepoint when a batch
// holds the outer one). Importer::importFile runs the phases in this order; each one is a
// method that records its time in the report under the name the dialog and the CLI show:
//
//   findEarlierCopy  "empreinte"        same bytes already imported? (small files, at once)
//   read             "lecture+écriture" records through the layout importer, problems refuse
//   buildIndexes     "index"            end of the bulk load (flows only)
//   replaceOlderRows "révision"         another export of the same slices (data set × territory ×
//                                       year): compared, refused unless --replace, then replaced
//   findLateCopy                         large files: their hash, finished on the other core
//   refreshDerived   "tables dérivées"  summary tables, source_file row completed
//   finish           "commit"           a check rolls back; an import commits
//
// Between phases the user's Cancel is honoured (CancelledError, everything rolls back). The
// last checkpoint is just before the commit: once finish() returns, the file is in the store.
#include "import/FileDigest.h"
#include "import/ImportContext.h"
#include "import/ImportTypes.h"
#include "import/RejectedRows.h"
#include "store/SqlUtil.h"

#include <QElapsedTimer>
#include <QFile>
#include <memory>
#include <optional>

namespace odema {

class Store;
class SqlBackend;

/// Foreign-key checks off for the life of the object. Engines ignore the switch inside a
/// transaction, so it is made before the outermost one opens (a file's, or a batch's) and
/// undone after it ended.
class ForeignKeysOff {
public:
    ForeignKeysOff(QSqlDatabase db, const SqlBackend &backend);
    ~ForeignKeysOff();
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase m_db;
    const SqlBackend &m_backend;
};

class FileImport {
public:
    /// Opens the file (throws OdemaError when it cannot be read or is not a table at all).
    FileImport(Store &store, const QString &path, const ImportOptions &options, ImportFeedback *feedback);
    ~FileImport();
    FileImport(const FileImport &) = delete;
    FileImport &operator=(const FileImport &) = delete;

    /// Small files are hashed first: true (and report() says which import) when the same bytes
    /// are already in the store. Large ones are hashed on the other core while they are read.
    bool findEarlierCopy();
    /// Opens the transaction and reads every record into the store. Throws OdemaError listing
    /// the problems when the file has any (except for a check, which reports them).
    void read();
    void buildIndexes();
    void replaceOlderRows();
    /// For a file hashed while it was read: true when an earlier import had the same bytes
    /// (report() then says so; the destructor rolls the rows back).
    bool findLateCopy();
    void refreshDerived();
    /// A check: rolls back and returns the figures. An import: commits and returns the report.
    ImportReport finish();

    const ImportReport &report() const { return m_report; }

private:
    void endPhase(const QString &name);
    /// Honours a Cancel between phases (throws CancelledError).
    void checkpoint() const;
    void readJson();
    void readTable();

    Store &m_store;
    QFile m_file;
    const ImportOptions m_options;
    ImportFeedback *const m_feedback;
    ImportReport m_report;
    QByteArray m_head;
    QElapsedTimer m_total, m_phase;
    bool m_hashFirst = true;
    std::optional<BackgroundDigest> m_shaLater; ///< stopped by the destructor when the import ends early
    bool m_flows = false;
    bool m_hadFlows = false; ///< nothing to replace in a store without flows
    qint64 m_sourceId = 0;

    struct Open; ///< what lives only while the transaction is open
    std::unique_ptr<Open> m_open;
};

} // namespace odema
