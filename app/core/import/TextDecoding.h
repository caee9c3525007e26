#pragma once
// Which character encoding a file uses. Real files come as UTF-8 with or without BOM, and
// from French Excel as Windows-1252; the decoder must turn "é ’ œ €" right in each case.
#include <QByteArray>
#include <QString>
#include <QStringDecoder>
#include <memory>

namespace odema {

struct TextEncoding {
    QString name;      ///< "UTF-8", "UTF-8 (BOM)", "Windows-1252", "UTF-16LE (BOM)"…
    QByteArray codec;  ///< name given to QStringDecoder
    int bomLength = 0; ///< bytes to skip at the start
    bool strict = true; ///< invalid sequences are an error (UTF-8) rather than impossible (single-byte)
};

/// Looks at the first bytes of a file: BOM first, then strict UTF-8, else Windows-1252.
TextEncoding detectEncoding(const QByteArray &head, bool headIsWholeFile);

/// A decoder for `encoding`; throws OdemaError when this Qt build cannot decode it.
std::unique_ptr<QStringDecoder> makeDecoder(const TextEncoding &encoding);

} // namespace odema
