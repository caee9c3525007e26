#include "import/RejectedRows.h"

#include "common/OdemaError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};
} // namespace

QString rejectsPathFor(const QString &sourcePath)
{
    const QFileInfo info(sourcePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".rejets.csv"));
}

RejectingSource::RejectingSource(RecordSource &inner, QSet<qint64> lines, const QString &rejectsPath,
                                 const QStringList &header, QChar delimiter)
    : m_inner(inner), m_lines(std::move(lines)), m_delimiter(delimiter.isNull() ? QLatin1Char(';') : delimiter)
{
    if (rejectsPath.isEmpty())
        return;
    m_file = std::make_unique<QSaveFile>(rejectsPath);
    if (!m_file->open(QIODevice::WriteOnly))
        throw OdemaError(Tr::tr("Impossible d'écrire les lignes écartées dans « %1 » : %2").arg(rejectsPath, m_file->errorString()));
    m_file->write("\xEF\xBB\xBF"); // UTF-8 with BOM: Excel opens it with the accents right
    std::vector<QString> names{Tr::tr("ligne")};
    for (const QString &h : header)
        names.push_back(h);
    std::vector<QStringView> views(names.begin(), names.end());
    write(-1, views);
}

bool RejectingSource::next(CsvRecord &record)
{
    while (m_inner.next(record)) {
        if (!m_lines.contains(record.line))
            return true;
        ++m_rejected;
        if (m_file)
            write(record.line, record.fields);
    }
    return false;
}

void RejectingSource::write(qint64 line, const std::vector<QStringView> &fields)
{
    QString text;
    if (line >= 0)
        text += QString::number(line) + m_delimiter;
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i)
            text += m_delimiter;
        const QStringView f = fields[i];
        if (f.contains(m_delimiter) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')) || f.contains(QLatin1Char('\r')))
            text += QLatin1Char('"') + f.toString().replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        else
            text += f;
    }
    text += QStringLiteral("\r\n");
    m_file->write(text.toUtf8());
}

void RejectingSource::commit()
{
    if (m_file && !m_file->commit())
        throw OdemaError(Tr::tr("Impossible d'enregistrer « %1 » : %2").arg(m_file->fileName(), m_file->errorString()));
}

} // namespace odema
