// Fuzz entry point of the import readers: the bytes are a file handed to the import, read as
// the import dialog's preview and the importer read it (kind sniffed from the head, CSV dialect
// or workbook sheet, header search and layout detection, every record, every cell through the
// number parser with each decimal separator). A clean refusal (OdemaError with its line:column)
// is the expected answer to garbage; a crash, a hang, a sanitizer report or any other exception
// is a finding.
// Built for each kind: ODEMA_FUZZ_XLSX reads every input as a workbook (the ZIP and XML paths),
// ODEMA_FUZZ_JSON as a JSON or GeoJSON file imported (checked, then rolled back) into a store
// holding the régions and départements (parse, layout, every field's type and range, the
// locator of problem positions, geometries), else as a CSV file (decoding, dialect, quoting).
// The json and geojson targets are the same code with different seeds. With libFuzzer
// (ODEMA_FUZZ) or with a replay main.
#include "common/OdemaError.h"
#include "import/ImportPreview.h"
#include "import/ImportSource.h"
#include "import/NumberParser.h"

#include <QFile>
#include <QTemporaryDir>

#ifdef ODEMA_FUZZ_JSON
#include "import/Importer.h"
#include "store/Store.h"

#include <QCoreApplication>
#endif

#ifdef ODEMA_FUZZ_XLSX
#include "import/XlsxReader.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>
#endif

#include <cstddef>
#include <cstdint>

using namespace odema;

namespace {

constexpr qint64 kHeadBytes = 64 * 1024;

/// One file rewritten for each input: the readers open paths (QuaZip needs a file).
QString inputPath()
{
    static QTemporaryDir dir;
    static const QString path = dir.filePath(QStringLiteral("input"));
    return path;
}

#ifdef ODEMA_FUZZ_XLSX
/// Nearly every mutation of a real .xlsx breaks its deflate stream or CRC, so the XML readers
/// behind QuaZip would only ever see the seeds. An input that is not a ZIP is therefore taken
/// as the workbook's XML parts, separated by the byte 0x1E, in this order, and zipped here
/// (stored, valid CRC): the mutations then reach the XML as it is parsed.
const char *const kPartNames[] = {"xl/_rels/workbook.xml.rels", "xl/workbook.xml", "xl/sharedStrings.xml",
                                  "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"};

bool writeParts(const QByteArray &bytes, const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QList<QByteArray> parts = bytes.split('\x1e');
    for (qsizetype i = 0; i < parts.size() && i < qsizetype(std::size(kPartNames)); ++i) {
        QuaZipFile part(&zip);
        if (!part.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(kPartNames[i])), nullptr, 0, 0, 0))
            return false;
        part.write(parts[i]);
        part.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}
#endif

bool writeInput(const QByteArray &bytes)
{
#ifdef ODEMA_FUZZ_XLSX
    if (!looksLikeZip(bytes))
        return writeParts(bytes, inputPath());
#endif
    QFile out(inputPath());
    return out.open(QIODevice::WriteOnly | QIODevice::Truncate) && out.write(bytes) == bytes.size();
}

#ifndef ODEMA_FUZZ_JSON
constexpr int kMostRecords = 200000; // the reader streams; this only bounds one input's time

void readCells(const CsvRecord &record)
{
    for (const QStringView field : record.fields) {
        (void)parseNumber(field);
        (void)parseNumber(field, QLatin1Char(','));
        (void)parseNumber(field, QLatin1Char('.'));
        (void)parseYear(field);
        (void)parseCount(field);
    }
}

/// Header search, layout detection and every record after it, as the import reads one sheet.
/// Returns the sheets of a workbook.
QStringList readRecords(QFile &file, const QByteArray &head, FileKind kind, const ImportOptions &options)
{
    file.seek(0);
    OpenedRecords opened = openRecords(file, head, kind, options, QStringLiteral("fuzz"));
    const FoundHeader header = findHeader(*opened.records, options, QStringLiteral("fuzz"));
    (void)header;
    CsvRecord record;
    for (int n = 0; n < kMostRecords && opened.records->next(record); ++n)
        readCells(record);
    return opened.sheets;
}
#endif

#ifdef ODEMA_FUZZ_JSON
/// The store every input is checked against, made once: the COG's régions and départements, so
/// that GeoJSON levels and codes are looked up. A check rolls back: each input sees the same store.
Store &jsonStore()
{
    static QTemporaryDir dir;
    static const std::unique_ptr<Store> store = [] {
        auto s = Store::open(dir.filePath(QStringLiteral("fuzz.sqlite")), Store::OpenMode::CreateIfMissing);
        Importer importer(*s);
        for (const char *f : {"insee_cog_2024_regions.csv", "insee_cog_2024_departements.csv"})
            importer.importFile(QStringLiteral(ODEMA_FUZZ_DATA_DIR "/") + QLatin1String(f));
        return s;
    }();
    return *store;
}

void importJson()
{
    if (!QCoreApplication::instance()) { // the SQL driver is a plugin
        static int argc = 1;
        static char name[] = "fuzz";
        static char *argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
    }
    ImportOptions options;
    options.checkOnly = true;
    options.populationYear = 2021;
    const ImportReport report = Importer(jsonStore()).importFile(inputPath(), options);
    (void)report;
}
#endif

void readAll(QFile &file)
{
    const QByteArray head = file.peek(kHeadBytes);
    refuseUnreadable(sniffFileKind(head), QStringLiteral("fuzz"));
#ifdef ODEMA_FUZZ_JSON
    // Only what is sniffed as JSON: the rest is the CSV target's.
    if (sniffFileKind(head) == FileKind::Json)
        importJson();
#elif defined(ODEMA_FUZZ_XLSX)
    constexpr int kMostSheets = 4;
    const QStringList sheets = readRecords(file, head, FileKind::Xlsx, ImportOptions{});
    // The dialog lets the user pick any sheet of the workbook: read the others too.
    for (int i = 1; i < sheets.size() && i < kMostSheets; ++i) {
        ImportOptions options;
        options.sheet = sheets[i];
        readRecords(file, head, FileKind::Xlsx, options);
    }
#else
    readRecords(file, head, FileKind::Csv, ImportOptions{});
#endif
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!writeInput(bytes))
        return 0;
    // What the dialog shows first for a dropped file; it reports problems, it never throws.
    (void)previewFile(inputPath(), ImportOptions{});
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
