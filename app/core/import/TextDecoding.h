#pragma once
// Which character encoding a file uses. Real files come as UTF-8 with or without BOM, and
// from French Excel as Windows-1252; the decoder must turn "é ’ œ €" right in each case.
// The encoding is decided for the whole file, never per prefix: a file is UTF-8 when it is
// UTF-8 throughout, Windows-1252 when none of it is UTF-8 beyond ASCII; a file mixing both is
// refused at its first byte that breaks the encoding (CsvReader checks every block).
#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>
#include <memory>

namespace odema {

struct TextEncoding {
    QString name;      ///< "UTF-8", "UTF-8 (BOM)", "Windows-1252", "UTF-16LE (BOM)"…
    QByteArray codec;  ///< name given to QStringDecoder
    int bomLength = 0; ///< bytes to skip at the start
    bool strict = true; ///< invalid sequences are an error (UTF-8) rather than impossible (single-byte)
    /// Decided from the bytes (not chosen by the user): the reader then checks that the rest
    /// of the file keeps to it.
    bool detected = true;
    /// The head held only ASCII: UTF-8 or Windows-1252 is decided at the first other byte.
    bool undecided = false;
};

/// Looks at the first bytes of a file: BOM first, then UTF-8 (valid, or with valid multi-byte
/// sequences beside invalid bytes: the reader refuses it there), else Windows-1252.
TextEncoding detectEncoding(const QByteArray &head, bool headIsWholeFile);

/// A decoder for `encoding`; throws OdemaError when this Qt build cannot decode it.
std::unique_ptr<QStringDecoder> makeDecoder(const TextEncoding &encoding);

/// Strict UTF-8 (no overlong forms, surrogates or code points past U+10FFFF), block by block.
class Utf8Validator {
public:
    /// Offset in `bytes` of the first byte of a broken sequence (its lead byte when it is in
    /// `bytes`), or -1 when all of it is valid so far.
    qsizetype check(QByteArrayView bytes);
    /// A sequence is waiting for bytes: at the end of the file, it was cut.
    bool pending() const { return m_need > 0; }
    bool sawMultibyte() const { return m_multibyte; }

private:
    int m_need = 0;
    unsigned char m_lo = 0x80, m_hi = 0xBF;
    bool m_multibyte = false;
};

/// Whether bytes[at…] start a complete, valid UTF-8 sequence of two bytes or more.
bool startsUtf8Sequence(QByteArrayView bytes, qsizetype at);
/// Offset of the first byte a Windows-1252 text cannot hold: one of the five unassigned bytes,
/// or the start of a valid UTF-8 multi-byte sequence (a file mixing both); -1 when none.
qsizetype firstNonCp1252(QByteArrayView bytes);
/// Offset of the first byte above 0x7F, or -1.
qsizetype firstNonAscii(QByteArrayView bytes);

} // namespace odema
