#pragma once
// What an import takes (options, feedback) and gives back (report, problems).
#include "import/FileLayout.h"
#include "import/ImportWarnings.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>

namespace odema {

struct ImportOptions {
    /// Year of the populations in files that carry none (no year column, none in the file
    /// name): INSEE populations légales, EPCI composition. A file's own year always wins.
    std::optional<int> populationYear;
    /// Apply a revision: figures of another export of the same data set, territory and year that
    /// this file changes are replaced (whole slices). Without it such an import is refused.
    bool replace = false;
    /// Data set of a file whose header does not say which (chiffres clés DMA avec or hors
    /// gravats): a dataset code ("sinoe-chiffres-cles-dma-hg"); empty = from the file name.
    QString datasetCode;

    // What the import dialog lets the user change over detection (defaults: detect).
    QString encoding;       ///< codec name for QStringDecoder ("UTF-8", "windows-1252"…)
    QChar delimiter;        ///< CSV field separator
    QChar decimalSeparator; ///< ',' or '.' forces how numbers are read; null reads both
    int headerLine = 0;     ///< 1-based line (CSV) or row (sheet) of the header; 0 = detect
    QString sheet;          ///< worksheet of an .xlsx workbook; empty = the first
    /// Columns assigned by the user (ColumnMapping::toLayoutMatch), replacing header detection.
    std::optional<LayoutMatch> mapping;
    /// Dry run: the file is read and written in a transaction that is rolled back; problems
    /// are returned in the report instead of thrown, with per-year figures of the change.
    bool checkOnly = false;
    /// Lines (rows) to leave out, as listed by a check; they are copied to <file>.rejets.csv.
    QSet<qint64> skipLines;
};

/// One problem of a file, at a 1-based line (or sheet row) and column.
struct ImportProblem {
    qint64 line = 0;
    int column = 0;
    QString reason;
};

/// What a checked import would do to one year.
struct YearChange {
    int year = 0;
    qint64 rowsAdded = 0;
    qint64 gramsAdded = 0;    ///< exact (common/Tonnage.h)
    qint64 rowsReplaced = 0;
    qint64 gramsReplaced = 0;
};

/// Progress and cancel, shared between the worker running an import and whoever watches it
/// (a progress bar, a terminal). Thread-safe.
class ImportFeedback {
public:
    virtual ~ImportFeedback() = default;
    void cancel() { m_canceled = true; }
    bool isCanceled() const { return m_canceled; }
    /// fraction in [0, 1] of the current file
    virtual void setProgress(double fraction) { Q_UNUSED(fraction); }
    /// Records read so far in the current file (reported with the progress).
    virtual void setRowsRead(qint64 rows) { Q_UNUSED(rows); }
    /// Past the last checkpoint, just before the commit: a Cancel from now on comes too late
    /// and the import will end done (a dialog disables its Cancel button).
    virtual void committing() {}

private:
    std::atomic_bool m_canceled{false};
};

/// Problems found in a file, as `file:line:column: reason`; keeps the first 50.
class ImportProblems {
public:
    static constexpr int kMaxListed = 50;
    explicit ImportProblems(QString fileName) : m_fileName(std::move(fileName)) {}

    void add(qint64 line, int column, const QString &reason);
    int count() const { return m_count; }
    /// Problems with their positions, for the dialog (the first kMaxKept).
    static constexpr int kMaxKept = 10000;
    const QList<ImportProblem> &entries() const { return m_entries; }
    /// Every line that has a problem (capped at kMaxLines), so that a user may skip them all.
    static constexpr int kMaxLines = 1000000;
    const QSet<qint64> &problemLines() const { return m_lines; }
    bool isEmpty() const { return m_count == 0; }
    /// The listed lines, plus "… et N autres problèmes" when more were found.
    QStringList lines() const;

private:
    QString m_fileName;
    QStringList m_listed;
    QList<ImportProblem> m_entries;
    QSet<qint64> m_lines;
    int m_count = 0;
};

/// What importing another export of a data set already in the store changes in one slice
/// (data set × territory × year).
struct SliceChange {
    QString what;          ///< "flux" or "valeurs publiées"
    QString datasetCode, datasetLabel;
    qint64 territoryId = 0;
    QString territory;     ///< "Nord (departement:59)"
    int year = 0;
    qint64 rowsBefore = 0, rowsAfter = 0;
    qint64 rowsChanged = 0, rowsAdded = 0, rowsRemoved = 0;
    bool hasTonnes = false;    ///< gramsBefore / gramsAfter are meaningful
    qint64 gramsBefore = 0, gramsAfter = 0;
    QStringList beforeFiles;   ///< the exports the slice came from
};

/// A population another file gave that this one changes.
struct PopulationRevision {
    QString territory;
    int year = 0;
    QString kind;
    qint64 before = 0, after = 0;
    QString beforeFile;
};

/// The revision an import is (or would be): slices compared with what the store holds.
struct RevisionSummary {
    int slicesCompared = 0;     ///< slices of this file the store already held
    int slicesIdentical = 0;    ///< ... with exactly the same figures
    QList<SliceChange> changes; ///< largest change of tonnes first
    QList<PopulationRevision> populations;
    qint64 rowsReplaced = 0;    ///< rows of older exports set aside (undo restores them)
    bool applied = false;
    bool isEmpty() const { return changes.isEmpty() && populations.isEmpty(); }
    /// Lines for a terminal or a dialog: count, then the largest changes (before → after, %).
    QStringList describe(int maxLines = 20) const;
};

struct ImportReport {
    QString fileName;
    QString filePath;
    QString sha256;
    QString layout;      ///< human name of the recognised format
    QString layoutId;    ///< stable id ("sinoe-departement"…)
    QString encoding;
    QString delimiter;   ///< "," ";" "TAB", empty for JSON
    qint64 rowsRead = 0;
    qint64 rowsStored = 0;
    qint64 rowsReplaced = 0; ///< rows of an older vintage this file replaced
    qint64 rowsSkipped = 0;  ///< rows without a figure (empty tonnage), listed in notes
    int yearMin = 0, yearMax = 0;
    QSet<int> years;
    QSet<qint64> territories;
    qint64 totalGrams = 0;     ///< exact sum of the tonnages stored (common/Tonnage.h)
    qint64 valuesRounded = 0;  ///< tonnages finer than a gram, rounded to the gram (half away from zero)
    int territoriesCreated = 0;
    qint64 populationsStored = 0;
    bool alreadyImported = false;
    QString alreadyImportedAs; ///< name and date of the earlier import
    QStringList notes;        ///< repaired codes, nomenclature additions, skipped rows…
    double seconds = 0;
    QList<QPair<QString, double>> phases;

    // Filled by a check (ImportOptions::checkOnly); the store was left unchanged.
    bool checked = false;
    QString sheet;           ///< worksheet read, for .xlsx
    qint64 headerLine = 0;   ///< line of the header that was used
    QList<YearChange> yearChanges;
    RevisionSummary revision; ///< filled whenever the file re-states slices the store holds
    int streams = 0;         ///< distinct waste streams in the rows
    QStringList nomenclatureAdded;
    int problemCount = 0;
    QList<ImportProblem> problems;
    QSet<qint64> problemLines;
    // Rows left out on request (ImportOptions::skipLines).
    qint64 rowsRejected = 0;
    QString rejectsPath; ///< where the time went (hash, read, index, commit…)
    // Doubtful values accepted, each saying what was assumed (import/ImportWarnings.h): the
    // first ImportWarnings::kMaxKept, and the count of all of them. Kept in the store too.
    int warningCount = 0;
    QList<ImportWarning> warnings;
    /// `file:line:column: avertissement : …` lines, for a terminal or a log.
    QStringList warningLines() const;

    void noteYear(int year);
};

} // namespace odema
