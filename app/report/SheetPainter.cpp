#include "report/SheetPainter.h"

#include "charts/ChartExporter.h"
#include "charts/ChartStyle.h"
#include "common/FrenchFormat.h"
#include "report/LocatorPainter.h"
#include "report/SheetFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontMetricsF>
#include <algorithm>

namespace odema::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr double kLeft = 14, kWidth = 182, kFooterY = 283;
const QColor kText(0x22, 0x22, 0x22), kMuted(0x66, 0x66, 0x66), kRule(0xCC, 0xCC, 0xCC), kBand(0xF2, 0xF4, 0xF5);
const QColor kGood(0x38, 0x8E, 0x3C), kBad(0xC6, 0x28, 0x28);
} // namespace

SheetPainter::SheetPainter(QPainter &painter, double dpi, std::function<void()> newPage, const ReportTemplate &tpl)
    : m_painter(painter), m_newPage(std::move(newPage)), m_tpl(tpl)
{
    m_dpmm = dpi / 25.4;
    m_family = charts::style::fontFamily();
    if (tpl.logoPath.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        m_logoSvg = std::make_unique<QSvgRenderer>(tpl.logoPath);
        if (!m_logoSvg->isValid())
            m_logoSvg.reset();
    } else if (!tpl.logoPath.isEmpty()) {
        m_logoImage.load(tpl.logoPath);
    }
}

SheetPainter::~SheetPainter() = default;

QFont SheetPainter::font(double pt, bool bold) const
{
    QFont f(m_family);
    f.setPointSizeF(pt);
    f.setBold(bold);
    return f;
}

double SheetPainter::textHeight(double widthMm, const QString &s, const QFont &f) const
{
    // Metrics of the page's device: QPainter::boundingRect measured nothing (0) before the
    // first text of a document was drawn.
    const QFontMetricsF metrics(f, m_painter.device());
    const QRectF r = metrics.boundingRect(QRectF(0, 0, mm(widthMm), mm(400)), Qt::TextWordWrap, s);
    return r.height() / m_dpmm;
}

double SheetPainter::textWidth(const QString &s, const QFont &f) const
{
    return QFontMetricsF(f, m_painter.device()).horizontalAdvance(s) / m_dpmm;
}

double SheetPainter::text(double xMm, double yMm, double widthMm, const QString &s, const QFont &f, const QColor &c,
                          int flags) const
{
    m_painter.setFont(f);
    m_painter.setPen(c);
    QRectF bound;
    m_painter.drawText(QRectF(mm(xMm), mm(yMm), mm(widthMm), mm(400)), flags | Qt::TextWordWrap, s, &bound);
    return bound.height() / m_dpmm;
}

double SheetPainter::sectionTitle(double y, const QString &title) const
{
    const double h = text(kLeft, y, kWidth, title, font(10.5, true), m_tpl.accent);
    m_painter.setPen(QPen(m_tpl.accent, mm(0.35)));
    m_painter.drawLine(QPointF(mm(kLeft), mm(y + h + 0.6)), QPointF(mm(kLeft + kWidth), mm(y + h + 0.6)));
    return y + h + 2.2;
}

double SheetPainter::missingBox(double x, double y, double w, double h, const Availability &a) const
{
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(kBand);
    m_painter.drawRect(QRectF(mm(x), mm(y), mm(w), mm(h)));
    const double t = text(x + 3, y + 2.5, w - 6, Tr::tr("Données non disponibles"), font(9, true), kMuted);
    text(x + 3, y + 2.5 + t + 0.5, w - 6, a.reason.isEmpty() ? QString() : a.reason + QLatin1Char('.'), font(8), kMuted);
    return y + h;
}

void SheetPainter::paint(const FactSheetData &d, int firstPage, int totalPages)
{
    header(d);
    double y = 45;
    y = keyFigures(d, y);
    y = targets(d, y + 4);
    // Trajectory of the valorisation rate under the targets, if it fits the first page.
    // (When it is missing the targets section above already says why: no empty frame.)
    for (const SheetChart &c : d.charts)
        if (c.data.kind == ChartKind::Trajectoire && c.availability.available && kFooterY - 3 - (y + 3) >= 55)
            chart(c, kLeft, y + 3, kWidth, std::min(85.0, kFooterY - 3 - (y + 3)));
    footer(d, firstPage, totalPages);

    m_newPage();
    double y2 = sectionTitle(12, Tr::tr("Graphiques – %1").arg(d.header.name));
    QList<const SheetChart *> grid;
    for (const SheetChart &c : d.charts)
        if (c.data.kind != ChartKind::Trajectoire)
            grid << &c;
    const double cw = (kWidth - 4) / 2, ch = 70;
    for (int i = 0; i < grid.size() && i < 4; ++i)
        chart(*grid[i], kLeft + (i % 2) * (cw + 4), y2 + (i / 2) * (ch + 3), cw, ch);
    y2 += 2 * ch + 3 + 4;
    y2 = table(d, y2);
    notes(d, y2 + 3);
    footer(d, firstPage + 1, totalPages);
}

void SheetPainter::header(const FactSheetData &d)
{
    const SheetHeader &h = d.header;
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_tpl.accent);
    m_painter.drawRect(QRectF(0, 0, mm(210), mm(36)));
    const QRectF logo(mm(kLeft), mm(6), mm(24), mm(24));
    if (m_logoSvg)
        m_logoSvg->render(&m_painter, logo);
    else if (!m_logoImage.isNull())
        m_painter.drawImage(logo, m_logoImage);
    // The locator sits at the right of the band; the texts keep clear of it (and take the
    // whole width when there is none).
    const double locatorW = d.locator ? locator(*d.locator, kLeft + kWidth, 2.5, 31) : 0;
    const double x = kLeft + 29, w = kWidth - 29 - (locatorW > 0 ? locatorW + 4 : 0);
    text(x, 5, w, m_tpl.organisation, font(8.5), QColor(255, 255, 255, 220));
    text(x, 10, w, m_tpl.title.toUpper(), font(8, true), QColor(255, 255, 255, 200));
    // Long names ("Communauté d'agglomération du Boulonnais") get a smaller size before they
    // wrap into the line below.
    double namePt = 20;
    while (namePt > 12 && QFontMetricsF(font(namePt, true), m_painter.device()).horizontalAdvance(h.name) > mm(w))
        namePt -= 1;
    const double nameY = 15 + (20 - namePt) * 0.25;
    const double nameH = text(x, nameY, w, h.name, font(namePt, true), Qt::white);
    text(x, std::max(27.0, nameY + nameH + 0.3), w, headerLine(h), font(8.5), Qt::white);
    QString pop = h.population
        ? Tr::tr("Population %1 : %2 habitants (%3)").arg(QString::number(h.year), formatInteger(*h.population), h.populationBasis)
        : Tr::tr("Population %1 : non disponible dans la base – pas de kilogrammes par habitant.").arg(h.year);
    text(kLeft, 38.5, kWidth, pop, font(8), kMuted);
}

double SheetPainter::locator(const SheetLocator &l, double rightMm, double yMm, double hMm) const
{
    // Neighbours as light shapes on the band, the territory in the observatory's amber; the
    // caption below says what is shown (the perimeter on its own line: names break badly).
    // The column is as wide as the caption or the map at that height needs (Hauts-de-France is
    // taller than wide, France about square), so the sheet's name keeps the rest of the band.
    constexpr double kMinW = 30, kMaxW = 50, kGap = 0.8;
    const QFont captionFont = font(7);
    const QString caption = l.perimeter.isEmpty() ? l.caption : l.caption + QLatin1Char('\n') + l.perimeter;
    const QRectF natural = QFontMetricsF(captionFont, m_painter.device())
                               .boundingRect(QRectF(0, 0, mm(kMaxW), mm(400)), Qt::TextWordWrap, caption);
    const double captionH = natural.height() / m_dpmm;
    const double mapH = hMm - captionH - kGap;
    const double aspect = l.bounds.height() > 0 ? l.bounds.width() / l.bounds.height() : 1;
    const double w = std::clamp(std::max(natural.width() / m_dpmm, mapH * aspect), kMinW, kMaxW);
    const double x = rightMm - w;
    paintLocatorMap(m_painter, l, QRectF(mm(x), mm(yMm), mm(w), mm(mapH)), mm(1));
    text(x, yMm + mapH + kGap, w, caption, captionFont, QColor(255, 255, 255, 235), Qt::AlignHCenter | Qt::AlignTop);
    return w;
}

double SheetPainter::keyFigures(const FactSheetData &d, double y) const
{
    y = sectionTitle(y, Tr::tr("Chiffres clés %1").arg(d.header.year));
    if (!d.figuresAvailability.available)
        return missingBox(kLeft, y, kWidth, 16, d.figuresAvailability) + 2;
    const KeyFigure *first = d.figures.isEmpty() ? nullptr : &d.figures.first();
    const int nComp = first ? int(first->comparisons.size()) : 0;
    const double valueW = 31, changeW = 24;
    const QFont head = font(7, true), body = font(7.5), bold = font(7.5, true);
    // As wide as the widest comparison needs (France's tonnes to the cent: 16 439 903,50 t),
    // at the label's expense, so that two neighbouring figures never run together.
    double compW = 21;
    for (const KeyFigure &f : d.figures)
        for (const auto &c : f.comparisons)
            if (c.value)
                compW = std::max(compW, textWidth(formatValue(*c.value, f.unit, f.decimals), body) + 2);
    const double labelW = kWidth - valueW - 2 * changeW - nComp * compW;
    QList<double> xs{kLeft, kLeft + labelW, kLeft + labelW + valueW, kLeft + labelW + valueW + changeW,
                     kLeft + labelW + valueW + 2 * changeW};
    QStringList heads{Tr::tr("Indicateur"), Tr::tr("Valeur"), Tr::tr("vs enquête précédente"), Tr::tr("depuis la 1re année")};
    double hh = 0;
    for (int i = 0; i < heads.size(); ++i)
        hh = std::max(hh, text(xs[i], y, (i == 0 ? labelW : (i == 1 ? valueW : changeW)) - 1, heads[i], head, kMuted,
                               i == 0 ? Qt::AlignLeft : Qt::AlignRight));
    for (int c = 0; c < nComp; ++c)
        hh = std::max(hh, text(xs[4] + c * compW, y, compW - 1, first->comparisons[c].label, head, kMuted, Qt::AlignRight));
    y += hh + 1;
    bool shade = false;
    for (const KeyFigure &f : d.figures) {
        // Tall enough for a wrapped label or a value carrying its year on a second line.
        const double valueH = f.value ? textHeight(valueW - 1, figureValueText(f, d.header.year), bold) : 0;
        // Under the label, the data set the value comes from (its definition is in the notes).
        const QFont small = font(6);
        const double labelH = textHeight(labelW - 2, f.label, bold);
        const double datasetH = f.dataset.isEmpty() ? 0 : textHeight(labelW - 2, f.dataset, small);
        const double rowH = std::max({5.2, labelH + datasetH + 1.6, valueH + 1.6});
        if (shade) {
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(kBand);
            m_painter.drawRect(QRectF(mm(kLeft), mm(y), mm(kWidth), mm(rowH)));
        }
        shade = !shade;
        text(kLeft + 1, y + 0.8, labelW - 2, f.label, bold, kText);
        if (!f.dataset.isEmpty())
            text(kLeft + 1, y + 0.8 + labelH, labelW - 2, f.dataset, small, kMuted);
        if (!f.availability.available) {
            text(xs[1], y + 0.8, kWidth - labelW - 1, missingText(f.availability), body, kMuted);
        } else {
            text(xs[1], y + 0.8, valueW - 1, figureValueText(f, d.header.year), bold, kText, Qt::AlignRight);
            text(xs[2], y + 0.8, changeW - 1, changeText(f.changeSincePrevious, f.previousYear, f.changeInPoints), body, kText, Qt::AlignRight);
            text(xs[3], y + 0.8, changeW - 1, changeText(f.changeSinceFirst, f.firstYear, f.changeInPoints), body, kText, Qt::AlignRight);
            for (int c = 0; c < f.comparisons.size() && c < nComp; ++c) {
                const auto &v = f.comparisons[c].value;
                text(xs[4] + c * compW, y + 0.8, compW - 1, v ? formatValue(*v, f.unit, f.decimals) : QStringLiteral("–"),
                     body, kText, Qt::AlignRight);
            }
        }
        y += rowH;
    }
    // Figures of an earlier year carry it in brackets; say why once under the table.
    QStringList earlier;
    for (const KeyFigure &f : d.figures)
        if (f.availability.available && f.year != d.header.year)
            earlier << QString::number(f.year);
    earlier.removeDuplicates();
    if (!earlier.isEmpty())
        y += 0.8 + text(kLeft, y + 0.8, kWidth,
                        Tr::tr("(%1) : dernière année disponible quand la base n'a pas de données %2 pour cet indicateur "
                           "(enquêtes OMA jusqu'en 2019, destinations de traitement jusqu'en 2017).")
                            .arg(earlier.join(QStringLiteral(", "))).arg(d.header.year),
                        font(6.5), kMuted);
    if (nComp)
        y += 0.5 + text(kLeft, y + 0.5, kWidth, Tr::tr("Comparaisons : même indicateur, même année que la valeur du territoire."),
                        font(6.5), kMuted);
    return y;
}

void SheetPainter::gauge(const TargetPosition &t, double x, double y, double w) const
{
    // Horizontal bar from 0 to a scale covering value and target; target marked by a tick.
    const double v = t.value.value_or(0), goal = t.targetValue.value_or(0);
    const bool signedScale = t.unit == QLatin1String("%") && (v < 0 || goal < 0);
    const double lo = signedScale ? std::min({v, goal, 0.0}) * 1.2 - 5 : 0.0;
    const double hi = signedScale ? std::max({v, goal, 0.0}) * 1.2 + 5
                                  : std::max({v, goal, t.unit == QLatin1String("%") ? 100.0 : 0.0}) * 1.1;
    auto px = [&](double val) { return x + (val - lo) / (hi - lo) * w; };
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(kBand);
    m_painter.drawRect(QRectF(mm(x), mm(y), mm(w), mm(4)));
    m_painter.setBrush(t.reached ? kGood : m_tpl.accent);
    const double a = px(std::min(0.0, v)), b = px(std::max(0.0, v));
    m_painter.drawRect(QRectF(mm(std::min(a, b)), mm(y), mm(std::abs(b - a)), mm(4)));
    m_painter.setPen(QPen(kBad, mm(0.6)));
    m_painter.drawLine(QPointF(mm(px(goal)), mm(y - 1.2)), QPointF(mm(px(goal)), mm(y + 5.2)));
    text(x, y + 4.6, w, Tr::tr("%1 : %2").arg(QString::number(t.year), formatValue(v, t.unit, 1)), font(6.5, true), kText);
    text(x, y + 4.6, w, Tr::tr("objectif %1").arg(formatValue(goal, t.unit, t.unit == QLatin1String("%") ? 0 : 1)),
         font(6.5), kBad, Qt::AlignRight);
}

double SheetPainter::targets(const FactSheetData &d, double y) const
{
    y = sectionTitle(y, Tr::tr("Position par rapport aux objectifs"));
    if (!d.targetsAvailability.available)
        return missingBox(kLeft, y, kWidth, 14, d.targetsAvailability) + 2;
    for (const TargetPosition &t : d.targets) {
        const double textW = kWidth - 58;
        double h = text(kLeft, y, textW, t.label, font(7.5, true), kText);
        if (!t.availability.available) {
            h += text(kLeft, y + h + 0.3, textW, missingText(t.availability), font(7.5), kMuted);
        } else {
            h += text(kLeft, y + h + 0.3, textW, t.sentence, font(7.5), kText);
            gauge(t, kLeft + textW + 6, y + 1.5, 52);
            h = std::max(h, 9.5);
        }
        h += text(kLeft, y + h + 0.2, textW, Tr::tr("Objectif : %1").arg(t.source), font(6.5), kMuted);
        y += h + 2.4;
    }
    return y;
}

void SheetPainter::chart(const SheetChart &c, double x, double y, double w, double h) const
{
    if (!c.availability.available || c.data.isEmpty()) {
        const double th = text(x, y, w, c.data.title, font(8.5, true), kText);
        missingBox(x, y + th + 1.5, w, std::min(30.0, h - th - 1.5), c.availability);
        return;
    }
    m_painter.save();
    charts::ExportSize size;
    size.widthMm = w * 1.12;
    size.heightMm = h * 1.12;
    charts::ChartExporter::render(c.data, size, m_painter, QRectF(mm(x), mm(y), mm(w), mm(h)));
    m_painter.restore();
}

double SheetPainter::table(const FactSheetData &d, double y) const
{
    y = sectionTitle(y, Tr::tr("Données (%1)").arg(d.header.name));
    const DataTable &t = d.table;
    if (t.years.isEmpty())
        return missingBox(kLeft, y, kWidth, 12, Availability::missing(Tr::tr("aucune série annuelle pour ce territoire"))) + 1;
    const double yearW = 14, colW = (kWidth - yearW) / std::max<qsizetype>(1, t.columns.size());
    double hh = text(kLeft, y, yearW, Tr::tr("Année"), font(6.8, true), kMuted);
    for (int c = 0; c < t.columns.size(); ++c)
        hh = std::max(hh, text(kLeft + yearW + c * colW, y, colW - 1, t.columns[c], font(6.8, true), kMuted, Qt::AlignRight));
    y += hh + 0.8;
    for (int r = 0; r < t.years.size(); ++r) {
        if (r % 2 == 0) {
            m_painter.setPen(Qt::NoPen);
            m_painter.setBrush(kBand);
            m_painter.drawRect(QRectF(mm(kLeft), mm(y), mm(kWidth), mm(4.2)));
        }
        text(kLeft + 1, y + 0.5, yearW, QString::number(t.years[r]), font(7, true), kText);
        for (int c = 0; c < t.columns.size(); ++c) {
            const auto &v = t.rows[r][c];
            text(kLeft + yearW + c * colW, y + 0.5, colW - 1, v ? formatNumber(*v, t.decimals[c]) : QStringLiteral("–"),
                 font(7), kText, Qt::AlignRight);
        }
        y += 4.2;
    }
    return y + 0.5 + text(kLeft, y + 0.5, kWidth, Tr::tr("– : pas de donnée cette année-là (enquêtes SINOE® les années impaires ; "
                                                       "OMA jusqu'en 2019, traitement jusqu'en 2017 dans la base)."),
                          font(6.3), kMuted);
}

double SheetPainter::notes(const FactSheetData &d, double y) const
{
    y = sectionTitle(y, Tr::tr("Sources et méthode"));
    QStringList sources;
    for (const SourceNote &s : d.sources)
        sources << QStringLiteral("• ") + Tr::tr("%1 : %2 (importé le %3)").arg(s.file, s.what, frenchDate(s.importedAt));
    // A full store names many files and definitions: the method notes go in two columns, and the
    // type gets smaller only when that still runs into the footer (never below 5,6 pt). What still
    // does not fit is left to the HTML sheet, which has no page to fill, and the page says so.
    const double room = kFooterY - 1.5 - y;
    double pt = 6.3;
    while (pt > 5.6 && notesHeight(sources, d.methodNotes, font(pt)) > room)
        pt -= 0.1;
    const QFont f = font(pt);
    QStringList notes = d.methodNotes;
    for (qsizetype dropped = 1; notesHeight(sources, notes, f) > room && dropped < d.methodNotes.size(); ++dropped) {
        notes = d.methodNotes.mid(0, d.methodNotes.size() - dropped);
        notes << Tr::tr("%n note(s) de méthode de plus dans la fiche HTML (report --html).", nullptr, int(dropped));
    }
    for (const QString &l : sources)
        y += text(kLeft, y, kWidth, l, f, kText) + 0.2;
    y += 0.8;
    const double colW = (kWidth - 4) / 2;
    const qsizetype split = notesSplit(notes, colW, f);
    double yLeft = y, yRight = y;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        double &yc = i < split ? yLeft : yRight;
        yc += text(i < split ? kLeft : kLeft + colW + 4, yc, colW, notes[i], f, kMuted) + 0.3;
    }
    return std::max(yLeft, yRight);
}

/// The first note of the right column: the split whose taller column is the shortest.
qsizetype SheetPainter::notesSplit(const QStringList &notes, double colW, const QFont &f) const
{
    QList<double> heights;
    double total = 0;
    for (const QString &n : notes)
        total += heights.emplace_back(textHeight(colW, n, f) + 0.3);
    qsizetype best = 0;
    double left = 0, bestTaller = total;
    for (qsizetype i = 0; i <= notes.size(); ++i) {
        if (const double taller = std::max(left, total - left); taller < bestTaller) {
            bestTaller = taller;
            best = i;
        }
        if (i < notes.size())
            left += heights[i];
    }
    return best;
}

double SheetPainter::notesHeight(const QStringList &sources, const QStringList &notes, const QFont &f) const
{
    double h = 0.8;
    for (const QString &l : sources)
        h += textHeight(kWidth, l, f) + 0.2;
    const double colW = (kWidth - 4) / 2;
    const qsizetype split = notesSplit(notes, colW, f);
    double left = 0, right = 0;
    for (qsizetype i = 0; i < notes.size(); ++i)
        (i < split ? left : right) += textHeight(colW, notes[i], f) + 0.3;
    return h + std::max(left, right);
}

void SheetPainter::footer(const FactSheetData &d, int page, int totalPages) const
{
    m_painter.setPen(QPen(kRule, mm(0.2)));
    m_painter.drawLine(QPointF(mm(kLeft), mm(kFooterY)), QPointF(mm(kLeft + kWidth), mm(kFooterY)));
    const QFont f = font(6.5);
    text(kLeft, kFooterY + 1.2, kWidth - 30, m_tpl.footerText, f, kMuted);
    text(kLeft, kFooterY + 4.4, kWidth - 30,
         Tr::tr("%1 – générée le %2 par Odema Explorer").arg(d.header.title, frenchDate(d.generatedAt)), f, kMuted);
    text(kLeft + kWidth - 30, kFooterY + 1.2, 30, Tr::tr("Page %1/%2").arg(QString::number(page), QString::number(totalPages)), font(7, true), kMuted, Qt::AlignRight);
}

void SheetPainter::paintContents(const QString &title, const QList<std::pair<QString, int>> &entries, int totalPages)
{
    m_painter.setPen(Qt::NoPen);
    m_painter.setBrush(m_tpl.accent);
    m_painter.drawRect(QRectF(0, 0, mm(210), mm(24)));
    if (m_logoSvg)
        m_logoSvg->render(&m_painter, QRectF(mm(kLeft), mm(4), mm(16), mm(16)));
    text(kLeft + 21, 5, kWidth - 21, m_tpl.organisation, font(8.5), Qt::white);
    text(kLeft + 21, 11, kWidth - 21, title, font(14, true), Qt::white);
    double y = 32;
    y = sectionTitle(y, Tr::tr("Sommaire"));
    const QFont f = font(entries.size() > 60 ? 6 : 8);
    const int perColumn = entries.size() > 60 ? 60 : 40;
    const double colW = kWidth / 2 - 4, lineH = entries.size() > 60 ? 3.6 : 5.5;
    for (int i = 0; i < entries.size(); ++i) {
        const double x = kLeft + (i / perColumn) * (colW + 8), yy = y + (i % perColumn) * lineH;
        text(x, yy, colW - 12, entries[i].first, f, kText);
        text(x + colW - 12, yy, 12, QString::number(entries[i].second), f, kText, Qt::AlignRight);
    }
    m_painter.setPen(QPen(kRule, mm(0.2)));
    m_painter.drawLine(QPointF(mm(kLeft), mm(kFooterY)), QPointF(mm(kLeft + kWidth), mm(kFooterY)));
    text(kLeft, kFooterY + 1.2, 90, m_tpl.footerText, font(6.5), kMuted);
    text(kLeft + kWidth - 40, kFooterY + 1.2, 40, Tr::tr("Page %1/%2").arg(QStringLiteral("1"), QString::number(totalPages)), font(6.5), kMuted, Qt::AlignRight);
}

} // namespace odema::report
