#include "territory/TerritoryResolver.h"

#include "common/OdemaError.h"
#include "common/TextKey.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Territory)
};

TerritoryInfo fromQuery(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), levelFromKey(q.value(1).toString()).value_or(Level::France), q.value(2).toString(),
            q.value(3).toString()};
}

const QString kColumns = QStringLiteral("t.id, t.level, t.code, t.name");
} // namespace

std::optional<TerritoryInfo> TerritoryResolver::find(const TerritoryRef &ref) const
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM territory t WHERE t.level = ? AND t.code = ?").arg(kColumns),
                            {levelKey(ref.level), ref.code});
    if (q.next())
        return fromQuery(q);
    q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM territory_alias a JOIN territory t ON t.id = a.territory_id "
                                       "WHERE a.level = ? AND a.code = ?").arg(kColumns),
                  {levelKey(ref.level), ref.code});
    if (q.next())
        return fromQuery(q);
    return std::nullopt;
}

TerritoryInfo TerritoryResolver::byId(qint64 id) const
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM territory t WHERE t.id = ?").arg(kColumns), {id});
    if (!q.next())
        throw OdemaError(Tr::tr("Territoire n° %1 inconnu.").arg(id));
    return fromQuery(q);
}

TerritoryInfo TerritoryResolver::resolve(const QString &text) const
{
    if (looksLikeTerritoryRef(text)) {
        const TerritoryRef ref = parseTerritoryRef(text);
        if (auto info = find(ref))
            return *info;
        throw OdemaError(Tr::tr("Territoire « %1 » absent de la base (importez le fichier qui le décrit).").arg(ref.toString()));
    }
    const QString key = foldKey(text);
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT %1 FROM territory t WHERE t.search_key = ? OR t.search_key LIKE ? "
                                                 "ORDER BY t.level").arg(kColumns),
                            {key, key + QLatin1Char(' ') + QLatin1Char('%')});
    QList<TerritoryInfo> exact;
    while (q.next()) {
        const TerritoryInfo info = fromQuery(q);
        if (foldKey(info.name) == key)
            exact << info;
    }
    if (exact.size() == 1)
        return exact.first();
    if (exact.isEmpty())
        throw OdemaError(Tr::tr("Aucun territoire ne s'appelle « %1 » ; écrivez niveau:code (region:32, departement:59…).").arg(text));
    QStringList names;
    for (const TerritoryInfo &i : exact)
        names << QStringLiteral("%1 (%2)").arg(i.name, i.ref().toString());
    throw OdemaError(Tr::tr("« %1 » désigne plusieurs territoires : %2. Écrivez niveau:code.").arg(text, names.join(QStringLiteral(", "))));
}

QList<TerritoryInfo> TerritoryResolver::ancestors(qint64 id) const
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral(
        "SELECT %1 FROM territory_closure c JOIN territory t ON t.id = c.ancestor_id "
        "WHERE c.descendant_id = ? AND c.depth > 0 ORDER BY c.depth").arg(kColumns), {id});
    QList<TerritoryInfo> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

QList<TerritoryInfo> TerritoryResolver::descendants(qint64 withinId, Level level) const
{
    QSqlQuery q = withinId
        ? sql::exec(m_db, QStringLiteral("SELECT %1 FROM territory_closure c JOIN territory t ON t.id = c.descendant_id "
                                         "WHERE c.ancestor_id = ? AND t.level = ? ORDER BY %2").arg(kColumns, frenchNameOrder(QStringLiteral("t"))),
                    {withinId, levelKey(level)})
        : sql::exec(m_db, QStringLiteral("SELECT %1 FROM territory t WHERE t.level = ? ORDER BY %2").arg(kColumns, frenchNameOrder(QStringLiteral("t"))),
                    {levelKey(level)});
    QList<TerritoryInfo> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

} // namespace odema
