#include "query/FilterChoices.h"

#include "common/OdemaError.h"
#include "common/TextKey.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(FilterChoices)
};

QList<Choice> loadChoices(const QSqlDatabase &db, const QString &statement)
{
    QList<Choice> out;
    QSqlQuery q = sql::exec(db, statement);
    while (q.next())
        out << Choice{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return out;
}

qint64 lookup(const QList<Choice> &choices, const QString &text, const QString &what)
{
    const QString key = foldKey(text);
    for (const Choice &c : choices)
        if (c.code.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
            return c.id;
    for (const Choice &c : choices)
        if (foldKey(c.label) == key)
            return c.id;
    QStringList known;
    for (const Choice &c : choices)
        known << QStringLiteral("%1 (%2)").arg(c.code, c.label);
    throw OdemaError(Tr::tr("%1 « %2 » inconnu. Possibles : %3").arg(what, text, known.join(QStringLiteral(", "))));
}

} // namespace

FilterChoices FilterChoices::load(const QSqlDatabase &db)
{
    FilterChoices c;
    c.streams = loadChoices(db, QStringLiteral(
        "SELECT id, code, label, family FROM waste_stream "
        "ORDER BY CASE family WHEN 'decheterie' THEN 0 WHEN 'oma' THEN 1 WHEN 'dma' THEN 2 ELSE 3 END, code"));
    c.modes = loadChoices(db, QStringLiteral("SELECT id, code, label, coalesce(grp, '') FROM treatment_mode ORDER BY sort_order, code"));
    c.channels = loadChoices(db, QStringLiteral("SELECT id, code, label, '' FROM channel ORDER BY sort_order, code"));
    // DISTINCT over the (territory_id, year) index: no table scan even on a million flows.
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT DISTINCT year FROM flow ORDER BY year"));
    while (q.next())
        c.years << q.value(0).toInt();
    return c;
}

QString familyTitle(const QString &family)
{
    if (family == QLatin1String("decheterie"))
        return Tr::tr("Déchèterie");
    if (family == QLatin1String("oma"))
        return Tr::tr("Ordures ménagères et assimilées (OMA)");
    if (family == QLatin1String("dma"))
        return Tr::tr("Déchets ménagers et assimilés (DMA)");
    return family.isEmpty() ? Tr::tr("Autres") : family;
}

qint64 lookupStream(const QSqlDatabase &db, const QString &text)
{
    return lookup(FilterChoices::load(db).streams, text, Tr::tr("Flux"));
}

qint64 lookupMode(const QSqlDatabase &db, const QString &text)
{
    return lookup(FilterChoices::load(db).modes, text, Tr::tr("Mode de traitement"));
}

qint64 lookupChannel(const QSqlDatabase &db, const QString &text)
{
    return lookup(FilterChoices::load(db).channels, text, Tr::tr("Canal de collecte"));
}

} // namespace odema
