#include "import/ImportTypes.h"

#include <QCoreApplication>

namespace odema {

void ImportProblems::add(qint64 line, int column, const QString &reason)
{
    ++m_count;
    if (m_entries.size() < kMaxKept)
        m_entries.append({line, column, reason});
    if (m_lines.size() < kMaxLines)
        m_lines.insert(line);
    if (m_listed.size() < kMaxListed)
        m_listed << QStringLiteral("%1:%2:%3: %4").arg(m_fileName, QString::number(line), QString::number(column), reason);
}

QStringList ImportProblems::lines() const
{
    QStringList out = m_listed;
    if (m_count > m_listed.size())
        out << QCoreApplication::translate("Import", "… et %n autre(s) problème(s)", nullptr, m_count - int(m_listed.size()));
    return out;
}

QStringList ImportReport::warningLines() const
{
    return odema::warningLines(fileName, warnings, warningCount);
}

void ImportReport::noteYear(int year)
{
    if (years.contains(year))
        return;
    years.insert(year);
    yearMin = yearMin ? qMin(yearMin, year) : year;
    yearMax = qMax(yearMax, year);
}

} // namespace odema
