#include "report/FactSheetWorker.h"

#include "common/OdemaError.h"
#include "report/FactSheetCoverage.h"
#include "report/FactSheetWriter.h"

#include <QDir>
#include <QStringList>
#include <cstdio>
#include <poll.h>
#include <unistd.h>

namespace odema::report {

namespace {

/// Lines from the parent on standard input, read without stdio's buffering so that poll()
/// tells the truth about what is waiting.
class ParentLines {
public:
    /// The next line; waits for it when `wait`, else returns an empty array when none is there.
    /// "cancel" is returned when the parent went away (end of input).
    QByteArray next(bool wait)
    {
        for (;;) {
            if (const qsizetype eol = m_buffer.indexOf('\n'); eol >= 0) {
                const QByteArray line = m_buffer.left(eol);
                m_buffer.remove(0, eol + 1);
                return line;
            }
            pollfd fd{STDIN_FILENO, POLLIN, 0};
            if (!wait && poll(&fd, 1, 0) <= 0)
                return {};
            char chunk[4096];
            const ssize_t n = read(STDIN_FILENO, chunk, sizeof chunk);
            if (n <= 0)
                return QByteArrayLiteral("cancel");
            m_buffer.append(chunk, int(n));
        }
    }

private:
    QByteArray m_buffer;
};

void say(const QStringList &fields)
{
    QStringList clean;
    for (QString f : fields)
        clean << f.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray line = clean.join(QLatin1Char('\t')).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

QString errorText(const std::exception &e)
{
    if (const auto *odema = dynamic_cast<const OdemaError *>(&e))
        return odema->message();
    return QString::fromUtf8(e.what());
}

/// One PDF (and HTML) per sheet, each said done as soon as it is complete.
int writeEach(const FactSheetBuilder &builder, const WorkerTask &task, ParentLines &parent)
{
    const BatchSettings &s = task.settings;
    for (const auto &[index, id] : task.sheets) {
        if (parent.next(false) == "cancel")
            return 0;
        try {
            const TerritoryInfo t = builder.resolver().byId(id);
            const FactSheetData data = builder.build(id, s.year);
            QStringList done{QStringLiteral("done"), QString::number(index)};
            const QString pdf = QDir(s.outDir).filePath(expandFileName(s.pattern, t, data.header.year));
            FactSheetWriter::writePdf(data, s.tpl, pdf);
            done << pdf;
            if (s.html) {
                const QString html = QDir(s.outDir).filePath(expandFileName(s.pattern, t, data.header.year, QStringLiteral("html")));
                FactSheetWriter::writeHtml(data, s.tpl, html);
                done << html;
            }
            say(done);
        } catch (const std::exception &e) {
            say({QStringLiteral("failed"), QString::number(index), errorText(e)});
        }
    }
    say({QStringLiteral("end")});
    return 0;
}

/// Combined series: every sheet's data first, then, told their page numbers, the pages.
int writePart(const FactSheetBuilder &builder, const WorkerTask &task, ParentLines &parent)
{
    QList<FactSheetData> built;
    for (const auto &[index, id] : task.sheets) {
        if (parent.next(false) == "cancel")
            return 0;
        try {
            built << builder.build(id, task.settings.year);
            say({QStringLiteral("built"), QString::number(index)});
        } catch (const std::exception &e) {
            say({QStringLiteral("failed"), QString::number(index), errorText(e)});
        }
    }
    // "paint <total pages> <first page of each built sheet, in share order>"
    const QList<QByteArray> order = parent.next(true).split('\t');
    if (order.value(0) != "paint")
        return 0;
    QList<int> firstPages;
    for (const QByteArray &page : order.value(2).split(','))
        if (!page.isEmpty())
            firstPages << page.toInt();
    if (firstPages.size() != built.size()) {
        say({QStringLiteral("error"), QStringLiteral("page numbers for %1 sheets, %2 built").arg(QString::number(firstPages.size()), QString::number(built.size()))});
        return 1;
    }
    try {
        FactSheetWriter::writeNumberedSheets(built, firstPages, order.value(1).toInt(), task.settings.tpl, task.title, task.partFile);
        say({QStringLiteral("painted")});
    } catch (const std::exception &e) {
        say({QStringLiteral("error"), errorText(e)});
        return 1;
    }
    return 0;
}

} // namespace

bool parseWorkerSheets(const QString &text, QList<std::pair<int, qint64>> *sheets)
{
    sheets->clear();
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool okIndex = false, okId = false;
        const int index = item.section(QLatin1Char(':'), 0, 0).toInt(&okIndex);
        const qint64 id = item.section(QLatin1Char(':'), 1, 1).toLongLong(&okId);
        if (!okIndex || !okId)
            return false;
        sheets->append({index, id});
    }
    return !sheets->isEmpty();
}

QString workerSheetsArgument(const QList<std::pair<int, qint64>> &sheets)
{
    QStringList items;
    for (const auto &[index, id] : sheets)
        items << QStringLiteral("%1:%2").arg(QString::number(index), QString::number(id));
    return items.join(QLatin1Char(','));
}

int runFactSheetWorker(const FactSheetBuilder &builder, const WorkerTask &task)
{
    ParentLines parent;
    return task.partFile.isEmpty() ? writeEach(builder, task, parent) : writePart(builder, task, parent);
}

} // namespace odema::report
