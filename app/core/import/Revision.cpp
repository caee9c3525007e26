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

/// The slices a file wrote, as a temporary table the comparison joins the store through (its
/// index on territory and year drives the lookups: the store is never scanned).
class SliceTable {
public:
    SliceTable(const QSqlDatabase &db, const SliceSet &slices) : m_db(db)
    {
        sql::exec(m_db, QStringLiteral("DROP TABLE IF EXISTS revision_slice"));
        sql::exec(m_db, QStringLiteral("CREATE TEMP TABLE revision_slice (dataset_id INTEGER NOT NULL, territory_id INTEGER NOT NULL, "
                                       "year INTEGER NOT NULL, PRIMARY KEY (territory_id, year, dataset_id))"));
        QSqlQuery insert = sql::prepare(m_db, QStringLiteral("INSERT INTO revision_slice(dataset_id, territory_id, year) VALUES (?, ?, ?)"));
        for (const SliceKey &k : slices) {
            insert.bindValue(0, k.datasetId);
            insert.bindValue(1, k.territoryId);
            insert.bindValue(2, k.year);
            sql::exec(insert);
        }
    }
    ~SliceTable()
    {
        QSqlQuery(m_db).exec(QStringLiteral("DROP TABLE IF EXISTS revision_slice"));
    }
    SliceTable(const SliceTable &) = delete;
    SliceTable &operator=(const SliceTable &) = delete;

private:
    QSqlDatabase m_db;
};

/// Rows of `table` in the slices, of source ? (`own`) or of every other source.
QString rowsOfSlices(const QString &table, bool own)
{
    return QStringLiteral("revision_slice s JOIN %1 f ON f.territory_id = s.territory_id AND f.year = s.year "
                          "AND f.dataset_id = s.dataset_id WHERE f.source_id %2 ?")
        .arg(table, own ? QStringLiteral("=") : QStringLiteral("<>"));
}

/// Per slice: keys of the new file and of the store compared, in one statement. Keys are the
/// columns that name a figure within its slice; values are summed per key first (a file may
/// split one figure over several rows).
QString comparisonStatement(const QString &table, const QStringList &keys, const QString &value, const QString &tonnes)
{
    QStringList selected{QStringLiteral("f.dataset_id"), QStringLiteral("f.territory_id"), QStringLiteral("f.year")};
    QStringList names{QStringLiteral("dataset_id"), QStringLiteral("territory_id"), QStringLiteral("year")};
    const QStringList grouped = QStringList(selected) << keys;
    for (int i = 0; i < keys.size(); ++i) {
        selected << QStringLiteral("%1 AS k%2").arg(keys.at(i)).arg(i);
        names << QStringLiteral("k%1").arg(i);
    }
    return QStringLiteral(
        "WITH n AS (SELECT %1, %2 AS v, %3 AS g, count(*) AS r FROM %4 GROUP BY %7), "
        "o AS (SELECT %1, %2 AS v, %3 AS g, count(*) AS r FROM %5 GROUP BY %7), "
        "j AS (SELECT n.dataset_id, n.territory_id, n.year, n.v AS nv, o.v AS ov, n.g AS ng, o.g AS og, n.r AS nr, o.r AS orr "
        "      FROM n LEFT JOIN o USING (%6) "
        "      UNION ALL SELECT o.dataset_id, o.territory_id, o.year, NULL, o.v, NULL, o.g, 0, o.r "
        "      FROM o LEFT JOIN n USING (%6) WHERE n.dataset_id IS NULL) "
        "SELECT dataset_id, territory_id, year, coalesce(sum(nr), 0), coalesce(sum(orr), 0), "
        "  sum(CASE WHEN nv IS NOT NULL AND ov IS NOT NULL AND nv <> ov THEN 1 ELSE 0 END), "
        "  sum(CASE WHEN ov IS NULL THEN 1 ELSE 0 END), sum(CASE WHEN nv IS NULL THEN 1 ELSE 0 END), "
        "  coalesce(sum(ng), 0), coalesce(sum(og), 0) "
        "FROM j GROUP BY dataset_id, territory_id, year HAVING count(ov) > 0")
        .arg(selected.join(QStringLiteral(", ")), value, tonnes, rowsOfSlices(table, true), rowsOfSlices(table, false),
             names.join(QStringLiteral(", ")), grouped.join(QStringLiteral(", ")));
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
    // Every row read before any other statement runs: on PostgreSQL a forward-only query loses
    // its remaining rows when the connection runs another one.
    struct Row { SliceChange change; qint64 datasetId; };
    QList<Row> rows;
    QSqlQuery q = sql::exec(db, comparisonStatement(table, keys, value, tonnes), {sourceId, sourceId});
    while (q.next()) {
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
        rows << Row{c, datasetId};
    }
    for (Row &row : rows) {
        ++out.slicesCompared;
        SliceChange &c = row.change;
        if (c.rowsChanged == 0 && c.rowsAdded == 0 && c.rowsRemoved == 0) {
            ++out.slicesIdentical;
            continue;
        }
        c.territory = territoryName(db, n, c.territoryId);
        c.beforeFiles = filesOfSlice(db, table, sourceId, c, row.datasetId);
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

RevisionSummary compareSlices(const QSqlDatabase &db, qint64 sourceId, const SliceSet &flowSlices, const SliceSet &publishedSlices)
{
    RevisionSummary out;
    if (flowSlices.isEmpty() && publishedSlices.isEmpty())
        return out;
    Names n = names(db);
    if (!flowSlices.isEmpty()) {
        const SliceTable slices(db, flowSlices);
        compareTable(db, sourceId, QStringLiteral("flow"), Tr::tr("flux"),
                 {QStringLiteral("f.kind"), QStringLiteral("f.stream_id"), QStringLiteral("coalesce(f.mode_id, 0)"),
                  QStringLiteral("coalesce(f.channel_id, 0)")},
                 QStringLiteral("sum(f.grams)"), QStringLiteral("sum(f.grams)"), true, n, out);
    }
    // A published slice's tonnes are its 'tonnage' figures (the data set's whole scope).
    if (!publishedSlices.isEmpty()) {
        const SliceTable slices(db, publishedSlices);
        compareTable(db, sourceId, QStringLiteral("published_value"), Tr::tr("valeurs publiées"),
                 {QStringLiteral("coalesce(f.stream_id, 0)"), QStringLiteral("f.measure")}, QStringLiteral("min(f.as_published)"),
                 QStringLiteral("sum(CASE WHEN f.measure = 'tonnage' AND f.stream_id IS NULL THEN f.grams ELSE 0 END)"), true, n, out);
    }
    std::sort(out.changes.begin(), out.changes.end(), [](const SliceChange &a, const SliceChange &b) {
        const qint64 da = std::abs(a.gramsAfter - a.gramsBefore), dbb = std::abs(b.gramsAfter - b.gramsBefore);
        if (da != dbb)
            return da > dbb;
        return a.rowsChanged + a.rowsAdded + a.rowsRemoved > b.rowsChanged + b.rowsAdded + b.rowsRemoved;
    });
    return out;
}

qint64 replaceSlices(QSqlDatabase &db, qint64 sourceId, const SliceSet &flowSlices, const SliceSet &publishedSlices)
{
    qint64 set = 0;
    if (!flowSlices.isEmpty()) {
        const SliceTable slices(db, flowSlices);
        set += sql::exec(db, QStringLiteral(
            "INSERT INTO flow_replaced(dataset_id, kind, year, territory_id, stream_id, mode_id, channel_id, grams, source_id, replaced_by) "
            "SELECT f.dataset_id, f.kind, f.year, f.territory_id, f.stream_id, f.mode_id, f.channel_id, f.grams, f.source_id, ? FROM ")
            + rowsOfSlices(QStringLiteral("flow"), false), {sourceId, sourceId}).numRowsAffected();
        sql::exec(db, QStringLiteral("DELETE FROM flow WHERE id IN (SELECT f.id FROM %1)").arg(rowsOfSlices(QStringLiteral("flow"), false)),
                  {sourceId});
    }
    if (!publishedSlices.isEmpty()) {
        const SliceTable slices(db, publishedSlices);
        set += sql::exec(db, QStringLiteral(
            "INSERT INTO published_value_replaced(dataset_id, territory_id, year, stream_id, measure, unit, value, grams, as_published, source_id, "
            "replaced_by) SELECT f.dataset_id, f.territory_id, f.year, f.stream_id, f.measure, f.unit, f.value, f.grams, f.as_published, "
            "f.source_id, ? FROM ") + rowsOfSlices(QStringLiteral("published_value"), false), {sourceId, sourceId}).numRowsAffected();
        sql::exec(db, QStringLiteral("DELETE FROM published_value WHERE id IN (SELECT f.id FROM %1)")
                          .arg(rowsOfSlices(QStringLiteral("published_value"), false)), {sourceId});
    }
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
        QString line = QStringLiteral("  %1 %2 · %3 (%4) : ").arg(c.territory, QString::number(c.year), c.datasetLabel, c.what);
        if (c.hasTonnes && (c.gramsBefore || c.gramsAfter))
            line += QStringLiteral("%1 → %2%3").arg(formatGramsAsTonnes(c.gramsBefore), formatGramsAsTonnes(c.gramsAfter),
                                                    percent(c.gramsBefore, c.gramsAfter));
        QStringList rows;
        if (c.rowsChanged)
            rows << Tr::tr("%n ligne(s) modifiée(s)", nullptr, int(c.rowsChanged));
        if (c.rowsAdded)
            rows << Tr::tr("%n ligne(s) ajoutée(s)", nullptr, int(c.rowsAdded));
        if (c.rowsRemoved)
            rows << Tr::tr("%n ligne(s) retirée(s)", nullptr, int(c.rowsRemoved));
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
                     .arg(p.territory, QString::number(p.year), p.kind, formatInteger(p.before), formatInteger(p.after), percent(p.before, p.after),
                          p.beforeFile);
    }
    if (slicesIdentical)
        lines << Tr::tr("%n tranche(s) identique(s) à celles de la base.", nullptr, slicesIdentical);
    return lines;
}

QString revisionRefusal(const QString &fileName, const RevisionSummary &revision)
{
    QStringList what;
    if (!revision.changes.isEmpty())
        what << Tr::tr("%n tranche(s) de données (jeu de données × territoire × année)", nullptr, int(revision.changes.size()));
    if (!revision.populations.isEmpty())
        what << Tr::tr("%n population(s)", nullptr, int(revision.populations.size()));
    return Tr::tr("%1 est une autre version de données déjà dans la base : %2 changeraient. Import refusé, la base n'a pas "
                  "été modifiée ; relancez avec --replace pour les remplacer (une tranche en entier ; l'historique des imports "
                  "permet d'annuler).")
        .arg(fileName, what.join(Tr::tr(" et ")));
}

} // namespace odema
