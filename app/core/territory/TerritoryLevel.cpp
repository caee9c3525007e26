#include "territory/TerritoryLevel.h"

#include "common/OdemaError.h"

#include <QCoreApplication>

namespace odema {

namespace {
struct LevelInfo {
    Level level;
    const char *key;
    const char *label;
    const char *inText; ///< translated whole: lower-casing a translated label is not a translation
    int depth;
};
const LevelInfo kLevels[] = {
    {Level::France, "france", QT_TRANSLATE_NOOP("Level", "France"), QT_TRANSLATE_NOOP("Level", "France"), 0},
    {Level::Region, "region", QT_TRANSLATE_NOOP("Level", "Région"), QT_TRANSLATE_NOOP("Level", "région"), 1},
    {Level::Departement, "departement", QT_TRANSLATE_NOOP("Level", "Département"), QT_TRANSLATE_NOOP("Level", "département"), 2},
    {Level::Epci, "epci", QT_TRANSLATE_NOOP("Level", "EPCI"), QT_TRANSLATE_NOOP("Level", "EPCI"), 3},
    {Level::Syndicat, "syndicat", QT_TRANSLATE_NOOP("Level", "Syndicat"), QT_TRANSLATE_NOOP("Level", "syndicat"), 3},
    {Level::Commune, "commune", QT_TRANSLATE_NOOP("Level", "Commune"), QT_TRANSLATE_NOOP("Level", "commune"), 4},
};

const LevelInfo &info(Level level)
{
    for (const auto &i : kLevels)
        if (i.level == level)
            return i;
    return kLevels[0];
}
} // namespace

QString levelKey(Level level) { return QString::fromLatin1(info(level).key); }
QString levelLabel(Level level) { return QCoreApplication::translate("Level", info(level).label); }
QString levelInText(Level level) { return QCoreApplication::translate("Level", info(level).inText); }
int levelDepth(Level level) { return info(level).depth; }

std::optional<Level> levelFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    for (const auto &i : kLevels)
        if (k == QLatin1String(i.key))
            return i.level;
    if (k == QLatin1String("dept") || k == QLatin1String("département"))
        return Level::Departement;
    if (k == QLatin1String("région"))
        return Level::Region;
    return std::nullopt;
}

QStringList allLevelKeys()
{
    QStringList keys;
    for (const auto &i : kLevels)
        keys << QString::fromLatin1(i.key);
    return keys;
}

bool looksLikeTerritoryRef(const QString &text)
{
    const int colon = text.indexOf(QLatin1Char(':'));
    if (colon < 0)
        return text.trimmed().toLower() == QLatin1String("france");
    return levelFromKey(text.left(colon)).has_value();
}

TerritoryRef parseTerritoryRef(const QString &text)
{
    const QString t = text.trimmed();
    if (t.compare(QLatin1String("france"), Qt::CaseInsensitive) == 0 || t.compare(QLatin1String("france:FR"), Qt::CaseInsensitive) == 0)
        return {Level::France, QStringLiteral("FR")};
    const int colon = t.indexOf(QLatin1Char(':'));
    const auto level = colon > 0 ? levelFromKey(t.left(colon)) : std::nullopt;
    const QString code = colon > 0 ? t.mid(colon + 1).trimmed() : QString();
    if (!level || code.isEmpty())
        throw OdemaError(QCoreApplication::translate("Territory",
                             "Territoire « %1 » illisible : écrivez niveau:code, par exemple region:32, "
                             "departement:59, epci:200093201 ou commune:59350 (niveaux : %2).")
                             .arg(text, allLevelKeys().join(QStringLiteral(", "))));
    if (*level == Level::Departement)
        return {*level, normaliseDepartementCode(code)};
    return {*level, code.toUpper()};
}

QString normaliseDepartementCode(const QString &raw, bool *repaired)
{
    QString code = raw.trimmed().toUpper();
    const bool pad = code.size() == 1 && code.at(0).isDigit();
    if (pad)
        code.prepend(QLatin1Char('0'));
    if (repaired)
        *repaired = pad;
    return code;
}

} // namespace odema
