#include "info/StoreSummary.h"

#include "common/FrenchFormat.h"
#include "common/Tonnage.h"
#include "store/SqlUtil.h"
#include "store/Store.h"
#include "territory/TerritoryLevel.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace odema {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Info)
};

QList<StoreSummary::Total> totals(const QSqlDatabase &db, const QString &statement)
{
    QList<StoreSummary::Total> out;
    QSqlQuery q = sql::exec(db, statement);
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), q.value(4).toLongLong(),
                    q.value(5).toLongLong(), q.value(6).toString()});
    return out;
}
} // namespace

double StoreSummary::Total::tonnes() const
{
    return tonnesFromGrams(grams);
}

StoreSummary StoreSummary::of(const Store &store)
{
    const QSqlDatabase db = store.database();
    StoreSummary s;
    s.location = store.location();
    s.schemaVersion = store.backend().schemaVersion(db);
    QSqlQuery q = sql::exec(db, QStringLiteral("SELECT count(*), coalesce(min(year), 0), coalesce(max(year), 0) FROM flow"));
    if (q.next()) {
        s.flowRows = q.value(0).toLongLong();
        s.yearMin = q.value(1).toInt();
        s.yearMax = q.value(2).toInt();
    }
    q = sql::exec(db, QStringLiteral("SELECT level, count(*) FROM territory GROUP BY level"));
    QHash<QString, int> perLevel;
    while (q.next())
        perLevel.insert(q.value(0).toString(), q.value(1).toInt());
    for (const QString &level : allLevelKeys())
        if (perLevel.value(level))
            s.territoriesPerLevel.append({level, perLevel.value(level)});
    q = sql::exec(db, QStringLiteral("SELECT name, sha256, format, imported_at, row_count FROM source_file ORDER BY id"));
    while (q.next())
        s.sources.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()});
    // Per data set: two data sets describe overlapping tonnes (DMA contains the déchèteries).
    s.perYearAndLevel = totals(db, QStringLiteral(
        "SELECT t.level, t.level, f.kind, f.year, sum(f.grams), count(*), d.code FROM flow f JOIN territory t ON t.id = f.territory_id "
        "JOIN dataset d ON d.id = f.dataset_id GROUP BY f.year, t.level, f.kind, d.code ORDER BY f.year, t.level, f.kind, d.code"));
    s.perStream = totals(db, QStringLiteral(
        "SELECT w.code, w.label, f.kind, 0, sum(f.grams), count(*), d.code FROM flow f JOIN waste_stream w ON w.id = f.stream_id "
        "JOIN dataset d ON d.id = f.dataset_id GROUP BY w.id, w.code, w.label, f.kind, d.code ORDER BY f.kind, d.code, w.code"));
    s.perMode = totals(db, QStringLiteral(
        "SELECT m.code, m.label, 'traitement', 0, sum(f.grams), count(*), d.code FROM flow f JOIN treatment_mode m ON m.id = f.mode_id "
        "JOIN dataset d ON d.id = f.dataset_id GROUP BY m.id, m.code, m.label, m.sort_order, d.code ORDER BY d.code, m.sort_order, m.code"));
    q = sql::exec(db, QStringLiteral("SELECT coalesce(min(year), 0), coalesce(max(year), 0) FROM population_used"));
    if (q.next()) {
        s.populationYearMin = q.value(0).toInt();
        s.populationYearMax = q.value(1).toInt();
    }
    return s;
}

QJsonObject StoreSummary::toJson() const
{
    auto totalsJson = [](const QList<Total> &list, bool withYear) {
        QJsonArray array;
        for (const Total &t : list) {
            QJsonObject o{{QStringLiteral("code"), t.key}, {QStringLiteral("label"), t.label}, {QStringLiteral("kind"), t.kind},
                          {QStringLiteral("tonnes"), t.tonnes()}, {QStringLiteral("tonnes_exact"), exactTonnesText(t.grams)},
                          {QStringLiteral("dataset"), t.dataset}, {QStringLiteral("rows"), t.rows}};
            if (withYear) {
                o.remove(QStringLiteral("code"));
                o.remove(QStringLiteral("label"));
                o.insert(QStringLiteral("year"), t.year);
                o.insert(QStringLiteral("level"), t.key);
            }
            array.append(o);
        }
        return array;
    };
    QJsonArray sourcesJson;
    for (const Source &src : sources)
        sourcesJson.append(QJsonObject{{QStringLiteral("name"), src.name}, {QStringLiteral("sha256"), src.sha256},
                                       {QStringLiteral("format"), src.format}, {QStringLiteral("imported_at"), src.importedAt},
                                       {QStringLiteral("rows"), src.rows}});
    QJsonObject levels;
    for (const auto &[level, n] : territoriesPerLevel)
        levels.insert(level, n);
    return QJsonObject{
        {QStringLiteral("store"), location},
        {QStringLiteral("schema_version"), schemaVersion},
        {QStringLiteral("flow_rows"), flowRows},
        {QStringLiteral("years"), QJsonArray{yearMin, yearMax}},
        {QStringLiteral("territories"), levels},
        {QStringLiteral("sources"), sourcesJson},
        {QStringLiteral("tonnes_per_year_and_level"), totalsJson(perYearAndLevel, true)},
        {QStringLiteral("tonnes_per_stream"), totalsJson(perStream, false)},
        {QStringLiteral("tonnes_per_mode"), totalsJson(perMode, false)},
        {QStringLiteral("population_years"), QJsonArray{populationYearMin, populationYearMax}},
    };
}

QString StoreSummary::toText() const
{
    QStringList lines;
    lines << Tr::tr("Base : %1 (schéma %2)").arg(location, QString::number(schemaVersion));
    lines << Tr::tr("Flux : %1 lignes, années %2–%3").arg(formatInteger(flowRows), QString::number(yearMin), QString::number(yearMax));
    QStringList levels;
    for (const auto &[level, n] : territoriesPerLevel)
        levels << QStringLiteral("%1 %2").arg(formatInteger(n), levelInText(*levelFromKey(level)));
    lines << Tr::tr("Territoires : %1").arg(levels.join(QStringLiteral(", ")));
    if (populationYearMin)
        lines << Tr::tr("Populations : %1–%2").arg(QString::number(populationYearMin), QString::number(populationYearMax));
    lines << QString() << Tr::tr("Fichiers sources :");
    for (const Source &src : sources)
        lines << QStringLiteral("  %1  [%2]  %3  %4 lignes  sha256 %5").arg(src.name, src.format, src.importedAt, formatInteger(src.rows), src.sha256);
    lines << QString() << Tr::tr("Tonnes par année, niveau et jeu de données :");
    for (const Total &t : perYearAndLevel)
        lines << QStringLiteral("  %1  %2  %3  %4").arg(QString::number(t.year), t.key.leftJustified(12), t.dataset.leftJustified(36),
                                                        formatGramsAsTonnes(t.grams).rightJustified(22));
    lines << QString() << Tr::tr("Tonnes par flux (toutes années) :");
    for (const Total &t : perStream)
        lines << QStringLiteral("  %1  %2  %3  %4").arg(t.key.leftJustified(8), t.label.leftJustified(36), t.dataset.leftJustified(36),
                                                        formatGramsAsTonnes(t.grams).rightJustified(22));
    lines << QString() << Tr::tr("Tonnes par mode de traitement (toutes années) :");
    for (const Total &t : perMode)
        lines << QStringLiteral("  %1  %2  %3  %4").arg(t.key.leftJustified(8), t.label.leftJustified(42), t.dataset.leftJustified(36),
                                                        formatGramsAsTonnes(t.grams).rightJustified(22));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString StoreSummary::statusLine() const
{
    int departements = 0;
    for (const auto &[level, n] : territoriesPerLevel)
        if (level == QLatin1String("departement"))
            departements = n;
    if (flowRows == 0)
        return Tr::tr("Base : vide — importez des fichiers (Fichier › Importer)");
    return Tr::tr("Base : %1 lignes, %2–%3, %4 départements").arg(formatInteger(flowRows), QString::number(yearMin), QString::number(yearMax), QString::number(departements));
}

} // namespace odema
