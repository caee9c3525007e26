#include "import/ImportSource.h"

#include "common/OdemaError.h"
#include "import/CsvReader.h"
#include "import/ImportRules.h"
#include "import/XlsxReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

bool looksLikeJson(const QByteArray &head)
{
    for (char c : head) {
        if (c == '[' || c == '{')
            return true;
        if (!(c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\xEF' || c == '\xBB' || c == '\xBF'))
            return false;
    }
    return false;
}

/// The text from the first line holding a possible delimiter: title lines above a header
/// ("Tonnages 2021", a blank line, "Source : …") would otherwise decide the delimiter.
QStringView afterTitleLines(QStringView text)
{
    qsizetype start = 0;
    for (int line = 0; line < kHeaderSearchRecords && start < text.size(); ++line) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = text.size();
        const QStringView l = text.mid(start, end - start);
        for (QChar c : {QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t'), QLatin1Char('|')})
            if (l.contains(c))
                return text.mid(start);
        start = end + 1;
    }
    return text;
}

QStringList trimmedColumns(const CsvRecord &record)
{
    QStringList columns;
    for (QStringView f : record.fields)
        columns << f.trimmed().toString();
    return columns;
}
} // namespace

FileKind sniffFileKind(const QByteArray &head)
{
    if (head.trimmed().isEmpty())
        return FileKind::Empty;
    if (looksLikeZip(head))
        return FileKind::Xlsx;
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return FileKind::OldExcel;
    if (head.contains('\0') && !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF"))
        return FileKind::Binary;
    if (looksLikeJson(head))
        return FileKind::Json;
    return FileKind::Csv;
}

void refuseUnreadable(FileKind kind, const QString &fileName, const QByteArray &head)
{
    if (kind == FileKind::Binary && !head.isEmpty()) {
        // Where the first NUL is: a text file damaged on line 5 is told so, not "1:1".
        const qsizetype nul = head.indexOf('\0');
        const qsizetype lineStart = nul > 0 ? head.lastIndexOf('\n', nul - 1) + 1 : 0;
        const qint64 line = head.left(nul).count('\n') + 1;
        QStringDecoder utf8(QStringDecoder::Utf8); // the column in characters, as an editor shows it
        const QString before = utf8.decode(QByteArrayView(head).sliced(lineStart, nul - lineStart));
        throw OdemaError(Tr::tr("%1:%2:%3: octet nul (0x00) : fichier binaire (tableur ? archive ?) ou endommagé ; "
                                "exportez-le en CSV (UTF-8).")
                             .arg(fileName, QString::number(line), QString::number(before.size() + 1)));
    }
    switch (kind) {
    case FileKind::Empty:
        throw OdemaError(Tr::tr("%1:1:1: fichier vide.").arg(fileName));
    case FileKind::OldExcel:
        throw OdemaError(Tr::tr("%1:1:1: classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx ou CSV (UTF-8).").arg(fileName));
    case FileKind::Binary:
        throw OdemaError(Tr::tr("%1:1:1: fichier binaire (tableur ? archive ?) : exportez-le en CSV (UTF-8).").arg(fileName));
    default:
        return;
    }
}

QString delimiterName(QChar delimiter)
{
    return delimiter == QLatin1Char('\t') ? QStringLiteral("TAB") : QString(delimiter);
}

OpenedRecords openRecords(QFile &file, const QByteArray &head, FileKind kind, const ImportOptions &options, const QString &fileName)
{
    OpenedRecords opened;
    if (kind == FileKind::Xlsx) {
        opened.workbook = std::make_shared<XlsxWorkbook>(file.fileName(), fileName);
        opened.sheets = opened.workbook->sheetNames();
        opened.sheet = options.sheet.isEmpty() ? opened.sheets.value(0) : options.sheet;
        opened.records = opened.workbook->openSheet(opened.sheet);
        opened.encoding = QStringLiteral("XLSX");
        return opened;
    }
    CsvDialect dialect;
    dialect.encoding = detectEncoding(head, head.size() == file.size());
    if (!options.encoding.isEmpty()) {
        // The user's choice; a BOM of that same encoding is still skipped.
        const bool utf8 = options.encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
        dialect.encoding = {options.encoding, options.encoding.toLatin1(), utf8 && head.startsWith("\xEF\xBB\xBF") ? 3 : 0, utf8, false};
    }
    if (!options.delimiter.isNull()) {
        dialect.delimiter = options.delimiter;
    } else {
        QStringDecoder decoder(dialect.encoding.codec.constData());
        const QString text = decoder.decode(QByteArrayView(head).sliced(qMin<qsizetype>(dialect.encoding.bomLength, head.size())));
        dialect.delimiter = sniffDelimiter(afterTitleLines(text));
    }
    opened.encoding = dialect.encoding.name;
    opened.delimiter = dialect.delimiter;
    opened.dialect = dialect;
    opened.records = std::make_unique<CsvReader>(&file, dialect, fileName);
    return opened;
}

QChar sniffFileDecimal(const QByteArray &head, const OpenedRecords &opened, const QString &fileName)
{
    if (opened.workbook || opened.delimiter.isNull())
        return QChar();
    QByteArray copy = head; // the buffer reads its own copy: `head` stays the file's
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, opened.dialect, fileName);
    rules::DecimalEvidence evidence;
    CsvRecord record;
    try {
        while (reader.next(record))
            for (QStringView field : record.fields)
                evidence.see(field);
    } catch (const OdemaError &) {
        // The head ends inside a record, or holds what the import itself will refuse at its place.
    }
    return evidence.decimal();
}

FoundHeader findHeader(RecordSource &records, const ImportOptions &options, const QString &fileName)
{
    FoundHeader found;
    CsvRecord record;
    if (options.headerLine > 0) {
        do {
            if (!records.next(record))
                throw OdemaError(Tr::tr("%1 : la ligne d'en-tête %2 est au-delà de la fin du fichier.").arg(fileName, QString::number(options.headerLine)));
        } while (record.line < options.headerLine);
        found.line = record.line;
        found.columns = trimmedColumns(record);
        found.match = options.mapping ? options.mapping : detectCsvLayout(found.columns);
        return found;
    }
    if (!records.next(record))
        throw OdemaError(Tr::tr("%1:1:1: fichier vide.").arg(fileName));
    found.line = record.line;
    found.columns = trimmedColumns(record);
    if (options.mapping) {
        found.match = options.mapping;
        return found;
    }
    found.match = detectCsvLayout(found.columns);
    // Spreadsheets and INSEE files put titles above the header (row 6 in INSEE workbooks):
    // look a little further for a known header before giving up.
    for (int i = 1; !found.match && i < kHeaderSearchRecords; ++i) {
        if (!records.next(record))
            break;
        const QStringList columns = trimmedColumns(record);
        if (auto match = detectCsvLayout(columns)) {
            found = {record.line, columns, match};
            return found;
        }
    }
    return found; // without a match, the records were consumed: the caller refuses the file
}

void refuseUnknownLayout(const QString &fileName, const FoundHeader &header)
{
    throw OdemaError(Tr::tr("%1:%2:1: format de fichier non reconnu. Colonnes trouvées : %3.")
                         .arg(fileName, QString::number(header.line), header.columns.join(QStringLiteral(", "))),
                     QStringList{Tr::tr("Formats connus :")} + knownCsvLayouts());
}

} // namespace odema
