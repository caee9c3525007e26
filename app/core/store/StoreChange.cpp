#include "store/StoreChange.h"

#include "common/FrenchFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(StoreChange)
};

const char *kindKey(StoreChange::Kind kind)
{
    switch (kind) {
    case StoreChange::Kind::Import: return "import";
    case StoreChange::Kind::Undo: return "undo";
    case StoreChange::Kind::Copy: return "copy";
    case StoreChange::Kind::Other: break;
    }
    return "other";
}
} // namespace

QString StoreChange::toPayload() const
{
    QJsonObject o{{QStringLiteral("kind"), QLatin1String(kindKey(kind))},
                  {QStringLiteral("files"), QJsonArray::fromStringList(files)},
                  {QStringLiteral("rows"), rows},
                  {QStringLiteral("pid"), QCoreApplication::applicationPid()},
                  {QStringLiteral("host"), QSysInfo::machineHostName()}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

StoreChange StoreChange::fromPayload(const QString &payload)
{
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
    StoreChange c;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    for (Kind k : {Kind::Import, Kind::Undo, Kind::Copy})
        if (kind == QLatin1String(kindKey(k)))
            c.kind = k;
    for (const QJsonValue &f : o.value(QStringLiteral("files")).toArray())
        c.files << f.toString();
    c.rows = o.value(QStringLiteral("rows")).toInteger();
    c.by = o.value(QStringLiteral("by")).toString();
    c.pid = o.value(QStringLiteral("pid")).toInteger();
    c.host = o.value(QStringLiteral("host")).toString();
    return c;
}

bool StoreChange::isOwn() const
{
    return pid == QCoreApplication::applicationPid() && host == QSysInfo::machineHostName();
}

QString StoreChange::describe() const
{
    const QString who = by.isEmpty() ? Tr::tr("Une autre session") : by;
    const QString what = files.size() == 1 ? files.first() : Tr::tr("%n fichier(s)", nullptr, int(files.size()));
    switch (kind) {
    case Kind::Import:
        return Tr::tr("%1 a importé %2 (%3 lignes)").arg(who, what, formatInteger(rows));
    case Kind::Undo:
        return Tr::tr("%1 a annulé l'import de %2 (%3 lignes retirées)").arg(who, what, formatInteger(rows));
    case Kind::Copy:
        return Tr::tr("%1 a copié une base entière ici").arg(who);
    case Kind::Other:
        break;
    }
    return Tr::tr("%1 a modifié la base").arg(who);
}

} // namespace odema
