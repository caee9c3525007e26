#pragma once
// Checks on the paths a user gives before anything opens them: a FIFO would block the reader
// forever, a device or a directory reads as nothing meaningful, and two different spellings
// (a symlink, "../x", a hard link) may name the same file.
#include <QString>

namespace odema {

/// What `path` is when it exists and is not a regular file ("un tube nommé (FIFO)",
/// "un dossier", "un périphérique", "une socket"); empty for a regular file or nothing.
QString specialFileKind(const QString &path);

/// Throws OdemaError before anything reads `path` when it is not a regular file.
void refuseSpecialFile(const QString &path);

/// True when `a` and `b` name the same file: the same device and inode when both exist (hard
/// links, symlinks), else the same file name in the same canonical folder (a file about to be
/// created, such as a store's "-wal" while no writer has made it).
bool sameFile(const QString &a, const QString &b);

} // namespace odema
