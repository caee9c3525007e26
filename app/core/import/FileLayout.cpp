#include "import/FileLayout.h"

#include "common/TextKey.h"

#include <QCoreApplication>
#include <vector>

namespace odema {

namespace {

struct Column {
    Role role;
    QStringList names; ///< folded names accepted for this role
    bool required;
};

struct LayoutSpec {
    Layout layout;
    const char *id;
    const char *name;
    std::vector<Column> columns;
    QStringList forbidden; ///< folded names whose presence means another layout
};

QStringList tonnageNames()
{
    return {QStringLiteral("tonnage t"), QStringLiteral("tonnage dech"), QStringLiteral("tonnage dma"),
            QStringLiteral("tonnage dma t"), QStringLiteral("tonnage oma t"), QStringLiteral("tonnage oma"),
            QStringLiteral("tonnage"), QStringLiteral("tonnage t hg"), QStringLiteral("tonnage dma t hg")};
}

const std::vector<LayoutSpec> &specs()
{
    using S = QStringList;
    static const std::vector<LayoutSpec> all{
        // National series per commune: the département layouts with the commune's INSEE code.
        // A row with a service (treatment mode) code is a treatment figure, one without is
        // collecte, so one file may hold both. Listed first: its columns include theirs.
        {Layout::SinoeCommune, "sinoe-commune",
         QT_TRANSLATE_NOOP("Layout", "SINOE® par commune, type de déchet et mode de traitement"),
         {{Role::Year, S{"annee"}, true}, {Role::RegionCode, S{"c region"}, false}, {Role::RegionName, S{"l region"}, false},
          {Role::DeptCode, S{"c dept"}, false}, {Role::DeptName, S{"n dept", "l dept"}, false},
          {Role::CommuneCode, S{"c commune", "c com", "code commune", "code insee"}, true},
          {Role::CommuneName, S{"l commune", "n commune", "l com"}, false},
          {Role::StreamCode, S{"c typ reg dechet"}, true}, {Role::StreamLabel, S{"l typ reg dechet"}, false},
          {Role::ModeCode, S{"c typ reg service"}, false}, {Role::ModeLabel, S{"l typ reg service"}, false},
          {Role::Tonnes, tonnageNames(), true}, {Role::Population, S{"va popannee", "population"}, false}},
         {}},
        {Layout::SinoeDepartementTraitement, "sinoe-departement-traitement",
         QT_TRANSLATE_NOOP("Layout", "SINOE® par département, type de déchet et mode de traitement"),
         {{Role::Year, S{"annee"}, true}, {Role::RegionCode, S{"c region"}, false}, {Role::RegionName, S{"l region"}, false},
          {Role::DeptCode, S{"c dept"}, true}, {Role::DeptName, S{"n dept", "l dept"}, false},
          {Role::StreamCode, S{"c typ reg dechet"}, true}, {Role::StreamLabel, S{"l typ reg dechet"}, false},
          {Role::ModeCode, S{"c typ reg service"}, true}, {Role::ModeLabel, S{"l typ reg service"}, false},
          {Role::Tonnes, tonnageNames(), true}, {Role::Population, S{"va popannee", "population"}, false}},
         {}},
        {Layout::SinoeDepartement, "sinoe-departement",
         QT_TRANSLATE_NOOP("Layout", "SINOE® par département et type de déchet"),
         {{Role::Year, S{"annee"}, true}, {Role::RegionCode, S{"c region"}, false}, {Role::RegionName, S{"l region"}, false},
          {Role::DeptCode, S{"c dept"}, true}, {Role::DeptName, S{"n dept", "l dept"}, false},
          {Role::StreamCode, S{"c typ reg dechet"}, true}, {Role::StreamLabel, S{"l typ reg dechet"}, false},
          {Role::Tonnes, tonnageNames(), true}, {Role::Population, S{"va popannee", "population"}, false}},
         {}},
        {Layout::OdemaEpci, "odema-epci",
         QT_TRANSLATE_NOOP("Layout", "Odema, flux harmonisés par EPCI"),
         {{Role::Year, S{"annee"}, true}, {Role::Siren, S{"siren epci", "epci siren", "siren"}, true},
          {Role::StreamLabel, S{"type dechet", "libel dechet"}, true},
          {Role::ModeLabel, S{"traitement destination", "libel traitement"}, false},
          {Role::Tonnes, S{"tonnage"}, true}, {Role::Population, S{"population"}, false}},
         {}},
        {Layout::CogCommunes, "insee-cog-communes", QT_TRANSLATE_NOOP("Layout", "INSEE, code officiel géographique : communes"),
         {{Role::TypeCom, S{"typecom"}, true}, {Role::CommuneCode, S{"com"}, true}, {Role::RegionCode, S{"reg"}, false},
          {Role::DeptCode, S{"dep"}, true}, {Role::Name, S{"libelle", "nccenr"}, true}, {Role::ParentCommune, S{"comparent"}, false}},
         {}},
        {Layout::CogDepartements, "insee-cog-departements", QT_TRANSLATE_NOOP("Layout", "INSEE, code officiel géographique : départements"),
         {{Role::DeptCode, S{"dep"}, true}, {Role::RegionCode, S{"reg"}, true}, {Role::Name, S{"libelle", "nccenr"}, true}},
         S{"com", "pmun"}},
        {Layout::CogRegions, "insee-cog-regions", QT_TRANSLATE_NOOP("Layout", "INSEE, code officiel géographique : régions"),
         {{Role::RegionCode, S{"reg"}, true}, {Role::Name, S{"libelle", "nccenr"}, true}},
         S{"dep", "com", "pmun"}},
        {Layout::PopLegalesCommunes, "insee-population-legale-communes",
         QT_TRANSLATE_NOOP("Layout", "INSEE, populations légales des communes"),
         {{Role::CodDep, S{"coddep"}, false}, {Role::CodCom, S{"codcom"}, false}, {Role::CommuneCode, S{"com"}, true},
          {Role::CommuneName, S{"commune"}, false}, {Role::DeptCode, S{"dep"}, false},
          {Role::PopMunicipale, S{"pmun"}, true}, {Role::PopTotale, S{"ptot"}, false}},
         {}},
        {Layout::PopLegalesDepartements, "insee-population-legale-departements",
         QT_TRANSLATE_NOOP("Layout", "INSEE, populations légales des départements"),
         {{Role::DeptCode, S{"dep", "coddep"}, true}, {Role::DeptName, S{"departement"}, false},
          {Role::RegionCode, S{"reg", "codreg"}, false},
          {Role::PopMunicipale, S{"pmun"}, true}, {Role::PopTotale, S{"ptot"}, false}},
         S{"com"}},
        {Layout::PopLegalesRegions, "insee-population-legale-regions",
         QT_TRANSLATE_NOOP("Layout", "INSEE, populations légales des régions"),
         {{Role::RegionCode, S{"reg", "codreg"}, true}, {Role::RegionName, S{"region"}, false},
          {Role::PopMunicipale, S{"pmun"}, true}, {Role::PopTotale, S{"ptot"}, false}},
         S{"com", "dep"}},
        {Layout::PopEstimationsDepartements, "insee-estimation-population-departements",
         QT_TRANSLATE_NOOP("Layout", "INSEE, estimations de population par département et année"),
         {{Role::Year, S{"annee"}, true}, {Role::DeptCode, S{"code departement", "dep"}, true},
          {Role::DeptName, S{"departement"}, false}, {Role::Population, S{"pop totale", "population"}, true}},
         {}},
    };
    return all;
}

const LayoutSpec *specFor(Layout layout)
{
    for (const auto &s : specs())
        if (s.layout == layout)
            return &s;
    return nullptr;
}

} // namespace

QString layoutId(Layout layout)
{
    if (layout == Layout::EpciComposition)
        return QStringLiteral("epci-composition");
    if (layout == Layout::IsdndSites)
        return QStringLiteral("odema-isdnd");
    if (layout == Layout::Boundaries)
        return QStringLiteral("geojson-contours");
    if (layout == Layout::Mapped)
        return QStringLiteral("correspondance");
    return QString::fromLatin1(specFor(layout)->id);
}

QString layoutName(Layout layout)
{
    if (layout == Layout::EpciComposition)
        return QCoreApplication::translate("Layout", "EPCI à fiscalité propre et communes membres (JSON)");
    if (layout == Layout::IsdndSites)
        return QCoreApplication::translate("Layout", "Odema, tonnages et capacités des ISDND (JSON)");
    if (layout == Layout::Boundaries)
        return QCoreApplication::translate("Layout", "Contours de territoires (GeoJSON)");
    if (layout == Layout::Mapped)
        return QCoreApplication::translate("Layout", "Tonnages, colonnes choisies par l'utilisateur");
    return QCoreApplication::translate("Layout", specFor(layout)->name);
}

bool isFlowLayout(Layout layout)
{
    return layout == Layout::SinoeCommune || layout == Layout::SinoeDepartement || layout == Layout::SinoeDepartementTraitement || layout == Layout::OdemaEpci
        || layout == Layout::Mapped;
}

std::optional<LayoutMatch> detectCsvLayout(const QStringList &header)
{
    QHash<QString, int> index;
    for (int i = 0; i < header.size(); ++i)
        index.insert(foldKey(header.at(i)), i);
    for (const LayoutSpec &spec : specs()) {
        bool forbidden = false;
        for (const QString &name : spec.forbidden)
            forbidden = forbidden || index.contains(name);
        if (forbidden)
            continue;
        LayoutMatch match{spec.layout, {}};
        bool complete = true;
        for (const Column &column : spec.columns) {
            int found = -1;
            for (const QString &name : column.names)
                if (found < 0 && index.contains(name))
                    found = index.value(name);
            if (found >= 0)
                match.columns.insert(column.role, found);
            else if (column.required)
                complete = false;
        }
        if (complete)
            return match;
    }
    return std::nullopt;
}

QStringList knownCsvLayouts()
{
    QStringList lines;
    for (const LayoutSpec &spec : specs()) {
        QStringList columns;
        for (const Column &c : spec.columns)
        {
            // Shown as files spell them: "c dept" -> "C_DEPT".
            const QString shown = QString(c.names.first()).replace(QLatin1Char(' '), QLatin1Char('_')).toUpper();
            columns << (c.required ? shown : QLatin1Char('[') + shown + QLatin1Char(']'));
        }
        lines << QStringLiteral("%1 (%2) : %3").arg(QCoreApplication::translate("Layout", spec.name), QLatin1String(spec.id),
                                                   columns.join(QStringLiteral(", ")));
    }
    lines << layoutName(Layout::EpciComposition) + QStringLiteral(" (epci-composition)");
    lines << layoutName(Layout::IsdndSites) + QStringLiteral(" (odema-isdnd)");
    lines << layoutName(Layout::Boundaries) + QStringLiteral(" (geojson-contours)");
    return lines;
}

} // namespace odema
