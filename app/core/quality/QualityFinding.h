#pragma once
// One doubtful figure found by the quality checks (QualityChecker): what kind of doubt, how
// serious, where and when, the figures on both sides with their difference, the data sets and
// files involved, and a sentence for people. Its key() is stable from one run to the next on
// the same store, so an acknowledgment (a user's comment) can be kept with it.
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace odema {

enum class QualitySeverity { Info, Warning, Error };
QString severityKey(QualitySeverity s);   ///< "info", "warning", "error"
QString severityLabel(QualitySeverity s); ///< "information", "avertissement", "erreur" (tr)
std::optional<QualitySeverity> severityFromKey(const QString &key);

struct QualityFinding {
    QString kind;                 ///< check id (QualityCheck.h): "coherence", "rupture"…
    QualitySeverity severity = QualitySeverity::Info;
    qint64 territoryId = 0;
    QString territoryRef;         ///< "departement:59"
    QString territoryName;
    int year = 0;                 ///< the year the doubt is about (the later one for a break)
    int previousYear = 0;         ///< breaks and streams appearing: the year compared with
    QString stream;               ///< stream code when the finding is about one stream
    QStringList datasets;         ///< data set codes, left side first
    QString leftLabel, rightLabel;///< what each side is (data set names, "recalculé"…)
    std::optional<double> left, right; ///< figures on both sides, in `unit`
    std::optional<qint64> leftGrams, rightGrams; ///< the same, exact, when unit is "t"
    QString unit;                 ///< "t", "kg/hab", "hab" or empty
    std::optional<double> difference;  ///< right − left, in `unit`
    std::optional<double> differencePercent; ///< (right − left) / left × 100
    QStringList files;            ///< source files of the figures
    QString sentence;             ///< French (tr): what is doubtful and why

    /// kind|datasets|territory|year|previous|stream: the same finding on every run.
    QString key() const;
    /// Difference in grams when both sides are exact tonnes.
    std::optional<qint64> differenceGrams() const;
};

/// Highest severity of a list (Info when empty).
QualitySeverity worstSeverity(const QList<QualityFinding> &findings);

} // namespace odema
