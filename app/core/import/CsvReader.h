#pragma once
// Streaming CSV reader for the files analysts download: any of , ; TAB |, quoted or not,
// LF or CRLF, any encoding TextDecoding detects. Memory stays bounded: it holds one block of
// the file and the current record. Fields are views valid until the next call to next().
#include "import/RecordSource.h"
#include "import/TextDecoding.h"

#include <QIODevice>
#include <QString>
#include <QStringView>
#include <deque>
#include <memory>
#include <vector>

namespace odema {

struct CsvDialect {
    TextEncoding encoding;
    QChar delimiter = QLatin1Char(',');
};

/// Guesses the delimiter from decoded text (the first lines): the candidate found the same
/// number of times, outside quotes, on the most lines.
QChar sniffDelimiter(QStringView head);

class CsvReader : public RecordSource {
public:
    /// Caps that keep a hostile file from eating memory.
    static constexpr int kMaxFieldLength = 1 << 20;   // 1 Mi characters
    static constexpr int kMaxRecordLength = 4 << 20;  // 4 Mi characters

    /// `device` must be open; `fileName` is used in error messages.
    CsvReader(QIODevice *device, CsvDialect dialect, QString fileName);

    /// Reads the next non-empty record. Returns false at the end. Throws OdemaError with
    /// file:line:column on what cannot be read at all (bad bytes, unclosed quote, huge field).
    bool next(CsvRecord &record) override;

    qint64 bytesRead() const override { return m_bytesRead; }

    /// The encoding the records were read in: a head of plain ASCII reads as UTF-8 until the
    /// first other byte decides (TextEncoding::undecided).
    const TextEncoding &encoding() const { return m_dialect.encoding; }

private:
    /// How the bytes of each block are checked before they are decoded.
    enum class Check { Utf8, Cp1252, AsciiSoFar, DecoderOnly };

    bool fill();
    /// Checks and decodes one block into m_buffer; throws at the first byte that breaks the
    /// file's encoding, at its line and column.
    void decodeBlock(QByteArrayView bytes);
    /// Line and column of m_buffer[index], counted from the record at m_pos.
    std::pair<qint64, int> position(qsizetype index) const;
    /// Decodes `bytes` onto m_buffer and fails at the character that follows them.
    [[noreturn]] void failAfter(QByteArrayView bytes, const QString &reason);
    [[noreturn]] void fail(qint64 line, int column, const QString &reason) const;

    QIODevice *m_device;
    CsvDialect m_dialect;
    QString m_fileName;
    std::unique_ptr<QStringDecoder> m_decoder;
    QByteArray m_raw;
    QString m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_eof = false;
    bool m_bomSkipped = false;
    Check m_check = Check::DecoderOnly;
    Utf8Validator m_utf8;
    bool m_warnedEncoding = false;
};

} // namespace odema
