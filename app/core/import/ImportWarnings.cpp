#include "import/ImportWarnings.h"

#include "store/SqlUtil.h"

#include <QCoreApplication>

namespace odema {

QString warningText(const QString &fileName, const ImportWarning &w)
{
    const QString where = w.line <= 0 ? fileName
                        : w.column <= 0 ? QStringLiteral("%1:%2").arg(fileName, QString::number(w.line))
                                        : QStringLiteral("%1:%2:%3").arg(fileName, QString::number(w.line), QString::number(w.column));
    return QCoreApplication::translate("Import", "%1: avertissement : %2").arg(where, w.message);
}

void ImportWarnings::add(qint64 line, int column, const QString &message)
{
    for (qsizetype i = m_entries.size() - 1; i >= 0 && i >= m_entries.size() - 4; --i) {
        const ImportWarning &w = m_entries.at(i);
        if (w.line == line && w.column == column && w.message == message)
            return; // a reader and an importer saying the same thing about the same cell
    }
    ++m_count;
    if (m_entries.size() < kMaxKept)
        m_entries.append({line, column, message});
}

QStringList warningLines(const QString &fileName, const QList<ImportWarning> &kept, int count)
{
    QStringList lines;
    for (const ImportWarning &w : kept)
        lines << warningText(fileName, w);
    if (count > kept.size())
        lines << QCoreApplication::translate("Import", "… et %n autre(s) avertissement(s)", nullptr, count - int(kept.size()));
    return lines;
}

void saveImportWarnings(const QSqlDatabase &db, qint64 sourceId, const QList<ImportWarning> &kept, int count)
{
    for (const ImportWarning &w : kept)
        sql::exec(db, QStringLiteral("INSERT INTO import_warning(source_id, line_no, column_no, message) VALUES (?, ?, ?, ?)"),
                  {sourceId, w.line, w.column, w.message});
    sql::exec(db, QStringLiteral("UPDATE source_file SET warning_count = ? WHERE id = ?"), {count, sourceId});
}

QList<ImportWarning> loadImportWarnings(const QSqlDatabase &db, qint64 sourceId)
{
    QList<ImportWarning> list;
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT line_no, column_no, message FROM import_warning WHERE source_id = ? "
                                               "ORDER BY line_no, column_no, id"), {sourceId});
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString()});
    return list;
}

} // namespace odema
