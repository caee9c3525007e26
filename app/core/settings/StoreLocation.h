#pragma once
// Where the user's store lives when no --db is given: in the user's data folder
// (QStandardPaths::AppDataLocation), never the install folder. The window opens it (or the
// store of the last session); `odema-explorer paths` prints it.
#include <QString>

namespace odema::StoreLocation {

/// <AppDataLocation>/odema.sqlite; the folder is created when missing.
QString defaultPath();

/// The store the window opened last (QSettings "lastStore"), if it still exists; else defaultPath().
QString lastOrDefault();
void rememberLast(const QString &path);

} // namespace odema::StoreLocation
