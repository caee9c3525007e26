#include "report/FactSheetWriter.h"

#include "common/OdemaError.h"
#include "report/SheetPainter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

namespace odema::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

void openSave(QSaveFile &file)
{
    const QFileInfo info(file.fileName());
    if (!QDir().mkpath(info.absolutePath()) || !file.open(QIODevice::WriteOnly))
        throw OdemaError(Tr::tr("Impossible d'écrire %1 : %2. Vérifiez le dossier et les droits.").arg(file.fileName(), file.errorString()));
}

void commit(QSaveFile &file)
{
    if (!file.commit())
        throw OdemaError(Tr::tr("Impossible d'écrire %1 : %2. Vérifiez le dossier et les droits.").arg(file.fileName(), file.errorString()));
}

void setupA4(QPdfWriter &pdf, const QString &title)
{
    pdf.setCreator(QStringLiteral("Odema Explorer"));
    pdf.setTitle(title);
    pdf.setResolution(300);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Portrait);
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}
} // namespace

void FactSheetWriter::writePdf(const FactSheetData &data, const ReportTemplate &tpl, const QString &path)
{
    QSaveFile file(path);
    openSave(file);
    {
        QPdfWriter pdf(&file);
        setupA4(pdf, data.header.title);
        QPainter painter;
        if (!painter.begin(&pdf))
            throw OdemaError(Tr::tr("Impossible de créer le PDF %1.").arg(path));
        SheetPainter(painter, pdf.resolution(), [&pdf] { pdf.newPage(); }, tpl).paint(data, 1, SheetPainter::kPagesPerSheet);
        painter.end();
    }
    commit(file);
}

bool FactSheetWriter::writeCombinedPdf(const QList<FactSheetData> &sheets, const ReportTemplate &tpl, const QString &title,
                                       const QString &path, const std::function<bool(int)> &keepGoing)
{
    QSaveFile file(path);
    openSave(file);
    {
        QPdfWriter pdf(&file);
        setupA4(pdf, title);
        QPainter painter;
        if (!painter.begin(&pdf))
            throw OdemaError(Tr::tr("Impossible de créer le PDF %1.").arg(path));
        SheetPainter sheet(painter, pdf.resolution(), [&pdf] { pdf.newPage(); }, tpl);
        const int total = 1 + SheetPainter::kPagesPerSheet * int(sheets.size());
        QList<std::pair<QString, int>> entries;
        for (int i = 0; i < sheets.size(); ++i)
            entries << std::make_pair(QStringLiteral("%1 (%2)").arg(sheets[i].header.name, sheets[i].header.code),
                                      2 + SheetPainter::kPagesPerSheet * i);
        sheet.paintContents(title, entries, total);
        for (int i = 0; i < sheets.size(); ++i) {
            if (keepGoing && !keepGoing(i)) {
                painter.end();
                file.cancelWriting();
                return false;
            }
            pdf.newPage();
            sheet.paint(sheets[i], 2 + SheetPainter::kPagesPerSheet * i, total);
        }
        painter.end();
    }
    commit(file);
    return true;
}

void FactSheetWriter::writeContentsPdf(const QList<std::pair<QString, int>> &entries, const ReportTemplate &tpl, const QString &title,
                                       int totalPages, const QString &path)
{
    QSaveFile file(path);
    openSave(file);
    {
        QPdfWriter pdf(&file);
        setupA4(pdf, title);
        QPainter painter;
        if (!painter.begin(&pdf))
            throw OdemaError(Tr::tr("Impossible de créer le PDF %1.").arg(path));
        SheetPainter(painter, pdf.resolution(), [&pdf] { pdf.newPage(); }, tpl).paintContents(title, entries, totalPages);
        painter.end();
    }
    commit(file);
}

void FactSheetWriter::writeNumberedSheets(const QList<FactSheetData> &sheets, const QList<int> &firstPages, int totalPages,
                                          const ReportTemplate &tpl, const QString &title, const QString &path)
{
    QSaveFile file(path);
    openSave(file);
    {
        QPdfWriter pdf(&file);
        setupA4(pdf, title);
        QPainter painter;
        if (!painter.begin(&pdf))
            throw OdemaError(Tr::tr("Impossible de créer le PDF %1.").arg(path));
        SheetPainter sheet(painter, pdf.resolution(), [&pdf] { pdf.newPage(); }, tpl);
        for (int i = 0; i < sheets.size(); ++i) {
            if (i > 0)
                pdf.newPage();
            sheet.paint(sheets[i], firstPages.value(i), totalPages);
        }
        painter.end();
    }
    commit(file);
}

QList<QImage> FactSheetWriter::pageImages(const FactSheetData &data, const ReportTemplate &tpl, double dpi)
{
    const QSize size(qRound(210 / 25.4 * dpi), qRound(297 / 25.4 * dpi));
    QList<QImage> pages;
    auto addPage = [&] {
        QImage page(size, QImage::Format_ARGB32_Premultiplied);
        page.fill(Qt::white);
        page.setDotsPerMeterX(qRound(dpi / 0.0254)); // points map to the page's resolution
        page.setDotsPerMeterY(qRound(dpi / 0.0254));
        pages << page;
    };
    addPage();
    QPainter painter(&pages.last());
    SheetPainter(painter, dpi, [&] {
        painter.end();
        addPage();
        painter.begin(&pages.last());
    }, tpl).paint(data, 1, SheetPainter::kPagesPerSheet);
    painter.end();
    return pages;
}

void FactSheetWriter::writeHtml(const FactSheetData &data, const ReportTemplate &tpl, const QString &path)
{
    QSaveFile file(path);
    openSave(file);
    file.write(toHtml(data, tpl).toUtf8());
    commit(file);
}

} // namespace odema::report
