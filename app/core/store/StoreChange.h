#pragma once
// What a writer tells the other sessions of a shared store when its transaction commits
// (PostgreSQL NOTIFY, see StoreWatcher): what kind of change, which files, how many rows, by
// whom. Structured rather than a sentence, so that each window words it in its own language.
#include <QString>
#include <QStringList>

namespace odema {

struct StoreChange {
    enum class Kind { Import, Undo, Copy, Other };
    Kind kind = Kind::Other;
    QStringList files;
    qint64 rows = 0;
    QString by;      ///< the database user who wrote (filled in by the server)
    qint64 pid = 0;  ///< writing process, so that a window ignores its own news
    QString host;

    static StoreChange of(Kind kind, QStringList files, qint64 rows)
    {
        StoreChange c;
        c.kind = kind;
        c.files = std::move(files);
        c.rows = rows;
        return c;
    }

    /// JSON, as sent with NOTIFY; the writing process fills pid and host.
    QString toPayload() const;
    static StoreChange fromPayload(const QString &payload);
    /// True when the change was written by this process.
    bool isOwn() const;
    /// "marie a importé SINOE14.csv (1 234 lignes)", for the status bar.
    QString describe() const;
};

} // namespace odema
