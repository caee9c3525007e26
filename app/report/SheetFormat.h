#pragma once
// Formatting of FactSheetData values for the PDF and HTML renderers (French number formats
// from common/FrenchFormat); formatting only, no arithmetic.
#include "report/FactSheetData.h"

#include <QString>

namespace odema::report {

/// "1 545 890,32 t", "258,03 kg/hab", "62,3 %".
QString formatValue(double value, const QString &unit, int decimals);
/// "+3,2 %" or "−1,5 pt" for shares.
QString formatChange(double change, bool points);
/// Value with its year when it is not the sheet's: "640,20 kg/hab (2019)".
QString figureValueText(const KeyFigure &f, int sheetYear);
/// "+3,2 % (2019)" or "–" when there is no earlier survey.
QString changeText(const std::optional<double> &change, int sinceYear, bool points);
/// "28/11/2026" from an ISO date.
QString frenchDate(const QString &iso);
QString missingText(const Availability &a); ///< "Données non disponibles : <reason>."
/// The header's line under the name: "Département 59 · Hauts-de-France (région), France ·
/// données 2021"; "France · données 2021" for France (no parents, no code worth showing).
QString headerLine(const SheetHeader &h);

} // namespace odema::report
