#include "nomenclature/Nomenclature.h"

#include "common/OdemaError.h"
#include "common/TextKey.h"
#include "dataset/DataSetCatalog.h"
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
    return familyOfSinoeCodeFamily(sinoeCodeFamily(code));
}

QString datasetKey(qint64 datasetId, const QString &axis, const QString &code)
{
    return QString::number(datasetId) + QLatin1Char('/') + axis + QLatin1Char('/') + code;
}
} // namespace

void Nomenclature::seed(QSqlDatabase &db)
{
    const QJsonObject root = loadResource();
    for (const QJsonValue &v : root.value(QLatin1String("channels")).toArray()) {
        const QJsonObject o = v.toObject();
        sql::exec(db, QStringLiteral("INSERT INTO channel(code, label, sort_order) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING"),
                  {o.value(QLatin1String("code")).toString(), o.value(QLatin1String("label")).toString(),
                   o.value(QLatin1String("order")).toInt()});
    }
    QHash<QString, qint64> channelIds;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT code, id FROM channel"));
    while (q.next())
        channelIds.insert(q.value(0).toString(), q.value(1).toLongLong());
    // Aliases go in the order of the file: a label two entries share stays with the first.
    auto aliasAll = [&db](const QString &kind, qint64 id, const QJsonObject &o) {
        QStringList labels{o.value(QLatin1String("label")).toString()};
        for (const QJsonValue &a : o.value(QLatin1String("aliases")).toArray())
            labels << a.toString();
        for (const QString &label : labels)
            sql::exec(db, QStringLiteral("INSERT INTO nomenclature_alias(kind, key, target_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"),
                      {kind, foldKey(label), id});
    };
    auto missing = [&db](const QString &table, const QString &code) {
        return !sql::scalar(db, QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(table), {code}).isValid();
    };
    for (const QJsonValue &v : root.value(QLatin1String("streams")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QLatin1String("code")).toString();
        if (!missing(QStringLiteral("waste_stream"), code))
            continue;
        const QString channel = o.value(QLatin1String("channel")).toString();
        QSqlQuery insert = sql::exec(db, QStringLiteral(
            "INSERT INTO waste_stream(code, label, family, channel_id, color, gravats, search_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {code, o.value(QLatin1String("label")).toString(), o.value(QLatin1String("family")).toString(),
             channelIds.contains(channel) ? QVariant(channelIds.value(channel)) : QVariant(),
             o.value(QLatin1String("color")).toString(), o.value(QLatin1String("gravats")).toBool() ? 1 : 0,
             foldKey(o.value(QLatin1String("label")).toString())});
        aliasAll(QStringLiteral("stream"), insert.lastInsertId().toLongLong(), o);
    }
    for (const QJsonValue &v : root.value(QLatin1String("modes")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString code = o.value(QLatin1String("code")).toString();
        if (!missing(QStringLiteral("treatment_mode"), code))
            continue;
        QSqlQuery insert = sql::exec(db, QStringLiteral(
            "INSERT INTO treatment_mode(code, label, grp, color, sort_order, search_key) VALUES (?, ?, ?, ?, ?, ?)"),
            {code, o.value(QLatin1String("label")).toString(),
             o.value(QLatin1String("group")).toString(), o.value(QLatin1String("color")).toString(),
             o.value(QLatin1String("order")).toInt(), foldKey(o.value(QLatin1String("label")).toString())});
        aliasAll(QStringLiteral("mode"), insert.lastInsertId().toLongLong(), o);
    }
}

Nomenclature::Nomenclature(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT id, code, coalesce(channel_id, 0), family FROM waste_stream"));
    while (q.next()) {
        m_streamByCode.insert(q.value(1).toString(), q.value(0).toLongLong());
        m_streamChannel.insert(q.value(0).toLongLong(), q.value(2).toLongLong());
        m_streamFamily.insert(q.value(0).toLongLong(), q.value(3).toString());
    }
    q = sql::exec(m_db, QStringLiteral("SELECT id, code, search_key FROM treatment_mode"));
    while (q.next()) {
        m_modeByCode.insert(q.value(1).toString(), q.value(0).toLongLong());
        m_modeLabelKey.insert(q.value(0).toLongLong(), q.value(2).toString());
    }
    q = sql::exec(m_db, QStringLiteral("SELECT dataset_id, axis, code, target_id FROM dataset_code"));
    while (q.next())
        m_datasetCodes.insert(datasetKey(q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()), q.value(3).toLongLong());
    q = sql::exec(m_db, QStringLiteral("SELECT kind, key, target_id FROM nomenclature_alias"));
    while (q.next())
        (q.value(0).toString() == QLatin1String("stream") ? m_streamByKey : m_modeByKey).insert(q.value(1).toString(), q.value(2).toLongLong());
}

qint64 Nomenclature::create(const QString &table, const QString &code, const QString &label, const QString &family)
{
    const bool stream = table == QLatin1String("waste_stream");
    const QString streamFamily = family.isEmpty() ? familyOfCode(code) : family;
    QSqlQuery q = stream
        ? sql::exec(m_db, QStringLiteral("INSERT INTO waste_stream(code, label, family, search_key, seeded) VALUES (?, ?, ?, ?, 0)"),
                    {code, label, streamFamily, foldKey(label)})
        : sql::exec(m_db, QStringLiteral("INSERT INTO treatment_mode(code, label, search_key, seeded) VALUES (?, ?, ?, 0)"),
                    {code, label, foldKey(label)});
    const qint64 id = q.lastInsertId().toLongLong();
    if (stream)
        m_streamFamily.insert(id, streamFamily);
    else
        m_modeLabelKey.insert(id, foldKey(label));
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

void Nomenclature::remember(qint64 datasetId, const QString &axis, const QString &code, qint64 id)
{
    if (!datasetId)
        return;
    sql::exec(m_db, QStringLiteral("INSERT INTO dataset_code(dataset_id, axis, code, target_id) VALUES (?, ?, ?, ?) "
                                   "ON CONFLICT (dataset_id, axis, code) DO NOTHING"),
              {datasetId, axis, code, id});
    m_datasetCodes.insert(datasetKey(datasetId, axis, code), id);
}

qint64 Nomenclature::streamForCode(qint64 datasetId, const QString &family, const QString &code, const QString &label)
{
    const QString key = datasetKey(datasetId, QStringLiteral("stream"), code);
    if (const auto it = m_datasetCodes.constFind(key); it != m_datasetCodes.cend())
        return *it;
    qint64 id = 0;
    if (const auto it = m_streamByCode.constFind(code); it != m_streamByCode.cend()) {
        const QString known = m_streamFamily.value(*it);
        if (family.isEmpty() || family == QLatin1String("autre") || known == family || known == QLatin1String("autre"))
            id = *it;
    }
    if (!id) {
        // The code exists in another family: this data set's code is another stream.
        const QString ownCode = m_streamByCode.contains(code) ? code + QLatin1Char('@') + family : code;
        id = m_streamByCode.value(ownCode);
        if (!id) {
            id = create(QStringLiteral("waste_stream"), ownCode, label.isEmpty() ? code : label, family);
            m_streamByCode.insert(ownCode, id);
        }
    }
    remember(datasetId, QStringLiteral("stream"), code, id);
    return id;
}

qint64 Nomenclature::streamOfDataSet(qint64 datasetId, const QString &value) const
{
    return m_datasetCodes.value(datasetKey(datasetId, QStringLiteral("stream"), value), 0);
}

qint64 Nomenclature::ensureStream(const QString &code, const QString &label, const QString &family, bool gravats, qint64 channelId)
{
    if (const auto it = m_streamByCode.constFind(code); it != m_streamByCode.cend())
        return *it;
    const qint64 id = create(QStringLiteral("waste_stream"), code, label, family);
    sql::exec(m_db, QStringLiteral("UPDATE waste_stream SET gravats = ?, channel_id = ? WHERE id = ?"),
              {gravats ? 1 : 0, channelId ? QVariant(channelId) : QVariant(), id});
    m_streamByCode.insert(code, id);
    m_streamChannel.insert(id, channelId);
    return id;
}

qint64 Nomenclature::modeForCode(qint64 datasetId, const QString &code, const QString &label)
{
    const QString key = datasetKey(datasetId, QStringLiteral("mode"), code);
    if (const auto it = m_datasetCodes.constFind(key); it != m_datasetCodes.cend())
        return *it;
    qint64 id = 0;
    const QString labelKey = foldKey(label);
    if (!labelKey.isEmpty())
        id = m_modeByKey.value(labelKey, 0);
    if (!id) {
        const auto it = m_modeByCode.constFind(code);
        // The same code with another label is another mode of another data set.
        if (it != m_modeByCode.cend() && (labelKey.isEmpty() || m_modeLabelKey.value(*it) == labelKey))
            id = *it;
    }
    if (!id) {
        const QString ownCode = m_modeByCode.contains(code) ? code + QLatin1Char('@') + QString::number(datasetId) : code;
        id = create(QStringLiteral("treatment_mode"), ownCode, label.isEmpty() ? code : label);
        m_modeByCode.insert(ownCode, id);
    }
    remember(datasetId, QStringLiteral("mode"), code, id);
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
