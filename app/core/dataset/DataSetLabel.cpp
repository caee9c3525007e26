#include "dataset/DataSetLabel.h"

#include "store/SqlUtil.h"

#include <QCoreApplication>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DataSet)
};

QString axisLabel(const QString &axis)
{
    if (axis == QLatin1String("type"))
        return Tr::tr("par type de déchet");
    if (axis == QLatin1String("destination"))
        return Tr::tr("par traitement");
    if (axis == QLatin1String("canal"))
        return Tr::tr("par type de collecte");
    if (axis == QLatin1String("chiffres-cles"))
        return Tr::tr("chiffres clés");
    if (axis == QLatin1String("performance"))
        return Tr::tr("performances de collecte");
    return QString();
}

} // namespace

QString familyLabel(const QString &family)
{
    if (family == QLatin1String("dma"))
        return Tr::tr("DMA");
    if (family == QLatin1String("oma"))
        return Tr::tr("OMA");
    if (family == QLatin1String("decheterie"))
        return Tr::tr("déchèteries");
    if (family == QLatin1String("population"))
        return Tr::tr("population");
    return Tr::tr("autres déchets");
}

QString dataSetShortLabel(const QString &family, const QString &axis, const QString &publisher)
{
    const QString a = axisLabel(axis);
    QString label = a.isEmpty() ? familyLabel(family) : Tr::tr("%1 %2").arg(familyLabel(family), a);
    if (!publisher.isEmpty() && publisher != QLatin1String("ADEME"))
        label = Tr::tr("%1 (%2)").arg(label, publisher);
    return label;
}

QString dataSetShortLabel(const QSqlDatabase &db, qint64 datasetId)
{
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT family, axis, publisher FROM dataset WHERE id = ?"), {datasetId});
    if (!q.next())
        return QString();
    return dataSetShortLabel(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
}

} // namespace odema
