#include "quality/QualitySheetNotes.h"

#include "quality/QualityAcknowledgment.h"
#include "quality/QualityChecker.h"

#include <QCoreApplication>
#include <algorithm>

namespace odema {

QStringList qualitySheetNotes(const QSqlDatabase &db, qint64 territoryId, int year, int max)
{
    QualityOptions options;
    options.territoryIds = {territoryId};
    options.yearTo = year;
    QList<QualityFinding> found;
    for (const QualityFinding &f : QualityChecker(db).run(options))
        if (f.territoryId == territoryId && f.severity >= QualitySeverity::Warning)
            found << f;
    // The latest first (the sheet's year is what it is read for), errors before warnings.
    std::stable_sort(found.begin(), found.end(), [](const QualityFinding &a, const QualityFinding &b) {
        return a.year != b.year ? a.year > b.year : a.severity > b.severity;
    });
    const QHash<QString, QualityAcknowledgment> acknowledged = loadAcknowledgments(db);
    QStringList lines;
    for (qsizetype i = 0; i < found.size() && i < max; ++i) {
        const QualityFinding &f = found.at(i);
        QString line = QCoreApplication::translate("Quality", "À vérifier : %1").arg(f.sentence);
        if (auto a = acknowledged.constFind(f.key()); a != acknowledged.constEnd())
            line += QLatin1Char(' ') + QCoreApplication::translate("Quality", "Pris en compte : %1").arg(a->comment);
        lines << line;
    }
    if (found.size() > max)
        lines << QCoreApplication::translate("Quality", "À vérifier aussi : %n autre(s) constat(s) sur ce territoire "
                                                        "(onglet Qualité, ou odema-explorer check --territory %1).",
                                             nullptr, int(found.size() - max))
                     .arg(found.first().territoryRef);
    return lines;
}

} // namespace odema
