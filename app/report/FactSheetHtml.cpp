// FactSheetWriter::toHtml: the sheet as one standalone HTML page, same content as the PDF;
// charts are PNG images and the logo its own file, all embedded as data URIs.
#include "report/FactSheetWriter.h"

#include "charts/ChartExporter.h"
#include "common/FrenchFormat.h"
#include "report/LocatorPainter.h"
#include "report/SheetFormat.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QMimeDatabase>

namespace odema::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};
QString esc(const QString &s) { return s.toHtmlEscaped(); }

QString dataUri(const QByteArray &bytes, const QString &mime)
{
    return QStringLiteral("data:%1;base64,%2").arg(mime, QString::fromLatin1(bytes.toBase64()));
}

QString chartImage(const ChartData &data)
{
    charts::ExportSize size;
    size.widthMm = 160;
    size.heightMm = 95;
    size.dpi = 150;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    charts::ChartExporter::toImage(data, size).save(&buffer, "PNG");
    return dataUri(png, QStringLiteral("image/png"));
}

QString missing(const Availability &a)
{
    return QStringLiteral("<div class=\"missing\"><strong>%1</strong><br>%2</div>")
        .arg(esc(Tr::tr("Données non disponibles")), esc(a.reason));
}
} // namespace

QString FactSheetWriter::toHtml(const FactSheetData &d, const ReportTemplate &tpl)
{
    const SheetHeader &h = d.header;
    const QString accent = tpl.accent.name();
    QString html;
    html += QStringLiteral("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>%1</title>\n").arg(esc(h.title));
    html += QStringLiteral(
        "<style>body{font-family:'DejaVu Sans',Arial,sans-serif;color:#222;max-width:900px;margin:0 auto;padding:0 16px;font-size:14px}"
        "header{background:%1;color:#fff;padding:14px 18px;display:flex;gap:18px;align-items:center}"
        "header img{width:72px;height:72px}header .locator{margin-left:auto;text-align:center;font-size:11px;opacity:.9}"
        "header .locator img{width:180px;height:120px;display:block}header h1{margin:4px 0;font-size:30px}header .org{opacity:.85;font-size:13px}"
        "h2{color:%1;border-bottom:2px solid %1;padding-bottom:2px;font-size:18px;margin-top:26px}"
        "table{border-collapse:collapse;width:100%;font-size:13px}th{color:#666;font-weight:bold;text-align:right;padding:4px}"
        "th:first-child,td:first-child{text-align:left}td{text-align:right;padding:4px;white-space:nowrap}"
        "td:first-child{white-space:normal;font-weight:bold}tbody tr:nth-child(odd){background:#F2F4F5}"
        ".missing{background:#F2F4F5;color:#666;padding:10px;margin:6px 0}.muted{color:#666;font-size:12px}"
        ".charts{display:grid;grid-template-columns:1fr 1fr;gap:10px}.charts img{width:100%}"
        "</style></head><body>\n").arg(accent);

    QString logo;
    QFile logoFile(tpl.logoPath);
    if (!tpl.logoPath.isEmpty() && logoFile.open(QIODevice::ReadOnly))
        logo = QStringLiteral("<img alt=\"\" src=\"%1\">")
                   .arg(dataUri(logoFile.readAll(), QMimeDatabase().mimeTypeForFile(tpl.logoPath).name()));
    QString locator;
    if (d.locator)
        locator = QStringLiteral("<div class=\"locator\"><img alt=\"%1\" src=\"%2\">%3<br>%4</div>")
                      .arg(esc(d.locator->description()), dataUri(locatorSvg(*d.locator, 45, 30), QStringLiteral("image/svg+xml")),
                           esc(d.locator->caption), esc(d.locator->perimeter));
    html += QStringLiteral("<header>%1<div><div class=\"org\">%2 · %3</div><h1>%4</h1><div>%5</div></div>%6</header>\n")
                .arg(logo, esc(tpl.organisation), esc(tpl.title), esc(h.name),
                     esc(headerLine(h)),
                     locator);
    html += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(h.population
        ? Tr::tr("Population %1 : %2 habitants (%3)").arg(QString::number(h.year), formatInteger(*h.population), h.populationBasis)
        : Tr::tr("Population %1 : non disponible dans la base – pas de kilogrammes par habitant.").arg(h.year)));

    const QString keyFigures = Tr::tr("Chiffres clés %1").arg(h.year);
    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(keyFigures));
    if (!d.figuresAvailability.available) {
        html += missing(d.figuresAvailability);
    } else {
        html += QStringLiteral("<table><thead><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>")
                    .arg(esc(Tr::tr("Indicateur")), esc(Tr::tr("Valeur")), esc(Tr::tr("vs enquête précédente")), esc(Tr::tr("depuis la 1re année")));
        if (!d.figures.isEmpty())
            for (const ComparisonValue &c : d.figures.first().comparisons)
                html += QStringLiteral("<th>%1</th>").arg(esc(c.label));
        html += QStringLiteral("</tr></thead><tbody>\n");
        for (const KeyFigure &f : d.figures) {
            html += f.dataset.isEmpty() ? QStringLiteral("<tr><td>%1</td>").arg(esc(f.label))
                                        : QStringLiteral("<tr><td>%1<br><span class=\"muted\">%2</span></td>").arg(esc(f.label), esc(f.dataset));
            if (!f.availability.available) {
                html += QStringLiteral("<td colspan=\"%1\" class=\"muted\" style=\"text-align:left;white-space:normal\">%2</td></tr>\n")
                            .arg(3 + f.comparisons.size()).arg(esc(missingText(f.availability)));
                continue;
            }
            html += QStringLiteral("<td><strong>%1</strong></td><td>%2</td><td>%3</td>")
                        .arg(esc(figureValueText(f, h.year)), esc(changeText(f.changeSincePrevious, f.previousYear, f.changeInPoints)),
                             esc(changeText(f.changeSinceFirst, f.firstYear, f.changeInPoints)));
            for (const ComparisonValue &c : f.comparisons)
                html += QStringLiteral("<td>%1</td>").arg(esc(c.value ? formatValue(*c.value, f.unit, f.decimals) : QStringLiteral("–")));
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</tbody></table>\n");
        for (const KeyFigure &f : d.figures)
            if (f.availability.available && !f.note.isEmpty())
                html += QStringLiteral("<p class=\"muted\">%1 – %2</p>\n").arg(esc(f.label), esc(f.note));
    }

    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Position par rapport aux objectifs")));
    if (!d.targetsAvailability.available)
        html += missing(d.targetsAvailability);
    else
        for (const TargetPosition &t : d.targets) {
            html += QStringLiteral("<p><strong>%1</strong><br>").arg(esc(t.label));
            if (t.availability.available) {
                html += esc(t.sentence);
                html += QStringLiteral(" <span class=\"muted\">(%1 %2)</span>")
                            .arg(esc(Tr::tr("objectif")), esc(formatValue(t.targetValue.value_or(0), t.unit, t.unit == QLatin1String("%") ? 0 : 1)));
            } else {
                html += QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(missingText(t.availability)));
            }
            const QString source = Tr::tr("Objectif : %1").arg(t.source);
            html += QStringLiteral("<br><span class=\"muted\">%1</span></p>\n").arg(esc(source));
        }

    html += QStringLiteral("<h2>%1</h2>\n<div class=\"charts\">\n").arg(esc(Tr::tr("Graphiques")));
    for (const SheetChart &c : d.charts) {
        if (c.availability.available && !c.data.isEmpty())
            html += QStringLiteral("<figure style=\"margin:0\"><img alt=\"%1\" src=\"%2\"></figure>\n").arg(esc(c.data.title), chartImage(c.data));
        else
            html += QStringLiteral("<div><strong>%1</strong>%2</div>\n").arg(esc(c.data.title), missing(c.availability));
    }
    html += QStringLiteral("</div>\n");

    html += QStringLiteral("<h2>%1</h2>\n").arg(esc(Tr::tr("Données (%1)").arg(h.name)));
    if (d.table.years.isEmpty()) {
        html += missing(Availability::missing(Tr::tr("aucune série annuelle pour ce territoire")));
    } else {
        html += QStringLiteral("<table><thead><tr><th>%1</th>").arg(esc(Tr::tr("Année")));
        for (const QString &c : d.table.columns)
            html += QStringLiteral("<th>%1</th>").arg(esc(c));
        html += QStringLiteral("</tr></thead><tbody>\n");
        for (int r = 0; r < d.table.years.size(); ++r) {
            html += QStringLiteral("<tr><td>%1</td>").arg(d.table.years[r]);
            for (int c = 0; c < d.table.columns.size(); ++c) {
                const auto &v = d.table.rows[r][c];
                html += QStringLiteral("<td>%1</td>").arg(esc(v ? formatNumber(*v, d.table.decimals[c]) : QStringLiteral("–")));
            }
            html += QStringLiteral("</tr>\n");
        }
        html += QStringLiteral("</tbody></table>\n");
    }

    html += QStringLiteral("<h2>%1</h2>\n<ul class=\"muted\">\n").arg(esc(Tr::tr("Sources et méthode")));
    for (const SourceNote &s : d.sources)
        html += QStringLiteral("<li>%1</li>\n").arg(esc(Tr::tr("%1 : %2 (importé le %3)").arg(s.file, s.what, frenchDate(s.importedAt))));
    html += QStringLiteral("</ul>\n");
    for (const QString &n : d.methodNotes)
        html += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(n));
    html += QStringLiteral("<footer class=\"muted\"><hr>%1 · %2</footer>\n</body></html>\n")
                .arg(esc(tpl.footerText), esc(Tr::tr("%1 – généré le %2 par Odema Explorer").arg(h.title, frenchDate(d.generatedAt))));
    return html;
}

} // namespace odema::report
