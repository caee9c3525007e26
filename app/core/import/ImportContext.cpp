#include "import/ImportContext.h"

#include "common/WorkResult.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace odema {

void ImportContext::checkpoint(qint64 bytesRead)
{
    if (!feedback)
        return;
    if (feedback->isCanceled())
        throw CancelledError(QCoreApplication::translate("Import", "Import annulé : la base n'a pas été modifiée."));
    feedback->setRowsRead(report.rowsRead);
    if (fileSize > 0)
        feedback->setProgress(double(bytesRead) / double(fileSize));
}

std::optional<int> populationYear(const ImportContext &context)
{
    if (context.options.populationYear)
        return context.options.populationYear;
    static const QRegularExpression year(QStringLiteral("(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)"));
    const auto match = year.match(QFileInfo(context.report.fileName).completeBaseName());
    if (match.hasMatch())
        return match.captured(1).toInt();
    return std::nullopt;
}

} // namespace odema
