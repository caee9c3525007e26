#pragma once
// What a store holds, for `odema-explorer info`, the status line and scripts (--json).
#include <QJsonObject>
#include <QList>
#include <QString>

namespace odema {

class Store;

struct StoreSummary {
    struct Source {
        QString name, sha256, format, importedAt;
        qint64 rows = 0;
    };
    struct Total {
        QString key;   ///< year+level, stream code, mode code…
        QString label;
        QString kind;    ///< collecte | traitement
        int year = 0;
        qint64 grams = 0; ///< exact (common/Tonnage.h)
        qint64 rows = 0;
        QString dataset; ///< data set code: sums never run across two data sets
        double tonnes() const;
    };

    QString location;
    int schemaVersion = 0;
    qint64 flowRows = 0;
    int yearMin = 0, yearMax = 0;
    QList<QPair<QString, int>> territoriesPerLevel; ///< level key, count
    QList<Source> sources;
    QList<Total> perYearAndLevel;
    QList<Total> perStream;
    QList<Total> perMode;
    int populationYearMin = 0, populationYearMax = 0;

    static StoreSummary of(const Store &store);
    QJsonObject toJson() const;
    /// Plain-text report for the terminal, figures in French format.
    QString toText() const;
    /// One line for the window's status bar: "Base : 15 000 lignes, 2009–2021, 104 départements".
    QString statusLine() const;
};

} // namespace odema
