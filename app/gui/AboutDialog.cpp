#include "gui/AboutDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace odema::gui {

namespace {

QString item(const QString &text) { return QStringLiteral("<li>%1</li>").arg(text); }

QString link(const char *url, const QString &label)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(QLatin1String(url), label.toHtmlEscaped());
}

} // namespace

QString AboutDialog::sqliteVersion()
{
    // The connection name is private to this function so it never clashes with a store.
    const QString name = QStringLiteral("odema-about-sqlite-version");
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return version;
}

QString AboutDialog::bodyHtml()
{
    const QString licence = link("https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
                                 tr("Licence Ouverte / Etalab 2.0"));
    QString html;
    const QString title = tr("Odema Explorer %1").arg(QStringLiteral(ODEMA_VERSION));
    html += QStringLiteral("<h2>%1</h2>").arg(title);
    html += QStringLiteral("<p>%1</p>").arg(
        tr("Explorateur des données déchets de l'Odema, l'observatoire régional des déchets et des "
           "matériaux des Hauts-de-France (Cerdd)."));

    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Données"));
    html += item(tr("Tonnages collectés et traités : ADEME, base SINOE® (data.ademe.fr, data.gouv.fr), sous %1.").arg(licence));
    html += item(tr("Tonnages et capacités des ISDND, objectifs régionaux : Odema (Cerdd), sous %1.").arg(licence));
    html += item(tr("Code officiel géographique, populations légales et estimations de population : INSEE, sous %1.").arg(licence));
    html += item(tr("Composition des EPCI : jeu « Découpage administratif » d'Etalab (data.gouv.fr), sous %1.").arg(licence));
    html += item(tr("Contours des territoires : IGN, Admin Express, sous %1.").arg(licence));
    html += QStringLiteral("</ul><p>%1</p>").arg(
        tr("Les chiffres affichés sont calculés à partir de ces données ; ils n'engagent pas leurs producteurs."));

    html += QStringLiteral("<h3>%1</h3><ul>").arg(tr("Bibliothèques"));
    // Qt Charts is GPL 3 in the open-source edition, unlike the LGPL 3 modules: say so.
    html += item(tr("Qt %1 (Core, Gui, Widgets, Sql, Svg, PrintSupport), sous LGPL 3").arg(QString::fromLatin1(qVersion())));
    html += item(tr("Qt Charts %1, sous GPL 3").arg(QString::fromLatin1(qVersion())));
    const QString sqlite = sqliteVersion();
    html += item(sqlite.isEmpty() ? tr("SQLite, domaine public") : tr("SQLite %1, domaine public").arg(sqlite));
#ifdef ODEMA_ABOUT_XLSXWRITER
    html += item(tr("libxlsxwriter %1 (écriture des classeurs XLSX), sous licence BSD").arg(QStringLiteral(ODEMA_ABOUT_XLSXWRITER)));
#endif
#ifdef ODEMA_ABOUT_QUAZIP
    html += item(tr("QuaZip %1 (lecture des classeurs XLSX), sous LGPL 2.1").arg(QStringLiteral(ODEMA_ABOUT_QUAZIP)));
#endif
#ifdef ODEMA_ABOUT_QPDF
    html += item(tr("QPDF %1 (assemblage des fiches en un seul PDF), sous licence Apache 2.0").arg(QStringLiteral(ODEMA_ABOUT_QPDF)));
#endif
#ifdef ODEMA_ABOUT_PROJ
    html += item(tr("PROJ %1 (projection Lambert-93), sous licence MIT").arg(QStringLiteral(ODEMA_ABOUT_PROJ)));
#endif
    html += QStringLiteral("</ul>");
    return html;
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("À propos d'Odema Explorer"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/odema/icons/odema-explorer.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignTop);
    auto *body = new QTextBrowser(this);
    body->setOpenExternalLinks(true);
    body->setHtml(bodyHtml());
    body->setMinimumSize(560, 420);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(body, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
}

} // namespace odema::gui
