#pragma once
// SQLite's failures said in words a person can act on: a full disk, a store another program
// holds, a damaged page, read-only media. Never the statement, never SQLite's English alone
// (it goes to the details only for a failure not named here). SQLite-only, like SqliteBackend.
#include "common/OdemaError.h"

#include <QString>

struct sqlite3;

namespace odema::sqlite {

/// The error for a failed call on `handle` with result `code` (primary or extended);
/// `engineText` is SQLite's own message, `statement` what ran (in the details only when the
/// environment variable ODEMA_DEBUG_SQL is set, for a developer).
OdemaError failure(sqlite3 *handle, int code, const QString &engineText, const QString &statement = QString());

/// The store's file as SQLite opened it (the path of a URI), for messages.
QString storeFileOf(sqlite3 *handle);

} // namespace odema::sqlite
