#pragma once
// Yearly series of the fact sheet's indicators for a territory and its parents, from aggregate
// SQL over the store (FlowAggregate through territory_closure). Amounts (t, kg/hab) come from
// 'collecte' rows only; treatment shares from 'traitement' rows only: the two datasets hold the
// same tonnes and are never summed together.
#include "indicators/FlowAggregate.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

namespace odema::report {

using YearValues = QMap<int, double>;

/// Indicator keys of the series (also the KeyFigure ids of those shown).
namespace ind {
inline const QString DechT = QStringLiteral("decheterie_t");
inline const QString DechKg = QStringLiteral("decheterie_kg");
inline const QString OmaT = QStringLiteral("oma_t");
inline const QString OmaKg = QStringLiteral("oma_kg");
inline const QString OmrKg = QStringLiteral("omr_kg");
inline const QString DmaT = QStringLiteral("dma_t");
inline const QString DmaKg = QStringLiteral("dma_kg");
inline const QString Valorisation = QStringLiteral("valorisation");     ///< % matière + organique of treated tonnes
inline const QString Stockage = QStringLiteral("stockage");             ///< % stockage + stockage pour inertes
inline const QString StockageNonInerteT = QStringLiteral("stockage_non_inerte_t"); ///< t to ISDND (target −50 %)
inline const QString TraiteT = QStringLiteral("traite_t");              ///< all treated tonnes
} // namespace ind

struct SheetSeries {
    QList<qint64> ids; ///< the territory first, then its parents nearest first
    QHash<QString, QHash<qint64, YearValues>> values; ///< indicator -> territory -> year -> value
    QHash<qint64, QMap<int, PopulationUsed>> populations;

    YearValues of(const QString &indicator, qint64 id) const { return values.value(indicator).value(id); }
    std::optional<double> at(const QString &indicator, qint64 id, int year) const;
};

class SeriesCalculator {
public:
    explicit SeriesCalculator(QSqlDatabase db);
    /// Series of each territory are computed once per calculator and kept: the parents
    /// (région, France) are shared by every sheet of a batch. Make a new calculator (a new
    /// FactSheetBuilder) after an import.
    SheetSeries compute(const QList<qint64> &ids) const;

    QList<qint64> decheterieStreams() const { return m_dech; }

private:
    SheetSeries computeUncached(const QList<qint64> &ids) const;
    void amounts(SheetSeries &s, const QList<qint64> &streams, const QString &tonnesKey, const QString &kgKey) const;
    void treatment(SheetSeries &s) const;

    QSqlDatabase m_db;
    QList<qint64> m_dech, m_oma, m_omr;     ///< stream ids by family / OMR channel
    QList<qint64> m_valorisation, m_stockage; ///< mode ids by treatment_mode.grp
    qint64 m_inertes = 0;                   ///< "Stockage pour inertes" (SINOE code 02F)
    struct Cached {
        QHash<QString, YearValues> values;
        QMap<int, PopulationUsed> populations;
    };
    mutable QHash<qint64, Cached> m_cache;
};

} // namespace odema::report
