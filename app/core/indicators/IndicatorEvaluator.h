#pragma once
// Computes the catalogue's indicators (IndicatorCatalog) per territory and year, on one scope:
// a parent (région, France) sums the territories below it that hold the data set's figures, and
// its population is that of exactly those territories (the same in numerator and denominator,
// and the figure says so). The data sets are tried in the catalogue's order of preference; the
// next one that also gives a figure is compared, and a difference is reported. ADEME's published
// value for the territory itself is given beside the computed one. No QtWidgets: CLI, fact
// sheets and tests share it.
#include "dataset/PopulationBasis.h"
#include "indicators/IndicatorCatalog.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace odema {

struct IndicatorValue {
    QString indicatorId;
    qint64 territoryId = 0;
    int year = 0;
    std::optional<double> value;          ///< in `unit`; nothing when the store cannot give it
    QString unit;
    std::optional<double> numerator;      ///< t (tonnage, ratio, share); the year's value (evolution)
    std::optional<double> denominator;    ///< t (share), inhabitants (ratio), the reference year's value (evolution)
    QString numeratorUnit, denominatorUnit;
    std::optional<qint64> numeratorGrams; ///< exact tonnes of the numerator
    std::optional<qint64> population;
    PopulationBasis basis = PopulationBasis::Estimation;
    QString populationKind;               ///< estimation | municipale | source
    QString populationDataSet;            ///< data set code of the population
    QString dataset;                      ///< data set code(s) used ("a + b" for a sum of parts)
    QString datasetLabel;                 ///< the same, French names
    QString method;                       ///< publie | calcule | somme-des-parties
    int sourceIndex = -1;                 ///< which entry of the definition's `from` gave the value
    QList<qint64> scope;                  ///< territories summed
    QString levelUsed;
    std::optional<double> published;      ///< ADEME's value for the territory itself, as stored
    QString publishedText;                ///< as the file wrote it
    QString publishedDataSet;
    QStringList notes;                    ///< scope, sum of parts, disagreement between data sets
    QString missing;                      ///< why there is no value (French), when there is none
};

class IndicatorEvaluator {
public:
    explicit IndicatorEvaluator(QSqlDatabase db, IndicatorCatalog catalog = IndicatorCatalog::load());

    const IndicatorCatalog &catalog() const { return m_catalog; }

    /// One indicator for one territory and year; throws OdemaError for an unknown id.
    IndicatorValue evaluate(const QString &id, qint64 territoryId, int year, PopulationBasis basis) const;
    IndicatorValue evaluate(const IndicatorDefinition &d, qint64 territoryId, int year, PopulationBasis basis) const;

private:
    struct Measurement;
    std::optional<Measurement> measure(const IndicatorSource &s, const IndicatorDefinition &d, qint64 territoryId, int year,
                                       PopulationBasis basis) const;
    std::optional<Measurement> measureFlows(const IndicatorSource &s, const IndicatorDefinition &d, qint64 territoryId, int year,
                                            PopulationBasis basis) const;
    std::optional<Measurement> measurePublished(const IndicatorSource &s, qint64 territoryId, int year, PopulationBasis basis) const;
    std::optional<Measurement> measureLandfill(qint64 territoryId, int year) const;
    std::optional<Measurement> measureParts(const IndicatorSource &s, const IndicatorDefinition &d, qint64 territoryId, int year,
                                            PopulationBasis basis) const;
    std::optional<double> valueOf(const IndicatorDefinition &d, const Measurement &m) const;
    IndicatorValue evolution(const IndicatorDefinition &d, qint64 territoryId, int year, PopulationBasis basis) const;
    void fill(IndicatorValue &v, const IndicatorDefinition &d, const Measurement &m) const;
    void addPublished(IndicatorValue &v, const IndicatorDefinition &d) const;
    QString dataSetLabel(const QString &code) const;
    QList<qint64> idsOf(const QString &table, const QStringList &codes) const;

    QSqlDatabase m_db;
    IndicatorCatalog m_catalog;
};

} // namespace odema
