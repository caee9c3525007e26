#pragma once
// JSON reference files: the EPCI list with member communes (découpage administratif) and the
// observatory's landfill (ISDND) tonnages and capacities.
#include "import/FileLayout.h"

#include <QByteArray>
#include <QJsonDocument>
#include <optional>

namespace odema {

struct ImportContext;
class JsonLocator;

/// Parses `bytes` as JSON; throws OdemaError with file:line:column on a syntax error.
QJsonDocument parseJsonFile(const QByteArray &bytes, const QString &fileName);
/// Recognises the JSON layout from the first objects, nullopt when unknown.
std::optional<Layout> detectJsonLayout(const QJsonDocument &document);
/// Imports the document; every value is checked for its type and range, a problem located at
/// its line and column through `locator` (over the same text).
void importJsonDocument(ImportContext &context, const QJsonDocument &document, const JsonLocator &locator, Layout layout);

} // namespace odema
