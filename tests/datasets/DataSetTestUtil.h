#pragma once
// Helpers of the data-set tests: the real HdF extracts, a fresh store, one-value queries.
#include "import/Importer.h"
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace odema::test {

/// A real extract of tests/data/real (HdF rows of an ADEME file, bytes unchanged).
inline QString real(const QString &name) { return QStringLiteral(ODEMA_TEST_DATA_DIR "/real/") + name; }

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/// The COG of the départements and régions first, as a real store has them.
inline std::unique_ptr<Store> newStore(const QTemporaryDir &dir, const QString &name = QStringLiteral("s.sqlite"))
{
    return Store::open(dir.filePath(name), Store::OpenMode::CreateIfMissing);
}

inline QVariant one(const Store &store, const QString &statement, const QVariantList &values = {})
{
    return sql::scalar(store.database(), statement, values);
}

inline qint64 territoryId(const Store &store, const QString &level, const QString &code)
{
    return one(store, QStringLiteral("SELECT id FROM territory WHERE level = ? AND code = ?"), {level, code}).toLongLong();
}

/// Everything an import refused must leave as it was (counts and exact tonnes of every table).
inline QString fingerprintAll(const Store &store)
{
    QStringList parts;
    for (const char *table : {"flow", "flow_replaced", "published_value", "published_value_replaced", "population", "population_replaced",
                              "population_used", "source_file", "installation", "territory", "waste_stream", "dataset"})
        parts << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(
                     one(store, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong());
    parts << one(store, QStringLiteral("SELECT coalesce(sum(grams), 0) FROM flow")).toString();
    parts << one(store, QStringLiteral("SELECT coalesce(sum(population), 0) FROM population")).toString();
    return parts.join(QLatin1Char(' '));
}

} // namespace odema::test
