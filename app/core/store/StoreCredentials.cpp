#include "store/StoreCredentials.h"

#include <QHash>
#include <QMutex>

namespace odema::StoreCredentials {

namespace {
struct Vault {
    QMutex mutex;
    QHash<QString, QString> passwords;
};
Vault &vault()
{
    static Vault v;
    return v;
}
} // namespace

void remember(const QString &key, const QString &password)
{
    QMutexLocker lock(&vault().mutex);
    vault().passwords.insert(key, password);
}

void forget(const QString &key)
{
    QMutexLocker lock(&vault().mutex);
    vault().passwords.remove(key);
}

QString password(const QString &key)
{
    QMutexLocker lock(&vault().mutex);
    return vault().passwords.value(key);
}

} // namespace odema::StoreCredentials
