#pragma once
// Opening a file as a stream of records, shared by the import, its check and the dialog's
// preview: what kind of file it is, the CSV dialect (detected or chosen) or the .xlsx sheet,
// and where the header is (detected, even below title rows, or chosen).
#include "import/CsvReader.h"
#include "import/FileLayout.h"
#include "import/ImportTypes.h"
#include "import/RecordSource.h"

#include <QByteArray>
#include <QFile>
#include <memory>

namespace odema {

class XlsxWorkbook;

enum class FileKind { Csv, Xlsx, Json, Empty, OldExcel, Binary };

/// What the first bytes say the file is.
FileKind sniffFileKind(const QByteArray &head);
/// Throws the user-facing refusal for Empty, OldExcel and Binary; does nothing otherwise. Given
/// the head, a binary file is refused at the line and column of its first NUL byte.
void refuseUnreadable(FileKind kind, const QString &fileName, const QByteArray &head = QByteArray());

/// "," ";" "TAB" "|" as shown to people and stored in source_file.delimiter.
QString delimiterName(QChar delimiter);

struct OpenedRecords {
    std::shared_ptr<XlsxWorkbook> workbook; ///< set for .xlsx
    std::unique_ptr<RecordSource> records;
    QString encoding;  ///< shown name ("UTF-8", "Windows-1252"…); "XLSX" for workbooks
    QChar delimiter;   ///< CSV only
    CsvDialect dialect; ///< CSV only: how the records are read
    QStringList sheets;
    QString sheet;
};

/// Opens the records of `file` (open, at its start) as a CSV (dialect from `options` or
/// detected in `head`) or a workbook sheet. Throws OdemaError.
OpenedRecords openRecords(QFile &file, const QByteArray &head, FileKind kind, const ImportOptions &options,
                          const QString &fileName);

/// The decimal separator the numbers in the head of a CSV file show when they leave no doubt
/// (import/ImportRules.h, DecimalEvidence): ',' or '.', null when none or both. A worksheet's
/// numbers are typed cells: null.
QChar sniffFileDecimal(const QByteArray &head, const OpenedRecords &opened, const QString &fileName);

struct FoundHeader {
    qint64 line = 0;
    QStringList columns;
    std::optional<LayoutMatch> match; ///< the user's mapping, or the recognised layout
};

/// How many records the header search looks through for a known layout (title rows above it).
constexpr int kHeaderSearchRecords = 30;

/// Reads records up to the header: at options.headerLine when set, else the first record
/// whose columns form a known layout within the first kHeaderSearchRecords, else the first
/// record. The records after it are what the import reads next. `match` is empty when no
/// layout fits and no mapping was given.
FoundHeader findHeader(RecordSource &records, const ImportOptions &options, const QString &fileName);

/// The user-facing "unrecognised layout" refusal for a header.
[[noreturn]] void refuseUnknownLayout(const QString &fileName, const FoundHeader &header);

} // namespace odema
