#pragma once
// The fields of one object of a JSON file, read with their type and range checked. QJsonValue
// converts anything to anything (a tonnage "1234" to 0, a population "23 824" to 0): every
// accessor here says instead what it expected and what it found, as a problem of the import at
// the value's line and column in the text.
#include "import/JsonLocator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <optional>

namespace odema {

struct ImportContext;

class JsonFields {
public:
    enum class Need { Required, Optional }; ///< Optional: absent or null is no value, not a problem

    JsonFields(ImportContext &context, const JsonLocator &locator, const QJsonObject &object, JsonPath path);

    /// The object at `path`, or a problem there when the value is something else.
    static std::optional<JsonFields> object(ImportContext &context, const JsonLocator &locator, const QJsonValue &value,
                                            const JsonPath &path);

    /// False once one of the fields read had a problem.
    bool ok() const { return m_ok; }
    const JsonPath &path() const { return m_path; }
    const QJsonObject &json() const { return m_object; }

    std::optional<QString> text(const QString &key, Need need);
    /// A text that must match `pattern` whole (a code); `expected` says what it should be.
    std::optional<QString> code(const QString &key, const QRegularExpression &pattern, const QString &expected, Need need);
    /// A finite number within [min, max].
    std::optional<double> number(const QString &key, double min, double max, Need need);
    /// A whole number within [min, max] (written 2017 or 2017.0).
    std::optional<qint64> integer(const QString &key, qint64 min, qint64 max, Need need);
    std::optional<QJsonArray> array(const QString &key, Need need);
    std::optional<QJsonObject> subObject(const QString &key, Need need);

    /// A problem at `path` + `sub` (the value's first character).
    void problem(const JsonPath &sub, const QString &reason);

private:
    std::optional<QJsonValue> value(const QString &key, Need need);
    void typeProblem(const QString &key, const QString &expected, const QJsonValue &found);

    ImportContext &m_c;
    const JsonLocator &m_locator;
    QJsonObject m_object;
    JsonPath m_path;
    bool m_ok = true;
};

/// "le texte « 12 »", "le nombre 12", "null"…: what a value is, for a message.
QString describeJsonValue(const QJsonValue &value);

} // namespace odema
