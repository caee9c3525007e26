#pragma once
// One writer at a time on a SQLite store, and the others told who it is: the writer leaves a
// note beside the store (who, since when, doing what) while it holds the write lock; a second
// writer waits for the lock as SqlBackend::writeWait() says, saying so, then gives up with the
// note's words instead of SQLite's "database is locked". SQLite-only, like SqliteBackend.
#include <QString>

struct sqlite3;

namespace odema::sqlite {

/// Runs `statement` (BEGIN IMMEDIATE, or a write that changes nothing inside an open
/// transaction), which takes the write lock, waiting for another writer up to
/// SqlBackend::writeWait().seconds, or `defaultWaitMs` when that is 0. Throws WriteRefused
/// naming the other writer when the wait ends; other failures as sqlite::failure.
void acquireWriteLock(sqlite3 *handle, const char *statement, int defaultWaitMs);

/// The note of the writer holding the store at `location`.
class WriterNote {
public:
    /// Writes this process's note (`what`: "import de SINOE14.csv").
    static void write(const QString &location, const QString &what);
    static void remove(const QString &location);
    /// "import de SINOE14.csv (processus 4242 sur poste-7, depuis 06:12:03)", or an empty
    /// string when there is no note, or it was left by a process that no longer runs.
    static QString describe(const QString &location);
    static QString pathFor(const QString &location) { return location + QStringLiteral("-writer"); }
};

} // namespace odema::sqlite
