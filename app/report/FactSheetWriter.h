#pragma once
// Writes fact sheets to files: a two-page A4 PDF (SheetPainter), a combined PDF with a table
// of contents, and a standalone HTML page with the same content (charts and logo embedded as
// data URIs). Files are written to a temporary file and renamed when complete (QSaveFile), so
// a failure or a cancel never leaves a half-written file.
#include "report/FactSheetData.h"
#include "report/ReportTemplate.h"

#include <QImage>
#include <QString>
#include <functional>

namespace odema::report {

class FactSheetWriter {
public:
    /// Throws OdemaError when the file cannot be written.
    static void writePdf(const FactSheetData &data, const ReportTemplate &tpl, const QString &path);
    static void writeHtml(const FactSheetData &data, const ReportTemplate &tpl, const QString &path);
    static QString toHtml(const FactSheetData &data, const ReportTemplate &tpl);
    /// The two pages as images at `dpi` (preview), painted by the same code as the PDF.
    static QList<QImage> pageImages(const FactSheetData &data, const ReportTemplate &tpl, double dpi = 96);

    /// One PDF: a contents page, then two pages per sheet. `keepGoing` is asked before each
    /// sheet; when it says no, nothing is written and false is returned.
    static bool writeCombinedPdf(const QList<FactSheetData> &sheets, const ReportTemplate &tpl, const QString &title,
                                 const QString &path, const std::function<bool(int)> &keepGoing = {});

    // The pieces of a combined PDF drawn by several processes (FactSheetWorkers), numbered as
    // in the whole document: its contents page alone, and a share of its sheets, the sheet k
    // starting at page firstPages[k] of totalPages.
    static void writeContentsPdf(const QList<std::pair<QString, int>> &entries, const ReportTemplate &tpl, const QString &title,
                                 int totalPages, const QString &path);
    static void writeNumberedSheets(const QList<FactSheetData> &sheets, const QList<int> &firstPages, int totalPages,
                                    const ReportTemplate &tpl, const QString &title, const QString &path);
};

} // namespace odema::report
