#include "export/TableWriter.h"

#include "common/OdemaError.h"

#include <QCoreApplication>

namespace odema {

// Defined in CsvTableWriter.cpp and XlsxTableWriter.cpp.
std::unique_ptr<TableWriter> makeCsvTableWriter(const QString &path, CsvStyle style);
std::unique_ptr<TableWriter> makeXlsxTableWriter(const QString &path, const QString &sheetName);

ExportFormat parseExportFormat(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("csv"))
        return ExportFormat::Csv;
    if (t == QLatin1String("xlsx"))
        return ExportFormat::Xlsx;
    throw OdemaError(QCoreApplication::translate("Export", "Format « %1 » inconnu : écrivez csv ou xlsx.").arg(text));
}

CsvStyle parseCsvStyle(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("excel"))
        return CsvStyle::Excel;
    if (t == QLatin1String("rfc") || t == QLatin1String("rfc4180"))
        return CsvStyle::Rfc4180;
    throw OdemaError(QCoreApplication::translate("Export", "Style CSV « %1 » inconnu : écrivez excel ou rfc.").arg(text));
}

std::unique_ptr<TableWriter> TableWriter::create(ExportFormat format, const QString &path, CsvStyle style, const QString &sheetName)
{
    if (format == ExportFormat::Xlsx)
        return makeXlsxTableWriter(path, sheetName);
    return makeCsvTableWriter(path, style);
}

} // namespace odema
