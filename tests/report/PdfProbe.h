#pragma once
// PDFs read back by poppler's tools, for the fact-sheet tests: text (pdftotext), page count
// (pdfinfo).
#include <QProcess>
#include <QRegularExpression>
#include <QString>

namespace odema::test {

/// Every kind of space as a plain space, so French figures compare whatever pdftotext emits.
inline QString plain(QString s)
{
    for (QChar c : {QChar(0x202F), QChar(0x00A0), QChar(0x2009)})
        s.replace(c, QLatin1Char(' '));
    return s;
}

inline QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    p.waitForFinished(60000);
    return plain(QString::fromUtf8(p.readAllStandardOutput()));
}

inline int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    p.waitForFinished(60000);
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace odema::test
