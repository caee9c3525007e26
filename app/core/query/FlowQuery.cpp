#include "query/FlowQuery.h"

#include "common/OdemaError.h"
#include "common/Tonnage.h"
#include "common/TextKey.h"
#include "dataset/DataSetLabel.h"
#include "store/SqlUtil.h"
#include "territory/TerritoryLevel.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FlowQuery)
};

// kg/hab of the row: unknown (NULL) when the population of that territory and year is not known.
// A double on both engines: PostgreSQL would divide in numeric, whose digits a bound double key
// (keyset paging) no longer equals.
const char *const kKgExpr = "CASE WHEN p.population > 0 THEN CAST(f.grams AS DOUBLE PRECISION) / 1000 / p.population END";

// The joins that give a flow its labels and kg/hab.
enum LabelJoinNeed : unsigned {
    NeedsTerritory = 1,
    NeedsStream = 2,
    NeedsMode = 4,
    NeedsPopulation = 8,
    NeedsSource = 16,
    NeedsAll = 31,
};
struct LabelJoin {
    LabelJoinNeed need;
    const char *sql;
};
const LabelJoin kLabelJoins[] = {
    {NeedsTerritory, " JOIN territory t ON t.id = f.territory_id"},
    {NeedsStream, " JOIN waste_stream s ON s.id = f.stream_id"},
    {NeedsMode, " LEFT JOIN treatment_mode m ON m.id = f.mode_id"},
    {NeedsPopulation, " LEFT JOIN population_used p ON p.territory_id = f.territory_id AND p.year = f.year"},
    {NeedsSource, " LEFT JOIN source_file sf ON sf.id = f.source_id"},
};

const char *const kRowColumns =
    "f.id, f.year, f.kind, t.name, t.level, t.code, s.label, m.label, f.grams, %1, sf.name, f.territory_id, f.stream_id, t.search_key";

QString labelJoins(unsigned needs)
{
    QString joins;
    for (const LabelJoin &join : kLabelJoins)
        if (needs & join.need)
            joins += QLatin1String(join.sql);
    return joins;
}

/// The joins sortExpressions() of `column` reads (the filter itself reads the flow table only).
unsigned joinsToSortBy(FlowColumn column)
{
    switch (column) {
    case FlowColumn::Territory:
    case FlowColumn::Level:
    case FlowColumn::Code: return NeedsTerritory;
    case FlowColumn::Stream: return NeedsStream;
    case FlowColumn::Mode: return NeedsMode;
    case FlowColumn::KgPerInhabitant: return NeedsPopulation;
    case FlowColumn::Source: return NeedsSource;
    case FlowColumn::Year:
    case FlowColumn::Kind:
    case FlowColumn::Tonnes:
    case FlowColumn::Count: break;
    }
    return 0;
}

} // namespace

QString flowColumnTitle(FlowColumn column)
{
    switch (column) {
    case FlowColumn::Year: return Tr::tr("Année");
    case FlowColumn::Kind: return Tr::tr("Type");
    case FlowColumn::Territory: return Tr::tr("Territoire");
    case FlowColumn::Level: return Tr::tr("Niveau");
    case FlowColumn::Code: return Tr::tr("Code");
    case FlowColumn::Stream: return Tr::tr("Flux");
    case FlowColumn::Mode: return Tr::tr("Mode de traitement");
    case FlowColumn::Tonnes: return Tr::tr("Tonnes");
    case FlowColumn::KgPerInhabitant: return Tr::tr("kg/hab");
    case FlowColumn::Source: return Tr::tr("Source");
    case FlowColumn::Count: break;
    }
    return QString();
}

bool isNumericColumn(FlowColumn column)
{
    return column == FlowColumn::Year || column == FlowColumn::Tonnes || column == FlowColumn::KgPerInhabitant;
}

QVariant FlowRecord::value(FlowColumn column) const
{
    switch (column) {
    case FlowColumn::Year: return year;
    case FlowColumn::Kind: return treatment ? Tr::tr("traitement") : Tr::tr("collecte");
    case FlowColumn::Territory: return territory;
    case FlowColumn::Level: {
        const auto level = levelFromKey(levelKey);
        return level ? levelLabel(*level) : levelKey;
    }
    case FlowColumn::Code: return code;
    case FlowColumn::Stream: return stream;
    case FlowColumn::Mode: return mode;
    case FlowColumn::Tonnes: return tonnes;
    case FlowColumn::KgPerInhabitant: return kgPerInhabitant ? QVariant(*kgPerInhabitant) : QVariant();
    case FlowColumn::Source: return source;
    case FlowColumn::Count: break;
    }
    return QVariant();
}

FlowQuery::FlowQuery(FlowFilter filter, FlowSort sort) : m_filter(std::move(filter)), m_sort(sort) {}

QString FlowQuery::containsPattern(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

SqlFragment FlowQuery::where() const
{
    QStringList clauses;
    QVariantList values;

    if (!m_filter.territories.isEmpty()) {
        // Flows sit at the level their file gives (départements for SINOE): a territory with its
        // descendants is every territory below it in the closure (depth 0 = itself).
        QList<qint64> withChildren, alone;
        for (const TerritorySelection &s : m_filter.territories)
            (s.includeDescendants ? withChildren : alone) << s.territoryId;
        QStringList any;
        if (!withChildren.isEmpty()) {
            any << QStringLiteral("f.territory_id IN (SELECT descendant_id FROM territory_closure WHERE ancestor_id IN (%1))")
                       .arg(sql::placeholders(withChildren.size()));
            sql::appendIds(values, withChildren);
        }
        if (!alone.isEmpty()) {
            any << QStringLiteral("f.territory_id IN (%1)").arg(sql::placeholders(alone.size()));
            sql::appendIds(values, alone);
        }
        clauses << (any.size() == 1 ? any.first() : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    if (m_filter.yearFrom > 0) {
        clauses << QStringLiteral("f.year >= ?");
        values << m_filter.yearFrom;
    }
    if (m_filter.yearTo > 0) {
        clauses << QStringLiteral("f.year <= ?");
        values << m_filter.yearTo;
    }
    auto idList = [&](const char *column, const QList<qint64> &ids) {
        if (ids.isEmpty())
            return;
        clauses << QStringLiteral("f.%1 IN (%2)").arg(QLatin1String(column), sql::placeholders(ids.size()));
        sql::appendIds(values, ids);
    };
    idList("stream_id", m_filter.streamIds);
    idList("mode_id", m_filter.modeIds);
    idList("channel_id", m_filter.channelIds);
    if (m_filter.kind != FlowFilter::Kind::Any) {
        clauses << QStringLiteral("f.kind = ?");
        values << (m_filter.kind == FlowFilter::Kind::Collecte ? QStringLiteral("collecte") : QStringLiteral("traitement"));
    }
    appendTextClause(clauses, values);
    if (clauses.isEmpty())
        return {};
    return {QStringLiteral(" WHERE ") + clauses.join(QStringLiteral(" AND ")), values};
}

void FlowQuery::appendTextClause(QStringList &clauses, QVariantList &values) const
{
    // Free text: folded like the stored search keys (SQLite's LIKE folds ASCII only), matched
    // literally against names and codes of the flow's territory, stream and mode.
    const QString key = foldKey(m_filter.text);
    if (key.isEmpty())
        return;
    const QString pattern = containsPattern(key);
    QStringList any;
    auto match = [&](const char *column, const char *table, const std::optional<QList<qint64>> *ids) {
        if (ids && *ids) {
            if (!(*ids)->isEmpty()) {
                any << QStringLiteral("f.%1 IN (%2)").arg(QLatin1String(column), sql::placeholders(int((*ids)->size())));
                sql::appendIds(values, **ids);
            }
            return;
        }
        any << QStringLiteral("f.%1 IN (SELECT id FROM %2 WHERE search_key LIKE ? ESCAPE '\\' OR lower(code) LIKE ? ESCAPE '\\')")
                   .arg(QLatin1String(column), QLatin1String(table));
        values << pattern << pattern;
    };
    const TextMatches *m = m_textMatches ? &*m_textMatches : nullptr;
    match("territory_id", "territory", m ? &m->territories : nullptr);
    match("stream_id", "waste_stream", m ? &m->streams : nullptr);
    match("mode_id", "treatment_mode", m ? &m->modes : nullptr);
    clauses << (any.isEmpty() ? QStringLiteral("1 = 0") : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
}

FlowQuery FlowQuery::withTextResolved(const QSqlDatabase &db) const
{
    const QString key = foldKey(m_filter.text);
    if (key.isEmpty() || m_textMatches)
        return *this;
    // Past a few hundred ids a list costs more to bind than the sub-select costs to run.
    constexpr int kMostIdsListed = 500;
    const QString pattern = containsPattern(key);
    auto ids = [&](const char *table) -> std::optional<QList<qint64>> {
        QSqlQuery q = sql::exec(db, QStringLiteral("SELECT id FROM %1 WHERE search_key LIKE ? ESCAPE '\\' OR lower(code) LIKE ? ESCAPE '\\' LIMIT %2")
                                        .arg(QLatin1String(table)).arg(kMostIdsListed + 1),
                                {pattern, pattern});
        QList<qint64> found;
        while (q.next())
            found << q.value(0).toLongLong();
        if (found.size() > kMostIdsListed)
            return std::nullopt;
        return found;
    };
    FlowQuery resolved = *this;
    resolved.m_textMatches = TextMatches{ids("territory"), ids("waste_stream"), ids("treatment_mode")};
    return resolved;
}

SqlFragment FlowQuery::countStatement() const
{
    const SqlFragment w = where();
    return {QStringLiteral("SELECT count(*) FROM flow f") + w.sql, w.values};
}

SqlFragment FlowQuery::totalsStatement() const
{
    const SqlFragment w = where();
    // One pass with conditional sums: a GROUP BY on kind would sort every matching row first
    // (on a million flows: slower, and tens of megabytes of sorter memory).
    return {QStringLiteral("SELECT count(*), coalesce(sum(CASE WHEN f.kind = 'traitement' THEN 1 ELSE 0 END), 0), "
                           "coalesce(sum(CASE WHEN f.kind = 'collecte' THEN f.grams END), 0), "
                           "coalesce(sum(CASE WHEN f.kind = 'traitement' THEN f.grams END), 0) FROM flow f")
                + w.sql,
            w.values};
}

QStringList FlowQuery::sortExpressions() const
{
    // Nullable columns are coalesced so that keyset comparisons (key > ?) never meet NULL.
    switch (m_sort.column) {
    case FlowColumn::Year: return {QStringLiteral("f.year")};
    case FlowColumn::Kind: return {QStringLiteral("f.kind")};
    // French order (TextKey.h). One key, as t.name was: it holds the code, so two territories
    // never tie on it, and a second text key made this sort 2,7 times slower on a million flows.
    case FlowColumn::Territory: return {QStringLiteral("t.search_key")};
    case FlowColumn::Level: return {QStringLiteral("t.level")};
    case FlowColumn::Code: return {QStringLiteral("t.code")};
    case FlowColumn::Stream: return {QStringLiteral("s.label")};
    case FlowColumn::Mode: return {QStringLiteral("coalesce(m.label, '')")};
    case FlowColumn::Tonnes: return {QStringLiteral("f.grams")};
    case FlowColumn::KgPerInhabitant: return {QStringLiteral("coalesce(%1, -1.0)").arg(QLatin1String(kKgExpr))};
    case FlowColumn::Source: return {QStringLiteral("coalesce(sf.name, '')")};
    case FlowColumn::Count: break;
    }
    // No column chosen: the order of the flow_territory_year index (territory, year, stream,
    // then id), which the engine reads without sorting and stops after one window, whatever the
    // filter (insertion order would make it gather and sort every row of a territory first).
    return {QStringLiteral("f.territory_id"), QStringLiteral("f.year"), QStringLiteral("f.stream_id")};
}

QVariantList FlowQuery::sortKey(const FlowRecord &r) const
{
    // A null QString binds as SQL NULL, which compares with nothing: keys are never null.
    auto text = [](const QString &t) { return QVariant(t.isNull() ? QStringLiteral("") : t); };
    switch (m_sort.column) {
    case FlowColumn::Year: return {r.year};
    case FlowColumn::Kind: return {r.treatment ? QStringLiteral("traitement") : QStringLiteral("collecte")};
    case FlowColumn::Territory: return {text(r.territoryKey)}; // the stored key, as the SQL compares it
    case FlowColumn::Level: return {text(r.levelKey)};
    case FlowColumn::Code: return {text(r.code)};
    case FlowColumn::Stream: return {text(r.stream)};
    case FlowColumn::Mode: return {text(r.mode)};
    case FlowColumn::Tonnes: return {r.grams};
    case FlowColumn::KgPerInhabitant: return {r.kgPerInhabitant.value_or(-1.0)};
    case FlowColumn::Source: return {text(r.source)};
    case FlowColumn::Count: break;
    }
    return {r.territoryId, r.year, r.streamId};
}

SqlFragment FlowQuery::rowsStatement(qint64 offset, int limit, const std::optional<FlowKeyset> &keyset) const
{
    SqlFragment w = where();
    const QStringList keys = sortExpressions();
    const bool descending = m_sort.order == Qt::DescendingOrder;
    if (keyset) {
        // A row value, not "k > ? OR (k = ? AND id > ?)": SQLite (and PostgreSQL) seek an index
        // on the sort columns with it, where the OR form scans every row.
        w.sql += w.sql.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ");
        w.sql += QStringLiteral("(%1, f.id) %2 (%3?)")
                     .arg(keys.join(QStringLiteral(", ")), descending ? QStringLiteral("<") : QStringLiteral(">"),
                          QStringLiteral("?, ").repeated(int(keys.size())));
        w.values << keyset->keys << keyset->id;
    }
    // Filter, order and cut on the flows with only the joins the order needs, then join the
    // labels of the window's rows alone: on a million flows, sorting by tonnes without an index
    // takes 0,1 s this way, 1,8 s when every row is joined before the sort keeps 200.
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    QStringList innerColumns{QStringLiteral("f.id AS id")}, innerOrder, outerOrder;
    for (int i = 0; i < keys.size(); ++i) {
        innerColumns << QStringLiteral("%1 AS k%2").arg(keys.at(i)).arg(i);
        innerOrder << keys.at(i) + dir;
        outerOrder << QStringLiteral("w.k%1").arg(i) + dir;
    }
    innerOrder << QStringLiteral("f.id") + dir;
    outerOrder << QStringLiteral("w.id") + dir;
    QString inner = QStringLiteral("SELECT ") + innerColumns.join(QStringLiteral(", ")) + QStringLiteral(" FROM flow f")
        + labelJoins(joinsToSortBy(m_sort.column)) + w.sql + QStringLiteral(" ORDER BY ") + innerOrder.join(QStringLiteral(", "));
    if (limit > 0) {
        inner += QStringLiteral(" LIMIT ?");
        w.values << limit;
        if (!keyset && offset > 0) {
            inner += QStringLiteral(" OFFSET ?");
            w.values << offset;
        }
    }
    const QString statement = QStringLiteral("SELECT %1 FROM (%2) w JOIN flow f ON f.id = w.id")
                                  .arg(QString::fromLatin1(kRowColumns).arg(QLatin1String(kKgExpr)), inner)
        + labelJoins(NeedsAll) + QStringLiteral(" ORDER BY ") + outerOrder.join(QStringLiteral(", "));
    return {statement, w.values};
}

qint64 FlowQuery::count(const QSqlDatabase &db) const
{
    const SqlFragment s = withTextResolved(db).countStatement();
    return sql::scalar(db, s.sql, s.values).toLongLong();
}

SqlFragment FlowQuery::totalsByDataSetStatement(const QList<qint64> &datasetIds) const
{
    const SqlFragment w = where();
    QStringList columns;
    QVariantList values;
    for (qint64 id : datasetIds) {
        columns << QStringLiteral("coalesce(sum(CASE WHEN f.dataset_id = ? THEN 1 ELSE 0 END), 0), "
                                  "coalesce(sum(CASE WHEN f.dataset_id = ? THEN f.grams END), 0)");
        values << id << id;
    }
    values << w.values;
    return {QStringLiteral("SELECT ") + columns.join(QStringLiteral(", ")) + QStringLiteral(" FROM flow f") + w.sql, values};
}

FlowTotals FlowQuery::totals(const QSqlDatabase &db) const
{
    const FlowQuery resolved = withTextResolved(db);
    const SqlFragment s = resolved.totalsStatement();
    QSqlQuery q = sql::exec(db, s.sql, s.values);
    FlowTotals t;
    if (!q.next())
        return t;
    t.rows = q.value(0).toLongLong();
    t.traitementRows = q.value(1).toLongLong();
    t.collecteRows = t.rows - t.traitementRows;
    t.collecteGrams = q.value(2).toLongLong();
    t.traitementGrams = q.value(3).toLongLong();
    if (t.rows == 0)
        return t;
    // Data sets that hold flows (a small table: the catalogue), then one pass over the rows.
    QList<DataSetTotal> sets;
    QSqlQuery d = sql::exec(db, QStringLiteral("SELECT id, family, axis, publisher FROM dataset "
                                               "WHERE axis IN ('type', 'destination', 'canal', 'autre') ORDER BY sort_order, id"));
    while (d.next()) {
        DataSetTotal one;
        one.datasetId = d.value(0).toLongLong();
        one.family = d.value(1).toString();
        one.treatment = d.value(2).toString() == QLatin1String("destination");
        one.label = dataSetShortLabel(one.family, d.value(2).toString(), d.value(3).toString());
        sets << one;
    }
    QList<qint64> ids;
    for (const DataSetTotal &one : std::as_const(sets))
        ids << one.datasetId;
    if (ids.isEmpty())
        return t;
    const SqlFragment byDataSet = resolved.totalsByDataSetStatement(ids);
    q = sql::exec(db, byDataSet.sql, byDataSet.values);
    if (!q.next())
        return t;
    for (int i = 0; i < sets.size(); ++i) {
        sets[i].rows = q.value(2 * i).toLongLong();
        sets[i].grams = q.value(2 * i + 1).toLongLong();
        if (sets[i].rows > 0)
            t.byDataSet << sets[i];
    }
    return t;
}

QString FlowTotals::tonnesText() const
{
    if (rows == 0)
        return QString();
    if (byDataSet.size() <= 1)
        return formatGramsAsTonnes(collecteGrams + traitementGrams);
    QStringList parts;
    for (const DataSetTotal &d : byDataSet)
        parts << Tr::tr("%1 : %2").arg(d.label, formatGramsAsTonnes(d.grams));
    return Tr::tr("%1 (non additionnés : ces jeux de données se recouvrent ou décrivent les mêmes déchets)")
        .arg(parts.join(QStringLiteral(" · ")));
}

FlowRecord FlowQuery::readRecord(const QSqlQuery &q)
{
    FlowRecord r;
    r.id = q.value(0).toLongLong();
    r.year = q.value(1).toInt();
    r.treatment = q.value(2).toString() == QLatin1String("traitement");
    r.territory = q.value(3).toString();
    r.levelKey = q.value(4).toString();
    r.code = q.value(5).toString();
    r.stream = q.value(6).toString();
    r.mode = q.value(7).toString();
    r.grams = q.value(8).toLongLong();
    r.tonnes = tonnesFromGrams(r.grams);
    if (!q.isNull(9))
        r.kgPerInhabitant = q.value(9).toDouble();
    r.source = q.value(10).toString();
    r.territoryId = q.value(11).toLongLong();
    r.streamId = q.value(12).toLongLong();
    r.territoryKey = q.value(13).toString();
    return r;
}

void FlowQuery::runRows(const QSqlDatabase &db, const SqlFragment &statement, const std::function<void(const FlowRecord &)> &f) const
{
    QSqlQuery q = sql::prepare(db, statement.sql);
    q.setForwardOnly(true);
    for (const QVariant &v : statement.values)
        q.addBindValue(v);
    sql::exec(q);
    while (q.next())
        f(readRecord(q));
}

QVector<FlowRecord> FlowQuery::rows(const QSqlDatabase &db, qint64 offset, int limit, const std::optional<FlowKeyset> &keyset) const
{
    QVector<FlowRecord> out;
    if (limit > 0)
        out.reserve(limit);
    runRows(db, withTextResolved(db).rowsStatement(offset, limit, keyset), [&out](const FlowRecord &r) { out.push_back(r); });
    return out;
}

void parseYearRange(const QString &text, int *from, int *to)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{4})?\\s*(-)?\\s*(\\d{4})?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch() || (m.captured(1).isEmpty() && m.captured(3).isEmpty()))
        throw OdemaError(Tr::tr("Années « %1 » illisibles : écrivez 2019, 2017-2021, 2017- ou -2021.").arg(text));
    const bool range = !m.captured(2).isEmpty();
    *from = m.captured(1).toInt();
    *to = range ? m.captured(3).toInt() : *from;
    if (*from > 0 && *to > 0 && *from > *to)
        throw OdemaError(Tr::tr("Années « %1 » : la première dépasse la seconde.").arg(text));
}

} // namespace odema
