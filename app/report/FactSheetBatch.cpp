#include "report/FactSheetBatch.h"

#include "common/OdemaError.h"
#include "report/FactSheetCoverage.h"
#include "report/FactSheetWorkers.h"
#include "report/FactSheetWriter.h"

#include <QCoreApplication>
#include <QDir>

namespace odema::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};
} // namespace

BatchReport FactSheetBatch::run(const FactSheetBuilder &builder, const QList<TerritoryInfo> &territories,
                                const BatchSettings &settings, BatchFeedback &feedback)
{
    BatchReport report;
    report.total = int(territories.size());
    const bool combined = !settings.singleFile.isEmpty();
    if (!combined && !QDir().mkpath(settings.outDir)) {
        report.result = WorkResult::Refused;
        report.error = Tr::tr("Impossible de créer le dossier %1 : vérifiez le chemin et les droits.").arg(settings.outDir);
        return report;
    }
    if (const int workers = workerCount(settings.workers, int(territories.size()), settings); workers > 1)
        if (auto parallel = runInWorkers(territories, settings, workers, feedback))
            return *parallel;
    QList<FactSheetData> sheets; // combined: painted at the end, once the contents are known
    for (int i = 0; i < territories.size(); ++i) {
        const TerritoryInfo &t = territories[i];
        feedback.progress(i, report.total, t.name);
        if (feedback.isCanceled()) {
            report.result = WorkResult::Cancelled;
            return report;
        }
        try {
            FactSheetData data = builder.build(t.id, settings.year);
            if (combined) {
                sheets << std::move(data);
                continue;
            }
            const QString pdf = QDir(settings.outDir).filePath(expandFileName(settings.pattern, t, data.header.year));
            FactSheetWriter::writePdf(data, settings.tpl, pdf);
            report.files << pdf;
            if (settings.html) {
                const QString html = QDir(settings.outDir).filePath(expandFileName(settings.pattern, t, data.header.year, QStringLiteral("html")));
                FactSheetWriter::writeHtml(data, settings.tpl, html);
                report.files << html;
            }
        } catch (const OdemaError &e) {
            report.failures << std::make_pair(t.name, e.message());
            feedback.failed(t.name, e.message());
        } catch (const std::exception &e) {
            report.failures << std::make_pair(t.name, QString::fromUtf8(e.what()));
            feedback.failed(t.name, QString::fromUtf8(e.what()));
        }
    }
    if (combined) {
        feedback.progress(report.total, report.total, Tr::tr("assemblage de %1").arg(settings.singleFile));
        try {
            const QString title = settings.combinedTitle.isEmpty() ? Tr::tr("Fiches territoriales") : settings.combinedTitle;
            if (!FactSheetWriter::writeCombinedPdf(sheets, settings.tpl, title, settings.singleFile,
                                                   [&](int) { return !feedback.isCanceled(); })) {
                report.result = WorkResult::Cancelled;
                return report;
            }
            report.files << settings.singleFile;
        } catch (const OdemaError &e) {
            report.result = WorkResult::Refused;
            report.error = e.message();
            return report;
        }
    }
    feedback.progress(report.total, report.total, QString());
    report.result = WorkResult::Done;
    return report;
}

QString batchResultText(const BatchReport &r)
{
    switch (r.result) {
    case WorkResult::Done:
        if (r.failures.isEmpty())
            return Tr::tr("Toutes les fiches sont écrites (%1) : %n fichier(s).", nullptr, int(r.files.size())).arg(r.total);
        return Tr::tr("%n fiche(s) sur %1 en échec ; les autres sont écrites.", nullptr, int(r.failures.size())).arg(r.total);
    case WorkResult::Cancelled:
        return Tr::tr("Annulé : %n fichier(s) complet(s) écrit(s), aucun fichier partiel.", nullptr, int(r.files.size()));
    case WorkResult::Refused:
        return Tr::tr("Échec d'écriture : %1").arg(r.error);
    }
    return QString();
}

} // namespace odema::report
