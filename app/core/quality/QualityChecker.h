#pragma once
// Runs the quality checks (QualityCheck.h) on a store: every figure is read with bound SQL from
// the flows (exact grams), ADEME's published values and the populations, never from rows a view
// loaded. A data set is always compared with another as a whole, never added to it: DMA
// contains the OMA and the déchèteries, and two data sets of one family count the same tonnes.
// No QtWidgets: the `check` verb, the Qualité tab and the tests share it.
#include "quality/QualityCheck.h"
#include "quality/QualityFinding.h"

#include <QHash>
#include <QMap>
#include <QSqlDatabase>

namespace odema {

class QualityChecker {
public:
    explicit QualityChecker(QSqlDatabase db) : m_db(std::move(db)) {}

    /// Every finding in the options' scope, sorted by territory, year, kind.
    QList<QualityFinding> run(const QualityOptions &options = {});

private:
    struct Territory {
        QString ref, name;
        int depth = 0;
        bool placeholder = false;
        bool linked = false;
    };
    struct Cell {
        qint64 grams = 0;
        int rows = 0;
    };
    /// (territory, year) -> exact tonnes
    using Sums = QHash<QPair<qint64, int>, Cell>;

    void load();
    QString scopeClause(const QString &territoryColumn, QVariantList &values) const;
    bool yearInScope(int year) const;
    Sums sideSums(const QualitySide &side) const;
    QString sideLabel(const QualitySide &side) const;
    QStringList filesOf(const QString &datasetCode);
    QualityFinding base(const char *kind, qint64 territoryId, int year) const;
    QualitySeverity severityOfPercent(double percent) const;
    void setTonnes(QualityFinding &f, qint64 left, qint64 right) const;

    void checkConsistency(const ConsistencyPair &pair);
    void checkRatios();
    void checkHierarchy(qint64 datasetId, const QString &code);
    void checkSeries(qint64 datasetId, const QString &code);
    void checkStreams(qint64 datasetId, const QString &code);
    void checkPopulations();
    void checkUnknownCodes();

    QSqlDatabase m_db;
    QualityOptions m_options;
    QList<QualityFinding> m_findings;
    QHash<qint64, Territory> m_territories;
    QHash<QString, qint64> m_datasetIds;   ///< code -> id
    QHash<QString, QString> m_datasetLabels; ///< code -> short French name
    QHash<QString, QStringList> m_files;   ///< code -> source file names
};

} // namespace odema
