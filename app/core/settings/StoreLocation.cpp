#include "settings/StoreLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace odema::StoreLocation {

namespace {
const char *const lastStoreKey = "lastStore";
} // namespace

QString defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("odema.sqlite"));
}

QString lastOrDefault()
{
    const QString last = QSettings().value(QLatin1String(lastStoreKey)).toString();
    return !last.isEmpty() && QFileInfo::exists(last) ? last : defaultPath();
}

void rememberLast(const QString &path) { QSettings().setValue(QLatin1String(lastStoreKey), path); }

} // namespace odema::StoreLocation
