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
    m_buffer += m_decoder->decode(bytes);
    if (m_decoder->hasError()) {
        const qint64 line = m_line + m_buffer.count(QLatin1Char('\n')) - m_buffer.mid(m_buffer.indexOf(QChar::ReplacementCharacter)).count(QLatin1Char('\n'));
        fail(line, 1, Tr::tr("octets illisibles en %1 (fichier aux encodages mélangés ?) ; réenregistrez-le en UTF-8.")
                          .arg(m_dialect.encoding.name));
    }
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
                // Text after the closing quote, up to the delimiter, is kept (lenient, like Excel).
                while (i < m_buffer.size() && m_buffer.at(i) != delimiter && m_buffer.at(i) != QLatin1Char('\n')
                       && m_buffer.at(i) != QLatin1Char('\r'))
                    ++i;
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
