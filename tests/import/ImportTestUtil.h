#pragma once
// Helpers shared by the import tests.
#include "store/SqlUtil.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QStringList>

namespace odema::test {

inline QString fixture(const QString &name) { return QStringLiteral(ODEMA_TEST_DATA_DIR "/import/") + name; }
inline QString importFixture(const QString &name) { return QStringLiteral(ODEMA_IMPORT_TEST_DATA_DIR "/") + name; }
/// An extract of a real public file (tests/data/real/README.md says which file and which lines).
inline QString realExtract(const QString &name) { return QStringLiteral(ODEMA_TEST_DATA_DIR "/real/") + name; }

inline QVariant scalar(const Store &store, const QString &statement, const QVariantList &values = {})
{
    return sql::scalar(store.database(), statement, values);
}

/// Every row of a one-column query, joined by ';'.
inline QString rowsText(const Store &store, const QString &statement)
{
    QSqlQuery q = sql::exec(store.database(), statement);
    QStringList rows;
    while (q.next())
        rows << q.value(0).toString();
    return rows.join(QLatin1Char(';'));
}

/// Everything an import that failed, was cancelled or only checked must leave as it was.
inline QString fingerprint(const Store &store)
{
    QStringList parts;
    for (const char *table : {"flow", "territory", "territory_link", "population", "waste_stream", "treatment_mode", "source_file",
                              "nomenclature_alias", "population_used", "territory_closure", "landfill_year"})
        parts << QStringLiteral("%1=%2").arg(QLatin1String(table)).arg(
                     scalar(store, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong());
    parts << scalar(store, QStringLiteral("SELECT coalesce(sum(grams), 0) FROM flow")).toString();
    return parts.join(QLatin1Char(' '));
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(bytes) == bytes.size();
}

inline QByteArray fileSha(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

} // namespace odema::test
