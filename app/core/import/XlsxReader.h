#pragma once
// Reads the worksheets of an .xlsx workbook (Office Open XML) as records, like a CSV file, so
// the same layouts, checks and mappings apply. The ZIP container is QuaZip's, the XML is read
// with QXmlStreamReader through XlsxEntry: a sheet is streamed row by row in bounded memory.
// Cells come as text the import understands: numbers as written by Excel ("1358.45"), text
// cells as they are (leading zeros kept: "01"), formulas as their cached value, dates (numbers
// with a date format) as "2021-12-31", booleans as "VRAI"/"FAUX".
#include "import/RecordSource.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace odema {

class XlsxWorkbook {
public:
    /// Caps that keep a hostile workbook (huge shared-string table, cells, rows) from eating
    /// memory; the archive's own bounds (zip bombs, CRC) are XlsxEntry's.
    static constexpr qint64 kMaxSharedStringChars = 16LL << 20; // characters, all strings together
    static constexpr int kMaxSharedStrings = 1000000;           // each costs ~60 bytes even when empty
    static constexpr int kMaxColumns = 16384;                   // Excel's own limit (XFD)
    static constexpr int kMaxCellChars = 32767;                 // Excel's own limit
    static constexpr qint64 kMaxRowChars = 1 << 20;
    static constexpr int kMaxSheets = 1000;

    /// Opens the workbook and reads its sheet list, shared strings and date styles.
    /// Throws OdemaError naming `fileName` when it is not a readable .xlsx.
    XlsxWorkbook(const QString &path, const QString &fileName);
    ~XlsxWorkbook();

    QStringList sheetNames() const;
    /// Records of a sheet (empty name = the first). Throws OdemaError for an unknown name.
    std::unique_ptr<RecordSource> openSheet(const QString &name) const;

    struct Data; ///< shared with the sheet readers

private:
    std::shared_ptr<const Data> m_data;
};

/// True for the first bytes of a ZIP archive ("PK\3\4"), which an .xlsx is.
bool looksLikeZip(const QByteArray &head);

} // namespace odema
