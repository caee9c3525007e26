#pragma once
// Passwords of server stores for the life of the process, in memory only. The window fills it
// from the desktop keychain or a prompt; every connection to the same store (the views' worker
// threads included) then finds it. Nothing here is ever written to disk: libpq's own sources
// (~/.pgpass, pg_service.conf, PGPASSWORD) need nothing from us.
#include <QString>

namespace odema::StoreCredentials {

/// `key` is PostgresLocation::credentialKey().
void remember(const QString &key, const QString &password);
void forget(const QString &key);
/// Empty when none was given: libpq then looks for one itself.
QString password(const QString &key);

} // namespace odema::StoreCredentials
