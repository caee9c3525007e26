#include "import/Revision.h"

#include "common/FrenchFormat.h"
#include "common/Tonnage.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// Rows of other sources in the slices of source ?1 (bound twice: ?1 and ?2 are the same id).
const char *const kOtherRowsOfSlices =
    "source_id <> ? AND EXISTS (SELECT 1 FROM %1 x WHERE x.source_id = ? AND x.dataset_id = %1.dataset_id "
    "AND x.territory_id = %1.territory_id AND x.year = %1.year)";

/// Per slice: keys of the new file and of the store compared, in one statement. Keys are the
/// columns that name a figure within its slice; values are summed per key first (a file may
/// split one figure over several rows).
QString comparisonStatement(const QString &table, const QStringList &keys, const QString &value, const QString &tonnes)
{
    QStringList selected{QStringLiteral("dataset_id"), QStringLiteral("territory_id"), QStringLiteral("year")};
    QStringList names = selected;
    for (int i = 0; i < keys.size(); ++i) {
        selected << QStringLiteral("%1 AS k%2").arg(keys.at(i)).arg(i);
        names << QStringLiteral("k%1").arg(i);
    }
    const QString other = QString::fromLatin1(kOtherRowsOfSlices).arg(table);
    return QStringLiteral(
        "WITH n AS (SELECT %1, %2 AS v, %3 AS g, count(*) AS r FROM %4 WHERE source_id = ? GROUP BY %6), "
        "o AS (SELECT %1, %2 AS v, %3 AS g, count(*) AS r FROM %4 WHERE %5 GROUP BY %6), "
        "j AS (SELECT n.dataset_id, n.territory_id, n.year, n.v AS nv, o.v AS ov, n.g AS ng, o.g AS og, n.r AS nr, o.r AS orr "
        "      FROM n LEFT JOIN o USING (%6) "
        "      UNION ALL SELECT o.dataset_id, o.territory_id, o.year, NULL, o.v, NULL, o.g, 0, o.r "
        "      FROM o LEFT JOIN n USING (%6) WHERE n.dataset_id IS NULL) "
        "SELECT dataset_id, territory_id, year, coalesce(sum(nr), 0), coalesce(sum(orr), 0), "
        "  sum(CASE WHEN nv IS NOT NULL AND ov IS NOT NULL AND nv <> ov THEN 1 ELSE 0 END), "
        "  sum(CASE WHEN ov IS NULL THEN 1 ELSE 0 END), sum(CASE WHEN nv IS NULL THEN 1 ELSE 0 END), "
        "  coalesce(sum(ng), 0), coalesce(sum(og), 0) "
        "FROM j GROUP BY dataset_id, territory_id, year HAVING count(ov) > 0")
        .arg(selected.join(QStringLiteral(", ")), value, tonnes, table, other, names.join(QStringLiteral(", ")));
}

struct Names {
    QHash<qint64, std::pair<QString, QString>> datasets; ///< id -> code, label
    QHash<qint64, QString> territories;
};

Names names(const QSqlDatabase &db)
{
    Names n;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id, code, label FROM dataset"));
    while (q.next())
        n.datasets.insert(q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString()});
    return n;
}

QString territoryName(const QSqlDatabase &db, Names &n, qint64 id)
{
    if (const auto it = n.territories.constFind(id); it != n.territories.cend())
        return *it;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT name, level, code FROM territory WHERE id = ?"), {id});
    const QString name = q.next() ? QStringLiteral("%1 (%2:%3)").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString())
                                  : QString::number(id);
    n.territories.insert(id, name);
    return name;
}

QStringList filesOfSlice(const QSqlDatabase &db, const QString &table, qint64 sourceId, const SliceChange &c, qint64 datasetId)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT DISTINCT s.name FROM %1 t JOIN source_file s ON s.id = t.source_id "
                                               "WHERE t.source_id <> ? AND t.dataset_id = ? AND t.territory_id = ? AND t.year = ? ORDER BY 1")
                                    .arg(table),
                            {sourceId, datasetId, c.territoryId, c.year});
    QStringList files;
    while (q.next())
        files << q.value(0).toString();
    return files;
}

void compareTable(const QSqlDatabase &db, qint64 sourceId, const QString &table, const QString &what, const QStringList &keys,
                  const QString &value, const QString &tonnes, bool hasTonnes, Names &n, RevisionSummary &out)
{
    QSqlQuery q = sql::exec(db, comparisonStatement(table, keys, value, tonnes), {sourceId, sourceId, sourceId});
    while (q.next()) {
        ++out.slicesCompared;
        SliceChange c;
        const qint64 datasetId = q.value(0).toLongLong();
        c.what = what;
        c.datasetCode = n.datasets.value(datasetId).first;
        c.datasetLabel = n.datasets.value(datasetId).second;
        c.territoryId = q.value(1).toLongLong();
        c.year = q.value(2).toInt();
        c.rowsAfter = q.value(3).toLongLong();
        c.rowsBefore = q.value(4).toLongLong();
        c.rowsChanged = q.value(5).toLongLong();
        c.rowsAdded = q.value(6).toLongLong();
        c.rowsRemoved = q.value(7).toLongLong();
        c.hasTonnes = hasTonnes;
        c.gramsAfter = q.value(8).toLongLong();
        c.gramsBefore = q.value(9).toLongLong();
        if (c.rowsChanged == 0 && c.rowsAdded == 0 && c.rowsRemoved == 0) {
            ++out.slicesIdentical;
            continue;
        }
        c.territory = territoryName(db, n, c.territoryId);
        c.beforeFiles = filesOfSlice(db, table, sourceId, c, datasetId);
        out.changes << c;
    }
}

QString percent(qint64 before, qint64 after)
{
    if (before == 0)
        return QString();
    return QStringLiteral(" (%1)").arg(formatSignedPercent(100.0 * double(after - before) / double(before), 2));
}

} // namespace

RevisionSummary compareSlices(const QSqlDatabase &db, qint64 sourceId)
{
    RevisionSummary out;
    Names n = names(db);
    compareTable(db, sourceId, QStringLiteral("flow"), Tr::tr("flux"),
                 {QStringLiteral("kind"), QStringLiteral("stream_id"), QStringLiteral("coalesce(mode_id, 0)"), QStringLiteral("coalesce(channel_id, 0)")},
                 QStringLiteral("sum(grams)"),
                 QStringLiteral("sum(grams)"), true, n, out);
    // A published slice's tonnes are its 'tonnage' figures (the data set's whole scope).
    compareTable(db, sourceId, QStringLiteral("published_value"), Tr::tr("valeurs publiées"),
                 {QStringLiteral("coalesce(stream_id, 0)"), QStringLiteral("measure")}, QStringLiteral("min(text)"),
                 QStringLiteral("sum(CASE WHEN measure = 'tonnage' AND stream_id IS NULL THEN grams ELSE 0 END)"), true, n, out);
    std::sort(out.changes.begin(), out.changes.end(), [](const SliceChange &a, const SliceChange &b) {
        const qint64 da = std::abs(a.gramsAfter - a.gramsBefore), dbb = std::abs(b.gramsAfter - b.gramsBefore);
        if (da != dbb)
            return da > dbb;
        return a.rowsChanged + a.rowsAdded + a.rowsRemoved > b.rowsChanged + b.rowsAdded + b.rowsRemoved;
    });
    return out;
}

qint64 replaceSlices(QSqlDatabase &db, qint64 sourceId)
{
    qint64 set = 0;
    const QString flowOther = QString::fromLatin1(kOtherRowsOfSlices).arg(QStringLiteral("flow"));
    set += sql::exec(db, QStringLiteral(
        "INSERT INTO flow_replaced(dataset_id, kind, year, territory_id, stream_id, mode_id, channel_id, grams, source_id, replaced_by) "
        "SELECT dataset_id, kind, year, territory_id, stream_id, mode_id, channel_id, grams, source_id, ? FROM flow WHERE ") + flowOther,
        {sourceId, sourceId, sourceId}).numRowsAffected();
    sql::exec(db, QStringLiteral("DELETE FROM flow WHERE ") + flowOther, {sourceId, sourceId});
    const QString publishedOther = QString::fromLatin1(kOtherRowsOfSlices).arg(QStringLiteral("published_value"));
    set += sql::exec(db, QStringLiteral(
        "INSERT INTO published_value_replaced(dataset_id, territory_id, year, stream_id, measure, unit, value, grams, text, source_id, replaced_by) "
        "SELECT dataset_id, territory_id, year, stream_id, measure, unit, value, grams, text, source_id, ? FROM published_value WHERE ")
        + publishedOther, {sourceId, sourceId, sourceId}).numRowsAffected();
    sql::exec(db, QStringLiteral("DELETE FROM published_value WHERE ") + publishedOther, {sourceId, sourceId});
    return set;
}

QStringList RevisionSummary::describe(int maxLines) const
{
    QStringList lines;
    if (!changes.isEmpty())
        lines << Tr::tr("%n tranche(s) (jeu de données × territoire × année) changent, sur %1 déjà dans la base :", nullptr, int(changes.size()))
                     .arg(slicesCompared);
    int shown = 0;
    for (const SliceChange &c : changes) {
        if (shown++ == maxLines) {
            lines << Tr::tr("  … et %n autre(s) tranche(s).", nullptr, int(changes.size()) - maxLines);
            break;
        }
        QString line = QStringLiteral("  %1 %2 · %3 (%4) : ").arg(c.territory).arg(c.year).arg(c.datasetLabel, c.what);
        if (c.hasTonnes && (c.gramsBefore || c.gramsAfter))
            line += QStringLiteral("%1 → %2%3").arg(formatGramsAsTonnes(c.gramsBefore), formatGramsAsTonnes(c.gramsAfter),
                                                    percent(c.gramsBefore, c.gramsAfter));
        QStringList rows;
        if (c.rowsChanged)
            rows << Tr::tr("%n ligne(s) modifiée(s)", nullptr, int(c.rowsChanged));
        if (c.rowsAdded)
            rows << Tr::tr("%n ajoutée(s)", nullptr, int(c.rowsAdded));
        if (c.rowsRemoved)
            rows << Tr::tr("%n retirée(s)", nullptr, int(c.rowsRemoved));
        line += QStringLiteral(" ; ") + rows.join(QStringLiteral(", "));
        if (!c.beforeFiles.isEmpty())
            line += Tr::tr(" ; avant : %1").arg(c.beforeFiles.join(QStringLiteral(", ")));
        lines << line;
    }
    if (!populations.isEmpty())
        lines << Tr::tr("%n population(s) déjà dans la base changent :", nullptr, int(populations.size()));
    shown = 0;
    for (const PopulationRevision &p : populations) {
        if (shown++ == maxLines) {
            lines << Tr::tr("  … et %n autre(s) population(s).", nullptr, int(populations.size()) - maxLines);
            break;
        }
        lines << Tr::tr("  %1 %2 (%3) : %4 → %5%6 ; avant : %7")
                     .arg(p.territory).arg(p.year).arg(p.kind, formatInteger(p.before), formatInteger(p.after), percent(p.before, p.after),
                          p.beforeFile);
    }
    if (slicesIdentical)
        lines << Tr::tr("%n tranche(s) identique(s) à celles de la base.", nullptr, slicesIdentical);
    return lines;
}

QString revisionRefusal(const QString &fileName, const RevisionSummary &revision)
{
    return Tr::tr("%1 est une autre version de données déjà dans la base : %n tranche(s) et %2 population(s) changeraient. "
              "Import refusé, la base n'a pas été modifiée ; relancez avec --replace pour remplacer ces tranches en entier "
              "(l'historique des imports permet d'annuler).", nullptr, int(revision.changes.size()))
        .arg(fileName).arg(revision.populations.size());
}

} // namespace odema
