#pragma once
// Which population a kg/hab figure divides by. Three bases, each a kind of the population table:
//   estimation  INSEE estimate at 1 January (kind 'estimation'),
//   legale      population municipale légale (kind 'municipale'),
//   source      the population the publisher of the figures divided by (kind 'source' of the data
//               set: ADEME's POPULATION / VA_POPANNEE), so that kg/hab equals ADEME's ratio.
// The store has a default basis (store_meta 'population_basis'); a caller may ask for another.
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace odema {

class Store;

enum class PopulationBasis { Estimation, Legale, Source };

QString populationBasisKey(PopulationBasis basis); ///< "estimation", "legale", "source"
std::optional<PopulationBasis> populationBasisFromKey(const QString &key);
QString populationBasisLabel(PopulationBasis basis); ///< French, for users
/// The population kind of a basis ('estimation', 'municipale', 'source').
QString populationKindOf(PopulationBasis basis);

/// The store's basis (estimation when never set).
PopulationBasis storePopulationBasis(const QSqlDatabase &db);
/// Sets the store's basis and rebuilds population_used; throws OdemaError on a read-only store.
void setStorePopulationBasis(Store &store, PopulationBasis basis);

/// Rebuilds population_used for the store's basis: per territory and year the population of
/// that basis, else the nearest other kind, with a sentence saying which it is (kind and
/// dataset_id say it exactly). Régions without a figure of their own get the sum of their
/// départements when all of them have one of the same kind. Called by Store::refreshDerived().
void rebuildPopulationUsed(QSqlDatabase &db);

} // namespace odema
