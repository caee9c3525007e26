#include "report/FactSheetCoverage.h"

#include "common/OdemaError.h"
#include "common/TextKey.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace odema::report {

FactSheetCoverage::FactSheetCoverage(const TerritoryResolver &resolver, const TerritoryInfo &parent, Level level)
{
    if (levelDepth(level) <= levelDepth(parent.level))
        throw OdemaError(QCoreApplication::translate("Report", "Le niveau « %1 » n'est pas sous « %2 » : choisissez un niveau plus fin.")
                             .arg(levelLabel(level), parent.name));
    m_items = resolver.descendants(parent.level == Level::France ? 0 : parent.id, level);
    // By code, shorter codes padded so that "9" < "10" < "971" (EPCI SIREN all have 9 digits).
    std::stable_sort(m_items.begin(), m_items.end(), [](const TerritoryInfo &a, const TerritoryInfo &b) {
        return a.code.rightJustified(10, QLatin1Char('0')) < b.code.rightJustified(10, QLatin1Char('0'));
    });
    if (m_items.isEmpty())
        throw OdemaError(QCoreApplication::translate("Report", "Aucun territoire de niveau « %1 » dans %2.")
                             .arg(levelLabel(level), parent.name));
}

QString slug(const QString &text)
{
    QString s = foldKey(text);
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    s.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return s.isEmpty() ? QStringLiteral("territoire") : s.left(60);
}

QString expandFileName(const QString &pattern, const TerritoryInfo &t, int year, const QString &suffix)
{
    QString name = pattern;
    name.replace(QLatin1String("{code}"), slug(t.code));
    name.replace(QLatin1String("{nom}"), slug(t.name));
    name.replace(QLatin1String("{niveau}"), levelKey(t.level));
    name.replace(QLatin1String("{annee}"), QString::number(year));
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]")), QStringLiteral("_"));
    if (!name.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        name += QLatin1Char('.') + suffix;
    return name;
}

} // namespace odema::report
