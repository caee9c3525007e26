#pragma once
#include <QString>

namespace odema {

/// Folds a label or a name for matching and searching: lower case, accents removed, every run of
/// punctuation or spaces turned into one space. "Emballages, journaux-magazines" and
/// "emballages. JOURNAUX magazines" give the same key. SQLite's LIKE folds ASCII only, so
/// searches go through keys stored at import time.
QString foldKey(const QString &text);

/// A file-name-safe slug: "Hauts-de-France" -> "hauts-de-france".
QString slugify(const QString &text);

} // namespace odema
