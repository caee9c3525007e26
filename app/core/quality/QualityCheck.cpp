#include "quality/QualityCheck.h"

#include <QCoreApplication>

namespace odema {

QStringList qualityKinds()
{
    using namespace QualityKind;
    return {QLatin1String(Consistency), QLatin1String(Absent), QLatin1String(Ratio), QLatin1String(Hierarchy), QLatin1String(Break),
            QLatin1String(StreamAppears), QLatin1String(StreamVanishes), QLatin1String(MissingYear), QLatin1String(NoPopulation),
            QLatin1String(OlderPopulation), QLatin1String(UnknownCode)};
}

QString qualityKindLabel(const QString &kind)
{
    using namespace QualityKind;
    if (kind == QLatin1String(Consistency))
        return QCoreApplication::translate("Quality", "cohérence entre jeux de données");
    if (kind == QLatin1String(Absent))
        return QCoreApplication::translate("Quality", "territoire absent d'un jeu de données");
    if (kind == QLatin1String(Ratio))
        return QCoreApplication::translate("Quality", "ratio publié");
    if (kind == QLatin1String(Hierarchy))
        return QCoreApplication::translate("Quality", "territoire et territoires contenus");
    if (kind == QLatin1String(Break))
        return QCoreApplication::translate("Quality", "rupture de série");
    if (kind == QLatin1String(StreamAppears))
        return QCoreApplication::translate("Quality", "flux apparu");
    if (kind == QLatin1String(StreamVanishes))
        return QCoreApplication::translate("Quality", "flux disparu");
    if (kind == QLatin1String(MissingYear))
        return QCoreApplication::translate("Quality", "année manquante");
    if (kind == QLatin1String(NoPopulation))
        return QCoreApplication::translate("Quality", "tonnes sans population");
    if (kind == QLatin1String(OlderPopulation))
        return QCoreApplication::translate("Quality", "population plus ancienne que les tonnes");
    if (kind == QLatin1String(UnknownCode))
        return QCoreApplication::translate("Quality", "code inconnu");
    return kind;
}

namespace {

QualitySide flows(const char *dataset, bool horsGravats = false, QStringList streams = {})
{
    return {QLatin1String(dataset), false, horsGravats, std::move(streams)};
}

QualitySide published(const char *dataset)
{
    return {QLatin1String(dataset), true, false, {}};
}

} // namespace

const QList<ConsistencyPair> &consistencyPairs()
{
    // The OMA destination file counts encombrants and déchets dangereux too (family 01): only
    // its OMR, emballages-papier and verre streams are the OMA file's 08A, 08B and 08C.
    static const QList<ConsistencyPair> pairs{
        {flows("sinoe14-decheterie-type"), flows("sinoe-decheterie-destination")},
        {flows("sinoe14-decheterie-type"), published("sinoe-chiffres-cles-decheterie-ag")},
        {flows("sinoe14-decheterie-type", true), published("sinoe-chiffres-cles-decheterie-hg")},
        {flows("sinoe04-dma-destination"), flows("sinoe-dma-type")},
        {flows("sinoe04-dma-destination"), flows("sinoe-dma-collecte")},
        {flows("sinoe04-dma-destination"), published("sinoe-chiffres-cles-dma-ag")},
        {flows("sinoe04-dma-destination", true), published("sinoe-chiffres-cles-dma-hg")},
        {flows("sinoe-oma-type"), published("sinoe-chiffres-cles-oma")},
        {flows("sinoe-oma-type", false, {QStringLiteral("08A")}), flows("sinoe-oma-destination", false, {QStringLiteral("01A")})},
        {flows("sinoe-oma-type", false, {QStringLiteral("08B")}), flows("sinoe-oma-destination", false, {QStringLiteral("01D")})},
        {flows("sinoe-oma-type", false, {QStringLiteral("08C")}), flows("sinoe-oma-destination", false, {QStringLiteral("01F")})},
    };
    return pairs;
}

} // namespace odema
