#include "import/FileLayout.h"

#include "common/TextKey.h"

#include <QCoreApplication>
#include <QRegularExpression>
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
    std::vector<Role> anyOf = {}; ///< at least one of these must be found
    const char *datasetCode = nullptr; ///< data set the layout alone decides
};

QStringList tonnageNames()
{
    return {QStringLiteral("tonnage t"), QStringLiteral("tonnage dech"), QStringLiteral("tonnage dma"),
            QStringLiteral("tonnage dma t"), QStringLiteral("tonnage oma t"), QStringLiteral("tonnage oma"),
            QStringLiteral("tonnage"), QStringLiteral("tonnage t hg"), QStringLiteral("tonnage dma t hg")};
}

std::vector<LayoutSpec> buildSpecs();

const std::vector<LayoutSpec> &specs()
{
    static const std::vector<LayoutSpec> all = buildSpecs();
    return all;
}

std::vector<LayoutSpec> buildSpecs()
{
    using S = QStringList;
    const std::vector<Column> place{{Role::Year, S{"annee"}, true}, {Role::RegionCode, S{"c region"}, false},
                                    {Role::RegionName, S{"l region"}, false}, {Role::DeptCode, S{"c dept"}, true},
                                    {Role::DeptName, S{"n dept", "l dept"}, false}};
    auto with = [&place](std::vector<Column> more) {
        std::vector<Column> all = place;
        all.insert(all.end(), more.begin(), more.end());
        return all;
    };
    const std::vector<Column> decheterieKeyFigures{
        {Role::Sites, S{"nb dechetterie", "nb decheterie"}, false}, {Role::SitesPro, S{"nb dechetterie adm prof", "nb decheterie adm prof"}, false},
        {Role::CommunesDesservies, S{"nb comm dess"}, false}, {Role::CommunesParSite, S{"nbre moy comm dess"}, false},
        {Role::HabitantsParSite, S{"nbre moy pop dess"}, false}, {Role::Couverture, S{"tx couv pop"}, false},
        {Role::Visites, S{"nb visite tot"}, false}, {Role::VisitesParHabitant, S{"freq hab"}, false},
        {Role::KgParVisite, S{"app moy visite"}, false}, {Role::PopDesservie, S{"nb pop dess"}, true},
        {Role::Ratio, S{"ratio hab"}, true}};
    auto decheterie = [&](const char *tonnes) {
        std::vector<Column> c = with({{Role::Tonnes, S{QString::fromLatin1(tonnes)}, true}});
        c.insert(c.end(), decheterieKeyFigures.begin(), decheterieKeyFigures.end());
        return c;
    };
    return {
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
        // Published figures next: their headers also hold a tonnage and a territory, which the
        // flow layouts below would otherwise take.
        {Layout::PerformanceOma, "sinoe-performance-oma",
         QT_TRANSLATE_NOOP("Layout", "SINOE® performances de collecte OMA par type de déchet"),
         with({{Role::StreamCode, S{"c typ reg dechet"}, false}, {Role::StreamLabel, S{"l typ reg dechet"}, false},
               {Role::Tonnes, S{"tonnage oma t", "tonnage oma"}, false}, {Role::Population, S{"population", "va popannee"}, false},
               {Role::Ratio, S{"ratio oma", "ratio kg hab", "ration kg hab"}, true}}),
         {}, {Role::StreamCode, Role::StreamLabel}, "sinoe-performance-oma"},
        {Layout::ChiffresClesDma, "sinoe-chiffres-cles-dma",
         QT_TRANSLATE_NOOP("Layout", "SINOE® chiffres clés DMA (avec ou hors gravats)"),
         with({{Role::Tonnes, S{"tonnage dma t", "tonnage dma"}, true}, {Role::TonnesKg, S{"tonnage dma kg"}, false},
               {Role::Population, S{"population", "va popannee"}, false}, {Role::Ratio, S{"ratio dma"}, true}}),
         S{"c typ reg dechet", "l typ reg dechet", "typ collecte"}},
        {Layout::ChiffresClesOma, "sinoe-chiffres-cles-oma", QT_TRANSLATE_NOOP("Layout", "SINOE® chiffres clés OMA"),
         with({{Role::Tonnes, S{"tonnage oma t", "tonnage oma"}, true}, {Role::TonnesKg, S{"tonnage oma kg"}, false},
               {Role::Population, S{"population", "va popannee"}, false}, {Role::Ratio, S{"ratio oma"}, true}}),
         S{"c typ reg dechet", "l typ reg dechet"}, {}, "sinoe-chiffres-cles-oma"},
        {Layout::ChiffresClesDecheterie, "sinoe-chiffres-cles-decheterie",
         QT_TRANSLATE_NOOP("Layout", "SINOE® chiffres clés déchèteries (avec ou hors gravats)"),
         decheterie("va tonne collecte avec gravat"), {}, {}, "sinoe-chiffres-cles-decheterie-ag"},
        {Layout::ChiffresClesDecheterie, "sinoe-chiffres-cles-decheterie",
         QT_TRANSLATE_NOOP("Layout", "SINOE® chiffres clés déchèteries (avec ou hors gravats)"),
         decheterie("va collecte hgra"), {}, {}, "sinoe-chiffres-cles-decheterie-hg"},
        {Layout::PerformanceOmr, "sinoe-performance-omr", QT_TRANSLATE_NOOP("Layout", "SINOE® performance de collecte OMR"),
         with({{Role::Ratio, S{"ratio omr"}, true}, {Role::Population, S{"population", "va popannee"}, false},
               {Role::Tonnes, S{"tonnage omr t", "tonnage omr"}, false}}),
         S{"c typ reg dechet"}, {}, "sinoe-performance-omr"},
        {Layout::SinoeDmaCollecte, "sinoe-dma-collecte",
         QT_TRANSLATE_NOOP("Layout", "SINOE® répartition des DMA par type de collecte (hors et avec gravats)"),
         with({{Role::Channel, S{"typ collecte", "type collecte"}, true},
               {Role::TonnesHorsGravats, S{"tonnage dma t hg", "tonnage dma hg"}, true},
               {Role::Tonnes, S{"tonnage dma t", "tonnage dma", "tonnage dma t ag"}, true}}),
         {}, {}, "sinoe-dma-collecte"},
        {Layout::NomenclatureDechets, "sinoe-nomenclature-dechets",
         QT_TRANSLATE_NOOP("Layout", "SINOE® nomenclature des regroupements de déchets"),
         {{Role::StreamCode, S{"c typ reg dechet"}, true}, {Role::GroupCode, S{"c typ agr dechet"}, true},
          {Role::StreamLabel, S{"l typ reg dechet"}, true}},
         S{"annee"}, {}, "sinoe-nomenclature"},
        {Layout::NomenclatureActeurs, "sinoe-nomenclature-acteurs", QT_TRANSLATE_NOOP("Layout", "SINOE® types d'acteurs"),
         {{Role::StreamCode, S{"c typ acteur"}, true}, {Role::ParentCode, S{"c typ acteur pere"}, false},
          {Role::Label, S{"l typ acteur"}, true}, {Role::LongLabel, S{"lc typ acteur"}, false},
          {Role::HierarchyLevel, S{"niv hier"}, false}, {Role::ValidFrom, S{"dd valid"}, false}, {Role::ValidTo, S{"df valid"}, false}},
         S{"annee"}, {}, "sinoe-nomenclature"},
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
    if (layout == Layout::InstallationDirectory)
        return QStringLiteral("sinoe-annuaire-installations");
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
    if (layout == Layout::InstallationDirectory)
        return QCoreApplication::translate("Layout", "SINOE® annuaire d'installations (ISDND, UIOM…)");
    return QCoreApplication::translate("Layout", specFor(layout)->name);
}

bool isFlowLayout(Layout layout)
{
    return layout == Layout::SinoeCommune || layout == Layout::SinoeDepartement || layout == Layout::SinoeDepartementTraitement
        || layout == Layout::OdemaEpci || layout == Layout::Mapped || layout == Layout::SinoeDmaCollecte;
}

bool isPublishedLayout(Layout layout)
{
    return layout == Layout::ChiffresClesDma || layout == Layout::ChiffresClesOma || layout == Layout::ChiffresClesDecheterie
        || layout == Layout::PerformanceOma || layout == Layout::PerformanceOmr;
}

namespace {

/// Header names folded, each also without a trailing unit in brackets ("RATIO_OMR (kg/hab/an)").
QHash<QString, int> headerIndex(const QStringList &header)
{
    static const QRegularExpression unit(QStringLiteral("\\s*\\([^()]*\\)\\s*$"));
    QHash<QString, int> index;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = foldKey(header.at(i));
        if (!index.contains(key))
            index.insert(key, i);
        const QString bare = foldKey(QString(header.at(i)).remove(unit));
        if (!bare.isEmpty() && !index.contains(bare))
            index.insert(bare, i);
    }
    return index;
}

/// ADEME's installation directories name their columns after the installation kind: "Code SINOE
/// ISDND", "Nom  ISDND", "Capacité réglementaire UIOM"… The kind is read from the code column.
std::optional<LayoutMatch> detectInstallationDirectory(const QHash<QString, int> &index)
{
    static const QRegularExpression codeColumn(QStringLiteral("^code sinoe ([a-z0-9]+)$"));
    QString kind;
    for (auto it = index.begin(); it != index.end() && kind.isEmpty(); ++it) {
        const auto m = codeColumn.match(it.key());
        if (m.hasMatch() && m.captured(1) != QLatin1String("exploitant"))
            kind = m.captured(1);
    }
    if (kind.isEmpty())
        return std::nullopt;
    const QString k = QLatin1Char(' ') + kind;
    const std::vector<std::pair<Role, QStringList>> roles{
        {Role::Year, {QStringLiteral("annee")}},
        {Role::InstallationCode, {QStringLiteral("code sinoe") + k}},
        {Role::Name, {QStringLiteral("nom") + k}},
        {Role::OpenDate, {QStringLiteral("date d ouverture") + k}},
        {Role::PostalCode, {QStringLiteral("code postal") + k}},
        {Role::CommuneCode, {QStringLiteral("code commune") + k}},
        {Role::CommuneName, {QStringLiteral("libelle de la commune") + k, QStringLiteral("commune") + k}},
        {Role::DeptCode, {QStringLiteral("code du departement") + k, QStringLiteral("c dept")}},
        {Role::RegionName, {QStringLiteral("nom de la region") + k}},
        {Role::Management, {QStringLiteral("mode de gestion") + k}},
        {Role::MercatorX, {QStringLiteral("geolocalisation") + k + QStringLiteral(" longitude mercator")}},
        {Role::MercatorY, {QStringLiteral("geolocalisation") + k + QStringLiteral(" latitude mercator")}},
        {Role::Latitude, {QStringLiteral("lat"), QStringLiteral("latitude"), QStringLiteral("gps lat")}},
        {Role::Longitude, {QStringLiteral("lon"), QStringLiteral("lng"), QStringLiteral("longitude"), QStringLiteral("gps long")}},
        {Role::Operator, {QStringLiteral("nom exploitant")}},
        {Role::Capacity, {QStringLiteral("capacite reglementaire") + k, QStringLiteral("capacite") + k}},
        {Role::InstallationType, {QStringLiteral("libelle type sinoe") + k}},
    };
    LayoutMatch match{Layout::InstallationDirectory, {}, Level::Departement, {}, {}};
    match.installationKind = kind;
    for (const auto &[role, names] : roles)
        for (const QString &name : names)
            if (!match.has(role) && index.contains(name))
                match.columns.insert(role, index.value(name));
    const bool located = (match.has(Role::Latitude) && match.has(Role::Longitude)) || (match.has(Role::MercatorX) && match.has(Role::MercatorY));
    if (!match.has(Role::Name) || !located)
        return std::nullopt;
    return match;
}

} // namespace

std::optional<LayoutMatch> detectCsvLayout(const QStringList &header)
{
    const QHash<QString, int> index = headerIndex(header);
    for (const LayoutSpec &spec : specs()) {
        bool forbidden = false;
        for (const QString &name : spec.forbidden)
            forbidden = forbidden || index.contains(name);
        if (forbidden)
            continue;
        LayoutMatch match{spec.layout, {}, Level::Departement, {}, {}};
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
        bool any = spec.anyOf.empty();
        for (Role role : spec.anyOf)
            any = any || match.has(role);
        if (complete && any) {
            if (spec.datasetCode)
                match.datasetCode = QString::fromLatin1(spec.datasetCode);
            return match;
        }
    }
    return detectInstallationDirectory(index);
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
    lines << layoutName(Layout::InstallationDirectory) + QStringLiteral(" (sinoe-annuaire-installations) : ")
                 + QStringLiteral("CODE_SINOE_<TYPE>, NOM_<TYPE>, [CAPACITE_REGLEMENTAIRE_<TYPE>], LAT, LON ou GEOLOCALISATION (MERCATOR)");
    return lines;
}

} // namespace odema
