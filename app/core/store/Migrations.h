#pragma once
// Versioned schema migrations, applied in order on open. Each step is a SQL resource file
// (portable SQL) plus, where needed, seeding done in code.
#include <QSqlDatabase>

namespace odema {

class SqlBackend;

namespace Migrations {
int latestVersion();
/// Brings the store from `fromVersion` to latestVersion(), each step in its own transaction.
void apply(QSqlDatabase &db, const SqlBackend &backend, int fromVersion);
} // namespace Migrations

} // namespace odema
