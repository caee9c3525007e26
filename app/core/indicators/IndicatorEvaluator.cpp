#include "indicators/IndicatorEvaluator.h"

#include "common/FrenchFormat.h"
#include "common/OdemaError.h"
#include "common/Tonnage.h"
#include "dataset/DataSetFigures.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <cmath>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(IndicatorEvaluator)
};

/// Two data sets whose figures differ by more than this (relative) are reported: above ADEME's
/// rounding of each row to the cent (under 1e-7 of a département's tonnes), below a revision.
constexpr double kDisagreement = 1e-4;

QString territoryName(const QSqlDatabase &db, qint64 id)
{
    return sql::scalar(db, QStringLiteral("SELECT name FROM territory WHERE id = ?"), {id}).toString();
}

} // namespace

struct IndicatorEvaluator::Measurement {
    qint64 grams = 0;                       ///< numerator over `scope`
    std::optional<qint64> denominatorGrams; ///< share: every mode, same scope
    QList<qint64> scope;
    QString levelUsed;
    std::optional<qint64> population;       ///< over the scope minus `withoutPopulation`
    qint64 gramsOnPopulationScope = 0;
    QString populationKind, populationDataSet;
    QList<qint64> withoutPopulation;
    QStringList datasets;
    bool parts = false;
    bool published = false;
};

IndicatorEvaluator::IndicatorEvaluator(QSqlDatabase db, IndicatorCatalog catalog) : m_db(std::move(db)), m_catalog(std::move(catalog)) {}

QList<qint64> IndicatorEvaluator::idsOf(const QString &table, const QStringList &codes) const
{
    QList<qint64> ids;
    if (codes.isEmpty())
        return ids;
    QVariantList values;
    for (const QString &c : codes)
        values << c;
    QSqlQuery q = sql::exec(m_db, QStringLiteral("SELECT id FROM %1 WHERE code IN (%2)").arg(table, sql::placeholders(codes.size())), values);
    while (q.next())
        ids << q.value(0).toLongLong();
    if (ids.isEmpty())
        ids << -1; // codes the store does not know: nothing matches, rather than everything
    return ids;
}

QString IndicatorEvaluator::dataSetLabel(const QString &code) const
{
    const QString label = sql::scalar(m_db, QStringLiteral("SELECT label FROM dataset WHERE code = ?"), {code}).toString();
    return label.isEmpty() ? code : label;
}

std::optional<IndicatorEvaluator::Measurement> IndicatorEvaluator::measureFlows(const IndicatorSource &s, const IndicatorDefinition &d,
                                                                               qint64 territoryId, int year, PopulationBasis basis) const
{
    DataSetFigures figures(m_db);
    DataSetFigureRequest r{s.dataset, territoryId, year, s.horsGravats ? GravatsScope::Hors : GravatsScope::Avec};
    r.basis = basis;
    r.streamIds = idsOf(QStringLiteral("waste_stream"), s.streams);
    const bool share = d.kind == QLatin1String("share");
    if (share)
        r.modeIds = idsOf(QStringLiteral("treatment_mode"), s.modes);
    const auto fig = figures.tonnes(r);
    // Streams asked for and none published: no figure (files list non-zero rows only, and a
    // data set without a stream for a territory did not survey it), rather than 0 t.
    if (!fig || (!s.streams.isEmpty() && fig->grams == 0))
        return std::nullopt;
    Measurement m;
    m.grams = fig->grams;
    m.scope = fig->scope;
    m.levelUsed = fig->levelUsed;
    m.population = fig->population;
    m.gramsOnPopulationScope = fig->gramsOnPopulationScope;
    m.populationKind = fig->populationKind;
    m.populationDataSet = fig->populationDataSet;
    m.withoutPopulation = fig->withoutPopulation;
    m.datasets << s.dataset;
    if (share) {
        // Every mode of the same data set, territories and streams: the same scope.
        r.modeIds.clear();
        const auto all = figures.tonnes(r);
        if (!all || all->grams == 0)
            return std::nullopt;
        m.denominatorGrams = all->grams;
    }
    return m;
}

std::optional<IndicatorEvaluator::Measurement> IndicatorEvaluator::measurePublished(const IndicatorSource &s, qint64 territoryId, int year,
                                                                                   PopulationBasis basis) const
{
    const QVariant datasetId = sql::scalar(m_db, QStringLiteral("SELECT id FROM dataset WHERE code = ?"), {s.dataset});
    if (!datasetId.isValid())
        return std::nullopt;
    QList<qint64> streams = idsOf(QStringLiteral("waste_stream"), s.streams);
    if (streams.isEmpty())
        streams << 0;
    QVariantList values{datasetId, year, s.measure};
    for (qint64 id : streams)
        values << id;
    const QString filter = QStringLiteral("v.dataset_id = ? AND v.year = ? AND v.measure = ? AND coalesce(v.stream_id, 0) IN (%1)")
                               .arg(sql::placeholders(streams.size()));
    // The territory's own figure; else the sum of its départements' figures (the published
    // files give départements), each with its own population below.
    QList<QPair<qint64, qint64>> perTerritory;
    QString level;
    for (const bool own : {true, false}) {
        const QString statement = own
            ? QStringLiteral("SELECT v.territory_id, sum(coalesce(v.grams, CAST(round(v.value * 1000000) AS BIGINT))) FROM published_value v "
                             "WHERE %1 AND v.territory_id = ? GROUP BY v.territory_id").arg(filter)
            : QStringLiteral("SELECT v.territory_id, sum(coalesce(v.grams, CAST(round(v.value * 1000000) AS BIGINT))) FROM published_value v "
                             "JOIN territory_closure c ON c.descendant_id = v.territory_id AND c.ancestor_id = ? "
                             "JOIN territory t ON t.id = v.territory_id AND t.level = 'departement' "
                             "WHERE %1 AND v.territory_id <> c.ancestor_id GROUP BY v.territory_id ORDER BY v.territory_id").arg(filter);
        QVariantList binds = own ? values : QVariantList{territoryId};
        if (own)
            binds << territoryId;
        else
            binds << values;
        QSqlQuery q = sql::exec(m_db, statement, binds);
        while (q.next())
            perTerritory.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        if (!perTerritory.isEmpty()) {
            level = own ? sql::scalar(m_db, QStringLiteral("SELECT level FROM territory WHERE id = ?"), {territoryId}).toString()
                        : QStringLiteral("departement");
            break;
        }
    }
    if (perTerritory.isEmpty())
        return std::nullopt;
    Measurement m;
    m.published = true;
    m.levelUsed = level;
    m.datasets << s.dataset;
    DataSetFigures figures(m_db);
    const qint64 dmaKeyFigures = sql::scalar(m_db, QStringLiteral("SELECT id FROM dataset WHERE code = 'sinoe-chiffres-cles-dma-ag'")).toLongLong();
    qint64 population = 0;
    for (const auto &[territory, grams] : perTerritory) {
        m.scope << territory;
        m.grams += grams;
        auto p = figures.population(territory, year, basis, datasetId.toLongLong());
        // ADEME's population of the département when the data set has none of its own (the
        // déchèterie key figures give only the population the sites serve).
        if (!p && basis == PopulationBasis::Source && dmaKeyFigures != 0)
            p = figures.population(territory, year, basis, dmaKeyFigures);
        if (!p || (!m.populationDataSet.isEmpty() && p->dataset != m.populationDataSet)) {
            m.withoutPopulation << territory;
            continue;
        }
        population += p->value;
        m.populationKind = p->kind;
        m.populationDataSet = p->dataset;
        m.gramsOnPopulationScope += grams;
    }
    if (!m.populationDataSet.isEmpty())
        m.population = population;
    return m;
}

std::optional<IndicatorEvaluator::Measurement> IndicatorEvaluator::measureLandfill(qint64 territoryId, int year) const
{
    // Landfill sites carry their département's code: the département itself, or those below.
    QSqlQuery q = sql::exec(m_db, QStringLiteral(
        "SELECT t.id, sum(y.grams) FROM landfill_year y JOIN landfill_site s ON s.id = y.site_id "
        "JOIN territory t ON t.level = 'departement' AND t.code = s.departement "
        "JOIN territory_closure c ON c.descendant_id = t.id AND c.ancestor_id = ? "
        "WHERE y.year = ? AND y.grams IS NOT NULL GROUP BY t.id ORDER BY t.id"), {territoryId, year});
    Measurement m;
    while (q.next()) {
        m.scope << q.value(0).toLongLong();
        m.grams += q.value(1).toLongLong();
    }
    if (m.scope.isEmpty())
        return std::nullopt;
    m.levelUsed = QStringLiteral("departement");
    m.datasets << QStringLiteral("odema-isdnd");
    return m;
}

std::optional<IndicatorEvaluator::Measurement> IndicatorEvaluator::measureParts(const IndicatorSource &s, const IndicatorDefinition &d,
                                                                               qint64 territoryId, int year, PopulationBasis basis) const
{
    std::optional<Measurement> sum;
    for (const IndicatorSource &part : s.parts) {
        const auto m = measure(part, d, territoryId, year, basis);
        if (!m)
            return std::nullopt; // a sum with a part missing is no figure
        if (!sum) {
            sum = m;
            sum->parts = true;
            continue;
        }
        sum->grams += m->grams;
        sum->gramsOnPopulationScope += m->gramsOnPopulationScope;
        if (sum->denominatorGrams && m->denominatorGrams)
            *sum->denominatorGrams += *m->denominatorGrams;
        sum->datasets << m->datasets;
        for (qint64 t : m->scope)
            if (!sum->scope.contains(t))
                sum->scope << t;
    }
    return sum;
}

std::optional<IndicatorEvaluator::Measurement> IndicatorEvaluator::measure(const IndicatorSource &s, const IndicatorDefinition &d,
                                                                          qint64 territoryId, int year, PopulationBasis basis) const
{
    switch (s.kind) {
    case IndicatorSource::Kind::Published: return measurePublished(s, territoryId, year, basis);
    case IndicatorSource::Kind::Flows: return measureFlows(s, d, territoryId, year, basis);
    case IndicatorSource::Kind::Landfill: return measureLandfill(territoryId, year);
    case IndicatorSource::Kind::Parts: return measureParts(s, d, territoryId, year, basis);
    }
    return std::nullopt;
}

std::optional<double> IndicatorEvaluator::valueOf(const IndicatorDefinition &d, const Measurement &m) const
{
    if (d.kind == QLatin1String("tonnage"))
        return tonnesFromGrams(m.grams);
    if (d.kind == QLatin1String("share"))
        return m.denominatorGrams && *m.denominatorGrams != 0 ? std::optional<double>(double(m.grams) * 100.0 / double(*m.denominatorGrams))
                                                              : std::nullopt;
    if (d.kind == QLatin1String("ratio") && m.population && *m.population > 0)
        return double(m.gramsOnPopulationScope) / 1000.0 / double(*m.population);
    return std::nullopt;
}

void IndicatorEvaluator::fill(IndicatorValue &v, const IndicatorDefinition &d, const Measurement &m) const
{
    v.value = valueOf(d, m);
    v.dataset = m.datasets.join(QStringLiteral(" + "));
    QStringList labels;
    for (const QString &code : m.datasets)
        labels << dataSetLabel(code);
    v.datasetLabel = labels.join(QStringLiteral(" + "));
    v.method = m.parts ? QStringLiteral("somme-des-parties") : m.published ? QStringLiteral("publie") : QStringLiteral("calcule");
    v.scope = m.scope;
    v.levelUsed = m.levelUsed;
    const bool ratio = d.kind == QLatin1String("ratio");
    v.numeratorGrams = ratio ? m.gramsOnPopulationScope : m.grams;
    v.numerator = tonnesFromGrams(*v.numeratorGrams);
    v.numeratorUnit = QStringLiteral("t");
    if (d.kind == QLatin1String("share") && m.denominatorGrams) {
        v.denominator = tonnesFromGrams(*m.denominatorGrams);
        v.denominatorUnit = QStringLiteral("t");
    }
    if (ratio || m.population) {
        v.population = m.population;
        v.populationKind = m.populationKind;
        v.populationDataSet = m.populationDataSet;
    }
    if (ratio && m.population) {
        v.denominator = double(*m.population);
        v.denominatorUnit = QStringLiteral("hab");
    }
    if (m.parts)
        v.notes << Tr::tr("somme des parties (%1) : aucun jeu de données ne donne ce total directement").arg(v.datasetLabel);
    if (m.scope.size() > 1 || (m.scope.size() == 1 && m.scope.first() != v.territoryId))
        v.notes << (ratio ? Tr::tr("somme de %n territoire(s) (niveau %1), les mêmes au numérateur et au dénominateur", nullptr, int(m.scope.size()))
                          : Tr::tr("somme de %n territoire(s) (niveau %1)", nullptr, int(m.scope.size())))
                       .arg(m.levelUsed);
    if (ratio && !m.withoutPopulation.isEmpty()) {
        QStringList names;
        for (qint64 id : m.withoutPopulation.mid(0, 6))
            names << territoryName(m_db, id);
        v.notes << Tr::tr("sans population (%1) : %2 — exclus du numérateur et du dénominateur")
                       .arg(populationBasisLabel(v.basis), names.join(QStringLiteral(", ")));
    }
    if (ratio && !v.value)
        v.missing = Tr::tr("population (%1) absente de la base pour %2 en %3 : importez-la (estimations INSEE, populations légales, ou chiffres clés ADEME pour la base « source »)")
                        .arg(populationBasisLabel(v.basis), territoryName(m_db, v.territoryId), QString::number(v.year));
}

void IndicatorEvaluator::addPublished(IndicatorValue &v, const IndicatorDefinition &d) const
{
    if (d.publishedDataSet.isEmpty())
        return;
    qint64 stream = 0;
    if (!d.publishedStream.isEmpty())
        stream = sql::scalar(m_db, QStringLiteral("SELECT id FROM waste_stream WHERE code = ?"), {d.publishedStream}).toLongLong();
    const auto p = DataSetFigures(m_db).published(d.publishedDataSet, v.territoryId, v.year, d.publishedMeasure, stream);
    if (!p)
        return;
    v.published = p->value;
    v.publishedText = p->text;
    v.publishedDataSet = d.publishedDataSet;
}

IndicatorValue IndicatorEvaluator::evaluate(const QString &id, qint64 territoryId, int year, PopulationBasis basis) const
{
    const IndicatorDefinition *d = m_catalog.find(id);
    if (!d)
        throw OdemaError(Tr::tr("Indicateur « %1 » inconnu ; indicateurs du catalogue : %2.").arg(id, m_catalog.ids().join(QStringLiteral(", "))));
    return evaluate(*d, territoryId, year, basis);
}

IndicatorValue IndicatorEvaluator::evaluate(const IndicatorDefinition &d, qint64 territoryId, int year, PopulationBasis basis) const
{
    if (d.kind == QLatin1String("evolution"))
        return evolution(d, territoryId, year, basis);
    IndicatorValue v;
    v.indicatorId = d.id;
    v.territoryId = territoryId;
    v.year = year;
    v.unit = d.unit;
    v.basis = basis;
    // The first data set that gives a value is used; the next one that gives it too is
    // compared. A figure without its population (ratio) is kept only when none gives a value.
    std::optional<double> first;
    std::optional<std::pair<int, Measurement>> withoutValue;
    for (int i = 0; i < d.from.size(); ++i) {
        const auto m = measure(d.from.at(i), d, territoryId, year, basis);
        if (!m)
            continue;
        const auto value = valueOf(d, *m);
        if (!value) {
            if (!withoutValue)
                withoutValue = std::pair<int, Measurement>{i, *m};
            continue;
        }
        if (!first) {
            v.sourceIndex = i;
            fill(v, d, *m);
            first = value;
            continue;
        }
        const double gap = *value - *first;
        if (std::abs(gap) > kDisagreement * std::abs(*first)) {
            QStringList labels;
            for (const QString &code : m->datasets)
                labels << dataSetLabel(code);
            v.notes << Tr::tr("%1 donne %2 %3 (écart %4)")
                           .arg(labels.join(QStringLiteral(" + ")), formatNumber(*value, 2), d.unit,
                                formatSignedPercent(gap * 100.0 / *first, 2));
        }
        break;
    }
    if (!first && withoutValue) {
        v.sourceIndex = withoutValue->first;
        fill(v, d, withoutValue->second);
    }
    if (v.sourceIndex < 0) {
        QStringList wanted;
        for (const IndicatorSource &s : d.from)
            for (const QString &code : s.datasetCodes())
                if (!wanted.contains(code))
                    wanted << code;
        QStringList labels;
        for (const QString &code : std::as_const(wanted))
            labels << QStringLiteral("%1 (%2)").arg(dataSetLabel(code), code);
        v.missing = Tr::tr("non mesurable avec les données de la base : aucun des jeux de données %1 pour %2 en %3")
                        .arg(labels.join(QStringLiteral(", ")), territoryName(m_db, territoryId), QString::number(year));
    }
    addPublished(v, d);
    return v;
}

IndicatorValue IndicatorEvaluator::evolution(const IndicatorDefinition &d, qint64 territoryId, int year, PopulationBasis basis) const
{
    const IndicatorDefinition *base = m_catalog.find(d.evolutionOf);
    IndicatorValue now = evaluate(*base, territoryId, year, basis);
    IndicatorValue v = now;
    v.indicatorId = d.id;
    v.unit = d.unit;
    v.value.reset();
    v.published.reset();
    v.publishedText.clear();
    v.numerator = now.value;
    v.numeratorUnit = base->unit;
    v.numeratorGrams.reset();
    if (!now.value) {
        v.missing = now.missing;
        return v;
    }
    // The reference year from the same data set as the year itself.
    IndicatorDefinition same = *base;
    same.from = {base->from.at(now.sourceIndex)};
    const IndicatorValue ref = evaluate(same, territoryId, d.referenceYear, basis);
    if (!ref.value || *ref.value == 0) {
        v.missing = Tr::tr("non mesurable avec les données de la base : pas de valeur %1 en %2 (année de référence) dans %3")
                        .arg(base->displayLabel(), QString::number(d.referenceYear), now.datasetLabel);
        return v;
    }
    v.denominator = ref.value;
    v.denominatorUnit = base->unit;
    v.value = (*now.value / *ref.value - 1.0) * 100.0;
    return v;
}

} // namespace odema
