#include "nomenclature/Nomenclature.h"

#include "common/OdemaError.h"
#include "common/TextKey.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Nomenclature)
};

QJsonObject loadResource()
{
    QFile file(QStringLiteral(":/odema/nomenclature.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw OdemaError(Tr::tr("Nomenclature introuvable dans les ressources de l'application."));
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString familyOfCode(const QString &code)
{
    if (code.startsWith(QLatin1String("02")))
        return QStringLiteral("decheterie");
    if (code.startsWith(QLatin1String("08")))
        return QStringLiteral("oma");
    return QStringLiteral("autre");
}
} // namespace

void Nomenclature::seed(QSqlDatabase &db)
{
    const QJsonObject root = loadResource();
    QHash<QString, qint64> channelIds;
    for (const QJsonValue &v : root.value(QLatin1String("channels")).toArray()) {
        const QJsonObject o = v.toObject();
        QSqlQuery q = sql::exec(db, QStringLiteral("INSERT INTO channel(code, label, sort_order) VALUES (?, ?, ?)"),
                                {o.value(QLatin1String("code")).toString(), o.value(QLatin1String("label")).toString(),
                                 o.value(QLatin1String("order")).toInt()});
        channelIds.insert(o.value(QLatin1String("code")).toString(), q.lastInsertId().toLongLong());
    }
    auto aliasAll = [&db](const QString &kind, qint64 id, const QJsonObject &o) {
        QStringList labels{o.value(QLatin1String("label")).toString()};
        for (const QJsonValue &a : o.value(QLatin1String("aliases")).toArray())
            labels << a.toString();
        for (const QString &label : labels)
            sql::exec(db, QStringLiteral("INSERT INTO nomenclature_alias(kind, key, target_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                      {kind, foldKey(label), id});
    };
    for (const QJsonValue &v : root.value(QLatin1String("streams")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString channel = o.value(QLatin1String("channel")).toString();
        QSqlQuery q = sql::exec(db, QStringLiteral(
            "INSERT INTO waste_stream(code, label, family, channel_id, color, gravats, search_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {o.value(QLatin1String("code")).toString(), o.value(QLatin1String("label")).toString(),
             o.value(QLatin1String("family")).toString(),
             channelIds.contains(channel) ? QVariant(channelIds.value(channel)) : QVariant(),
             o.value(QLatin1String("color")).toString(), o.value(QLatin1String("gravats")).toBool() ? 1 : 0,
             foldKey(o.value(QLatin1String("label")).toString())});
        aliasAll(QStringLiteral("stream"), q.lastInsertId().toLongLong(), o);
    }
    for (const QJsonValue &v : root.value(QLatin1String("modes")).toArray()) {
        const QJsonObject o = v.toObject();
        QSqlQuery q = sql::exec(db, QStringLiteral(
            "INSERT INTO treatment_mode(code, label, grp, color, sort_order, search_key) VALUES (?, ?, ?, ?, ?, ?)"),
            {o.value(QLatin1String("code")).toString(), o.value(QLatin1String("label")).toString(),
             o.value(QLatin1String("group")).toString(), o.value(QLatin1String("color")).toString(),
             o.value(QLatin1String("order")).toInt(), foldKey(o.value(QLatin1String("label")).toString())});
        aliasAll(QStringLiteral("mode"), q.lastInsertId().toLongLong(), o);
    }
}

Nomenclature::Nomenclature(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT id, code, coalesce(channel_id, 0) FROM waste_stream"));
    while (q.next()) {
        m_streamByCode.insert(q.value(1).toString(), q.value(0).toLongLong());
        m_streamChannel.insert(q.value(0).toLongLong(), q.value(2).toLongLong());
    }
    q = sql::exec(m_db, QStringLiteral("SELECT id, code FROM treatment_mode"));
    while (q.next())
        m_modeByCode.insert(q.value(1).toString(), q.value(0).toLongLong());
    q = sql::exec(m_db, QStringLiteral("SELECT kind, key, target_id FROM nomenclature_alias"));
    while (q.next())
        (q.value(0).toString() == QLatin1String("stream") ? m_streamByKey : m_modeByKey).insert(q.value(1).toString(), q.value(2).toLongLong());
}

qint64 Nomenclature::create(const QString &table, const QString &code, const QString &label)
{
    const bool stream = table == QLatin1String("waste_stream");
    QSqlQuery q = stream
        ? sql::exec(m_db, QStringLiteral("INSERT INTO waste_stream(code, label, family, search_key, seeded) VALUES (?, ?, ?, ?, 0)"),
                    {code, label, familyOfCode(code), foldKey(label)})
        : sql::exec(m_db, QStringLiteral("INSERT INTO treatment_mode(code, label, search_key, seeded) VALUES (?, ?, ?, 0)"),
                    {code, label, foldKey(label)});
    const qint64 id = q.lastInsertId().toLongLong();
    m_added << (stream ? Tr::tr("Flux ajouté à la nomenclature : %1 « %2 »") : Tr::tr("Mode de traitement ajouté à la nomenclature : %1 « %2 »"))
                   .arg(code, label);
    addAlias(stream ? QStringLiteral("stream") : QStringLiteral("mode"), label, id);
    return id;
}

void Nomenclature::addAlias(const QString &kind, const QString &label, qint64 id)
{
    const QString key = foldKey(label);
    auto &map = kind == QLatin1String("stream") ? m_streamByKey : m_modeByKey;
    if (key.isEmpty() || map.contains(key))
        return;
    sql::exec(m_db, QStringLiteral("INSERT INTO nomenclature_alias(kind, key, target_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
              {kind, key, id});
    map.insert(key, id);
}

qint64 Nomenclature::streamForCode(const QString &code, const QString &label)
{
    if (const auto it = m_streamByCode.constFind(code); it != m_streamByCode.cend())
        return *it;
    const qint64 id = create(QStringLiteral("waste_stream"), code, label.isEmpty() ? code : label);
    m_streamByCode.insert(code, id);
    return id;
}

qint64 Nomenclature::modeForCode(const QString &code, const QString &label)
{
    if (const auto it = m_modeByCode.constFind(code); it != m_modeByCode.cend())
        return *it;
    const qint64 id = create(QStringLiteral("treatment_mode"), code, label.isEmpty() ? code : label);
    m_modeByCode.insert(code, id);
    return id;
}

qint64 Nomenclature::streamForLabel(const QString &label)
{
    const QString key = foldKey(label);
    if (const auto it = m_streamByKey.constFind(key); it != m_streamByKey.cend())
        return *it;
    const QString code = QStringLiteral("L-") + slugify(label).left(40);
    const qint64 id = create(QStringLiteral("waste_stream"), code, label);
    m_streamByCode.insert(code, id);
    return id;
}

qint64 Nomenclature::modeForLabel(const QString &label)
{
    const QString key = foldKey(label);
    if (const auto it = m_modeByKey.constFind(key); it != m_modeByKey.cend())
        return *it;
    const QString code = QStringLiteral("L-") + slugify(label).left(40);
    const qint64 id = create(QStringLiteral("treatment_mode"), code, label);
    m_modeByCode.insert(code, id);
    return id;
}

} // namespace odema
