#pragma once
// Paints one FactSheetData on two A4 portrait pages of a QPdfWriter with QPainter: header
// band, key figures with changes and comparisons, targets with gauges, charts (drawn by
// odema_charts' ChartExporter into their rectangles), data table, sources and method notes.
// Layout and formatting only: every value comes computed in the FactSheetData.
#include "report/FactSheetData.h"
#include "report/ReportTemplate.h"

#include <QPainter>
#include <QSvgRenderer>
#include <functional>
#include <memory>

namespace odema::report {

class SheetPainter {
public:
    static constexpr int kPagesPerSheet = 2;

    /// `painter` paints an A4 page at `dpi` device units per inch; `newPage` moves it to the
    /// next page (QPdfWriter::newPage, or the next preview image).
    SheetPainter(QPainter &painter, double dpi, std::function<void()> newPage, const ReportTemplate &tpl);
    ~SheetPainter();

    /// Paints the sheet from the current page on (the caller opens the next page between
    /// sheets). `firstPage`/`totalPages` number the pages of the whole document.
    void paint(const FactSheetData &data, int firstPage, int totalPages);
    /// One page listing the sheets of a combined document with their first page.
    void paintContents(const QString &title, const QList<std::pair<QString, int>> &entries, int totalPages);

private:
    double mm(double v) const { return v * m_dpmm; }
    QFont font(double pt, bool bold = false) const;
    /// Wrapped text in a box of `widthMm`, returns its height in mm.
    double text(double xMm, double yMm, double widthMm, const QString &s, const QFont &f, const QColor &c,
                int flags = Qt::AlignLeft | Qt::AlignTop) const;
    double textHeight(double widthMm, const QString &s, const QFont &f) const;
    /// Width of one line of `s`, in mm.
    double textWidth(const QString &s, const QFont &f) const;
    double sectionTitle(double y, const QString &title) const;
    double missingBox(double x, double y, double w, double h, const Availability &a) const;

    void header(const FactSheetData &d);
    /// Paints the locator right-aligned on `rightMm`, `hMm` high caption included; returns its width.
    double locator(const SheetLocator &l, double rightMm, double yMm, double hMm) const;
    double keyFigures(const FactSheetData &d, double y) const;
    double targets(const FactSheetData &d, double y) const;
    void gauge(const TargetPosition &t, double x, double y, double w) const;
    void chart(const SheetChart &c, double x, double y, double w, double h) const;
    double table(const FactSheetData &d, double y) const;
    double notes(const FactSheetData &d, double y) const;
    /// Index of the first method note of the right column: the two columns about as tall.
    qsizetype notesSplit(const QStringList &notes, double colW, const QFont &f) const;
    double notesHeight(const QStringList &sources, const QStringList &notes, const QFont &f) const;
    void footer(const FactSheetData &d, int page, int totalPages) const;

    QPainter &m_painter;
    std::function<void()> m_newPage;
    ReportTemplate m_tpl;
    std::unique_ptr<QSvgRenderer> m_logoSvg;
    QImage m_logoImage;
    QString m_family;
    double m_dpmm = 1; ///< device units per mm
};

} // namespace odema::report
