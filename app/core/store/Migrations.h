#pragma once
// Versioned schema migrations, applied in order on open. Each step is a SQL resource file
// (portable SQL) plus, where needed, seeding done in code.
#include <QSqlDatabase>

namespace odema {

class SqlBackend;

namespace Migrations {
int latestVersion();
/// Brings the store to latestVersion(), each step in its own transaction, under the backend's
/// schema lock. A step that fails is rolled back; on a server it also leaves a mark that
/// blocks writes until an administrator retries (Store::retryFailedMigration).
/// `toVersion` stops earlier (tests build stores of an older version); 0 = the latest.
void apply(QSqlDatabase &db, const SqlBackend &backend, const QString &location, int toVersion = 0);
} // namespace Migrations

} // namespace odema
