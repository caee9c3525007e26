#pragma once
// Writes a table (a header row, then rows of cells) to CSV or XLSX, streaming: an export of a
// million rows never holds them all. Cells are QVariants: numbers (double, int) become numbers
// (real numeric cells in XLSX, locale-styled in CSV), an invalid QVariant an empty cell.
#include <QString>
#include <QStringList>
#include <QVariant>
#include <memory>

namespace odema {

enum class ExportFormat { Csv, Xlsx };
enum class CsvStyle {
    Excel,   ///< French Excel: ';' separator, decimal comma, UTF-8 with BOM
    Rfc4180, ///< ',' separator, decimal point, UTF-8 without BOM
};

/// "csv"/"xlsx" and "excel"/"rfc"; throw OdemaError on unknown text.
ExportFormat parseExportFormat(const QString &text);
CsvStyle parseCsvStyle(const QString &text);

class TableWriter {
public:
    virtual ~TableWriter() = default;
    virtual void header(const QStringList &titles) = 0;
    virtual void row(const QVariantList &cells) = 0;
    /// Closes the file; throws OdemaError when it could not be written. A writer destroyed
    /// without finish() leaves no file behind (and the previous one, if any, as it was).
    virtual void finish() = 0;

    /// Throws OdemaError when `path` cannot be created.
    static std::unique_ptr<TableWriter> create(ExportFormat format, const QString &path, CsvStyle style = CsvStyle::Excel,
                                               const QString &sheetName = QString());
};

/// Number text for CSV: shortest exact digits, no thousands separator (spreadsheets read it back
/// equal), with a comma or a point.
QString csvNumber(double value, CsvStyle style);
/// A text field for CSV: quoted (quotes doubled) when it holds the separator, a quote or a line end.
QString csvText(const QString &text, QChar separator);

} // namespace odema
