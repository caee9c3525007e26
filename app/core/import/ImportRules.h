#pragma once
// The rules for doubtful values, in one place (issue 17). Each rule either refuses a value (a
// reason the importer adds as a problem at the cell's line:column: the file is refused whole)
// or accepts it with a warning saying what was assumed (import/ImportWarnings.h). The layout
// importers ask these functions instead of deciding on their own; /work/coord/rules-17-text.md
// and the tests in tests/hostile list every rule with the message the user sees.
#include "common/Tonnage.h"
#include "import/RecordSource.h"
#include "territory/TerritoryLevel.h"

#include <QChar>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>
#include <vector>

namespace odema::rules {

// --- Years -----------------------------------------------------------------------------------
/// SINOE® starts in 2005 and INSEE series earlier; no data set of the application holds a
/// tonnage before 1990.
constexpr int kFirstYear = 1990;
/// The latest year a figure may have: the current year (a later one is in the future).
int lastYear();
/// Why `year` cannot be a year of a tonnage or a published figure, or empty when it can.
QString yearProblem(int year);
/// Why `year` cannot be the year of a population (INSEE series start in 1975: only the future
/// is refused), or empty.
QString futureYearProblem(int year);

// --- Territories -----------------------------------------------------------------------------
/// Whether `code` (normalised: "01", "2A", "971") is a département of the official geographic
/// code (metropolitan and overseas, with the collectivités SINOE® lists: 975, 977, 978, 984–989).
bool isKnownDepartement(const QString &code);
/// Whether `code` ("32", "84"; "97" for SINOE®'s DROM-COM) is a région, current or before 2016.
bool isKnownRegion(const QString &code);
/// Why `code` is not a territory of `level` (unknown département or région, malformed commune or
/// EPCI code), or empty. Communes and EPCI are checked for their form only: their lists change
/// every year.
QString territoryCodeProblem(Level level, const QString &code);

// --- Tonnages --------------------------------------------------------------------------------
/// No territory's yearly tonnage of one stream reaches a billion tonnes (France produces about
/// 310 Mt of waste a year, construction included): beyond this, the cell is a typing error.
constexpr double kMaxTonnes = 1e9;

/// The separator of a number whose reading depends on it: "34.728" and "282,719" (one separator,
/// 1 to 3 digits before it not starting with 0, exactly 3 after) may be decimals or thousands.
/// Null for any other text.
QChar ambiguousSeparator(QStringView text);

/// Learns which decimal separator a file's numbers use from the ones that leave no doubt
/// ("1358,45", "282.71938", "1.240.294,00").
class DecimalEvidence {
public:
    void see(QStringView field);
    /// ',' or '.' when the file shows one and never the other; null otherwise.
    QChar decimal() const;

private:
    qint64 m_comma = 0, m_dot = 0;
};

/// The decimal separator to read `text` with: the user's choice when made; for an ambiguous
/// number (ambiguousSeparator) the file's own, the other separator then grouping thousands, or
/// the ambiguous one itself when the file shows none; `warning` then says what was assumed
/// ("« 34.728 » lu comme 34728 t …", `unit` after the figure). Null: read as parseNumber does.
QChar decimalFor(QStringView text, QChar userDecimal, QChar fileDecimal, const QString &unit, QString *warning);

struct TonnesCell {
    std::optional<qint64> grams; ///< set when the cell is accepted
    bool rounded = false;        ///< finer than a gram, rounded (ImportReport::valuesRounded)
    QString problem;             ///< why it is refused (grams empty)
    QString warning;             ///< what was assumed (accepted with doubt)
};

/// Reads a tonnage cell: refused when it is not a number, negative or beyond kMaxTonnes;
/// a number with an ambiguous separator is read with the file's decimal separator (`fileDecimal`;
/// the other one then groups thousands), else as a decimal, with a warning either way. The
/// user's choice (`userDecimal`) reads every cell without warning.
TonnesCell readTonnesCell(QStringView text, QChar userDecimal, QChar fileDecimal);

// --- Records ---------------------------------------------------------------------------------
/// Why a header naming the same column twice cannot be read (which one holds the figures?), with
/// the 1-based column of the second one; empty when every name is unique.
QString duplicateHeaderProblem(const QStringList &columns, int *column);

/// The keys of the rows of one file, to find rows stating the same figure twice (same year,
/// territory, stream, mode and data set: counted twice once stored). Keeps 16 bytes a row.
class DuplicateKeys {
public:
    void add(quint64 key, qint64 line);
    /// (earlier line, later line) for each row whose key an earlier row had, by later line.
    QList<QPair<qint64, qint64>> duplicates();

private:
    struct Entry {
        quint64 key;
        qint64 line;
    };
    std::vector<Entry> m_entries;
};

} // namespace odema::rules
