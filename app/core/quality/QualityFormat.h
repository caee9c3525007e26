#pragma once
// Findings written out: one JSON object, one CSV line (RFC 4180, point decimals, exact tonnes)
// or one line of text per finding, shared by the `check` verb and the Qualité tab's export.
#include "quality/QualityFinding.h"

#include <QJsonObject>
#include <QString>

namespace odema {

QJsonObject findingToJson(const QualityFinding &f);
QString findingsCsvHeader();
QString findingToCsvLine(const QualityFinding &f);
/// "avertissement  departement:59  2021  rupture de série  Nord : « … » passe de …"
QString findingToText(const QualityFinding &f);

} // namespace odema
