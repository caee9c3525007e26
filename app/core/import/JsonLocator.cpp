#include "import/JsonLocator.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace odema {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// A path prefix as text, to recognise the array a look-up walks.
QString prefixKey(const JsonPath &path, size_t length)
{
    QString key;
    for (size_t i = 0; i < length; ++i)
        key += path[i].index >= 0 ? QStringLiteral("[%1]").arg(path[i].index) : QStringLiteral("{%1}").arg(path[i].key);
    return key;
}

} // namespace

JsonLocator::JsonLocator(QByteArray text) : m_text(std::move(text)) {}

qint64 JsonLocator::skipSpace(qint64 pos) const
{
    while (pos < m_text.size() && isSpace(m_text.at(pos)))
        ++pos;
    return pos;
}

/// From an opening quote to just after the closing one.
qint64 JsonLocator::skipString(qint64 pos) const
{
    for (++pos; pos < m_text.size(); ++pos) {
        if (m_text.at(pos) == '\\')
            ++pos;
        else if (m_text.at(pos) == '"')
            return pos + 1;
    }
    return pos;
}

/// From a value's first character to just after it (brackets counted, strings skipped whole).
qint64 JsonLocator::skipValue(qint64 pos) const
{
    if (pos >= m_text.size())
        return pos;
    const char first = m_text.at(pos);
    if (first == '"')
        return skipString(pos);
    if (first != '{' && first != '[') {
        while (pos < m_text.size() && !isSpace(m_text.at(pos)) && !QByteArrayView(",]}").contains(m_text.at(pos)))
            ++pos;
        return pos;
    }
    int depth = 0;
    while (pos < m_text.size()) {
        const char c = m_text.at(pos);
        if (c == '"') {
            pos = skipString(pos);
            continue;
        }
        if (c == '{' || c == '[')
            ++depth;
        else if ((c == '}' || c == ']') && --depth == 0)
            return pos + 1;
        ++pos;
    }
    return pos;
}

/// The key whose quoted text spans [pos, end), unescaped the way the parser did.
QString JsonLocator::keyAt(qint64 pos, qint64 end) const
{
    const QByteArray raw = m_text.mid(pos, end - pos);
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw.mid(1, raw.size() - 2));
    return QJsonDocument::fromJson("[" + raw + "]").array().at(0).toString();
}

/// Notes where the elements of the array opening at `open` begin, up to `index`.
void JsonLocator::extend(Walk &walk, qint64 open, int index) const
{
    qint64 pos = walk.elements.empty() ? skipSpace(open + 1) : skipValue(walk.elements.back());
    while (int(walk.elements.size()) <= index) {
        if (!walk.elements.empty()) {
            pos = skipSpace(pos);
            if (pos < m_text.size() && m_text.at(pos) == ',')
                pos = skipSpace(pos + 1);
        }
        if (pos >= m_text.size() || m_text.at(pos) == ']') {
            walk.complete = true;
            return;
        }
        walk.elements.push_back(pos);
        if (int(walk.elements.size()) <= index)
            pos = skipValue(pos);
    }
}

qint64 JsonLocator::find(const JsonPath &path) const
{
    qint64 pos = skipSpace(0);
    for (size_t depth = 0; depth < path.size(); ++depth) {
        const JsonStep &step = path[depth];
        const char open = step.index >= 0 ? '[' : '{';
        if (pos >= m_text.size() || m_text.at(pos) != open)
            return pos; // the path goes further than the document: stop at what is there
        const qint64 container = pos;
        if (step.index >= 0) {
            if (m_walks.size() > 64) // a few arrays at a time: the large one and the ones inside
                m_walks.clear();
            Walk &walk = m_walks[prefixKey(path, depth)];
            if (size_t(step.index) >= walk.elements.size() && !walk.complete)
                extend(walk, pos, step.index);
            if (size_t(step.index) >= walk.elements.size())
                return container;
            pos = walk.elements[size_t(step.index)];
            continue;
        }
        pos = skipSpace(pos + 1);
        bool found = false;
        while (pos < m_text.size() && m_text.at(pos) == '"') {
            const qint64 keyEnd = skipString(pos);
            const bool match = keyAt(pos, keyEnd) == step.key;
            pos = skipSpace(keyEnd);
            if (pos < m_text.size() && m_text.at(pos) == ':')
                pos = skipSpace(pos + 1);
            if (match) {
                found = true;
                break;
            }
            pos = skipSpace(skipValue(pos));
            if (pos < m_text.size() && m_text.at(pos) == ',')
                pos = skipSpace(pos + 1);
        }
        if (!found)
            return container;
    }
    return pos;
}

JsonLocator::Duplicate JsonLocator::firstDuplicateKey() const
{
    // One pass: a set of keys per open object (an array holds none). A string is a key when the
    // next character after it, past spaces, is ':'.
    std::vector<QSet<QByteArray>> objects;
    std::vector<bool> isObject;
    for (qint64 pos = 0; pos < m_text.size();) {
        const char c = m_text.at(pos);
        if (c == '{' || c == '[') {
            isObject.push_back(c == '{');
            objects.emplace_back();
            ++pos;
        } else if (c == '}' || c == ']') {
            if (!objects.empty()) {
                objects.pop_back();
                isObject.pop_back();
            }
            ++pos;
        } else if (c == '"') {
            const qint64 end = skipString(pos);
            const qint64 after = skipSpace(end);
            if (!objects.empty() && isObject.back() && after < m_text.size() && m_text.at(after) == ':') {
                const QByteArray raw = m_text.mid(pos, end - pos);
                if (objects.back().contains(raw))
                    return {pos, keyAt(pos, end)};
                objects.back().insert(raw);
            }
            pos = end;
        } else {
            ++pos;
        }
    }
    return {};
}

TextPosition JsonLocator::at(const JsonPath &path) const { return positionOf(find(path)); }

TextPosition JsonLocator::positionOf(qint64 offset) const
{
    offset = qBound<qint64>(0, offset, m_text.size());
    if (offset < m_lastOffset) {
        m_lastOffset = 0;
        m_last = TextPosition();
    }
    // Counted on from the last position: a GeoJSON file is often one line of megabytes.
    for (qint64 i = m_lastOffset; i < offset; ++i) {
        const uchar c = uchar(m_text.at(i));
        if (c == '\n') {
            ++m_last.line;
            m_last.column = 1;
        } else if ((c & 0xC0) != 0x80) { // UTF-8 continuation bytes are not characters
            ++m_last.column;
        }
    }
    m_lastOffset = offset;
    return m_last;
}

} // namespace odema
