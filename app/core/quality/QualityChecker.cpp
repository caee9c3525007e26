// The checker's frame (territories, data sets, scope, files) and the consistency checks: two
// data sets describing the same tonnes, a published ratio against its own tonnage and population.
#include "quality/QualityChecker.h"

#include "common/FrenchFormat.h"
#include "common/Tonnage.h"
#include "dataset/DataSetLabel.h"
#include "store/SqlUtil.h"
#include "territory/TerritoryLevel.h"
#include "territory/TerritoryRegistry.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace odema {

namespace {
struct Quality {
    Q_DECLARE_TR_FUNCTIONS(Quality)
};
} // namespace

QList<QualityFinding> QualityChecker::run(const QualityOptions &options)
{
    m_options = options;
    m_findings.clear();
    load();
    for (const ConsistencyPair &pair : consistencyPairs())
        checkConsistency(pair);
    checkRatios();
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT DISTINCT d.id, d.code, d.sort_order FROM dataset d "
                                                 "WHERE EXISTS (SELECT 1 FROM flow f WHERE f.dataset_id = d.id) ORDER BY d.sort_order, d.code"));
    QList<QPair<qint64, QString>> withFlows;
    while (q.next())
        withFlows.append({q.value(0).toLongLong(), q.value(1).toString()});
    for (const auto &[id, code] : std::as_const(withFlows)) {
        checkHierarchy(id, code);
        checkSeries(id, code);
        checkStreams(id, code);
    }
    checkPopulations();
    checkUnknownCodes();
    QList<QualityFinding> kept;
    for (const QualityFinding &f : std::as_const(m_findings))
        if (yearInScope(f.year))
            kept.append(f);
    const QStringList kinds = qualityKinds();
    std::stable_sort(kept.begin(), kept.end(), [&](const QualityFinding &a, const QualityFinding &b) {
        if (a.territoryRef != b.territoryRef)
            return a.territoryRef < b.territoryRef;
        if (a.year != b.year)
            return a.year < b.year;
        return kinds.indexOf(a.kind) < kinds.indexOf(b.kind);
    });
    return kept;
}

void QualityChecker::load()
{
    m_territories.clear();
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT t.id, t.level, t.code, t.name, "
                                                 "EXISTS (SELECT 1 FROM territory_link l WHERE l.child_id = t.id) FROM territory t"));
    while (q.next()) {
        Territory t;
        const auto level = levelFromKey(q.value(1).toString());
        t.ref = q.value(1).toString() + QLatin1Char(':') + q.value(2).toString();
        t.name = q.value(3).toString();
        t.depth = level ? levelDepth(*level) : 9;
        t.placeholder = level && t.name == placeholderName(*level, q.value(2).toString());
        t.linked = q.value(4).toBool() || level == Level::France;
        m_territories.insert(q.value(0).toLongLong(), t);
    }
    m_datasetIds.clear();
    m_datasetLabels.clear();
    q = sql::exec(m_db, QStringLiteral("SELECT id, code FROM dataset"));
    while (q.next()) {
        m_datasetIds.insert(q.value(1).toString(), q.value(0).toLongLong());
        m_datasetLabels.insert(q.value(1).toString(), dataSetShortLabel(m_db, q.value(0).toLongLong()));
    }
    m_files.clear();
}

QString QualityChecker::scopeClause(const QString &territoryColumn, QVariantList &values) const
{
    if (m_options.territoryIds.isEmpty())
        return QString();
    sql::appendIds(values, m_options.territoryIds);
    return QStringLiteral(" AND %1 IN (SELECT descendant_id FROM territory_closure WHERE ancestor_id IN (%2))")
        .arg(territoryColumn, sql::placeholders(m_options.territoryIds.size()));
}

bool QualityChecker::yearInScope(int year) const
{
    return (m_options.yearFrom <= 0 || year >= m_options.yearFrom) && (m_options.yearTo <= 0 || year <= m_options.yearTo);
}

QualityChecker::Sums QualityChecker::sideSums(const QualitySide &side) const
{
    Sums sums;
    const qint64 datasetId = m_datasetIds.value(side.dataset);
    if (datasetId == 0)
        return sums;
    QVariantList values{datasetId};
    QString statement;
    if (side.published) {
        statement = QStringLiteral("SELECT p.territory_id, p.year, p.grams, 1 FROM published_value p WHERE p.dataset_id = ? "
                                   "AND p.measure = 'tonnage' AND p.stream_id IS NULL AND p.grams IS NOT NULL")
                    + scopeClause(QStringLiteral("p.territory_id"), values);
    } else {
        QString streams;
        if (side.horsGravats)
            streams += QStringLiteral(" AND s.gravats = 0");
        if (!side.streams.isEmpty()) {
            streams += QStringLiteral(" AND s.code IN (%1)").arg(sql::placeholders(side.streams.size()));
            for (const QString &code : side.streams)
                values << code;
        }
        statement = QStringLiteral("SELECT f.territory_id, f.year, sum(f.grams), count(*) FROM flow f "
                                   "JOIN waste_stream s ON s.id = f.stream_id WHERE f.dataset_id = ?")
                    + streams + scopeClause(QStringLiteral("f.territory_id"), values)
                    + QStringLiteral(" GROUP BY f.territory_id, f.year");
    }
    QSqlQuery q = sql::exec(m_db, statement, values);
    while (q.next())
        sums.insert({q.value(0).toLongLong(), q.value(1).toInt()}, Cell{q.value(2).toLongLong(), q.value(3).toInt()});
    return sums;
}

QString QualityChecker::sideLabel(const QualitySide &side) const
{
    QString label = m_datasetLabels.value(side.dataset, side.dataset);
    if (side.horsGravats)
        label += Quality::tr(", hors gravats");
    if (!side.streams.isEmpty())
        label += QStringLiteral(" (%1)").arg(side.streams.join(QStringLiteral(", ")));
    return label;
}

QStringList QualityChecker::filesOf(const QString &datasetCode)
{
    auto it = m_files.constFind(datasetCode);
    if (it != m_files.constEnd())
        return *it;
    QStringList names;
    const qint64 id = m_datasetIds.value(datasetCode);
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT name FROM source_file WHERE id IN (SELECT source_id FROM flow WHERE dataset_id = ?) "
                                                 "OR id IN (SELECT source_id FROM published_value WHERE dataset_id = ?) ORDER BY name"),
                            {id, id});
    while (q.next())
        names << q.value(0).toString();
    m_files.insert(datasetCode, names);
    return names;
}

QualityFinding QualityChecker::base(const char *kind, qint64 territoryId, int year) const
{
    QualityFinding f;
    f.kind = QLatin1String(kind);
    f.territoryId = territoryId;
    const Territory t = m_territories.value(territoryId);
    f.territoryRef = t.ref;
    f.territoryName = t.name;
    f.year = year;
    return f;
}

QualitySeverity QualityChecker::severityOfPercent(double percent) const
{
    const double a = std::abs(percent);
    if (a > m_options.errorPercent)
        return QualitySeverity::Error;
    return a >= m_options.warningPercent ? QualitySeverity::Warning : QualitySeverity::Info;
}

void QualityChecker::setTonnes(QualityFinding &f, qint64 left, qint64 right) const
{
    f.unit = QStringLiteral("t");
    f.leftGrams = left;
    f.rightGrams = right;
    f.left = tonnesFromGrams(left);
    f.right = tonnesFromGrams(right);
    f.difference = tonnesFromGrams(right - left);
    if (left != 0)
        f.differencePercent = double(right - left) * 100.0 / double(left);
}

void QualityChecker::checkConsistency(const ConsistencyPair &pair)
{
    const Sums left = sideSums(pair.left), right = sideSums(pair.right);
    if (left.isEmpty() || right.isEmpty())
        return;
    // A year only one of them covers is no disagreement: compare the years both hold.
    QSet<int> leftYears, rightYears;
    for (auto it = left.cbegin(); it != left.cend(); ++it)
        leftYears.insert(it.key().second);
    for (auto it = right.cbegin(); it != right.cend(); ++it)
        rightYears.insert(it.key().second);
    QSet<QPair<qint64, int>> keys;
    for (auto it = left.cbegin(); it != left.cend(); ++it)
        if (rightYears.contains(it.key().second))
            keys.insert(it.key());
    for (auto it = right.cbegin(); it != right.cend(); ++it)
        if (leftYears.contains(it.key().second))
            keys.insert(it.key());
    const QString leftName = sideLabel(pair.left), rightName = sideLabel(pair.right);
    const QStringList files = filesOf(pair.left.dataset) + filesOf(pair.right.dataset);
    for (const auto &key : std::as_const(keys)) {
        const bool inLeft = left.contains(key), inRight = right.contains(key);
        const qint64 l = left.value(key).grams, r = right.value(key).grams;
        QualityFinding f = base(inLeft && inRight ? QualityKind::Consistency : QualityKind::Absent, key.first, key.second);
        f.datasets = {pair.left.dataset, pair.right.dataset};
        f.leftLabel = leftName;
        f.rightLabel = rightName;
        f.files = files;
        setTonnes(f, l, r);
        if (inLeft && inRight) {
            if (std::abs(r - l) <= m_options.toleranceGrams)
                continue;
            f.severity = l == 0 ? QualitySeverity::Error : severityOfPercent(*f.differencePercent);
            f.sentence = Quality::tr("%1, %2 : « %3 » donne %4, « %5 » %6 (%7, %8) pour les mêmes tonnes.")
                             .arg(f.territoryName, QString::number(f.year), leftName, formatGramsAsTonnes(l), rightName,
                                  formatGramsAsTonnes(r), formatSigned(*f.difference, 2, QStringLiteral("t")),
                                  f.differencePercent ? formatSignedPercent(*f.differencePercent, 2) : QStringLiteral("—"));
        } else {
            f.severity = QualitySeverity::Warning;
            const QString inName = inLeft ? leftName : rightName, outName = inLeft ? rightName : leftName;
            f.sentence = Quality::tr("%1, %2 : %3 dans « %4 », absent de « %5 », qui donne pourtant d'autres territoires cette année-là.")
                             .arg(f.territoryName, QString::number(f.year), formatGramsAsTonnes(inLeft ? l : r), inName, outName);
        }
        m_findings.append(f);
    }
}

void QualityChecker::checkRatios()
{
    struct Published {
        std::optional<qint64> grams;
        std::optional<double> population;
        std::optional<double> ratio;
        QString ratioText;
    };
    QVariantList values;
    const QString statement =
        QStringLiteral("SELECT d.code, p.territory_id, p.year, coalesce(s.code, ''), p.measure, p.grams, p.value, p.as_published "
                       "FROM published_value p JOIN dataset d ON d.id = p.dataset_id LEFT JOIN waste_stream s ON s.id = p.stream_id "
                       "WHERE p.measure IN ('tonnage', 'population', 'population_desservie', 'ratio')")
        + scopeClause(QStringLiteral("p.territory_id"), values);
    QMap<std::tuple<QString, qint64, int, QString>, Published> cells;
    QSqlQuery q = sql::exec(m_db, statement, values);
    while (q.next()) {
        Published &c = cells[{q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString()}];
        const QString measure = q.value(4).toString();
        if (measure == QLatin1String("tonnage") && !q.value(5).isNull())
            c.grams = q.value(5).toLongLong();
        else if (measure == QLatin1String("ratio")) {
            c.ratio = q.value(6).toDouble();
            c.ratioText = q.value(7).toString();
        } else if (measure == QLatin1String("population") || !c.population) // the resident population first
            c.population = q.value(6).toDouble();
    }
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        const Published &c = it.value();
        if (!c.grams || !c.population || !c.ratio || *c.population <= 0)
            continue;
        const double computed = double(*c.grams) / 1000.0 / *c.population;
        // The published ratio is rounded to the decimals it prints: half its last unit is no gap.
        const qsizetype point = c.ratioText.indexOf(QLatin1Char('.'));
        const int decimals = point < 0 ? 0 : int(c.ratioText.size() - point - 1);
        const double tolerance = std::max(0.5 * std::pow(10.0, -decimals), 0.001);
        if (std::abs(computed - *c.ratio) <= tolerance)
            continue;
        const auto &[code, territoryId, year, stream] = it.key();
        QualityFinding f = base(QualityKind::Ratio, territoryId, year);
        f.datasets = {code};
        f.stream = stream;
        f.unit = QStringLiteral("kg/hab");
        f.leftLabel = Quality::tr("ratio publié");
        f.rightLabel = Quality::tr("recalculé du tonnage et de la population publiés");
        f.left = *c.ratio;
        f.right = computed;
        f.difference = computed - *c.ratio;
        f.differencePercent = *c.ratio != 0 ? (computed - *c.ratio) * 100.0 / *c.ratio : std::optional<double>();
        f.files = filesOf(code);
        f.severity = f.differencePercent ? severityOfPercent(*f.differencePercent) : QualitySeverity::Warning;
        const QString what = m_datasetLabels.value(code, code) + (stream.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(stream));
        f.sentence = Quality::tr("%1, %2 : « %3 » publie %4 kg/hab, mais son tonnage (%5) divisé par sa population (%6 hab.) donne %7 kg/hab (%8).")
                         .arg(f.territoryName, QString::number(year), what, formatNumber(*c.ratio, 2), formatGramsAsTonnes(*c.grams),
                              formatInteger(qint64(std::llround(*c.population))), formatNumber(computed, 2),
                              f.differencePercent ? formatSignedPercent(*f.differencePercent, 2) : QStringLiteral("—"));
        m_findings.append(f);
    }
}

} // namespace odema
