#pragma once
// Branding of the fact sheets, changed without recompiling: organisation name, logo file,
// accent colour, footer text. Read from a JSON template (the command line's --template, the
// settings dialog); the defaults ship in resources/report/template.json
// (":/odema/report/template.json", registered by odema_report).
#include <QColor>
#include <QJsonObject>
#include <QString>

namespace odema::report {

struct ReportTemplate {
    QString organisation;  ///< "Odema – Observatoire déchets-matières (Cerdd)"
    QString logoPath;      ///< SVG or raster image; relative paths are read beside the template file
    QColor accent;         ///< header band, titles, gauges
    QString footerText;    ///< printed on every page
    QString title;         ///< "Fiche territoriale déchets"

    static QString defaultPath() { return QStringLiteral(":/odema/report/template.json"); }
    /// The shipped defaults.
    static ReportTemplate defaults();
    /// Reads a template; keys missing from it keep the defaults. Throws OdemaError naming the
    /// file and the problem (unreadable, not JSON, bad colour).
    static ReportTemplate load(const QString &path);
    void save(const QString &path) const;
    QJsonObject toJson() const;
};

} // namespace odema::report
