#include "report/ReportTemplate.h"

#include "common/FileChecks.h"
#include "common/OdemaError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace odema::report {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Report)
};

void apply(ReportTemplate &t, const QJsonObject &o, const QString &baseDir, const QString &path)
{
    if (o.contains(QLatin1String("organisation")))
        t.organisation = o.value(QLatin1String("organisation")).toString();
    if (o.contains(QLatin1String("title")))
        t.title = o.value(QLatin1String("title")).toString();
    if (o.contains(QLatin1String("footerText")))
        t.footerText = o.value(QLatin1String("footerText")).toString();
    if (o.contains(QLatin1String("accentColor"))) {
        const QString text = o.value(QLatin1String("accentColor")).toString();
        const QColor c = QColor::fromString(text);
        if (!c.isValid())
            throw OdemaError(Tr::tr("Couleur « %1 » non reconnue dans le modèle %2 ; écrivez-la comme #1F6E8C.").arg(text, path));
        t.accent = c;
    }
    if (o.contains(QLatin1String("logo"))) {
        const QString logo = o.value(QLatin1String("logo")).toString();
        t.logoPath = logo.isEmpty() || logo.startsWith(QLatin1Char(':')) || QFileInfo(logo).isAbsolute()
            ? logo : QDir(baseDir).filePath(logo);
    }
}

QJsonObject readJson(const QString &path)
{
    refuseSpecialFile(path); // a FIFO would block the open forever
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw OdemaError(Tr::tr("Impossible de lire le modèle de fiche %1 : %2.").arg(path, f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject())
        throw OdemaError(Tr::tr("Le modèle de fiche %1 n'est pas un objet JSON valide (%2).").arg(path, error.errorString()));
    return doc.object();
}
} // namespace

ReportTemplate ReportTemplate::defaults()
{
    // Last resort values if the resource is not linked in; the shipped file says the same.
    ReportTemplate t;
    t.organisation = QStringLiteral("Odema – Observatoire déchets-matières (Cerdd)");
    t.accent = QColor(QStringLiteral("#1F6E8C"));
    t.title = Tr::tr("Fiche territoriale déchets");
    t.logoPath = QStringLiteral(":/odema/report/logo.svg");
    if (QFile::exists(defaultPath()))
        apply(t, readJson(defaultPath()), QStringLiteral(":/odema/report"), defaultPath());
    return t;
}

ReportTemplate ReportTemplate::load(const QString &path)
{
    ReportTemplate t = defaults();
    apply(t, readJson(path), QFileInfo(path).absolutePath(), path);
    if (!t.logoPath.isEmpty() && !QFile::exists(t.logoPath))
        throw OdemaError(Tr::tr("Logo introuvable : %1 (indiqué dans le modèle %2).").arg(t.logoPath, path));
    return t;
}

QJsonObject ReportTemplate::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("organisation"), organisation);
    o.insert(QLatin1String("title"), title);
    o.insert(QLatin1String("footerText"), footerText);
    o.insert(QLatin1String("accentColor"), accent.name());
    o.insert(QLatin1String("logo"), logoPath);
    return o;
}

void ReportTemplate::save(const QString &path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw OdemaError(Tr::tr("Impossible d'écrire le modèle %1 : %2.").arg(path, f.errorString()));
    f.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
    if (!f.commit())
        throw OdemaError(Tr::tr("Impossible d'écrire le modèle %1 : %2.").arg(path, f.errorString()));
}

} // namespace odema::report
