#pragma once
// Everything a territory fact sheet shows, as plain data: computed from the store by
// FactSheetBuilder (aggregate SQL), checked by tests without rendering, then drawn by
// odema_report (PDF, HTML). The renderers only format and place these values: every figure,
// change, comparison and gap to a target is computed here.
#include "indicators/ChartData.h"
#include "report/FactSheetLocator.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace odema::report {

/// "Données non disponibles" and why, for any section or figure without data.
struct Availability {
    bool available = true;
    QString reason; ///< for people: "pas de données de traitement après 2017"

    static Availability missing(const QString &why) { return {false, why}; }
};

struct SheetHeader {
    qint64 territoryId = 0;
    QString name;       ///< "Nord"
    QString levelKey;   ///< "departement"
    QString levelLabel; ///< "Département"
    QString code;       ///< "59"
    QStringList parents; ///< nearest first: "Hauts-de-France (région)", "France"
    int year = 0;       ///< year of the sheet
    std::optional<qint64> population; ///< population_used of the territory for `year`
    QString populationBasis;          ///< what that population is (its source)
    QString title;      ///< "Fiche territoriale déchets – Nord – 2021"
};

/// A value of the same figure for a parent territory (département, région, France).
struct ComparisonValue {
    QString label;     ///< "Hauts-de-France"
    QString levelLabel; ///< "Région"
    std::optional<double> value;
};

struct KeyFigure {
    QString id;    ///< the catalogue's indicator id: "dech_t_ag", "dma_kg_hg", "valo_mo_dma"…
    QString label; ///< "Déchets collectés en déchèterie"
    QString unit;  ///< "t", "kg/hab", "%"
    int decimals = 0;
    bool changeInPoints = false; ///< shares change in percentage points, amounts in %
    int year = 0;  ///< year of `value`: the sheet year, or the latest survey before it
    std::optional<double> value;
    int previousYear = 0;
    std::optional<double> previousValue;
    std::optional<double> changeSincePrevious; ///< % (or points when changeInPoints)
    int firstYear = 0;
    std::optional<double> firstValue;
    std::optional<double> changeSinceFirst;
    QList<ComparisonValue> comparisons; ///< parents, nearest first
    Availability availability;
    QString note; ///< "dernière enquête OMA : 2019" when year differs from the sheet year
    QString definition; ///< numerator / denominator of the catalogue (resources/indicators.json)
    QString dataset;    ///< the data set the value was computed from (its French name)
    QStringList notes;  ///< scope, sum of parts, data sets that disagree
};

/// Position of one indicator against a target of resources/targets.json.
struct TargetPosition {
    QString targetId;
    QString label;       ///< target label from targets.json
    QString source;      ///< target source
    QString unit;        ///< unit of `value` and `targetValue`: "%", "kg/hab"
    int year = 0;        ///< year of the measured value
    std::optional<double> value;       ///< measured
    std::optional<double> targetValue; ///< what the target asks for the compared quantity
    std::optional<double> gap;         ///< value − targetValue (same unit)
    bool lowerIsBetter = false;
    bool reached = false; ///< Atteint or Sur la trajectoire
    QString status;       ///< "Atteint", "Sur la trajectoire", "En retard"
    bool signedValue = false; ///< the value is a change (+4,2 %): print its sign
    QString sentence;    ///< "En 2017, 62,3 % des déchets de déchèterie ont été valorisés ; l'objectif régional est de 65 %."
    Availability availability;
};

/// Compact table of the yearly series shown: one row per survey year, one column per indicator.
struct DataTable {
    QStringList columns;   ///< headers with unit
    QList<int> decimals;   ///< per column
    QList<int> years;
    QList<QList<std::optional<double>>> rows; ///< rows[i][c]
};

struct SourceNote {
    QString file;       ///< file name
    QString importedAt; ///< ISO date of the import
    QString what;       ///< "tonnages de déchèterie 2009–2021"
};

struct SheetChart {
    ChartData data;
    Availability availability;
};

struct FactSheetData {
    SheetHeader header;
    QList<KeyFigure> figures;
    Availability figuresAvailability;
    QList<TargetPosition> targets;
    Availability targetsAvailability;
    QList<SheetChart> charts; ///< composition, évolution, traitement, classement (missing ones say why)
    std::optional<SheetLocator> locator; ///< the territory among its neighbours, when outlines exist
    DataTable table;
    QList<SourceNote> sources;
    QStringList methodNotes;
    QString generatedAt; ///< ISO date and time the sheet was built

    const KeyFigure *figure(const QString &id) const;
    const TargetPosition *target(const QString &id) const;
};

} // namespace odema::report
