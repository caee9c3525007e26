#include "store/SqliteWriteLock.h"

#include "store/SqlBackend.h"
#include "store/SqliteErrors.h"
#include "store/StoreErrors.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSysInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#endif

namespace odema::sqlite {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Store)
};

/// The connection's own busy timeout (QSQLITE_BUSY_TIMEOUT in SqliteBackend::connect), set
/// back once the lock is taken.
constexpr int kConnectionBusyMs = 15000;

QString otherWriter(const QString &location)
{
    const QString note = WriterNote::describe(location);
    return note.isEmpty() ? Tr::tr("un autre programme (une autre fenêtre d'Odema Explorer, un import en cours ?)")
                          : Tr::tr("un autre import : %1").arg(note);
}

struct Waiting {
    QString location;
    qint64 limitMs = 0;
    qint64 reportedAt = -1;
    QElapsedTimer timer;
};

/// SQLite's busy handler while the lock is wanted: sleeps a little and asks again until the
/// limit, with a line for the user after one second, then every five.
int whileBusy(void *context, int)
{
    auto *w = static_cast<Waiting *>(context);
    const qint64 elapsed = w->timer.elapsed();
    if (elapsed >= w->limitMs)
        return 0;
    const auto &progress = SqlBackend::writeWait().progress;
    if (progress && elapsed >= (w->reportedAt < 0 ? 1000 : w->reportedAt + 5000)) {
        w->reportedAt = elapsed;
        progress(Tr::tr("La base « %1 » est en cours d'écriture par %2 ; attente de sa fin (%3 s sur %4)…")
                     .arg(w->location, otherWriter(w->location), QString::number(elapsed / 1000), QString::number(w->limitMs / 1000)));
    }
    sqlite3_sleep(50);
    return 1;
}

#ifdef Q_OS_UNIX
bool processRuns(qint64 pid) { return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM); }
#else
bool processRuns(qint64 pid) { return pid > 0; }
#endif
} // namespace

void acquireWriteLock(sqlite3 *handle, const char *statement, int defaultWaitMs)
{
    Waiting waiting;
    waiting.location = storeFileOf(handle);
    const int seconds = SqlBackend::writeWait().seconds;
    waiting.limitMs = seconds > 0 ? qint64(seconds) * 1000 : defaultWaitMs;
    waiting.timer.start();
    sqlite3_busy_handler(handle, whileBusy, &waiting);
    const int rc = sqlite3_exec(handle, statement, nullptr, nullptr, nullptr);
    const QString engineText = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_busy_timeout(handle, kConnectionBusyMs); // replaces whileBusy, whose state ends here
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
        throw WriteRefused(Tr::tr("La base « %1 » est verrouillée par %2. Après %3 s d'attente, rien n'a été fait : réessayez "
                                  "quand il aura fini ; la base n'a pas été modifiée.")
                               .arg(waiting.location, otherWriter(waiting.location), QString::number(waiting.timer.elapsed() / 1000)));
    if (rc != SQLITE_OK)
        throw failure(handle, rc, engineText, QString::fromLatin1(statement));
}

void WriterNote::write(const QString &location, const QString &what)
{
    const QJsonObject note{
        {QStringLiteral("pid"), QCoreApplication::applicationPid()},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("since"), QDateTime::currentDateTime().toString(Qt::ISODate)},
        {QStringLiteral("what"), what},
    };
    QSaveFile file(pathFor(location));
    // Only a courtesy to a second writer: a folder that refuses it changes nothing else.
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(note).toJson(QJsonDocument::Compact));
        file.commit();
    }
}

void WriterNote::remove(const QString &location) { QFile::remove(pathFor(location)); }

QString WriterNote::describe(const QString &location)
{
    QFile file(pathFor(location));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    const QJsonObject note = QJsonDocument::fromJson(file.read(4096)).object();
    const qint64 pid = note.value(QStringLiteral("pid")).toInteger();
    const QString host = note.value(QStringLiteral("host")).toString();
    if (pid <= 0 || (host == QSysInfo::machineHostName() && !processRuns(pid)))
        return QString(); // left by a writer that was killed: says nothing of the one writing now
    const QDateTime since = QDateTime::fromString(note.value(QStringLiteral("since")).toString(), Qt::ISODate);
    return Tr::tr("%1 (processus %2 sur %3, depuis %4)")
        .arg(note.value(QStringLiteral("what")).toString(), QString::number(pid), host,
             since.date() == QDate::currentDate() ? since.toString(QStringLiteral("HH:mm:ss"))
                                                  : since.toString(QStringLiteral("dd/MM/yyyy HH:mm:ss")));
}

} // namespace odema::sqlite
