// Reference CSV files that build the territory tree and the populations: INSEE's code
// officiel géographique (régions, départements, communes with their former codes), legal
// populations and yearly population estimates.
#include "common/OdemaError.h"
#include "import/CsvReader.h"
#include "import/ImportContext.h"
#include "import/ImportRules.h"
#include "import/NumberParser.h"

#include <QCoreApplication>

namespace odema {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

/// Département of a commune from its INSEE code: "59350" -> "59", "2A004" -> "2A", "97105" -> "971".
QString departementOfCommune(const QString &commune)
{
    return commune.startsWith(QLatin1String("97")) || commune.startsWith(QLatin1String("98")) ? commune.left(3) : commune.left(2);
}

class ReferenceRecordReader {
public:
    ReferenceRecordReader(ImportContext &context, const LayoutMatch &match)
        : m_c(context), m_match(match), m_legal(context.datasets.idOf(QStringLiteral("insee-population-legale")))
    {
        for (int column : match.columns)
            m_width = qMax(m_width, column + 1);
    }

    void read(RecordSource &reader)
    {
        if (needsYear() && !(m_year = populationYear(m_c)))
            throw OdemaError(Tr::tr("%1 : l'année de ces populations n'est ni dans le fichier ni dans son nom ; "
                                "indiquez-la (option --annee-population 2021, ou renommez le fichier en y mettant l'année).")
                                 .arg(m_c.report.fileName));
        if (m_year && !rules::futureYearProblem(*m_year).isEmpty())
            throw OdemaError(QStringLiteral("%1 : %2").arg(m_c.report.fileName, rules::futureYearProblem(*m_year)));
        m_c.readRecords(reader, m_width, [this](const CsvRecord &r) { readRecord(r); });
        if (m_year)
            m_c.report.notes << Tr::tr("Populations enregistrées pour l'année %1.").arg(*m_year);
    }

private:
    bool needsYear() const
    {
        return m_match.layout == Layout::PopLegalesCommunes || m_match.layout == Layout::PopLegalesDepartements
            || m_match.layout == Layout::PopLegalesRegions;
    }

    QString text(const CsvRecord &r, Role role) const
    {
        const int column = m_match.column(role);
        return column >= 0 ? r.fields[size_t(column)].trimmed().toString() : QString();
    }

    std::optional<qint64> count(const CsvRecord &r, Role role)
    {
        const QString value = text(r, role);
        if (value.isEmpty())
            return std::nullopt;
        const auto n = parseCount(value);
        if (!n)
            m_c.problems.add(r.line, m_match.column(role) + 1, Tr::tr("population illisible « %1 »").arg(value));
        return n;
    }

    void stored(qint64 territoryId)
    {
        ++m_c.report.rowsStored;
        m_c.report.territories.insert(territoryId);
    }

    qint64 region(const QString &code, const QString &name = QString())
    {
        const qint64 id = m_c.territories.ensure(Level::Region, code, name,
                                                 name.isEmpty() ? TerritoryRegistry::Naming::IfUnknown : TerritoryRegistry::Naming::Authoritative);
        m_c.territories.link(m_c.territories.franceId(), id, m_c.sourceId);
        return id;
    }

    qint64 departement(const QString &rawCode, const QString &name, const QString &regionCode, bool authoritative)
    {
        const QString code = normaliseDepartementCode(rawCode);
        const qint64 id = m_c.territories.ensure(Level::Departement, code, name,
                                                 authoritative ? TerritoryRegistry::Naming::Authoritative : TerritoryRegistry::Naming::IfUnknown);
        if (!regionCode.isEmpty())
            m_c.territories.link(region(regionCode), id, m_c.sourceId);
        return id;
    }

    void population(const CsvRecord &r, qint64 territoryId, int year)
    {
        if (const auto pmun = count(r, Role::PopMunicipale)) {
            m_c.territories.setPopulation(territoryId, year, QStringLiteral("municipale"), m_legal, *pmun, m_c.sourceId);
            ++m_c.report.populationsStored;
        }
        if (const auto ptot = count(r, Role::PopTotale)) {
            m_c.territories.setPopulation(territoryId, year, QStringLiteral("totale"), m_legal, *ptot, m_c.sourceId);
            ++m_c.report.populationsStored;
        }
        m_c.report.noteYear(year);
    }

    void readRecord(const CsvRecord &r)
    {
        switch (m_match.layout) {
        case Layout::CogRegions:
            stored(region(text(r, Role::RegionCode), text(r, Role::Name)));
            break;
        case Layout::CogDepartements:
            stored(departement(text(r, Role::DeptCode), text(r, Role::Name), text(r, Role::RegionCode), true));
            break;
        case Layout::CogCommunes:
            readCogCommune(r);
            break;
        case Layout::PopLegalesCommunes:
            readLegalCommune(r);
            break;
        case Layout::PopLegalesDepartements: {
            const qint64 id = departement(text(r, Role::DeptCode), text(r, Role::DeptName), text(r, Role::RegionCode), false);
            population(r, id, *m_year);
            stored(id);
            break;
        }
        case Layout::PopLegalesRegions: {
            const qint64 id = region(text(r, Role::RegionCode), text(r, Role::RegionName));
            population(r, id, *m_year);
            stored(id);
            break;
        }
        case Layout::PopEstimationsDepartements:
            readEstimation(r);
            break;
        default:
            break;
        }
    }

    void readCogCommune(const CsvRecord &r)
    {
        const QString type = text(r, Role::TypeCom);
        const QString code = text(r, Role::CommuneCode);
        if (code.isEmpty()) {
            m_c.problems.add(r.line, m_match.column(Role::CommuneCode) + 1, Tr::tr("code commune vide"));
            return;
        }
        if (type == QLatin1String("COM")) {
            const qint64 id = m_c.territories.ensure(Level::Commune, code, text(r, Role::Name), TerritoryRegistry::Naming::Authoritative);
            const QString dep = text(r, Role::DeptCode);
            if (!dep.isEmpty())
                m_c.territories.link(departement(dep, QString(), text(r, Role::RegionCode), false), id, m_c.sourceId);
            stored(id);
            return;
        }
        // Former communes (déléguées, associées) point to the current one.
        const QString parent = text(r, Role::ParentCommune);
        if (parent.isEmpty() || parent == code)
            return;
        const qint64 parentId = m_c.territories.ensure(Level::Commune, parent, QString());
        m_c.territories.addAlias(Level::Commune, code, parentId, type);
        ++m_c.report.rowsStored;
    }

    void readLegalCommune(const CsvRecord &r)
    {
        // Older INSEE files split the code (CODDEP + CODCOM) and put the name in COM.
        const bool split = m_match.has(Role::CodDep) && m_match.has(Role::CodCom);
        const QString code = split ? text(r, Role::CodDep) + text(r, Role::CodCom) : text(r, Role::CommuneCode);
        const QString name = split ? text(r, Role::CommuneCode) : text(r, Role::CommuneName);
        if (code.size() != 5) {
            m_c.problems.add(r.line, m_match.column(split ? Role::CodCom : Role::CommuneCode) + 1, Tr::tr("code commune invalide « %1 »").arg(code));
            return;
        }
        const qint64 id = m_c.territories.ensure(Level::Commune, code, name);
        const QString dep = split ? text(r, Role::CodDep) : text(r, Role::DeptCode);
        m_c.territories.link(departement(dep.isEmpty() ? departementOfCommune(code) : dep, QString(), QString(), false), id, m_c.sourceId);
        population(r, id, *m_year);
        stored(id);
    }

    void readEstimation(const CsvRecord &r)
    {
        const auto year = parseYear(text(r, Role::Year));
        if (!year) {
            m_c.problems.add(r.line, m_match.column(Role::Year) + 1, Tr::tr("année illisible « %1 »").arg(text(r, Role::Year)));
            return;
        }
        if (const QString future = rules::futureYearProblem(*year); !future.isEmpty()) {
            m_c.problems.add(r.line, m_match.column(Role::Year) + 1, future);
            return;
        }
        const auto population = count(r, Role::Population);
        if (!population)
            return;
        const qint64 id = departement(text(r, Role::DeptCode), text(r, Role::DeptName), QString(), false);
        m_c.territories.setPopulation(id, *year, QStringLiteral("estimation"), m_c.datasets.idOf(QStringLiteral("insee-estimation")),
                                      *population, m_c.sourceId);
        ++m_c.report.populationsStored;
        m_c.report.noteYear(*year);
        stored(id);
    }

    ImportContext &m_c;
    const LayoutMatch &m_match;
    int m_width = 0;
    std::optional<int> m_year;
    qint64 m_legal; ///< data set of the populations légales
};

} // namespace

void importReferenceRecords(ImportContext &context, RecordSource &reader, const LayoutMatch &match)
{
    ReferenceRecordReader(context, match).read(reader);
}

} // namespace odema
