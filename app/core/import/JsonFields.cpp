#include "import/JsonFields.h"

#include "import/ImportContext.h"

#include <QCoreApplication>
#include <cmath>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

QString numberText(double v) { return QString::number(v, 'g', 15); }

} // namespace

QString describeJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return Tr::tr("le texte « %1 »").arg(value.toString().left(80));
    case QJsonValue::Double:
        return Tr::tr("le nombre %1").arg(numberText(value.toDouble()));
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return Tr::tr("un tableau");
    case QJsonValue::Object:
        return Tr::tr("un objet");
    default:
        return QStringLiteral("null");
    }
}

JsonFields::JsonFields(ImportContext &context, const JsonLocator &locator, const QJsonObject &object, JsonPath path)
    : m_c(context), m_locator(locator), m_object(object), m_path(std::move(path))
{
}

std::optional<JsonFields> JsonFields::object(ImportContext &context, const JsonLocator &locator, const QJsonValue &value,
                                             const JsonPath &path)
{
    if (value.isObject())
        return JsonFields(context, locator, value.toObject(), path);
    const TextPosition at = locator.at(path);
    context.problems.add(at.line, at.column, Tr::tr("un objet est attendu, pas %1").arg(describeJsonValue(value)));
    return std::nullopt;
}

void JsonFields::problem(const JsonPath &sub, const QString &reason)
{
    JsonPath full = m_path;
    full.insert(full.end(), sub.begin(), sub.end());
    const TextPosition at = m_locator.at(full);
    m_c.problems.add(at.line, at.column, reason);
    m_ok = false;
}

void JsonFields::typeProblem(const QString &key, const QString &expected, const QJsonValue &found)
{
    problem({key}, Tr::tr("« %1 » : %2 attendu, pas %3").arg(key, expected, describeJsonValue(found)));
}

std::optional<QJsonValue> JsonFields::value(const QString &key, Need need)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isUndefined() && !v.isNull())
        return v;
    if (need == Need::Required)
        problem({}, v.isNull() ? Tr::tr("« %1 » vide (null)").arg(key) : Tr::tr("« %1 » manquant").arg(key));
    return std::nullopt;
}

std::optional<QString> JsonFields::text(const QString &key, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        typeProblem(key, Tr::tr("un texte"), *v);
        return std::nullopt;
    }
    return v->toString();
}

std::optional<QString> JsonFields::code(const QString &key, const QRegularExpression &pattern, const QString &expected, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    // A code written as a number has lost its leading zeros ("02" -> 2): never guessed back.
    if (!v->isString() || !pattern.match(v->toString()).hasMatch()) {
        problem({key}, Tr::tr("« %1 » : %2 attendu, pas %3").arg(key, expected, describeJsonValue(*v)));
        return std::nullopt;
    }
    return v->toString();
}

std::optional<double> JsonFields::number(const QString &key, double min, double max, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isDouble()) {
        typeProblem(key, Tr::tr("un nombre"), *v);
        return std::nullopt;
    }
    const double d = v->toDouble();
    if (!std::isfinite(d) || d < min || d > max) {
        problem({key}, Tr::tr("« %1 » : %2 hors des valeurs admises (de %3 à %4)").arg(key, numberText(d), numberText(min), numberText(max)));
        return std::nullopt;
    }
    return d;
}

std::optional<qint64> JsonFields::integer(const QString &key, qint64 min, qint64 max, Need need)
{
    const auto d = number(key, double(min), double(max), need);
    if (!d)
        return std::nullopt;
    if (*d != std::floor(*d)) {
        problem({key}, Tr::tr("« %1 » : un nombre entier est attendu, pas %2").arg(key, QString::number(*d, 'g', 15)));
        return std::nullopt;
    }
    return qint64(*d);
}

std::optional<QJsonArray> JsonFields::array(const QString &key, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        typeProblem(key, Tr::tr("un tableau"), *v);
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QJsonObject> JsonFields::subObject(const QString &key, Need need)
{
    const auto v = value(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        typeProblem(key, Tr::tr("un objet"), *v);
        return std::nullopt;
    }
    return v->toObject();
}

} // namespace odema
