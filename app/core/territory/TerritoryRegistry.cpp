#include "territory/TerritoryRegistry.h"

#include "common/TextKey.h"
#include "store/SqlUtil.h"

namespace odema {

QString placeholderName(Level level, const QString &code)
{
    return levelLabel(level) + QLatin1Char(' ') + code;
}

TerritoryRegistry::TerritoryRegistry(QSqlDatabase db)
    : m_db(std::move(db)),
      m_insert(sql::prepare(m_db, QStringLiteral("INSERT INTO territory(level, code, name, search_key, kind) VALUES (?, ?, ?, ?, ?)"))),
      m_rename(sql::prepare(m_db, QStringLiteral("UPDATE territory SET name = ?, search_key = ?, kind = coalesce(?, kind) WHERE id = ?"))),
      m_link(sql::prepare(m_db, QStringLiteral(
          "INSERT INTO territory_link(parent_id, child_id, source_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"))),
      m_population(sql::prepare(m_db, QStringLiteral(
          "INSERT INTO population(territory_id, year, kind, dataset_id, population, source_id) VALUES (?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (territory_id, year, kind, dataset_id) DO UPDATE SET population = excluded.population, source_id = excluded.source_id"))),
      m_populationBefore(sql::prepare(m_db, QStringLiteral(
          "SELECT p.population, p.source_id, coalesce(s.name, '') FROM population p LEFT JOIN source_file s ON s.id = p.source_id "
          "WHERE p.territory_id = ? AND p.year = ? AND p.kind = ? AND p.dataset_id = ?"))),
      m_populationKeep(sql::prepare(m_db, QStringLiteral(
          "INSERT INTO population_replaced(territory_id, year, kind, dataset_id, population, source_id, replaced_by) "
          "VALUES (?, ?, ?, ?, ?, ?, ?)")))
{
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT id, level, code, name FROM territory"));
    while (q.next()) {
        const auto level = levelFromKey(q.value(1).toString());
        if (!level)
            continue;
        const qint64 id = q.value(0).toLongLong();
        m_ids.insert(key(*level, q.value(2).toString()), id);
        m_placeholder.insert(id, q.value(3).toString() == placeholderName(*level, q.value(2).toString()));
        if (*level == Level::France)
            m_franceId = id;
    }
    q = sql::exec(m_db, QStringLiteral("SELECT level, code, territory_id FROM territory_alias"));
    while (q.next())
        m_aliases.insert(q.value(0).toString() + QLatin1Char(':') + q.value(1).toString(), q.value(2).toLongLong());
}

std::optional<qint64> TerritoryRegistry::find(Level level, const QString &code) const
{
    const auto it = m_ids.constFind(key(level, code));
    if (it == m_ids.cend())
        return std::nullopt;
    return *it;
}

std::optional<qint64> TerritoryRegistry::findOrAlias(Level level, const QString &code) const
{
    if (auto id = find(level, code))
        return id;
    const auto it = m_aliases.constFind(key(level, code));
    if (it == m_aliases.cend())
        return std::nullopt;
    return *it;
}

qint64 TerritoryRegistry::ensure(Level level, const QString &code, const QString &name, Naming naming, const QString &kind)
{
    const QString cleanName = name.trimmed().isEmpty() ? placeholderName(level, code) : name.trimmed();
    const QVariant kindValue = kind.isEmpty() ? QVariant() : QVariant(kind);
    if (auto id = find(level, code)) {
        const bool rename = cleanName != placeholderName(level, code)
            && (naming == Naming::Authoritative || m_placeholder.value(*id));
        if (rename) {
            m_rename.bindValue(0, cleanName);
            m_rename.bindValue(1, foldKey(cleanName + QLatin1Char(' ') + code));
            m_rename.bindValue(2, kindValue);
            m_rename.bindValue(3, *id);
            sql::exec(m_rename);
            m_placeholder.insert(*id, false);
        }
        return *id;
    }
    m_insert.bindValue(0, levelKey(level));
    m_insert.bindValue(1, code);
    m_insert.bindValue(2, cleanName);
    m_insert.bindValue(3, foldKey(cleanName + QLatin1Char(' ') + code));
    m_insert.bindValue(4, kindValue);
    sql::exec(m_insert);
    const qint64 id = m_insert.lastInsertId().toLongLong();
    m_ids.insert(key(level, code), id);
    m_placeholder.insert(id, cleanName == placeholderName(level, code));
    ++m_created;
    return id;
}

void TerritoryRegistry::link(qint64 parentId, qint64 childId, qint64 sourceId)
{
    m_link.bindValue(0, parentId);
    m_link.bindValue(1, childId);
    m_link.bindValue(2, sourceId);
    sql::exec(m_link);
}

void TerritoryRegistry::addAlias(Level level, const QString &code, qint64 territoryId, const QString &kind)
{
    sql::exec(m_db, QStringLiteral("INSERT INTO territory_alias(level, code, territory_id, kind) VALUES (?, ?, ?, ?) "
                                   "ON CONFLICT (level, code) DO UPDATE SET territory_id = excluded.territory_id, kind = excluded.kind"),
              {levelKey(level), code, territoryId, kind});
    m_aliases.insert(key(level, code), territoryId);
}

void TerritoryRegistry::setPopulation(qint64 territoryId, int year, const QString &kind, qint64 datasetId, qint64 population,
                                      qint64 sourceId)
{
    m_populationBefore.bindValue(0, territoryId);
    m_populationBefore.bindValue(1, year);
    m_populationBefore.bindValue(2, kind);
    m_populationBefore.bindValue(3, datasetId);
    sql::exec(m_populationBefore);
    if (m_populationBefore.next()) {
        const qint64 before = m_populationBefore.value(0).toLongLong();
        const QVariant beforeSource = m_populationBefore.value(1);
        const QString beforeFile = m_populationBefore.value(2).toString();
        m_populationBefore.finish();
        if (beforeSource.isValid() && !beforeSource.isNull() && beforeSource.toLongLong() != sourceId) {
            const QVariantList kept{territoryId, year, kind, datasetId, before, beforeSource, sourceId};
            for (int i = 0; i < kept.size(); ++i)
                m_populationKeep.bindValue(i, kept.at(i));
            sql::exec(m_populationKeep);
            if (before != population)
                m_populationChanges << PopulationChange{territoryId, year, kind, before, population, beforeFile};
        }
    } else {
        m_populationBefore.finish();
    }
    m_population.bindValue(0, territoryId);
    m_population.bindValue(1, year);
    m_population.bindValue(2, kind);
    m_population.bindValue(3, datasetId);
    m_population.bindValue(4, population);
    m_population.bindValue(5, sourceId);
    sql::exec(m_population);
}

} // namespace odema
