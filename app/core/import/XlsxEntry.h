#pragma once
// One XML part of an .xlsx archive, read as a stream within bounds. A workbook is a ZIP file, so
// a 1 MB file may expand to gigabytes (a "zip bomb"), and a single XML token (a text, a tag, a
// DTD) is held whole by QXmlStreamReader before it is returned. Everything that could make
// memory grow is therefore checked before it does:
// - the sizes the archive declares (uncompressed size, expansion ratio), before reading;
// - the bytes actually inflated, as they are inflated (minizip stops at the declared size);
// - the bytes one token may take, counted from the last token returned;
// - the depth of element nesting (QXmlStreamReader keeps a stack of open elements);
// - no DTD, whose entities would expand a few bytes into megabytes.
// At the end of the part its CRC is checked: a damaged entry refuses the file.
#include <QString>
#include <QXmlStreamReader>
#include <memory>

class QuaZip;
class QuaZipFile;

namespace odema {

class XlsxEntry {
public:
    static constexpr qint64 kMaxSheetBytes = 1LL << 30;    ///< uncompressed, a sheet or the shared strings
    static constexpr qint64 kMaxPartBytes = 16LL << 20;    ///< uncompressed, the other parts (workbook, styles…)
    static constexpr qint64 kMaxRatio = 200;               ///< uncompressed / compressed, above kRatioFloor
    static constexpr qint64 kRatioFloor = 16LL << 20;      ///< smaller parts may compress as they like
    static constexpr qint64 kMaxTokenBytes = 1LL << 20;    ///< bytes read for one token (a cell is at most ~200 KB)
    static constexpr int kMaxDepth = 64;                   ///< SpreadsheetML nests about 6 levels

    /// Opens `name` in `zip` (already open); nullptr when the archive has no such entry. A part
    /// whose declared sizes are refused opens in error: advance() is false and problem() says why.
    static std::unique_ptr<XlsxEntry> open(QuaZip &zip, const QString &name, qint64 maxBytes);
    ~XlsxEntry();

    QXmlStreamReader &xml() { return m_xml; }
    /// Reads the next token; false at the end of the part or at the first problem. At the end,
    /// the rest of the entry is read and its CRC checked.
    bool advance();
    /// On a start element: its text (and, with `children`, that of the elements inside), the
    /// element then closed. Bounded like a token.
    QString readText(bool children = false);
    /// On a start element: skips it and everything inside.
    void skip();
    /// Why reading stopped early: a bound, a damaged entry, an XML error; empty at a clean end.
    QString problem() const;
    /// Uncompressed bytes read so far and the declared total, for progress.
    qint64 pos() const;
    qint64 size() const { return m_size; }

private:
    class Device;
    XlsxEntry(const QString &name, std::unique_ptr<QuaZipFile> file, qint64 maxBytes);
    void finish();

    QString m_name;
    std::unique_ptr<QuaZipFile> m_file;
    std::unique_ptr<Device> m_device;
    QXmlStreamReader m_xml;
    QString m_problem;
    qint64 m_size = 0;
    int m_depth = 0;
    bool m_finished = false;
};

} // namespace odema
