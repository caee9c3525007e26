#pragma once
// Warnings of an import: a doubtful value that was accepted, at its file:line:column, saying
// what the import assumed ("34.728 lu comme 34,728 t"). Refusals are ImportProblems; anything
// in between is a warning, never a silent choice. The CLI prints them, the import dialog lists
// them, and the store keeps them with the file in the import history (import_warning table).
//
// Usage in a layout importer, a reader or a record source:
//     context.warnings.add(record.line, column + 1, tr("« 34.728 » lu comme 34,728 t ..."));
// line 0 / column 0 mean "the whole file" (an encoding choice, say).
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace odema {

struct ImportWarning {
    qint64 line = 0;  ///< 1-based line (CSV, JSON text) or sheet row; 0 = the whole file
    int column = 0;   ///< 1-based column; 0 = the whole line or file
    QString message;  ///< what was doubtful and what the import assumed, in the user's language
};

/// `file:line:column: avertissement : message` (or `file: avertissement : …` for the whole file).
QString warningText(const QString &fileName, const ImportWarning &warning);

/// Collects the warnings of one file. Keeps the first kMaxKept with their positions and counts
/// them all; the same message at the same place is kept once.
class ImportWarnings {
public:
    static constexpr int kMaxKept = 1000;

    void add(qint64 line, int column, const QString &message);
    int count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    const QList<ImportWarning> &entries() const { return m_entries; }

private:
    QList<ImportWarning> m_entries;
    int m_count = 0;
};

/// The listed warnings as `warningText` lines, plus "… et N autres avertissements" beyond the kept.
QStringList warningLines(const QString &fileName, const QList<ImportWarning> &kept, int count);

/// Stores the kept warnings of source file `sourceId` (inside the import's transaction) and their
/// total count in source_file.warning_count.
void saveImportWarnings(const QSqlDatabase &db, qint64 sourceId, const QList<ImportWarning> &kept, int count);
/// The warnings the store kept for a source file, in file order.
QList<ImportWarning> loadImportWarnings(const QSqlDatabase &db, qint64 sourceId);

} // namespace odema
