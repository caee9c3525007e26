// Checks along a data set's own series and tree: a territory against those below it, a
// year-on-year change beyond the threshold, a stream that appears or vanishes, a missing year.
#include "quality/QualityChecker.h"

#include "common/FrenchFormat.h"
#include "common/Tonnage.h"
#include "store/SqlUtil.h"
#include "territory/TerritoryLevel.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace odema {

namespace {

struct Quality {
    Q_DECLARE_TR_FUNCTIONS(Quality)
};

/// The most frequent gap between a data set's consecutive years: its survey rhythm (2 for the
/// SINOE® surveys of odd years 2009…2021), 1 when it has a single year.
int rhythmOf(const QList<int> &years)
{
    QMap<int, int> gaps;
    for (qsizetype i = 1; i < years.size(); ++i)
        ++gaps[years.at(i) - years.at(i - 1)];
    int best = 1, count = 0;
    for (auto it = gaps.cbegin(); it != gaps.cend(); ++it)
        if (it.value() > count) {
            best = it.key();
            count = it.value();
        }
    return best;
}

} // namespace

void QualityChecker::checkHierarchy(qint64 datasetId, const QString &code)
{
    // A territory's own rows against the rows of the territories below it, at the shallowest
    // level holding any (EPCI and their communes are never both summed).
    QVariantList values{datasetId, datasetId};
    const QString statement =
        QStringLiteral("SELECT c.ancestor_id, f.year, t.level, sum(f.grams), count(DISTINCT f.territory_id) FROM flow f "
                       "JOIN territory_closure c ON c.descendant_id = f.territory_id AND c.depth > 0 "
                       "JOIN territory t ON t.id = f.territory_id "
                       "WHERE f.dataset_id = ? AND c.ancestor_id IN (SELECT territory_id FROM flow WHERE dataset_id = ?)")
        + scopeClause(QStringLiteral("c.ancestor_id"), values) + QStringLiteral(" GROUP BY c.ancestor_id, f.year, t.level");
    struct Children {
        int depth = 99;
        qint64 grams = 0;
        int count = 0;
    };
    QHash<QPair<qint64, int>, Children> below;
    QSqlQuery q = sql::exec(m_db, statement, values);
    while (q.next()) {
        const auto level = levelFromKey(q.value(2).toString());
        const int depth = level ? levelDepth(*level) : 9;
        Children &c = below[{q.value(0).toLongLong(), q.value(1).toInt()}];
        if (depth < c.depth)
            c = Children{depth, q.value(3).toLongLong(), q.value(4).toInt()};
    }
    if (below.isEmpty())
        return;
    const Sums own = sideSums(QualitySide{code, false, false, {}});
    for (auto it = below.cbegin(); it != below.cend(); ++it) {
        if (!own.contains(it.key()))
            continue;
        const qint64 parent = own.value(it.key()).grams, children = it.value().grams;
        if (std::abs(children - parent) <= m_options.toleranceGrams)
            continue;
        QualityFinding f = base(QualityKind::Hierarchy, it.key().first, it.key().second);
        f.datasets = {code};
        f.leftLabel = Quality::tr("le territoire");
        f.rightLabel = Quality::tr("les territoires qu'il contient");
        f.files = filesOf(code);
        setTonnes(f, parent, children);
        f.severity = parent == 0 ? QualitySeverity::Error : severityOfPercent(*f.differencePercent);
        f.sentence = Quality::tr("%1, %2 : « %3 » donne %4 pour le territoire et %5 pour les %n territoires qu'il contient (%6, %7).", nullptr,
                        it.value().count)
                         .arg(f.territoryName, QString::number(f.year), m_datasetLabels.value(code, code), formatGramsAsTonnes(parent),
                              formatGramsAsTonnes(children), formatSigned(*f.difference, 2, QStringLiteral("t")),
                              f.differencePercent ? formatSignedPercent(*f.differencePercent, 2) : QStringLiteral("—"));
        m_findings.append(f);
    }
}

void QualityChecker::checkSeries(qint64 datasetId, const QString &code)
{
    QList<int> datasetYears;
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT DISTINCT year FROM flow WHERE dataset_id = ? ORDER BY year"), {datasetId});
    while (q.next())
        datasetYears << q.value(0).toInt();
    const int rhythm = rhythmOf(datasetYears);
    const Sums sums = sideSums(QualitySide{code, false, false, {}});
    QHash<qint64, QMap<int, qint64>> series;
    for (auto it = sums.cbegin(); it != sums.cend(); ++it)
        series[it.key().first].insert(it.key().second, it.value().grams);
    const QString name = m_datasetLabels.value(code, code);
    const QStringList files = filesOf(code);
    for (auto s = series.cbegin(); s != series.cend(); ++s) {
        const QList<int> years = s.value().keys();
        for (qsizetype i = 1; i < years.size(); ++i) {
            const int a = years.at(i - 1), b = years.at(i);
            const qint64 ga = s.value().value(a), gb = s.value().value(b);
            if (ga <= 0 || std::abs(double(gb - ga)) <= m_options.breakThreshold * double(ga))
                continue;
            QualityFinding f = base(QualityKind::Break, s.key(), b);
            f.previousYear = a;
            f.datasets = {code};
            f.leftLabel = QString::number(a);
            f.rightLabel = QString::number(b);
            f.files = files;
            setTonnes(f, ga, gb);
            f.severity = QualitySeverity::Warning;
            f.sentence = Quality::tr("%1 : « %2 » passe de %3 en %4 à %5 en %6 (%7), au-delà du seuil de %8.")
                             .arg(f.territoryName, name, formatGramsAsTonnes(ga), QString::number(a), formatGramsAsTonnes(gb),
                                  QString::number(b), formatSignedPercent(*f.differencePercent, 1),
                                  formatPercent(m_options.breakThreshold * 100.0, 0));
            m_findings.append(f);
        }
        // Missing: a year the data set holds for other territories, between this one's first and
        // last years in it. The data set's own years set the rhythm (every 2 years for SINOE®),
        // so an off year of a biennial survey is never "missing".
        for (int y : datasetYears) {
            if (y <= years.first() || y >= years.last() || s.value().contains(y))
                continue;
            QualityFinding f = base(QualityKind::MissingYear, s.key(), y);
            f.previousYear = *std::prev(std::lower_bound(years.cbegin(), years.cend(), y));
            f.datasets = {code};
            f.files = files;
            f.severity = QualitySeverity::Warning;
            f.sentence = Quality::tr("%1 : « %2 » n'a aucun chiffre pour %3, entre %4 et %5, alors qu'il en donne pour d'autres territoires "
                            "cette année-là (rythme du jeu de données : tous les %n an(s)).", nullptr, rhythm)
                             .arg(f.territoryName, name, QString::number(y), QString::number(years.first()), QString::number(years.last()));
            m_findings.append(f);
        }
    }
}

void QualityChecker::checkStreams(qint64 datasetId, const QString &code)
{
    QVariantList values{datasetId};
    const QString statement = QStringLiteral("SELECT f.territory_id, f.year, s.code, s.label, sum(f.grams) FROM flow f "
                                             "JOIN waste_stream s ON s.id = f.stream_id WHERE f.dataset_id = ?")
                              + scopeClause(QStringLiteral("f.territory_id"), values)
                              + QStringLiteral(" GROUP BY f.territory_id, f.year, s.code, s.label");
    QHash<qint64, QMap<int, QHash<QString, qint64>>> present;
    QHash<QString, QString> labels;
    QSqlQuery q = sql::exec(m_db, statement, values);
    while (q.next()) {
        present[q.value(0).toLongLong()][q.value(1).toInt()].insert(q.value(2).toString(), q.value(4).toLongLong());
        labels.insert(q.value(2).toString(), q.value(3).toString());
    }
    const QString name = m_datasetLabels.value(code, code);
    const QStringList files = filesOf(code);
    for (auto t = present.cbegin(); t != present.cend(); ++t) {
        const QList<int> years = t.value().keys();
        for (qsizetype i = 1; i < years.size(); ++i) {
            const int a = years.at(i - 1), b = years.at(i);
            const QHash<QString, qint64> &before = t.value().value(a), &after = t.value().value(b);
            QStringList codes = before.keys() + after.keys();
            codes.removeDuplicates();
            std::sort(codes.begin(), codes.end());
            for (const QString &stream : std::as_const(codes)) {
                const bool wasThere = before.contains(stream), isThere = after.contains(stream);
                if (wasThere == isThere)
                    continue;
                QualityFinding f = base(isThere ? QualityKind::StreamAppears : QualityKind::StreamVanishes, t.key(), b);
                f.previousYear = a;
                f.stream = stream;
                f.datasets = {code};
                f.files = files;
                setTonnes(f, before.value(stream), after.value(stream));
                f.severity = QualitySeverity::Info;
                f.sentence = isThere ? Quality::tr("%1, %2 : le flux « %3 » apparaît dans « %4 » (%5), absent en %6.")
                                           .arg(f.territoryName, QString::number(b), labels.value(stream), name,
                                                formatGramsAsTonnes(after.value(stream)), QString::number(a))
                                     : Quality::tr("%1, %2 : le flux « %3 » disparaît de « %4 » (%5 en %6).")
                                           .arg(f.territoryName, QString::number(b), labels.value(stream), name,
                                                formatGramsAsTonnes(before.value(stream)), QString::number(a));
                m_findings.append(f);
            }
        }
    }
}

} // namespace odema
