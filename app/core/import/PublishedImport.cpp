// Figures a publisher computed and published: ADEME's chiffres clés (tonnage, population, ratio,
// and the déchèterie key figures) and collection performances (kg/hab per stream). Stored as
// published in published_value, with their data set; never recomputed, never summed with flows.
// The population ADEME divided by is also stored as a population of kind 'source' of that data
// set, so that kg/hab on the source basis can reproduce ADEME's ratio.
#include "common/OdemaError.h"
#include "common/Tonnage.h"
#include "import/CsvReader.h"
#include "import/ImportContext.h"
#include "import/ImportRules.h"
#include "import/NumberParser.h"
#include "store/SqlUtil.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

struct Measure {
    Role role;
    const char *measure;
    const char *unit;
};

/// What each layout publishes; a cell left empty is not stored (empty is not 0).
QList<Measure> measuresOf(Layout layout)
{
    switch (layout) {
    case Layout::ChiffresClesDma:
    case Layout::ChiffresClesOma:
    case Layout::PerformanceOma:
    case Layout::PerformanceOmr:
        return {{Role::Tonnes, "tonnage", "t"}, {Role::Population, "population", "hab"}, {Role::Ratio, "ratio", "kg/hab"}};
    case Layout::ChiffresClesDecheterie:
        return {{Role::Tonnes, "tonnage", "t"}, {Role::PopDesservie, "population_desservie", "hab"}, {Role::Ratio, "ratio", "kg/hab"},
                {Role::Sites, "sites", "nombre"}, {Role::SitesPro, "sites_professionnels", "nombre"},
                {Role::CommunesDesservies, "communes_desservies", "nombre"}, {Role::CommunesParSite, "communes_par_site", "nombre"},
                {Role::HabitantsParSite, "habitants_par_site", "hab"}, {Role::Couverture, "couverture_population", "%"},
                {Role::Visites, "visites", "nombre"}, {Role::VisitesParHabitant, "visites_par_habitant", "visites/hab"},
                {Role::KgParVisite, "kg_par_visite", "kg/visite"}};
    default:
        return {};
    }
}

/// Chiffres clés DMA come as two files with the same header: avec and hors gravats. Which one a
/// file is comes from the option, else from its name ("dma-hors-gravats-2009-2017.csv", "…_hg").
QString chiffresClesDmaDataSet(const ImportContext &c)
{
    if (!c.options.datasetCode.isEmpty())
        return c.options.datasetCode;
    const QString name = QFileInfo(c.report.fileName).completeBaseName().toLower();
    static const QRegularExpression hors(QStringLiteral("hors[^a-z]*gravat|(^|[^a-z])hg($|[^a-z])"));
    static const QRegularExpression avec(QStringLiteral("avec[^a-z]*gravat|(^|[^a-z])ag($|[^a-z])"));
    const bool h = hors.match(name).hasMatch(), a = avec.match(name).hasMatch();
    if (h != a)
        return h ? QStringLiteral("sinoe-chiffres-cles-dma-hg") : QStringLiteral("sinoe-chiffres-cles-dma-ag");
    throw OdemaError(Tr::tr("%1 : chiffres clés DMA, mais ni l'en-tête ni le nom du fichier ne disent s'ils sont avec ou hors gravats. "
                        "Indiquez-le : --jeu-de-donnees sinoe-chiffres-cles-dma-hg (hors gravats) ou "
                        "sinoe-chiffres-cles-dma-ag (avec gravats), ou renommez le fichier.").arg(c.report.fileName));
}

class PublishedRecordReader {
public:
    PublishedRecordReader(ImportContext &context, const LayoutMatch &match)
        : m_c(context), m_match(match), m_measures(measuresOf(match.layout)),
          m_insert(sql::prepare(context.db, QStringLiteral(
              "INSERT INTO published_value(dataset_id, territory_id, year, stream_id, measure, unit, value, grams, as_published, source_id) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
    {
        for (int column : match.columns)
            m_width = qMax(m_width, column + 1);
        const QString code = match.layout == Layout::ChiffresClesDma ? chiffresClesDmaDataSet(context)
                           : !context.options.datasetCode.isEmpty() ? context.options.datasetCode : match.datasetCode;
        const DataSetInfo *dataset = context.datasets.byCode(code);
        if (!dataset || (dataset->axis != QLatin1String("chiffres-cles") && dataset->axis != QLatin1String("performance")))
            throw OdemaError(Tr::tr("%1 : « %2 » n'est pas un jeu de données de chiffres publiés.").arg(context.report.fileName, code));
        m_dataset = *dataset;
    }

    void read(RecordSource &reader)
    {
        m_c.readRecords(reader, m_width, [this](const CsvRecord &r) { readRecord(r); });
        m_c.report.notes << Tr::tr("Jeu de données : %1 ; %n valeur(s) publiée(s) enregistrée(s) telles quelles.", nullptr, int(m_values))
                                .arg(m_dataset.label);
        if (m_repaired)
            m_c.report.notes << Tr::tr("%n code(s) de département sans zéro initial réparé(s) (ex. « 1 » → « 01 »).", nullptr, m_repaired);
        if (m_empty)
            m_c.report.notes << Tr::tr("%n cellule(s) vide(s) laissée(s) vides : non publié n'est pas zéro.", nullptr, m_empty);
    }

private:
    QStringView field(const CsvRecord &r, Role role) const
    {
        const int column = m_match.column(role);
        return column >= 0 ? r.fields[size_t(column)].trimmed() : QStringView();
    }

    void readRecord(const CsvRecord &r)
    {
        const auto year = parseYear(field(r, Role::Year));
        if (!year) {
            m_c.problems.add(r.line, m_match.column(Role::Year) + 1, Tr::tr("année illisible « %1 »").arg(field(r, Role::Year)));
            return;
        }
        if (!m_c.acceptYear(r.line, m_match.column(Role::Year) + 1, *year))
            return;
        if (field(r, Role::DeptCode).isEmpty()) {
            m_c.problems.add(r.line, m_match.column(Role::DeptCode) + 1, Tr::tr("code de département vide"));
            return;
        }
        if (!m_c.acceptTerritoryCode(r.line, m_match.column(Role::DeptCode) + 1, Level::Departement,
                                     normaliseDepartementCode(field(r, Role::DeptCode).toString())))
            return;
        if (QString region = field(r, Role::RegionCode).toString(); !region.isEmpty()) {
            if (region.size() == 1 && region.at(0).isDigit())
                region.prepend(QLatin1Char('0'));
            if (!m_c.acceptTerritoryCode(r.line, m_match.column(Role::RegionCode) + 1, Level::Region, region))
                return;
        }
        const qint64 territory = sinoeDepartement(m_c, field(r, Role::DeptCode), field(r, Role::DeptName), field(r, Role::RegionCode),
                                                  field(r, Role::RegionName), &m_repaired);
        QVariant stream;
        if (m_match.has(Role::StreamCode) && !field(r, Role::StreamCode).isEmpty())
            stream = m_c.nomenclature.streamForCode(m_dataset.id, m_dataset.family, field(r, Role::StreamCode).toString(),
                                                    field(r, Role::StreamLabel).toString());
        else if (m_match.has(Role::StreamLabel) && !field(r, Role::StreamLabel).isEmpty())
            stream = m_c.nomenclature.streamForLabel(field(r, Role::StreamLabel).toString());
        else if (m_match.layout == Layout::PerformanceOma) {
            m_c.problems.add(r.line, m_match.column(m_match.has(Role::StreamCode) ? Role::StreamCode : Role::StreamLabel) + 1,
                             Tr::tr("type de déchet vide"));
            return;
        }
        bool any = false;
        for (const Measure &m : m_measures)
            any = store(r, *year, territory, stream, m) || any;
        if (any) {
            ++m_c.report.rowsStored;
            m_c.report.noteYear(*year);
            m_c.report.territories.insert(territory);
        }
    }

    /// One published figure; false when the cell is empty or absent.
    bool store(const CsvRecord &r, int year, qint64 territory, const QVariant &stream, const Measure &m)
    {
        if (!m_match.has(m.role))
            return false;
        const QStringView text = field(r, m.role);
        if (text.isEmpty()) {
            ++m_empty;
            return false;
        }
        QString doubt;
        const QChar decimal = rules::decimalFor(text, m_c.options.decimalSeparator, m_c.fileDecimal, QString::fromLatin1(m.unit), &doubt);
        const auto normalised = normaliseNumber(text, decimal);
        const auto value = parseNumber(text, decimal);
        if (!normalised || !value || *value < 0) {
            m_c.problems.add(r.line, m_match.column(m.role) + 1,
                             value && *value < 0 ? Tr::tr("valeur négative « %1 »").arg(text) : Tr::tr("valeur illisible « %1 »").arg(text));
            return false;
        }
        if (qstrcmp(m.unit, "t") == 0 && *value > rules::kMaxTonnes) {
            m_c.problems.add(r.line, m_match.column(m.role) + 1,
                             Tr::tr("tonnage « %1 » invraisemblable : plus d'un milliard de tonnes sur une ligne").arg(text));
            return false;
        }
        if (!doubt.isEmpty())
            m_c.warnings.add(r.line, m_match.column(m.role) + 1, doubt);
        const QString key = QStringLiteral("%1/%2/%3/%4").arg(QString::number(territory), QString::number(year), QString::number(stream.toLongLong()), QLatin1String(m.measure));
        if (m_seen.contains(key)) {
            m_c.problems.add(r.line, m_match.column(m.role) + 1,
                             Tr::tr("même territoire, même année et même type donnés deux fois dans le fichier"));
            return false;
        }
        m_seen.insert(key);
        QVariant grams;
        if (qstrcmp(m.unit, "t") == 0) {
            const auto parsed = gramsFromDecimal(*normalised);
            if (!parsed) {
                m_c.problems.add(r.line, m_match.column(m.role) + 1, Tr::tr("tonnage illisible « %1 »").arg(text));
                return false;
            }
            m_c.report.valuesRounded += parsed->rounded;
            m_c.report.totalGrams += parsed->grams;
            grams = parsed->grams;
        }
        if (!m_c.problems.isEmpty() && !m_c.options.checkOnly)
            return false; // refused anyway: keep reading for the problems only
        const QVariantList values{m_dataset.id, territory, year, stream, QLatin1String(m.measure), QLatin1String(m.unit), *value, grams,
                                  QString::fromLatin1(*normalised), m_c.sourceId};
        for (int i = 0; i < values.size(); ++i)
            m_insert.bindValue(i, values.at(i));
        sql::exec(m_insert);
        m_c.publishedSlices.insert({m_dataset.id, territory, year});
        ++m_values;
        if (m.role == Role::Population && *value == std::floor(*value) && !m_populations.contains(QStringLiteral("%1/%2").arg(QString::number(territory), QString::number(year)))) {
            // The population ADEME divided by, for kg/hab on the source basis.
            m_populations.insert(QStringLiteral("%1/%2").arg(QString::number(territory), QString::number(year)));
            m_c.territories.setPopulation(territory, year, QStringLiteral("source"), m_dataset.id, qint64(*value), m_c.sourceId);
            ++m_c.report.populationsStored;
        }
        return true;
    }

    ImportContext &m_c;
    const LayoutMatch &m_match;
    QList<Measure> m_measures;
    QSqlQuery m_insert;
    DataSetInfo m_dataset;
    int m_width = 0;
    int m_repaired = 0;
    int m_empty = 0;
    qint64 m_values = 0;
    QSet<QString> m_seen, m_populations;
};

} // namespace

void importPublishedRecords(ImportContext &context, RecordSource &reader, const LayoutMatch &match)
{
    PublishedRecordReader(context, match).read(reader);
}

} // namespace odema
