#pragma once
// Atlas-like coverage of a series of fact sheets: the territories of one level inside a
// parent (all départements of Hauts-de-France, all EPCI of the Nord, all départements of
// France), sorted by code, with the file name each sheet gets from a pattern.
#include "territory/TerritoryResolver.h"

#include <QList>

namespace odema::report {

class FactSheetCoverage {
public:
    /// Throws OdemaError when the level is not below the parent or nothing matches.
    FactSheetCoverage(const TerritoryResolver &resolver, const TerritoryInfo &parent, Level level);

    const QList<TerritoryInfo> &territories() const { return m_items; }
    int size() const { return int(m_items.size()); }
    const TerritoryInfo &at(int i) const { return m_items.at(i); }

private:
    QList<TerritoryInfo> m_items;
};

/// File-system-safe slug: "Pas-de-Calais" -> "pas-de-calais", "Côte-d'Or" -> "cote-d-or".
QString slug(const QString &text);
/// Expands {code}, {nom}, {niveau}, {annee} with safe slugs; ".pdf" added when missing.
QString expandFileName(const QString &pattern, const TerritoryInfo &t, int year, const QString &suffix = QStringLiteral("pdf"));

} // namespace odema::report
