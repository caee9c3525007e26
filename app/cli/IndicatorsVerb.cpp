// odema-explorer indicators: the catalogue's indicators (resources/indicators.json) per territory
// and year, with what each figure is made of (numerator, denominator, population and its basis,
// data set) and ADEME's published value beside it — the figures the fact sheets print.
#include "cli/Terminal.h"
#include "cli/Verbs.h"
#include "common/OdemaError.h"
#include "common/Tonnage.h"
#include "export/TableWriter.h"
#include "indicators/IndicatorEvaluator.h"
#include "query/FlowQuery.h"
#include "store/Store.h"
#include "territory/TerritoryLevel.h"
#include "territory/TerritoryResolver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace odema::cli {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString csvNumber(const std::optional<double> &v, int decimals)
{
    return v ? QString::number(*v, 'f', decimals) : QString();
}

struct Row {
    IndicatorValue value;
    const IndicatorDefinition *definition = nullptr;
    TerritoryInfo territory;
};

QString territoryRef(const TerritoryInfo &t)
{
    return levelKey(t.level) + QLatin1Char(':') + t.code;
}

QJsonObject toJson(const Row &r)
{
    const IndicatorValue &v = r.value;
    QJsonObject o{{QStringLiteral("indicator"), v.indicatorId},
                  {QStringLiteral("label"), r.definition->displayLabel()},
                  {QStringLiteral("territory"), territoryRef(r.territory)},
                  {QStringLiteral("territory_name"), r.territory.name},
                  {QStringLiteral("year"), v.year},
                  {QStringLiteral("value"), number(v.value)},
                  {QStringLiteral("unit"), v.unit},
                  {QStringLiteral("numerator"), number(v.numerator)},
                  {QStringLiteral("numerator_unit"), v.numeratorUnit},
                  {QStringLiteral("denominator"), number(v.denominator)},
                  {QStringLiteral("denominator_unit"), v.denominatorUnit},
                  {QStringLiteral("population"), v.population ? QJsonValue(double(*v.population)) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("population_basis"), populationBasisKey(v.basis)},
                  {QStringLiteral("population_kind"), v.populationKind},
                  {QStringLiteral("population_dataset"), v.populationDataSet},
                  {QStringLiteral("dataset"), v.dataset},
                  {QStringLiteral("dataset_label"), v.datasetLabel},
                  {QStringLiteral("method"), v.method},
                  {QStringLiteral("scope_size"), int(v.scope.size())},
                  {QStringLiteral("published"), number(v.published)},
                  {QStringLiteral("published_as"), v.publishedText},
                  {QStringLiteral("published_dataset"), v.publishedDataSet},
                  {QStringLiteral("notes"), QJsonArray::fromStringList(v.notes)},
                  {QStringLiteral("missing"), v.missing}};
    if (v.numeratorGrams)
        o.insert(QStringLiteral("numerator_exact_t"), exactTonnesText(*v.numeratorGrams));
    return o;
}

QString toCsvLine(const Row &r)
{
    const IndicatorValue &v = r.value;
    const int decimals = v.unit == QLatin1String("t") ? 2 : 4;
    const QStringList cells{v.indicatorId, r.definition->displayLabel(), territoryRef(r.territory), r.territory.name,
                            QString::number(v.year), csvNumber(v.value, decimals), v.unit,
                            v.numeratorGrams ? exactTonnesText(*v.numeratorGrams) : csvNumber(v.numerator, 4), v.numeratorUnit,
                            csvNumber(v.denominator, v.denominatorUnit == QLatin1String("hab") ? 0 : 4), v.denominatorUnit,
                            v.population ? QString::number(*v.population) : QString(), populationBasisKey(v.basis), v.populationKind,
                            v.populationDataSet, v.dataset, v.method, QString::number(v.scope.size()), v.publishedText,
                            v.publishedDataSet, v.notes.join(QStringLiteral(" ; ")), v.missing};
    QStringList fields;
    for (const QString &c : cells)
        fields << csvText(c, QLatin1Char(','));
    return fields.join(QLatin1Char(',')) + QLatin1Char('\n');
}

const char *const kCsvHeader = "indicator,label,territory,territory_name,year,value,unit,numerator,numerator_unit,denominator,"
                               "denominator_unit,population,population_basis,population_kind,population_dataset,dataset,method,"
                               "scope_size,published,published_dataset,notes,missing\n";

} // namespace

int runIndicators(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr(
        "Calcule les indicateurs du catalogue (resources/indicators.json) par territoire et par année : valeur, unité, "
        "numérateur, dénominateur, population et sa base, jeu de données utilisé, et la valeur publiée par l'ADEME quand un "
        "fichier importé la donne.\n"
        "Exemple : odema-explorer indicators --db base.sqlite --territory departement:59 --territory region:32 --years 2009-2021 --format csv"));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("db"), Tr::tr("Base à lire."), QStringLiteral("BASE")},
        {QStringLiteral("territory"), Tr::tr("Territoire (region:32, departement:59, un nom…) ; répétable."), QStringLiteral("TERRITOIRE")},
        {QStringLiteral("years"), Tr::tr("Années : 2019, 2009-2021."), QStringLiteral("ANNÉES")},
        {QStringLiteral("indicator"), Tr::tr("Indicateur du catalogue (dma_kg_hg…) ; répétable ; par défaut tous."), QStringLiteral("ID")},
        {QStringLiteral("population-basis"), Tr::tr("estimation (INSEE), legale (population municipale) ou source (population du fichier "
                                                    "ADEME) ; par défaut celle de la base."), QStringLiteral("BASE")},
        {QStringLiteral("format"), Tr::tr("json ou csv (par défaut : csv)."), QStringLiteral("FORMAT")},
        {QStringLiteral("list"), Tr::tr("Liste les indicateurs du catalogue et leur définition.")},
    });
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return 0;
    }
    try {
        const IndicatorCatalog catalog = IndicatorCatalog::load();
        if (parser.isSet(QStringLiteral("list"))) {
            for (const IndicatorDefinition &d : catalog.all())
                out(QStringLiteral("%1\t%2 (%3)\n\t%4%5\n\t%6\n").arg(d.id, d.displayLabel(), d.unit, d.numerator,
                                                                  d.denominator.isEmpty() ? QString() : QStringLiteral(" / ") + d.denominator, d.source));
            return 0;
        }
        if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("territory")) || !parser.isSet(QStringLiteral("years")))
            return usage(Tr::tr("Usage : odema-explorer indicators --db BASE --territory T… --years A-B [--indicator ID…] "
                                "[--population-basis estimation|legale|source] [--format json|csv] (voir --help)"));
        const QString format = parser.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("csv") : parser.value(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("json"))
            return usage(Tr::tr("Format « %1 » inconnu : écrivez json ou csv.").arg(format));
        int from = 0, to = 0;
        parseYearRange(parser.value(QStringLiteral("years")), &from, &to);
        if (from <= 0 || to <= 0)
            return usage(Tr::tr("--years demande une première et une dernière année (2009-2021)."));
        auto store = Store::open(parser.value(QStringLiteral("db")), Store::OpenMode::ReadOnly);
        QSqlDatabase db = store->database();
        PopulationBasis basis = storePopulationBasis(db);
        if (parser.isSet(QStringLiteral("population-basis"))) {
            const auto b = populationBasisFromKey(parser.value(QStringLiteral("population-basis")));
            if (!b)
                return usage(Tr::tr("Base de population « %1 » inconnue : écrivez estimation, legale ou source.")
                                 .arg(parser.value(QStringLiteral("population-basis"))));
            basis = *b;
        }
        const IndicatorEvaluator evaluator(db, catalog);
        QList<const IndicatorDefinition *> wanted;
        for (const QString &id : parser.values(QStringLiteral("indicator"))) {
            const IndicatorDefinition *d = catalog.find(id);
            if (!d)
                return usage(Tr::tr("Indicateur « %1 » inconnu ; indicateurs du catalogue : %2.").arg(id, catalog.ids().join(QStringLiteral(", "))));
            wanted << d;
        }
        if (wanted.isEmpty())
            for (const IndicatorDefinition &d : catalog.all())
                wanted << &d;
        const TerritoryResolver resolver(db);
        QList<Row> rows;
        for (const QString &text : parser.values(QStringLiteral("territory"))) {
            const TerritoryInfo territory = resolver.resolve(text);
            for (int year = from; year <= to; ++year) {
                QList<Row> ofYear;
                bool any = false;
                for (const IndicatorDefinition *d : std::as_const(wanted)) {
                    Row r{evaluator.evaluate(*d, territory.id, year, basis), d, territory};
                    any = any || r.value.value || r.value.published;
                    ofYear << r;
                }
                if (any) // a year the store holds nothing of is left out, not printed empty
                    rows << ofYear;
            }
        }
        if (format == QLatin1String("json")) {
            QJsonArray array;
            for (const Row &r : std::as_const(rows))
                array << toJson(r);
            out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        } else {
            QString text = QLatin1String(kCsvHeader);
            for (const Row &r : std::as_const(rows))
                text += toCsvLine(r);
            out(text);
        }
    } catch (const OdemaError &e) {
        return fail(e);
    }
    return 0;
}

} // namespace odema::cli
