#include "dataset/DataSetCatalog.h"

#include "common/OdemaError.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DataSet)
};

QJsonArray resourceDataSets()
{
    QFile file(QStringLiteral(":/odema/datasets.json"));
    if (!file.open(QIODevice::ReadOnly))
        throw OdemaError(Tr::tr("Catalogue des jeux de données introuvable dans les ressources de l'application."));
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("datasets")).toArray();
}

QString axisLabel(const QString &axis)
{
    return axis == QLatin1String("destination") ? Tr::tr("par type de traitement") : Tr::tr("par type de déchet");
}

} // namespace

QString sinoeCodeFamily(const QString &code)
{
    if (code.size() >= 3 && code.at(0).isDigit() && code.at(1).isDigit())
        return code.left(2);
    return QString();
}

QString familyOfSinoeCodeFamily(const QString &codeFamily)
{
    if (codeFamily == QLatin1String("07"))
        return QStringLiteral("dma");
    if (codeFamily == QLatin1String("08") || codeFamily == QLatin1String("01"))
        return QStringLiteral("oma");
    if (codeFamily == QLatin1String("02"))
        return QStringLiteral("decheterie");
    return QStringLiteral("autre");
}

void DataSetCatalog::seed(QSqlDatabase &db)
{
    for (const QJsonValue &value : resourceDataSets()) {
        const QJsonObject o = value.toObject();
        const QString code = o.value(QLatin1String("code")).toString();
        sql::exec(db, QStringLiteral(
            "INSERT INTO dataset(code, label, family, axis, gravats, publisher, scope_note, sort_order) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING"),
            {code, o.value(QLatin1String("label")).toString(), o.value(QLatin1String("family")).toString(),
             o.value(QLatin1String("axis")).toString(),
             o.contains(QLatin1String("gravats")) ? QVariant(o.value(QLatin1String("gravats")).toString()) : QVariant(),
             o.value(QLatin1String("publisher")).toString(),
             o.contains(QLatin1String("scopeNote")) ? QVariant(o.value(QLatin1String("scopeNote")).toString()) : QVariant(),
             o.value(QLatin1String("order")).toInt(99)});
        const qint64 id = sql::scalar(db, QStringLiteral("SELECT id FROM dataset WHERE code = ?"), {code}).toLongLong();
        // A code of this data set that means a mode (stream) known under another code: only
        // once the target exists (the nomenclature is seeded before).
        for (const auto &[key, table, axis] : {std::tuple{"modeCodes", "treatment_mode", "mode"}, std::tuple{"streamCodes", "waste_stream", "stream"}}) {
            const QJsonObject codes = o.value(QLatin1String(key)).toObject();
            for (auto it = codes.begin(); it != codes.end(); ++it) {
                const QVariant target = sql::scalar(db, QStringLiteral("SELECT id FROM %1 WHERE code = ?").arg(QLatin1String(table)),
                                                    {it.value().toString()});
                if (target.isValid())
                    sql::exec(db, QStringLiteral("INSERT INTO dataset_code(dataset_id, axis, code, target_id) VALUES (?, ?, ?, ?) "
                                                 "ON CONFLICT (dataset_id, axis, code) DO NOTHING"),
                              {id, QLatin1String(axis), it.key(), target});
            }
        }
    }
}

DataSetCatalog::DataSetCatalog(QSqlDatabase db) : m_db(std::move(db))
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral(
        "SELECT id, code, label, family, axis, coalesce(gravats, ''), publisher, coalesce(scope_note, '') FROM dataset ORDER BY sort_order, id"));
    while (q.next()) {
        DataSetInfo d{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                      q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
        m_byCode.insert(d.code, int(m_sets.size()));
        m_sets << d;
    }
    // Which data set a SINOE département row belongs to: the resource's codeFamily, by axis.
    for (const QJsonValue &value : resourceDataSets()) {
        const QJsonObject o = value.toObject();
        const QString family = o.value(QLatin1String("codeFamily")).toString();
        if (!family.isEmpty() && m_byCode.contains(o.value(QLatin1String("code")).toString()))
            m_sinoe.insert(o.value(QLatin1String("axis")).toString() + QLatin1Char('/') + family,
                           idOf(o.value(QLatin1String("code")).toString()));
    }
}

const DataSetInfo *DataSetCatalog::byId(qint64 id) const
{
    for (const DataSetInfo &d : m_sets)
        if (d.id == id)
            return &d;
    return nullptr;
}

const DataSetInfo *DataSetCatalog::byCode(const QString &code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? nullptr : &m_sets.at(*it);
}

qint64 DataSetCatalog::idOf(const QString &code) const
{
    const DataSetInfo *d = byCode(code);
    if (!d)
        throw OdemaError(Tr::tr("Jeu de données « %1 » inconnu de cette base.").arg(code));
    return d->id;
}

qint64 DataSetCatalog::create(const QString &code, const QString &label, const QString &family, const QString &axis)
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral(
        "INSERT INTO dataset(code, label, family, axis, publisher, seeded) VALUES (?, ?, ?, ?, 'ADEME', 0)"),
        {code, label, family, axis});
    const DataSetInfo d{q.lastInsertId().toLongLong(), code, label, family, axis, QString(), QStringLiteral("ADEME"), QString()};
    m_byCode.insert(code, int(m_sets.size()));
    m_sets << d;
    m_added << Tr::tr("Jeu de données ajouté : %1 (%2)").arg(label, code);
    return d.id;
}

qint64 DataSetCatalog::ensure(const QString &code, const QString &label, const QString &family, const QString &axis)
{
    if (const DataSetInfo *d = byCode(code))
        return d->id;
    return create(code, label, family, axis);
}

qint64 DataSetCatalog::forSinoeRows(const QString &axis, const QString &codeFamily)
{
    const QString key = axis + QLatin1Char('/') + codeFamily;
    if (const auto it = m_sinoe.constFind(key); it != m_sinoe.cend())
        return *it;
    // Codes of a family no known data set uses: a data set of its own, never pooled with others.
    const QString shown = codeFamily.isEmpty() ? Tr::tr("sans famille de codes") : Tr::tr("codes %1x").arg(codeFamily);
    const QString code = QStringLiteral("sinoe-%1-%2").arg(codeFamily.isEmpty() ? QStringLiteral("xx") : codeFamily, axis);
    const qint64 id = byCode(code) ? byCode(code)->id
                                   : create(code, Tr::tr("SINOE® – tonnages %1 (%2)").arg(axisLabel(axis), shown),
                                            familyOfSinoeCodeFamily(codeFamily), axis);
    m_sinoe.insert(key, id);
    return id;
}

qint64 DataSetCatalog::forFlowRows(const QString &layoutId, bool treatment, const QString &streamCode)
{
    if (layoutId == QLatin1String("odema-epci"))
        return idOf(QStringLiteral("odema-epci"));
    if (layoutId == QLatin1String("sinoe-dma-collecte"))
        return idOf(QStringLiteral("sinoe-dma-collecte"));
    if (layoutId == QLatin1String("correspondance"))
        return forMappedRows(sinoeCodeFamily(streamCode));
    return forSinoeRows(treatment ? QStringLiteral("destination") : QStringLiteral("type"), sinoeCodeFamily(streamCode));
}

void DataSetCatalog::tagUntaggedFlows(QSqlDatabase &db)
{
    DataSetCatalog catalog(db);
    struct Group { qint64 source; QString layout; QString kind; qint64 stream; QString code; };
    QList<Group> groups;
    QSqlQuery q = sql::exec(db, QStringLiteral(
        "SELECT DISTINCT f.source_id, s.format, f.kind, f.stream_id, w.code FROM flow f "
        "JOIN source_file s ON s.id = f.source_id JOIN waste_stream w ON w.id = f.stream_id WHERE f.dataset_id IS NULL"));
    while (q.next())
        groups << Group{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(), q.value(4).toString()};
    for (const Group &g : std::as_const(groups))
        sql::exec(db, QStringLiteral("UPDATE flow SET dataset_id = ? WHERE dataset_id IS NULL AND source_id = ? AND kind = ? AND stream_id = ?"),
                  {catalog.forFlowRows(g.layout, g.kind == QLatin1String("traitement"), g.code), g.source, g.kind, g.stream});
    // Populations given beside tonnages belong to the data set of those tonnages.
    sql::exec(db, QStringLiteral(
        "UPDATE population SET dataset_id = (SELECT min(f.dataset_id) FROM flow f WHERE f.source_id = population.source_id) "
        "WHERE kind = 'source' AND dataset_id = ? AND EXISTS (SELECT 1 FROM flow f WHERE f.source_id = population.source_id)"),
        {catalog.idOf(QStringLiteral("fichier-source"))});
}

qint64 DataSetCatalog::forMappedRows(const QString &codeFamily)
{
    const QString family = familyOfSinoeCodeFamily(codeFamily);
    return idOf(QStringLiteral("correspondance-") + family);
}

} // namespace odema
