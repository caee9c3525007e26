// Coverage checks: tonnes that no population of their year goes with (no kg/hab can be given,
// or only on an older population), and territories or streams no nomenclature knows.
#include "quality/QualityChecker.h"

#include "common/FrenchFormat.h"
#include "common/Tonnage.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>

namespace odema {

namespace {
struct Quality {
    Q_DECLARE_TR_FUNCTIONS(Quality)
};
} // namespace

void QualityChecker::checkPopulations()
{
    QVariantList values;
    const QString statement =
        QStringLiteral("SELECT f.territory_id, f.year, sum(f.grams), "
                       "(SELECT max(p.year) FROM population p WHERE p.territory_id = f.territory_id AND p.year < f.year) FROM flow f "
                       "WHERE NOT EXISTS (SELECT 1 FROM population_used u WHERE u.territory_id = f.territory_id AND u.year = f.year)")
        + scopeClause(QStringLiteral("f.territory_id"), values) + QStringLiteral(" GROUP BY f.territory_id, f.year");
    QSqlQuery q = sql::exec(m_db, statement, values);
    while (q.next()) {
        const qint64 territoryId = q.value(0).toLongLong();
        const int year = q.value(1).toInt();
        const qint64 grams = q.value(2).toLongLong();
        const bool older = !q.value(3).isNull();
        QualityFinding f = base(older ? QualityKind::OlderPopulation : QualityKind::NoPopulation, territoryId, year);
        f.unit = QStringLiteral("t");
        f.left = tonnesFromGrams(grams);
        f.leftGrams = grams;
        f.leftLabel = Quality::tr("tonnes de l'année");
        QSqlQuery files = sql::exec(m_db, QStringLiteral("SELECT DISTINCT s.name, d.code FROM flow x JOIN source_file s ON s.id = x.source_id "
                                                         "LEFT JOIN dataset d ON d.id = x.dataset_id "
                                                         "WHERE x.territory_id = ? AND x.year = ? ORDER BY s.name"),
                                    {territoryId, year});
        while (files.next()) {
            f.files << files.value(0).toString();
            if (!f.datasets.contains(files.value(1).toString()))
                f.datasets << files.value(1).toString();
        }
        if (older) {
            f.previousYear = q.value(3).toInt();
            f.severity = QualitySeverity::Info;
            f.sentence = Quality::tr("%1, %2 : %3 de déchets mais la population la plus récente est de %4 : pas de kg/hab pour %2.")
                             .arg(f.territoryName, QString::number(year), formatGramsAsTonnes(grams), QString::number(f.previousYear));
        } else {
            f.severity = QualitySeverity::Warning;
            f.sentence = Quality::tr("%1, %2 : %3 de déchets sans aucune population : pas de kg/hab.")
                             .arg(f.territoryName, QString::number(year), formatGramsAsTonnes(grams));
        }
        m_findings.append(f);
    }
}

void QualityChecker::checkUnknownCodes()
{
    // A territory the COG never named keeps the placeholder name its code gave it; one that no
    // file placed in the tree has no parent. Either way no région or France figure counts it.
    QVariantList values;
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT f.territory_id, max(f.year), sum(f.grams) FROM flow f WHERE 1 = 1")
                                      + scopeClause(QStringLiteral("f.territory_id"), values) + QStringLiteral(" GROUP BY f.territory_id"),
                            values);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const Territory t = m_territories.value(id);
        if (!t.placeholder && t.linked)
            continue;
        QualityFinding f = base(QualityKind::UnknownCode, id, q.value(1).toInt());
        f.unit = QStringLiteral("t");
        f.leftGrams = q.value(2).toLongLong();
        f.left = tonnesFromGrams(*f.leftGrams);
        f.severity = QualitySeverity::Warning;
        f.sentence = t.placeholder ? Quality::tr("%1 (%2) : code inconnu du code officiel géographique, %3 de déchets jusqu'en %4.")
                                         .arg(t.name, t.ref, formatGramsAsTonnes(*f.leftGrams), QString::number(f.year))
                                   : Quality::tr("%1 (%2) : territoire rattaché à aucun autre, ses %3 ne comptent dans aucun total.")
                                         .arg(t.name, t.ref, formatGramsAsTonnes(*f.leftGrams));
        m_findings.append(f);
    }
    // Streams and modes an import created from a code that no nomenclature knew (seeded = 0).
    for (const auto &[table, column] : {std::pair{"waste_stream", "stream_id"}, std::pair{"treatment_mode", "mode_id"}}) {
        QVariantList v;
        QSqlQuery s = sql::exec(m_db, QStringLiteral("SELECT n.code, n.label, f.territory_id, max(f.year), sum(f.grams) FROM flow f "
                                                     "JOIN %1 n ON n.id = f.%2 WHERE n.seeded = 0")
                                              .arg(QLatin1String(table), QLatin1String(column))
                                          + scopeClause(QStringLiteral("f.territory_id"), v)
                                          + QStringLiteral(" GROUP BY n.code, n.label, f.territory_id"),
                                v);
        while (s.next()) {
            QualityFinding f = base(QualityKind::UnknownCode, s.value(2).toLongLong(), s.value(3).toInt());
            f.stream = s.value(0).toString();
            f.unit = QStringLiteral("t");
            f.leftGrams = s.value(4).toLongLong();
            f.left = tonnesFromGrams(*f.leftGrams);
            f.severity = QualitySeverity::Warning;
            f.sentence = Quality::tr("%1 : code « %2 » (%3) inconnu de la nomenclature, %4 jusqu'en %5.")
                             .arg(f.territoryName, f.stream, s.value(1).toString(), formatGramsAsTonnes(*f.leftGrams), QString::number(f.year));
            m_findings.append(f);
        }
    }
}

} // namespace odema
