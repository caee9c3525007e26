#pragma once
// Turns what a user types into a territory: "region:32", "departement:59", "epci:200093201",
// "commune:59350", "france", or a bare name ("Nord", "hauts de france") that matches exactly one
// territory (case and accents ignored).
#include "territory/TerritoryLevel.h"

#include <QSqlDatabase>
#include <QString>

namespace odema {

struct TerritoryInfo {
    qint64 id = 0;
    Level level = Level::France;
    QString code;
    QString name;

    TerritoryRef ref() const { return {level, code}; }
};

class TerritoryResolver {
public:
    explicit TerritoryResolver(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Throws OdemaError naming the text when nothing or several territories match.
    TerritoryInfo resolve(const QString &text) const;
    std::optional<TerritoryInfo> find(const TerritoryRef &ref) const;
    TerritoryInfo byId(qint64 id) const;
    /// Parents from the nearest up to France ("Nord" -> Hauts-de-France, France).
    QList<TerritoryInfo> ancestors(qint64 id) const;
    /// Territories of `level` below `withinId` (all of them when withinId is 0), by name.
    QList<TerritoryInfo> descendants(qint64 withinId, Level level) const;

private:
    QSqlDatabase m_db;
};

} // namespace odema
