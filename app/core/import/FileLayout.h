#pragma once
// The file layouts the importer recognises, from their header alone (names in any case,
// with or without accents or underscores).
#include "territory/TerritoryLevel.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace odema {

enum class Layout {
    SinoeCommune,               ///< ANNEE, [C_REGION], [C_DEPT], C_COMMUNE, [L_COMMUNE], C_TYP_REG_DECHET, [C_TYP_REG_SERVICE], <tonnage>
    SinoeDepartement,           ///< ANNEE, C_REGION, L_REGION, C_DEPT, N_DEPT, C_TYP_REG_DECHET, L_TYP_REG_DECHET, <tonnage>
    SinoeDepartementTraitement, ///< the same + C_TYP_REG_SERVICE, L_TYP_REG_SERVICE
    OdemaEpci,                  ///< annee, siren_epci, type_dechet, traitement_destination, tonnage, population
    CogRegions,
    CogDepartements,
    CogCommunes,
    PopLegalesCommunes,
    PopLegalesDepartements,
    PopLegalesRegions,
    PopEstimationsDepartements,
    EpciComposition, ///< JSON (découpage administratif)
    IsdndSites,      ///< JSON (Odema landfill tonnage and capacity)
    Boundaries,      ///< GeoJSON territory outlines (map), see GeoJsonImport.h
    Mapped,          ///< tonnages in columns the user assigned (ColumnMapping), any territory level
    SinoeDmaCollecte,       ///< ANNEE, C_DEPT, TYP_COLLECTE, TONNAGE_DMA_T_HG, TONNAGE_DMA_T (flows)
    ChiffresClesDma,        ///< ANNEE, C_DEPT, TONNAGE_DMA_T, POPULATION, RATIO_DMA (published; avec/hors by name)
    ChiffresClesOma,        ///< ANNEE, C_DEPT, TONNAGE_OMA_T, POPULATION, RATIO_OMA (published)
    ChiffresClesDecheterie, ///< ANNEE, C_DEPT, NB_DECHETTERIE…, VA_TONNE_COLLECTE_AVEC_GRAVAT | VA_COLLECTE_HGRA, NB_POP_DESS, RATIO_HAB
    PerformanceOma,         ///< ANNEE, C_DEPT, C_TYP_REG_DECHET, TONNAGE_OMA_T, POPULATION, RATIO_OMA (published, per stream)
    PerformanceOmr,         ///< ANNEE, C_DEPT, RATIO_OMR (kg/hab/an) (published)
    NomenclatureDechets,    ///< C_TYP_REG_DECHET, C_TYP_AGR_DECHET, L_TYP_REG_DECHET
    NomenclatureActeurs,    ///< C_TYP_ACTEUR, C_TYP_ACTEUR_PERE, L_TYP_ACTEUR, LC_TYP_ACTEUR, NIV_HIER, DD_VALID, DF_VALID
    InstallationDirectory,  ///< ADEME annuaire ISDND / UIOM: "Code SINOE ISDND", name, commune, capacity, position
};

enum class Role {
    Year, RegionCode, RegionName, DeptCode, DeptName, StreamCode, StreamLabel, ModeCode, ModeLabel,
    Tonnes, Population, Siren, TypeCom, CommuneCode, CommuneName, ParentCommune, Name,
    PopMunicipale, PopTotale, CodDep, CodCom,
    TerritoryCode, Channel, ///< only in a user's column mapping (Layout::Mapped); Channel also TYP_COLLECTE
    TonnesHorsGravats, Ratio, TonnesKg,
    // chiffres clés déchèteries
    PopDesservie, Sites, SitesPro, CommunesDesservies, CommunesParSite, HabitantsParSite, Couverture, Visites,
    VisitesParHabitant, KgParVisite,
    // code lists
    GroupCode, ParentCode, Label, LongLabel, HierarchyLevel, ValidFrom, ValidTo,
    // installation directories
    InstallationCode, PostalCode, OpenDate, Management, MercatorX, MercatorY, Latitude, Longitude, Operator, Capacity,
    InstallationType,
};

struct LayoutMatch {
    Layout layout;
    QHash<Role, int> columns; ///< role -> 0-based column index
    Level territoryLevel = Level::Departement; ///< level of Role::TerritoryCode (Layout::Mapped)
    QString installationKind; ///< "isdnd", "uiom"… (Layout::InstallationDirectory)
    /// Data set fixed by the header, when it says which (déchèteries avec / hors gravats).
    QString datasetCode;
    int column(Role role) const { return columns.value(role, -1); }
    bool has(Role role) const { return columns.contains(role); }
};

QString layoutId(Layout layout);
QString layoutName(Layout layout);
/// Whether rows of this layout are tonnages (flows) rather than reference data.
bool isFlowLayout(Layout layout);
/// Whether rows of this layout are figures a publisher computed (chiffres clés, performances).
bool isPublishedLayout(Layout layout);

/// Recognises a CSV header; nullopt when no layout fits.
std::optional<LayoutMatch> detectCsvLayout(const QStringList &header);
/// One line per known CSV layout with its columns, for the "unrecognised layout" message.
QStringList knownCsvLayouts();

} // namespace odema
