#pragma once
// The cross table (tableau croisé): rows = territories, streams or modes, columns = years, cells
// = tonnes, kg/hab or share of the year's total, with totals; computed by SQL aggregates over the
// same filter as the detail rows. A cell never adds two data sets, and a total is given only where
// it means something: never over data sets that overlap (DMA ⊇ OMA + déchèteries), over years a
// row's data set lacks, or over territories that contain one another; the notes say why.
#include "query/FlowFilter.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVector>
#include <optional>

namespace odema {

enum class PivotRows { Territory, Stream, Mode };
enum class PivotMeasure { Tonnes, KgPerInhabitant, Share };

/// "territoire"/"flux"/"mode" (also accepted: territory, stream, mode); throws OdemaError.
PivotRows parsePivotRows(const QString &text);
QString pivotRowsTitle(PivotRows rows);

struct PivotTable {
    PivotRows rowsBy = PivotRows::Territory;
    PivotMeasure measure = PivotMeasure::Tonnes;
    FlowFilter::Kind kind = FlowFilter::Kind::Collecte; ///< the dataset summed (never both)
    QStringList rowLabels;
    QList<int> years;
    /// cells[row][column]; empty optional = unknown (no population) or no flow.
    QVector<QVector<std::optional<double>>> cells;
    QVector<std::optional<double>> rowTotals;    ///< last column
    QVector<std::optional<double>> columnTotals; ///< totals row
    std::optional<double> grandTotal;
    /// Short names of the data sets in the table. With several, each row is one data set's
    /// ("Nord · DMA par type de déchet") and no column is totalled: they overlap.
    QStringList dataSets;
    QVector<QString> rowTotalNotes;    ///< why a row has no total (empty when it has one)
    QVector<QString> columnTotalNotes; ///< why a year has no total
    QString grandTotalNote;            ///< why the table has no grand total

    int rowCount() const { return int(rowLabels.size()); }
    /// Header of the totals column/row: "Total", or "Ensemble" for kg/hab (a ratio, not a sum).
    QString totalTitle() const;
    QString kindTitle() const;
};

/// Collecte and traitement describe the same tonnes: the pivot sums one of them. Kind::Any
/// takes traitement when rows are modes (only traitement rows carry a mode), else collecte.
FlowFilter::Kind pivotKind(const FlowFilter &filter, PivotRows rows);

PivotTable computePivot(const QSqlDatabase &db, const FlowFilter &filter, PivotRows rows, PivotMeasure measure);

} // namespace odema
