// Fuzz entry point of the import readers: the bytes are a file handed to the import, read as
// the importer and the dialog's preview read it (kind sniffed from the head, CSV dialect or
// workbook sheet, header search, every record, every cell through the number parser). A clean
// refusal (OdemaError with its line:column) is the expected answer to garbage; a crash, a hang,
// a sanitizer report or any other exception is a finding.
// Built twice: ODEMA_FUZZ_XLSX reads every input as a workbook (the ZIP and XML paths), else as
// a CSV file (decoding, dialect, quoting). With libFuzzer (ODEMA_FUZZ) or with a replay main.
#include "common/OdemaError.h"
#include "import/ImportSource.h"
#include "import/NumberParser.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace odema;

namespace {

constexpr qint64 kHeadBytes = 64 * 1024;
constexpr int kMostRecords = 200000; // the reader streams; this only bounds one input's time

/// One file rewritten for each input: the readers open paths (QuaZip needs a file).
QString inputPath()
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("input"));
    return path;
}

void readAll(QFile &file)
{
    const QByteArray head = file.peek(kHeadBytes);
    FileKind kind = sniffFileKind(head);
    refuseUnreadable(kind, QStringLiteral("fuzz"));
#ifdef ODEMA_FUZZ_XLSX
    kind = FileKind::Xlsx;
#else
    kind = FileKind::Csv;
#endif
    OpenedRecords opened = openRecords(file, head, kind, ImportOptions{}, QStringLiteral("fuzz"));
    const FoundHeader header = findHeader(*opened.records, ImportOptions{}, QStringLiteral("fuzz"));
    (void)header;
    CsvRecord record;
    for (int n = 0; n < kMostRecords && opened.records->next(record); ++n)
        for (const QStringView field : record.fields) {
            (void)parseNumber(field);
            (void)parseYear(field);
        }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    {
        QFile out(inputPath());
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        out.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    QFile file(inputPath());
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    try {
        readAll(file);
    } catch (const OdemaError &) {
        // refused with a message: the expected outcome for most inputs
    }
    return 0;
}
