#include "import/ImportContext.h"

#include "common/WorkResult.h"
#include "import/ImportRules.h"
#include "import/RecordSource.h"
#include "common/OdemaError.h"
#include "territory/TerritoryLevel.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace odema {

void ImportContext::readRecords(RecordSource &reader, int width, const std::function<void(const CsvRecord &)> &read)
{
    CsvRecord record;
    while (reader.next(record)) {
        ++report.rowsRead;
        if ((report.rowsRead & 0x3FF) == 0)
            checkpoint(reader.bytesRead());
        if (hasWidth(record, width))
            read(record);
    }
}

bool ImportContext::hasWidth(const CsvRecord &record, int width)
{
    const int count = int(record.fields.size());
    if (headerWidth > 0 && count > headerWidth) {
        // Empty fields past the header (a delimiter at the end of the line) hold nothing.
        bool extra = false;
        for (int i = headerWidth; i < count && !extra; ++i)
            extra = !record.fields[size_t(i)].trimmed().isEmpty();
        if (extra) {
            problems.add(record.line, headerWidth + 1,
                         QCoreApplication::translate("ImportContext", "%1 champs au lieu des %2 de l'en-tête : un séparateur de trop "
                                                     "(un nombre « 34728,89 » sans guillemets dans un fichier à virgules ?)")
                             .arg(QString::number(count), QString::number(headerWidth)));
            return false;
        }
    }
    if (headerWidth > 0 && count < headerWidth) {
        problems.add(record.line, count + 1,
                     QCoreApplication::translate("ImportContext", "%1 champs au lieu des %2 de l'en-tête")
                         .arg(QString::number(count), QString::number(headerWidth)));
        return false;
    }
    if (count < width) {
        problems.add(record.line, count + 1,
                     QCoreApplication::translate("ImportContext", "%1 champs au lieu d'au moins %2")
                         .arg(QString::number(count), QString::number(width)));
        return false;
    }
    return true;
}

bool ImportContext::acceptTerritoryCode(qint64 line, int column, Level level, const QString &code)
{
    const QString why = rules::territoryCodeProblem(level, code);
    if (why.isEmpty())
        return true;
    problems.add(line, column, why);
    return false;
}

bool ImportContext::acceptYear(qint64 line, int column, int year)
{
    const QString why = rules::yearProblem(year);
    if (why.isEmpty())
        return true;
    problems.add(line, column, why);
    return false;
}

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
    // A year the file carries (in its name: "insee_pop_legales_2023_communes.csv") is its own:
    // the option is only for files without one, so that it never files a 2023 population as 2021.
    static const QRegularExpression year(QStringLiteral("(?:^|[^0-9])((?:19|20)[0-9]{2})(?:[^0-9]|$)"));
    const auto match = year.match(QFileInfo(context.report.fileName).completeBaseName());
    if (match.hasMatch()) {
        const int own = match.captured(1).toInt();
        if (context.options.populationYear && *context.options.populationYear != own)
            context.report.notes << QCoreApplication::translate("Import",
                "Populations de l'année %1, celle du nom du fichier : l'option --annee-population %2 ne vaut que pour les "
                "fichiers sans année.").arg(QString::number(own), QString::number(*context.options.populationYear));
        return own;
    }
    return context.options.populationYear;
}

qint64 sinoeDepartement(ImportContext &context, QStringView rawCode, QStringView name, QStringView regionCode,
                        QStringView regionName, int *repaired)
{
    bool wasRepaired = false;
    const QString code = normaliseDepartementCode(rawCode.toString(), &wasRepaired);
    if (repaired)
        *repaired += wasRepaired;
    const qint64 id = context.territories.ensure(Level::Departement, code, name.toString());
    if (!regionCode.isEmpty()) {
        QString region = regionCode.toString();
        if (region.size() == 1 && region.at(0).isDigit())
            region.prepend(QLatin1Char('0'));
        const qint64 regionId = context.territories.ensure(Level::Region, region, regionName.toString());
        context.territories.link(regionId, id, context.sourceId);
        context.territories.link(context.territories.franceId(), regionId, context.sourceId);
    }
    return id;
}

} // namespace odema
