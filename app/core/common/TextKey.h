#pragma once
#include <QString>

namespace odema {

/// Folds a label or a name for matching and searching: lower case, accents removed, every run of
/// punctuation or spaces turned into one space. "Emballages, journaux-magazines" and
/// "emballages. JOURNAUX magazines" give the same key. SQLite's LIKE folds ASCII only, so
/// searches go through keys stored at import time.
QString foldKey(const QString &text);

/// ORDER BY terms that put the names of `alias`'s table (territory, waste_stream,
/// treatment_mode: those holding a search_key, foldKey of the name and, for a territory, its
/// code) in French order: by that folded key first, so that
/// "Étaples" comes between "Essonne" and "Eure" and "Île-de-France" among the I (the bytes of
/// the name put accented capitals after "Z"), then by the name for names that fold alike
/// ("Cote" before "Côte"). Both engines compare the key's bytes (PostgreSQL's TEXT columns are
/// COLLATE "C"), so SQLite and PostgreSQL give the same order, with no collation to register.
QString frenchNameOrder(const QString &alias);

/// A file-name-safe slug: "Hauts-de-France" -> "hauts-de-france".
QString slugify(const QString &text);

} // namespace odema
