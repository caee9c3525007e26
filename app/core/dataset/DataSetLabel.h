#pragma once
// Short names of data sets for places with little room (status bar, pivot rows, chart captions):
// "DMA par type de déchet", "déchèteries par traitement". Built from the family and axis that
// say what a data set counts, so that two figures shown side by side say why they are not added.
#include <QSqlDatabase>
#include <QString>

namespace odema {

/// French short name of a data set of `family` along `axis` (resources/datasets.json values);
/// `publisher` is named when it is not ADEME (Odema, a user's column mapping).
QString dataSetShortLabel(const QString &family, const QString &axis, const QString &publisher = QString());
/// The same, read from the store's dataset table; empty when the id is unknown.
QString dataSetShortLabel(const QSqlDatabase &db, qint64 datasetId);
/// French name of a family: "DMA", "OMA", "déchèteries"…
QString familyLabel(const QString &family);

} // namespace odema
