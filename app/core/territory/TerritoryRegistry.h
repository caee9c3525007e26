#pragma once
// Finds or creates territories and their links during an import, with an in-memory cache so
// that a million rows naming a hundred départements cost a hundred lookups.
#include "territory/TerritoryLevel.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <optional>

namespace odema {

class TerritoryRegistry {
public:
    enum class Naming {
        Authoritative, ///< the file is the reference for names (INSEE COG, EPCI list): overwrite
        IfUnknown,     ///< keep an existing name; set it only on creation or over a placeholder
    };

    explicit TerritoryRegistry(QSqlDatabase db);

    qint64 ensure(Level level, const QString &code, const QString &name, Naming naming = Naming::IfUnknown,
                  const QString &kind = QString());
    std::optional<qint64> find(Level level, const QString &code) const;
    /// Looks up former codes too (communes déléguées / associées).
    std::optional<qint64> findOrAlias(Level level, const QString &code) const;
    qint64 franceId() const { return m_franceId; }

    void link(qint64 parentId, qint64 childId, qint64 sourceId);
    void addAlias(Level level, const QString &code, qint64 territoryId, const QString &kind);
    /// Stores a population of `kind` ('estimation', 'municipale', 'totale', 'source') from data
    /// set `datasetId`. A figure another file gave for the same territory, year, kind and data
    /// set is kept aside (population_replaced, for undo); when it differs it is also listed in
    /// populationChanges(), which the importer refuses to apply unless asked to replace.
    void setPopulation(qint64 territoryId, int year, const QString &kind, qint64 datasetId, qint64 population, qint64 sourceId);

    struct PopulationChange {
        qint64 territoryId = 0;
        int year = 0;
        QString kind;
        qint64 before = 0;
        qint64 after = 0;
        QString beforeFile;
    };
    const QList<PopulationChange> &populationChanges() const { return m_populationChanges; }

    int createdCount() const { return m_created; }

private:
    static QString key(Level level, const QString &code) { return levelKey(level) + QLatin1Char(':') + code; }

    QSqlDatabase m_db;
    QHash<QString, qint64> m_ids;
    QHash<qint64, bool> m_placeholder;
    QHash<QString, qint64> m_aliases;
    QSqlQuery m_insert, m_rename, m_link, m_population, m_populationBefore, m_populationKeep;
    QList<PopulationChange> m_populationChanges;
    qint64 m_franceId = 0;
    int m_created = 0;
};

/// Placeholder name for a territory met only by its code, replaced when a file names it.
QString placeholderName(Level level, const QString &code);

} // namespace odema
