#pragma once
// Figures of one data set for one territory and year, on one scope: the tonnes (exact grams)
// summed over the territories that hold the data set's rows, and the population of a chosen
// basis over exactly those territories. This is the core of every kg/hab the application prints:
// with the source basis, DMA tonnes of SINOE04 over ADEME's POPULATION give ADEME's RATIO_DMA.
// Published figures (chiffres clés, performances) are read as published, never recomputed.
#include "dataset/PopulationBasis.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace odema {

enum class GravatsScope {
    Avec, ///< every stream of the data set
    Hors, ///< without the streams flagged gravats (07B, 02E, 01ZG, collection-type gravats)
};

struct DataSetFigureRequest {
    DataSetFigureRequest() = default;
    DataSetFigureRequest(QString datasetCode, qint64 territory, int forYear, GravatsScope scope = GravatsScope::Avec)
        : dataset(std::move(datasetCode)), territoryId(territory), year(forYear), gravats(scope)
    {
    }
    QString dataset;                     ///< data set code ("sinoe04-dma-destination")
    qint64 territoryId = 0;
    int year = 0;
    GravatsScope gravats = GravatsScope::Avec;
    QList<qint64> modeIds;               ///< empty = every mode (destination data sets)
    QList<qint64> streamIds;             ///< empty = every stream
    PopulationBasis basis = PopulationBasis::Estimation;
    /// Territories of the scope without a population of the basis: left out of the kg/hab's
    /// numerator and denominator alike (and listed), rather than leaving it without a figure.
    /// False: no kg/hab unless every territory has its population. Tonnes never change.
    bool commonScope = true;
};

struct DataSetFigure {
    QString dataset;
    qint64 territoryId = 0;
    int year = 0;
    QString levelUsed;                   ///< level of the territories summed ("departement")
    QList<qint64> scope;                 ///< every territory summed
    qint64 grams = 0;                    ///< exact tonnes over `scope`
    QList<qint64> populationScope;       ///< the territories of `scope` the kg/hab is over
    qint64 gramsOnPopulationScope = 0;   ///< exact tonnes over `populationScope` (kg/hab numerator)
    std::optional<qint64> population;    ///< basis population over `populationScope`
    QString populationKind;              ///< estimation | municipale | source
    QString populationDataSet;           ///< data set code of the population
    QList<qint64> withoutPopulation;     ///< territories of `scope` without a population of the basis
    QStringList missing;                 ///< what the store lacks for this figure, in French

    double tonnes() const;
    /// Tonnes × 1000 / population over one scope (populationScope); nothing without a population.
    std::optional<double> kgPerInhabitant() const;
};

struct PublishedFigure {
    QString dataset;
    double value = 0;
    std::optional<qint64> grams; ///< tonnages, exact
    QString text;                ///< as published ("551.340069")
    QString unit;
    QString sourceFile;
};

class DataSetFigures {
public:
    explicit DataSetFigures(QSqlDatabase db) : m_db(std::move(db)) {}

    /// nullopt when the data set has no row for the territory (or below it) that year.
    std::optional<DataSetFigure> tonnes(const DataSetFigureRequest &request) const;

    /// A figure a publisher published for the territory itself (no sum): measure 'tonnage',
    /// 'population', 'ratio'… of data set `dataset`, for the whole scope (streamId 0) or a stream.
    std::optional<PublishedFigure> published(const QString &dataset, qint64 territoryId, int year, const QString &measure,
                                             qint64 streamId = 0) const;

    /// Population of `basis` for one territory and year; for the source basis, the population
    /// the publisher gave with data set `datasetId`'s figures, else the one ADEME published for
    /// the same family (chiffres clés, then performances): SINOE04 has none of its own.
    struct Population {
        qint64 value = 0;
        QString kind;
        QString dataset;
    };
    std::optional<Population> population(qint64 territoryId, int year, PopulationBasis basis, qint64 datasetId) const;

private:
    QSqlDatabase m_db;
};

} // namespace odema
