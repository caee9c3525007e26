#include "import/CsvReader.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <array>

namespace odema {

namespace {
constexpr qint64 kBlockSize = 1 << 20;

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};
} // namespace

QChar sniffDelimiter(QStringView head)
{
    const std::array<QChar, 4> candidates{QLatin1Char(';'), QLatin1Char(','), QLatin1Char('\t'), QLatin1Char('|')};
    std::array<std::vector<int>, 4> counts;
    std::array<int, 4> current{};
    bool quoted = false;
    int lines = 0;
    for (qsizetype i = 0; i < head.size() && lines < 50; ++i) {
        const QChar c = head[i];
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (!quoted && c == QLatin1Char('\n')) {
            for (size_t k = 0; k < candidates.size(); ++k) {
                counts[k].push_back(current[k]);
                current[k] = 0;
            }
            ++lines;
        } else if (!quoted) {
            for (size_t k = 0; k < candidates.size(); ++k)
                if (c == candidates[k])
                    ++current[k];
        }
    }
    // Score: lines agreeing with the header's count (when non-zero), then the count itself.
    int best = 1; // ',' when nothing else stands out
    long bestScore = -1;
    for (size_t k = 0; k < candidates.size(); ++k) {
        if (counts[k].empty() || counts[k].front() == 0)
            continue;
        const int expected = counts[k].front();
        long agreeing = 0;
        for (int n : counts[k])
            agreeing += (n == expected);
        const long score = agreeing * 1000 + expected;
        if (score > bestScore) {
            bestScore = score;
            best = int(k);
        }
    }
    return candidates[best];
}

CsvReader::CsvReader(QIODevice *device, CsvDialect dialect, QString fileName)
    : m_device(device), m_dialect(std::move(dialect)), m_fileName(std::move(fileName)),
      m_decoder(makeDecoder(m_dialect.encoding))
{
    const TextEncoding &e = m_dialect.encoding;
    const bool utf8 = e.codec.compare("UTF-8", Qt::CaseInsensitive) == 0;
    const bool cp1252 = e.codec.compare("windows-1252", Qt::CaseInsensitive) == 0;
    if (utf8)
        m_check = e.detected && e.undecided ? Check::AsciiSoFar : Check::Utf8;
    else if (cp1252 && e.detected)
        m_check = Check::Cp1252;
}

std::pair<qint64, int> CsvReader::position(qsizetype index) const
{
    qint64 line = m_line;
    qsizetype lineStart = m_pos;
    for (qsizetype i = m_pos; i < index && i < m_buffer.size(); ++i)
        if (m_buffer.at(i) == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
        }
    return {line, int(index - lineStart) + 1};
}

void CsvReader::failAfter(QByteArrayView bytes, const QString &reason)
{
    m_buffer += m_decoder->decode(bytes);
    const auto [line, column] = position(m_buffer.size());
    fail(line, column, reason);
}

void CsvReader::decodeBlock(QByteArrayView bytes)
{
    const qsizetype start = m_buffer.size();
    auto byteName = [](QByteArrayView b, qsizetype at) {
        return QStringLiteral("0x") + QString::number(uint(static_cast<unsigned char>(b.at(at))), 16).rightJustified(2, QLatin1Char('0')).toUpper();
    };
    if (m_check == Check::AsciiSoFar) {
        const qsizetype at = firstNonAscii(bytes);
        if (at >= 0) {
            // The first byte beyond ASCII decides for the whole file (everything before it reads
            // the same in both): UTF-8 when it starts a UTF-8 sequence, Windows-1252 otherwise.
            QByteArray look = bytes.sliced(at, qMin<qsizetype>(4, bytes.size() - at)).toByteArray();
            if (look.size() < 4)
                look += m_device->peek(4 - look.size());
            if (startsUtf8Sequence(look, 0)) {
                m_check = Check::Utf8;
            } else {
                m_buffer += m_decoder->decode(bytes.first(at));
                m_decoder = makeDecoder({QStringLiteral("Windows-1252"), "windows-1252", 0, false});
                m_dialect.encoding = {QStringLiteral("Windows-1252"), "windows-1252", 0, false};
                m_check = Check::Cp1252;
                bytes = bytes.sliced(at);
            }
        }
    }
    if (m_check == Check::Utf8) {
        if (const qsizetype bad = m_utf8.check(bytes); bad >= 0)
            failAfter(bytes.first(bad), Tr::tr("octet %1 invalide en UTF-8 (fichier aux encodages mélangés ?) : le reste du fichier "
                                               "est en UTF-8 ; corrigez ce caractère ou réenregistrez le fichier en UTF-8.")
                                            .arg(byteName(bytes, bad)));
    } else if (m_check == Check::Cp1252) {
        if (const qsizetype bad = firstNonCp1252(bytes); bad >= 0) {
            const bool utf8 = static_cast<unsigned char>(bytes.at(bad)) >= 0xC2;
            failAfter(bytes.first(bad), utf8 ? Tr::tr("caractère UTF-8 dans un fichier lu en Windows-1252 (fichier aux encodages "
                                                      "mélangés ?) ; réenregistrez-le en entier en UTF-8.")
                                             : Tr::tr("octet %1 sans caractère en Windows-1252 (fichier binaire ou aux encodages "
                                                      "mélangés ?) ; réenregistrez-le en UTF-8.").arg(byteName(bytes, bad)));
        }
        if (!m_warnedEncoding && m_dialect.encoding.detected) {
            if (const qsizetype first = firstNonAscii(bytes); first >= 0) {
                m_warnedEncoding = true;
                m_buffer += m_decoder->decode(bytes.first(first)); // ASCII: the same in any encoding
                bytes = bytes.sliced(first);
                const auto [line, column] = position(m_buffer.size());
                QStringDecoder one("windows-1252");
                const QString shown = one.decode(bytes.first(1));
                warn(line, column, Tr::tr("octet %1 : le fichier n'est pas en UTF-8, il est lu en entier en Windows-1252 (« %2 ») ; "
                                          "vérifiez ses accents ou choisissez son encodage").arg(byteName(bytes, 0), shown));
            }
        }
    }
    m_buffer += m_decoder->decode(bytes);
    if (m_decoder->hasError()) {
        const qsizetype bad = m_buffer.indexOf(QChar::ReplacementCharacter, start);
        const auto [line, column] = position(bad >= 0 ? bad : m_buffer.size());
        fail(line, column, Tr::tr("octets illisibles en %1 (fichier aux encodages mélangés ?) ; réenregistrez-le en UTF-8.")
                               .arg(m_dialect.encoding.name));
    }
    if (const qsizetype nul = m_buffer.indexOf(QChar(0), start); nul >= 0) {
        const auto [line, column] = position(nul);
        fail(line, column, Tr::tr("caractère nul (octet 0x00) : fichier binaire ou endommagé ; exportez-le à nouveau en CSV (UTF-8)."));
    }
}

void CsvReader::fail(qint64 line, int column, const QString &reason) const
{
    throw OdemaError(QStringLiteral("%1:%2:%3: %4").arg(m_fileName, QString::number(line), QString::number(column), reason));
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_raw.resize(kBlockSize);
    const qint64 n = m_device->read(m_raw.data(), kBlockSize);
    if (n < 0)
        throw OdemaError(Tr::tr("Lecture impossible de %1 : %2").arg(m_fileName, m_device->errorString()));
    if (n == 0) {
        m_eof = true;
        if (m_check == Check::Utf8 && m_utf8.pending())
            failAfter({}, Tr::tr("séquence UTF-8 coupée par la fin du fichier (fichier tronqué ?)"));
        return false;
    }
    m_raw.resize(n);
    m_bytesRead += n;
    QByteArrayView bytes(m_raw);
    if (!m_bomSkipped) {
        bytes = bytes.sliced(qMin<qsizetype>(m_dialect.encoding.bomLength, bytes.size()));
        m_bomSkipped = true;
    }
    // Drop what the previous records consumed, then append the newly decoded text.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    decodeBlock(bytes);
    return true;
}

bool CsvReader::next(CsvRecord &record)
{
    const QChar delimiter = m_dialect.delimiter;
    for (;;) {
        record.fields.clear();
        record.unescaped.clear();
        record.line = m_line;
        qsizetype i = m_pos;
        qint64 line = m_line;
        bool needMore = false;
        bool done = false;
        // Parse one record from m_buffer[i…]; on running out of text, refill and restart.
        while (!done) {
            if (i >= m_buffer.size()) {
                needMore = true;
                break;
            }
            if (m_buffer.at(i) == QLatin1Char('"')) {
                const qsizetype start = ++i;
                bool escaped = false;
                for (;;) {
                    if (i >= m_buffer.size()) {
                        needMore = true;
                        break;
                    }
                    const QChar c = m_buffer.at(i);
                    if (c == QLatin1Char('"')) {
                        if (i + 1 >= m_buffer.size() && !m_eof) {
                            needMore = true;
                            break;
                        }
                        if (i + 1 < m_buffer.size() && m_buffer.at(i + 1) == QLatin1Char('"')) {
                            escaped = true;
                            i += 2;
                            continue;
                        }
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    ++i;
                    if (i - start > kMaxFieldLength)
                        fail(record.line, int(record.fields.size()) + 1, Tr::tr("champ de plus de %1 caractères (guillemet non fermé ?)").arg(kMaxFieldLength));
                }
                if (needMore)
                    break;
                QStringView field(m_buffer.constData() + start, i - start);
                if (escaped) {
                    record.unescaped.push_back(field.toString().replace(QStringLiteral("\"\""), QStringLiteral("\"")));
                    field = record.unescaped.back();
                }
                ++i; // closing quote
                // Spaces may follow the closing quote; anything else would be lost from the field
                // ("1358,"1.500"": which figure?), so the record is refused there.
                while (i < m_buffer.size() && m_buffer.at(i) == QLatin1Char(' '))
                    ++i;
                if (i >= m_buffer.size() && !m_eof) {
                    needMore = true;
                    break;
                }
                if (i < m_buffer.size() && m_buffer.at(i) != delimiter && m_buffer.at(i) != QLatin1Char('\n')
                    && m_buffer.at(i) != QLatin1Char('\r'))
                    fail(line, int(record.fields.size()) + 1,
                         Tr::tr("texte après le guillemet fermant du champ (« %1 ») : guillemet mal placé ; mettez le champ entier "
                                "entre guillemets et doublez ceux qu'il contient").arg(m_buffer.mid(i, 20).section(QLatin1Char('\n'), 0, 0)));
                record.fields.push_back(field);
            } else {
                const qsizetype start = i;
                while (i < m_buffer.size()) {
                    const QChar c = m_buffer.at(i);
                    if (c == delimiter || c == QLatin1Char('\n'))
                        break;
                    ++i;
                }
                if (i >= m_buffer.size() && !m_eof) {
                    needMore = true;
                    break;
                }
                qsizetype end = i;
                if (end > start && m_buffer.at(end - 1) == QLatin1Char('\r') && (i >= m_buffer.size() || m_buffer.at(i) == QLatin1Char('\n')))
                    --end;
                if (end - start > kMaxFieldLength)
                    fail(record.line, int(record.fields.size()) + 1, Tr::tr("champ de plus de %1 caractères").arg(kMaxFieldLength));
                record.fields.emplace_back(m_buffer.constData() + start, end - start);
            }
            if (i >= m_buffer.size()) { // end of file without final newline
                done = true;
            } else if (m_buffer.at(i) == delimiter) {
                ++i;
                if (i >= m_buffer.size() && m_eof) {
                    record.fields.emplace_back();
                    done = true;
                }
            } else if (m_buffer.at(i) == QLatin1Char('\r')) {
                ++i;
                if (i < m_buffer.size() && m_buffer.at(i) == QLatin1Char('\n')) {
                    ++i;
                }
                ++line;
                done = true;
            } else { // '\n'
                ++i;
                ++line;
                done = true;
            }
        }
        if (needMore && !m_eof) {
            if (m_buffer.size() - m_pos > kMaxRecordLength)
                fail(record.line, 1, Tr::tr("ligne de plus de %1 caractères").arg(kMaxRecordLength));
            fill();
            continue; // views into the old buffer are gone: parse the record again
        }
        if (needMore && m_eof) {
            if (m_pos >= m_buffer.size())
                return false;
            fail(record.line, int(record.fields.size()) + 1, Tr::tr("fin de fichier dans un champ entre guillemets (fichier tronqué ?)"));
        }
        m_pos = i;
        m_line = line;
        const bool blank = record.fields.size() == 1 && record.fields.front().trimmed().isEmpty();
        if (!blank && !record.fields.empty())
            return true;
        if (m_pos >= m_buffer.size() && m_eof)
            return false;
    }
}

} // namespace odema
