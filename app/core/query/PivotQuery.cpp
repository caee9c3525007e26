#include "query/PivotQuery.h"

#include "common/OdemaError.h"
#include "common/TextKey.h"
#include "query/FlowQuery.h"
#include "common/Tonnage.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(PivotQuery)
};

struct Cell {
    qint64 grams = 0; ///< exact (common/Tonnage.h); tonnes only once the sums are done
    QSet<qint64> territories; ///< where the tonnes come from, for the population of kg/hab
};

/// Population of a set of territories for a year; unknown when one of them has none.
std::optional<double> population(const QHash<QPair<qint64, int>, qint64> &pops, const QSet<qint64> &territories, int year)
{
    if (territories.isEmpty())
        return std::nullopt;
    double sum = 0;
    for (qint64 t : territories) {
        const auto it = pops.constFind({t, year});
        if (it == pops.constEnd() || *it <= 0)
            return std::nullopt;
        sum += double(*it);
    }
    return sum;
}

std::optional<double> ratio(qint64 grams, std::optional<double> pop)
{
    if (!pop || *pop <= 0)
        return std::nullopt;
    return tonnesFromGrams(grams) * 1000.0 / *pop;
}

std::optional<double> share(qint64 part, qint64 whole)
{
    return whole != 0 ? std::optional<double>(double(part) * 100.0 / double(whole)) : std::nullopt;
}

} // namespace

PivotRows parsePivotRows(const QString &text)
{
    const QString key = foldKey(text);
    if (key == QLatin1String("territoire") || key == QLatin1String("territoires") || key == QLatin1String("territory"))
        return PivotRows::Territory;
    if (key == QLatin1String("flux") || key == QLatin1String("stream") || key == QLatin1String("streams"))
        return PivotRows::Stream;
    if (key == QLatin1String("mode") || key == QLatin1String("modes"))
        return PivotRows::Mode;
    throw OdemaError(Tr::tr("Lignes du tableau croisé « %1 » inconnues : écrivez territoire, flux ou mode.").arg(text));
}

QString pivotRowsTitle(PivotRows rows)
{
    switch (rows) {
    case PivotRows::Territory: return Tr::tr("Territoire");
    case PivotRows::Stream: return Tr::tr("Flux");
    case PivotRows::Mode: return Tr::tr("Mode de traitement");
    }
    return QString();
}

QString PivotTable::totalTitle() const
{
    return measure == PivotMeasure::KgPerInhabitant ? Tr::tr("Ensemble") : Tr::tr("Total");
}

QString PivotTable::kindTitle() const
{
    return kind == FlowFilter::Kind::Traitement ? Tr::tr("traitement") : Tr::tr("collecte");
}

FlowFilter::Kind pivotKind(const FlowFilter &filter, PivotRows rows)
{
    if (filter.kind != FlowFilter::Kind::Any)
        return filter.kind;
    return rows == PivotRows::Mode ? FlowFilter::Kind::Traitement : FlowFilter::Kind::Collecte;
}

PivotTable computePivot(const QSqlDatabase &db, const FlowFilter &filter, PivotRows rowsBy, PivotMeasure measure)
{
    PivotTable table;
    table.rowsBy = rowsBy;
    table.measure = measure;
    table.kind = pivotKind(filter, rowsBy);
    FlowFilter effective = filter;
    effective.kind = table.kind;
    const SqlFragment w = FlowQuery(effective).where();

    const QString column = rowsBy == PivotRows::Territory ? QStringLiteral("territory_id")
                         : rowsBy == PivotRows::Stream    ? QStringLiteral("stream_id")
                                                          : QStringLiteral("coalesce(f.mode_id, 0)");
    const QString key = rowsBy == PivotRows::Mode ? column : QStringLiteral("f.") + column;

    // One aggregate per (row, year, territory): the sums per cell, and the territories behind
    // each cell for the population that kg/hab divides by.
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT %1, f.year, f.territory_id, sum(f.grams) FROM flow f%2 GROUP BY 1, 2, 3")
                                    .arg(key, w.sql), w.values);
    QHash<qint64, QMap<int, Cell>> cells;
    QSet<int> yearSet;
    while (q.next()) {
        const int year = q.value(1).toInt();
        Cell &c = cells[q.value(0).toLongLong()][year];
        c.grams += q.value(3).toLongLong();
        c.territories.insert(q.value(2).toLongLong());
        yearSet.insert(year);
    }
    table.years = QList<int>(yearSet.begin(), yearSet.end());
    std::sort(table.years.begin(), table.years.end());

    // Row order and labels: territories by level and code, streams by code, modes in the
    // nomenclature's order.
    const QString labels = rowsBy == PivotRows::Territory
        ? QStringLiteral("SELECT id, name FROM territory WHERE id IN (SELECT DISTINCT f.territory_id FROM flow f%1) "
                         "ORDER BY CASE level WHEN 'france' THEN 0 WHEN 'region' THEN 1 WHEN 'departement' THEN 2 ELSE 3 END, code")
              .arg(w.sql)
        : rowsBy == PivotRows::Stream ? QStringLiteral("SELECT id, label FROM waste_stream ORDER BY code")
                                      : QStringLiteral("SELECT id, label FROM treatment_mode ORDER BY sort_order, code");
    QList<qint64> rowIds;
    q = sql::exec(db, labels, rowsBy == PivotRows::Territory ? w.values : QVariantList());
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!cells.contains(id))
            continue;
        rowIds << id;
        table.rowLabels << q.value(1).toString();
    }
    if (cells.contains(0) && rowsBy == PivotRows::Mode) {
        rowIds << 0;
        table.rowLabels << Tr::tr("(sans mode)");
    }

    QHash<QPair<qint64, int>, qint64> pops;
    if (measure == PivotMeasure::KgPerInhabitant) {
        q = sql::exec(db, QStringLiteral("SELECT territory_id, year, population FROM population_used "
                                         "WHERE territory_id IN (SELECT DISTINCT f.territory_id FROM flow f%1)").arg(w.sql),
                      w.values);
        while (q.next())
            pops.insert({q.value(0).toLongLong(), q.value(1).toInt()}, q.value(2).toLongLong());
    }

    // Sums per year over every row, and the territories behind them.
    QMap<int, Cell> yearTotals;
    for (const qint64 id : rowIds)
        for (auto it = cells[id].cbegin(); it != cells[id].cend(); ++it) {
            yearTotals[it.key()].grams += it->grams;
            yearTotals[it.key()].territories.unite(it->territories);
        }
    qint64 grandGrams = 0;
    for (const Cell &c : yearTotals)
        grandGrams += c.grams;

    // kg/hab over several years: tonnes over the summed populations (a weighted mean per year).
    auto kgOverYears = [&](const QMap<int, Cell> &byYear) -> std::optional<double> {
        qint64 grams = 0;
        double pop = 0;
        for (auto it = byYear.cbegin(); it != byYear.cend(); ++it) {
            const auto p = population(pops, it->territories, it.key());
            if (!p)
                return std::nullopt;
            grams += it->grams;
            pop += *p;
        }
        return ratio(grams, pop);
    };

    for (const qint64 id : rowIds) {
        const QMap<int, Cell> &row = cells[id];
        QVector<std::optional<double>> out;
        qint64 rowGrams = 0;
        for (const int year : table.years) {
            const auto it = row.constFind(year);
            if (it == row.constEnd()) {
                out << std::nullopt;
                continue;
            }
            rowGrams += it->grams;
            if (measure == PivotMeasure::Tonnes)
                out << tonnesFromGrams(it->grams);
            else if (measure == PivotMeasure::Share)
                out << share(it->grams, yearTotals[year].grams);
            else
                out << ratio(it->grams, population(pops, it->territories, year));
        }
        table.cells << out;
        if (measure == PivotMeasure::Tonnes)
            table.rowTotals << tonnesFromGrams(rowGrams);
        else if (measure == PivotMeasure::Share)
            table.rowTotals << share(rowGrams, grandGrams);
        else
            table.rowTotals << kgOverYears(row);
    }
    for (const int year : table.years) {
        const Cell &c = yearTotals[year];
        if (measure == PivotMeasure::Tonnes)
            table.columnTotals << tonnesFromGrams(c.grams);
        else if (measure == PivotMeasure::Share)
            table.columnTotals << (c.grams != 0 ? std::optional<double>(100.0) : std::nullopt);
        else
            table.columnTotals << ratio(c.grams, population(pops, c.territories, year));
    }
    if (!table.years.isEmpty()) {
        if (measure == PivotMeasure::Tonnes)
            table.grandTotal = tonnesFromGrams(grandGrams);
        else if (measure == PivotMeasure::Share)
            table.grandTotal = grandGrams != 0 ? std::optional<double>(100.0) : std::nullopt;
        else
            table.grandTotal = kgOverYears(yearTotals);
    }
    return table;
}

} // namespace odema
