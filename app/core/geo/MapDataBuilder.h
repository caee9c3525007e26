#pragma once
// Builds MapData from the store: outlines (BoundaryStore), values from aggregate SQL
// (FlowAggregate, population_used: never from rows a view loaded), class breaks, colours and
// texts. Throws OdemaError for a request that cannot be met (no outlines, share without a
// stream or mode, classes out of 3–9); a request without any value gives a map entirely
// hatched, with hasValues() false.
#include "geo/MapData.h"

#include <QSqlDatabase>
#include <optional>

namespace odema::geo {

class MapDataBuilder {
public:
    explicit MapDataBuilder(QSqlDatabase db);

    MapData build(const MapRequest &request) const;
    /// Same request on outlines already loaded (the window changes year or indicator often).
    MapData build(const MapRequest &request, const MapGeometry &geometry) const;
    MapGeometry loadGeometry(Level level, qint64 withinId) const;

    /// Stream ids from codes ("02A", "08C") or collection channel codes ("DECH", "OMR", "CS").
    QList<qint64> streamIdsFromCodes(const QStringList &codes) const;
    /// Mode ids from codes ("02A") or groups ("valorisation", "stockage").
    QList<qint64> modeIdsFromCodes(const QStringList &codes) const;

private:
    QHash<qint64, double> values(const MapRequest &r, const QList<qint64> &ids, int year) const;
    int latestYear(const MapRequest &r, const QList<qint64> &ids) const;
    QString scopeLabel(const MapRequest &r) const;
    QList<LandfillMark> landfills(const MapRequest &r, int year) const;
    const FlowAggregate::Coverage &coverage() const;

    QSqlDatabase m_db;
    mutable FlowAggregate::Coverage m_coverage;
    mutable QString m_coverageStamp;
};

} // namespace odema::geo
