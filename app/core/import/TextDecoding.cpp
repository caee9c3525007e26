#include "import/TextDecoding.h"

#include "common/OdemaError.h"

#include <QCoreApplication>

namespace odema {

qsizetype Utf8Validator::check(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype lead = m_need > 0 ? 0 : -1; // where the current sequence began (0 when in an earlier block)
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = p[i];
        if (m_need > 0) {
            if (c < m_lo || c > m_hi)
                return lead >= 0 ? lead : i;
            m_lo = 0x80;
            m_hi = 0xBF;
            --m_need;
            continue;
        }
        if (c < 0x80)
            continue;
        lead = i;
        m_multibyte = true;
        if (c >= 0xC2 && c <= 0xDF) {
            m_need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            m_need = 2;
            m_lo = c == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            m_hi = c == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (c >= 0xF0 && c <= 0xF4) {
            m_need = 3;
            m_lo = c == 0xF0 ? 0x90 : 0x80;
            m_hi = c == 0xF4 ? 0x8F : 0xBF; // nothing past U+10FFFF
        } else {
            return i; // a continuation byte alone, C0, C1, F5–FF
        }
    }
    return -1;
}

bool startsUtf8Sequence(QByteArrayView bytes, qsizetype at)
{
    const auto c = static_cast<unsigned char>(bytes.at(at));
    const int length = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (length == 0 || at + length > bytes.size())
        return false;
    Utf8Validator validator;
    return validator.check(bytes.sliced(at, length)) < 0 && !validator.pending();
}

qsizetype firstNonCp1252(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const unsigned char c = p[i];
        if (c < 0x80)
            continue;
        if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D)
            return i;
        if (c >= 0xC2 && startsUtf8Sequence(bytes, i))
            return i;
    }
    return -1;
}

qsizetype firstNonAscii(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    for (qsizetype i = 0; i < bytes.size(); ++i)
        if (p[i] >= 0x80)
            return i;
    return -1;
}

TextEncoding detectEncoding(const QByteArray &head, bool headIsWholeFile)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        return {QStringLiteral("UTF-8 (BOM)"), "UTF-8", 3, true};
    if (head.startsWith("\xFF\xFE"))
        return {QStringLiteral("UTF-16LE (BOM)"), "UTF-16LE", 2, true};
    if (head.startsWith("\xFE\xFF"))
        return {QStringLiteral("UTF-16BE (BOM)"), "UTF-16BE", 2, true};

    // A sequence cut by the end of the sample is not an error: the validator keeps it pending.
    Utf8Validator utf8;
    const bool valid = utf8.check(head) < 0 && (!headIsWholeFile || !utf8.pending());
    if (valid) {
        TextEncoding encoding{QStringLiteral("UTF-8"), "UTF-8", 0, true};
        encoding.undecided = !utf8.sawMultibyte() && !headIsWholeFile;
        return encoding;
    }
    // Invalid UTF-8, so the file mixes encodings or is Windows-1252. The majority of its non-ASCII
    // characters decides: a UTF-8 file with one bad byte is refused at that byte, a Windows-1252
    // file with one UTF-8 character at that character (CsvReader), where the user can see it.
    qint64 utf8Sequences = 0, otherBytes = 0;
    for (qsizetype i = qMax<qsizetype>(0, firstNonAscii(head)); i < head.size(); ++i) {
        const auto c = static_cast<unsigned char>(head.at(i));
        if (c < 0x80)
            continue;
        if (startsUtf8Sequence(head, i)) {
            ++utf8Sequences;
            i += c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
        } else {
            ++otherBytes;
        }
    }
    if (utf8Sequences > otherBytes)
        return {QStringLiteral("UTF-8"), "UTF-8", 0, true};
    return {QStringLiteral("Windows-1252"), "windows-1252", 0, false};
}

std::unique_ptr<QStringDecoder> makeDecoder(const TextEncoding &encoding)
{
    auto decoder = std::make_unique<QStringDecoder>(encoding.codec.constData());
    if (!decoder->isValid())
        throw OdemaError(QCoreApplication::translate("Import", "Cette installation de Qt ne sait pas lire l'encodage %1.")
                             .arg(encoding.name));
    return decoder;
}

} // namespace odema
