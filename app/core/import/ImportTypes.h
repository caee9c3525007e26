#pragma once
// What an import takes (options, feedback) and gives back (report, problems).
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>

namespace odema {

struct ImportOptions {
    /// Year of the populations in files that do not carry one (INSEE populations légales,
    /// EPCI composition); otherwise taken from a year in the file name.
    std::optional<int> populationYear;
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
    bool isEmpty() const { return m_count == 0; }
    /// The listed lines, plus "… et N autres problèmes" when more were found.
    QStringList lines() const;

private:
    QString m_fileName;
    QStringList m_listed;
    int m_count = 0;
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
    double totalTonnes = 0;
    int territoriesCreated = 0;
    qint64 populationsStored = 0;
    bool alreadyImported = false;
    QString alreadyImportedAs; ///< name and date of the earlier import
    QStringList notes;        ///< repaired codes, nomenclature additions, skipped rows…
    double seconds = 0;

    void noteYear(int year);
};

} // namespace odema
