#pragma once
// Where a value of a JSON file is in its text. QJsonDocument keeps no positions, yet a problem
// must be named by the line and column a person can go to in an editor: the locator scans the
// text again along a path (array indexes and object keys) to the value's first character.
// Sequential look-ups into one array (object after object of a large file) resume where the
// previous one stopped, so that locating every problem of a file costs one pass, not one each.
#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>
#include <vector>

namespace odema {

/// One step of a path into a JSON document: an array index, or an object key.
struct JsonStep {
    JsonStep(int i) : index(i) {} // NOLINT: a path reads {3, "membres", 0, "code"}
    JsonStep(const char *k) : key(QString::fromUtf8(k)) {} // NOLINT
    JsonStep(const QString &k) : key(k) {} // NOLINT
    int index = -1; ///< -1 for a key
    QString key;
};
using JsonPath = std::vector<JsonStep>;

struct TextPosition {
    qint64 line = 1;
    int column = 1; ///< in characters, not bytes
};

class JsonLocator {
public:
    /// `text` is the document as parsed (without its BOM).
    explicit JsonLocator(QByteArray text);

    /// Position of the value at `path`. Where the path leaves the text (a key the object does
    /// not have), the position of the deepest value it reached: the object that lacks the key.
    TextPosition at(const JsonPath &path) const;
    /// Line and column of a byte offset (a parse error's).
    TextPosition positionOf(qint64 offset) const;

    struct Duplicate {
        qint64 offset = -1; ///< of the key's second occurrence; -1 when no object repeats a key
        QString key;
    };
    /// The first key that an object of the document gives twice: QJsonDocument silently keeps the
    /// last one, so `{"tonnage": 5, "tonnage": 500}` would be read as 500 without a word.
    Duplicate firstDuplicateKey() const;

private:
    struct Walk;
    qint64 find(const JsonPath &path) const;
    void extend(Walk &walk, qint64 open, int index) const;
    qint64 skipSpace(qint64 pos) const;
    qint64 skipValue(qint64 pos) const;
    qint64 skipString(qint64 pos) const;
    QString keyAt(qint64 pos, qint64 end) const;

    /// Where the elements of an array walked so far begin.
    struct Walk {
        std::vector<qint64> elements;
        bool complete = false;
    };

    QByteArray m_text;
    mutable QHash<QString, Walk> m_walks; ///< by the array's path, as text
    // The last position computed, to count on from there.
    mutable qint64 m_lastOffset = 0;
    mutable TextPosition m_last;
};

} // namespace odema
