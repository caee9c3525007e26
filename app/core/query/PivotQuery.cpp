#include "query/PivotQuery.h"

#include "common/OdemaError.h"
#include "common/TextKey.h"
#include "query/FlowQuery.h"
#include "common/Tonnage.h"
#include "dataset/DataSetLabel.h"
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

namespace {

using RowKey = QPair<qint64, qint64>; ///< (territory, stream or mode id; data set id)

struct DataSetName {
    QString label;
    QString family;
};

/// The data sets of the flows, in the catalogue's order, with their short names.
QList<QPair<qint64, DataSetName>> dataSetsInOrder(const QSqlDatabase &db, const QSet<qint64> &present)
{
    QList<QPair<qint64, DataSetName>> out;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, family, axis, publisher FROM dataset ORDER BY sort_order, id"));
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (present.contains(id))
            out.append({id, {dataSetShortLabel(q.value(1).toString(), q.value(2).toString(), q.value(3).toString()), q.value(1).toString()}});
    }
    if (present.contains(0)) // flows without a data set (none are written since schema 6)
        out.append({0, {Tr::tr("sans jeu de données"), QStringLiteral("autre")}});
    return out;
}

/// "Nord contient Lille" when a territory of the rows contains another one: their tonnes would
/// be counted twice by a column total. Empty otherwise.
QString nestedTerritories(const QSqlDatabase &db, const QList<qint64> &ids)
{
    if (ids.size() < 2)
        return QString();
    const QString marks = sql::placeholders(ids.size());
    QVariantList values;
    sql::appendIds(values, ids);
    const QVariantList once = values; // the ids twice: ancestors and descendants
    values << once;
    QSqlQuery q = sql::exec(db, QStringLiteral(
        "SELECT a.name, d.name FROM territory_closure c JOIN territory a ON a.id = c.ancestor_id "
        "JOIN territory d ON d.id = c.descendant_id WHERE c.ancestor_id <> c.descendant_id "
        "AND c.ancestor_id IN (%1) AND c.descendant_id IN (%1) LIMIT 1").arg(marks), values);
    return q.next() ? Tr::tr("%1 contient %2").arg(q.value(0).toString(), q.value(1).toString()) : QString();
}

QString overlapNote(const QList<QPair<qint64, DataSetName>> &sets)
{
    QSet<QString> families;
    QStringList names;
    for (const auto &s : sets) {
        families.insert(s.second.family);
        names << s.second.label;
    }
    return families.size() > 1
        ? Tr::tr("pas de total : familles qui se recouvrent (DMA ⊇ OMA + déchèteries) ; %1 ne s'additionnent pas").arg(names.join(QStringLiteral(", ")))
        : Tr::tr("pas de total : %1 décrivent les mêmes déchets").arg(names.join(QStringLiteral(", ")));
}

} // namespace

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

    // One aggregate per (row, data set, year, territory): a cell never adds two data sets, and
    // the territories behind each cell give the population that kg/hab divides by.
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT %1, coalesce(f.dataset_id, 0), f.year, f.territory_id, sum(f.grams) "
                                               "FROM flow f%2 GROUP BY 1, 2, 3, 4").arg(key, w.sql), w.values);
    QHash<RowKey, QMap<int, Cell>> cells;
    QHash<qint64, QSet<int>> yearsOfDataSet;
    QSet<qint64> present;
    QSet<int> yearSet;
    while (q.next()) {
        const qint64 dataset = q.value(1).toLongLong();
        const int year = q.value(2).toInt();
        Cell &c = cells[{q.value(0).toLongLong(), dataset}][year];
        c.grams += q.value(4).toLongLong();
        c.territories.insert(q.value(3).toLongLong());
        yearSet.insert(year);
        yearsOfDataSet[dataset].insert(year);
        present.insert(dataset);
    }
    table.years = QList<int>(yearSet.begin(), yearSet.end());
    std::sort(table.years.begin(), table.years.end());
    const auto sets = dataSetsInOrder(db, present);
    const bool several = sets.size() > 1;
    for (const auto &s : sets)
        table.dataSets << s.second.label;

    // Row order and labels: territories by level and code, streams by code, modes in the
    // nomenclature's order; within a row, data sets in the catalogue's order.
    const QString labels = rowsBy == PivotRows::Territory
        ? QStringLiteral("SELECT id, name FROM territory WHERE id IN (SELECT DISTINCT f.territory_id FROM flow f%1) "
                         "ORDER BY CASE level WHEN 'france' THEN 0 WHEN 'region' THEN 1 WHEN 'departement' THEN 2 ELSE 3 END, code")
              .arg(w.sql)
        : rowsBy == PivotRows::Stream ? QStringLiteral("SELECT id, label FROM waste_stream ORDER BY code")
                                      : QStringLiteral("SELECT id, label FROM treatment_mode ORDER BY sort_order, code");
    QList<QPair<qint64, QString>> named;
    q = sql::exec(db, labels, rowsBy == PivotRows::Territory ? w.values : QVariantList());
    while (q.next())
        named.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (rowsBy == PivotRows::Mode)
        named.append({0, Tr::tr("(sans mode)")});
    QList<RowKey> rowIds;
    QList<qint64> rowTerritories;
    for (const auto &[id, name] : std::as_const(named))
        for (const auto &s : sets) {
            if (!cells.contains({id, s.first}))
                continue;
            rowIds << RowKey{id, s.first};
            table.rowLabels << (several ? Tr::tr("%1 · %2").arg(name, s.second.label) : name);
            if (!rowTerritories.contains(id))
                rowTerritories << id;
        }

    QHash<QPair<qint64, int>, qint64> pops;
    if (measure == PivotMeasure::KgPerInhabitant) {
        q = sql::exec(db, QStringLiteral("SELECT territory_id, year, population FROM population_used "
                                         "WHERE territory_id IN (SELECT DISTINCT f.territory_id FROM flow f%1)").arg(w.sql),
                      w.values);
        while (q.next())
            pops.insert({q.value(0).toLongLong(), q.value(1).toInt()}, q.value(2).toLongLong());
    }

    // Sums per data set and year over its rows, and the territories behind them.
    QHash<qint64, QMap<int, Cell>> yearTotals;
    for (const RowKey &id : std::as_const(rowIds))
        for (auto it = cells[id].cbegin(); it != cells[id].cend(); ++it) {
            Cell &total = yearTotals[id.second][it.key()];
            total.grams += it->grams;
            total.territories.unite(it->territories);
        }

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
    auto total = [&](const QMap<int, Cell> &byYear, qint64 wholeGrams) -> std::optional<double> {
        qint64 grams = 0;
        for (const Cell &c : byYear)
            grams += c.grams;
        if (measure == PivotMeasure::Tonnes)
            return tonnesFromGrams(grams);
        if (measure == PivotMeasure::Share)
            return share(grams, wholeGrams);
        return kgOverYears(byYear);
    };
    auto gramsOf = [](const QMap<int, Cell> &byYear) {
        qint64 g = 0;
        for (const Cell &c : byYear)
            g += c.grams;
        return g;
    };

    for (int r = 0; r < rowIds.size(); ++r) {
        const RowKey id = rowIds.at(r);
        const QMap<int, Cell> &row = cells[id];
        const QMap<int, Cell> &ofDataSet = yearTotals[id.second];
        QVector<std::optional<double>> out;
        QStringList lacking;
        for (const int year : table.years) {
            const auto it = row.constFind(year);
            // A territory row without that year lacks its data set there; a stream or mode row
            // is sparse (only non-zero combinations are published) unless its data set lacks the year.
            if (it == row.constEnd()
                && (rowsBy == PivotRows::Territory || !yearsOfDataSet.value(id.second).contains(year)))
                lacking << QString::number(year);
            if (it == row.constEnd()) {
                out << std::nullopt;
                continue;
            }
            if (measure == PivotMeasure::Tonnes)
                out << tonnesFromGrams(it->grams);
            else if (measure == PivotMeasure::Share)
                out << share(it->grams, ofDataSet.value(year).grams);
            else
                out << ratio(it->grams, population(pops, it->territories, year));
        }
        table.cells << out;
        if (lacking.isEmpty()) {
            table.rowTotals << total(row, gramsOf(ofDataSet));
            table.rowTotalNotes << QString();
        } else {
            table.rowTotals << std::nullopt;
            table.rowTotalNotes << Tr::tr("pas de total : pas de données en %1").arg(lacking.join(QStringLiteral(", ")));
        }
    }

    // Totals of a year: one data set only, territories that do not contain one another, and
    // (territory rows) every territory present that year.
    QString refused = several ? overlapNote(sets) : QString();
    if (refused.isEmpty() && rowsBy == PivotRows::Territory) {
        const QString nested = nestedTerritories(db, rowTerritories);
        if (!nested.isEmpty())
            refused = Tr::tr("pas de total : %1, ses tonnes seraient comptées deux fois").arg(nested);
    }
    const qint64 onlySet = sets.isEmpty() ? 0 : sets.first().first;
    const QMap<int, Cell> &single = yearTotals[onlySet];
    for (const int year : table.years) {
        QString note = refused;
        if (note.isEmpty() && rowsBy == PivotRows::Territory) {
            for (int r = 0; r < rowIds.size(); ++r)
                if (!cells[rowIds.at(r)].contains(year)) {
                    note = Tr::tr("pas de total : %1 sans données en %2").arg(table.rowLabels.at(r)).arg(year);
                    break;
                }
        }
        table.columnTotalNotes << note;
        if (!note.isEmpty()) {
            table.columnTotals << std::nullopt;
            continue;
        }
        const Cell &c = single.value(year);
        if (measure == PivotMeasure::Tonnes)
            table.columnTotals << tonnesFromGrams(c.grams);
        else if (measure == PivotMeasure::Share)
            table.columnTotals << (c.grams != 0 ? std::optional<double>(100.0) : std::nullopt);
        else
            table.columnTotals << ratio(c.grams, population(pops, c.territories, year));
    }
    if (table.years.isEmpty())
        return table;
    table.grandTotalNote = refused;
    for (const QString &n : std::as_const(table.columnTotalNotes))
        if (table.grandTotalNote.isEmpty() && !n.isEmpty())
            table.grandTotalNote = n;
    for (int r = 0; r < rowIds.size() && table.grandTotalNote.isEmpty(); ++r)
        if (!table.rowTotalNotes.at(r).isEmpty())
            table.grandTotalNote = Tr::tr("pas de total : %1 n'a pas de données toutes les années").arg(table.rowLabels.at(r));
    if (table.grandTotalNote.isEmpty()) {
        if (measure == PivotMeasure::Share)
            table.grandTotal = gramsOf(single) != 0 ? std::optional<double>(100.0) : std::nullopt;
        else
            table.grandTotal = total(single, gramsOf(single));
    }
    return table;
}

} // namespace odema
