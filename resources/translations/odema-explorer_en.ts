<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AppMenus</name>
    <message>
        <source>&amp;Préférences</source>
        <translation>&amp;Preferences</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>À &amp;propos d&apos;Odema Explorer</source>
        <translation>&amp;About Odema Explorer</translation>
    </message>
    <message>
        <source>À propos de &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Graphiques</source>
        <translation>Charts</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Évolution</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Composition</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Modes de traitement</source>
        <translation>Treatment methods</translation>
    </message>
    <message>
        <source>Comparaison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Classement</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Trajectoire</source>
        <translation>Trajectory</translation>
    </message>
    <message>
        <source>%1
%2 : %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>%1
%2 : pas de données</source>
        <translation>%1
%2: no data</translation>
    </message>
    <message>
        <source>Pas de données pour cette sélection.</source>
        <translation>No data for this selection.</translation>
    </message>
    <message>
        <source>Taille de graphique hors limites (%1 × %2 mm) : choisissez entre 20 et 2000 mm.</source>
        <translation>Chart size out of range (%1 × %2 mm): choose between 20 and 2000 mm.</translation>
    </message>
    <message>
        <source>Résolution %1 dpi hors limites : choisissez entre 96 et 600 dpi.</source>
        <translation>Resolution %1 dpi out of range: choose between 96 and 600 dpi.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1 : vérifiez le dossier et les droits.</source>
        <translation>Cannot write %1: check the folder and the permissions.</translation>
    </message>
    <message>
        <source>Période vide : l&apos;année de début (%1) est après l&apos;année de fin (%2).</source>
        <translation>Empty period: the first year (%1) is after the last year (%2).</translation>
    </message>
    <message>
        <source>Choisissez un territoire pour tracer un graphique.</source>
        <translation>Choose a territory to draw a chart.</translation>
    </message>
    <message>
        <source>La mesure « %1 » ne s&apos;applique pas au graphique « %2 ».</source>
        <translation>The measure “%1” does not apply to the chart “%2”.</translation>
    </message>
    <message>
        <source>%1 (manquent : %2)</source>
        <translation>%1 (missing: %2)</translation>
    </message>
    <message>
        <source>Collecte incomplète, total non tracé pour %1.</source>
        <translation>Incomplete collection, total not drawn for %1.</translation>
    </message>
    <message>
        <source>collectés en déchèterie</source>
        <translation>collected at recycling centres</translation>
    </message>
    <message>
        <source>de déchèterie</source>
        <translation>from recycling centres</translation>
    </message>
    <message>
        <source>ménagers et assimilés (OMA)</source>
        <translation>household and similar (OMA)</translation>
    </message>
    <message>
        <source>collectés</source>
        <translation>collected</translation>
    </message>
    <message>
        <source>traités</source>
        <translation>treated</translation>
    </message>
    <message>
        <source>Source : ADEME, SINOE® – traitement Odema</source>
        <translation>Source: ADEME, SINOE® – processed by Odema</translation>
    </message>
    <message>
        <source> ; données %1–%2, importées le %3</source>
        <translation>; data %1–%2, imported on %3</translation>
    </message>
    <message>
        <source> ; population : INSEE</source>
        <translation>; population: INSEE</translation>
    </message>
    <message>
        <source>en tonnes</source>
        <translation>in tonnes</translation>
    </message>
    <message>
        <source>en kg par habitant</source>
        <translation>in kg per inhabitant</translation>
    </message>
    <message>
        <source>en % du total</source>
        <translation>in % of the total</translation>
    </message>
    <message>
        <source>%1 (%2), %3</source>
        <translation>%1 (%2), %3</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4</source>
        <translation>%1 (%2), %3, %4</translation>
    </message>
    <message>
        <source>Kilogrammes par habitant (kg/hab)</source>
        <translation>Kilograms per inhabitant (kg/inh.)</translation>
    </message>
    <message>
        <source>Part (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>Tonnes (t)</source>
        <translation>Tonnes (t)</translation>
    </message>
    <message>
        <source>Déchets %1 par habitant, par flux</source>
        <translation>Waste %1 per inhabitant, by stream</translation>
    </message>
    <message>
        <source>Évolution des déchets %1 par flux</source>
        <translation>Trend of waste %1 by stream</translation>
    </message>
    <message>
        <source>Déchets %1 par habitant</source>
        <translation>Waste %1 per inhabitant</translation>
    </message>
    <message>
        <source>Évolution des déchets %1</source>
        <translation>Trend of waste %1</translation>
    </message>
    <message>
        <source>%1, %2–%3, %4</source>
        <translation>%1, %2–%3, %4</translation>
    </message>
    <message>
        <source>Collecte incomplète en %1.</source>
        <translation>Incomplete collection in %1.</translation>
    </message>
    <message>
        <source>Composition des déchets %1 par flux</source>
        <translation>Composition of waste %1 by stream</translation>
    </message>
    <message>
        <source>Modes de traitement des déchets %1</source>
        <translation>Treatment methods of waste %1</translation>
    </message>
    <message>
        <source>Déchets %1 par habitant : %2 et ses territoires parents</source>
        <translation>Waste %1 per inhabitant: %2 and its parent territories</translation>
    </message>
    <message>
        <source>Déchets %1 : %2 et ses territoires parents</source>
        <translation>Waste %1: %2 and its parent territories</translation>
    </message>
    <message>
        <source>Déchets %1 par habitant en %2</source>
        <translation>Waste %1 per inhabitant in %2</translation>
    </message>
    <message>
        <source>Déchets %1 en %2</source>
        <translation>Waste %1 in %2</translation>
    </message>
    <message>
        <source>%1 ; %2 en évidence</source>
        <translation>%1; %2 highlighted</translation>
    </message>
    <message>
        <source>Sans données pour %1 : %2.</source>
        <translation>No data for %1: %2.</translation>
    </message>
    <message>
        <source>Collecte incomplète en %1 (manquent : %2).</source>
        <translation>Incomplete collection in %1 (missing: %2).</translation>
    </message>
    <message>
        <source>départements</source>
        <translation>départements</translation>
    </message>
    <message>
        <source>régions</source>
        <translation>regions</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Déchets %1 par habitant : classement des %2</source>
        <translation>Waste %1 per inhabitant: ranking of the %2</translation>
    </message>
    <message>
        <source>Déchets %1 : classement des %2</source>
        <translation>Waste %1: ranking of the %2</translation>
    </message>
    <message>
        <source>%1, %2 ; %3 en évidence</source>
        <translation>%1, %2; %3 highlighted</translation>
    </message>
    <message>
        <source>Objectif « %1 » absent de resources/targets.json.</source>
        <translation>Target “%1” missing from resources/targets.json.</translation>
    </message>
    <message>
        <source>L&apos;objectif « %1 » n&apos;a pas encore de graphique de trajectoire (taux de valorisation et DMA par habitant seulement).</source>
        <translation>Target “%1” has no trajectory chart yet (recovery rate and DMA per inhabitant only).</translation>
    </message>
    <message>
        <source>Objectif : %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>Objectif : %1 en %2</source>
        <translation>Target: %1 in %2</translation>
    </message>
    <message>
        <source>Objectif fixé pour la région, montré pour repère.</source>
        <translation>Target set for the region, shown for reference.</translation>
    </message>
    <message>
        <source> ; objectif : %1.</source>
        <translation>; target: %1.</translation>
    </message>
    <message>
        <source>Taux de valorisation (%)</source>
        <translation>Recovery rate (%)</translation>
    </message>
    <message>
        <source>Barres trop fines à cette taille pour les nommer toutes (%1) : agrandissez le graphique ; la barre en évidence est toujours nommée.</source>
        <translation>Bars too thin at this size to name them all (%1): enlarge the chart; the highlighted bar is always named.</translation>
    </message>
    <message>
        <source>Pas de population pour %1 les années de ces tonnages : les kilogrammes par habitant ne peuvent pas être calculés. Importez les estimations de population de l&apos;INSEE par département (estim-pop-dep-sexe-gca-1975-2023.xls ou sa version CSV) ou les populations légales (donnees_communes.csv, donnees_departements.csv) de ces années.</source>
        <translation>No population for %1 in the years of these tonnages: kilograms per inhabitant cannot be computed. Import INSEE&apos;s population estimates by département (estim-pop-dep-sexe-gca-1975-2023.xls or its CSV version) or the legal populations (donnees_communes.csv, donnees_departements.csv) of those years.</translation>
    </message>
    <message>
        <source>ménagers et assimilés (DMA)</source>
        <translation>household and similar (DMA)</translation>
    </message>
    <message>
        <source>%1 et objectif</source>
        <translation>%1 and target</translation>
    </message>
    <message>
        <source>Calculé à partir de : %1.</source>
        <translation>Computed from: %1.</translation>
    </message>
    <message>
        <source>syndicats</source>
        <translation>joint waste authorities</translation>
    </message>
    <message>
        <source>communes</source>
        <translation>communes</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>importe des fichiers (SINOE®, INSEE, Odema) dans une base</source>
        <translation>imports files (SINOE®, INSEE, Odema) into a store</translation>
    </message>
    <message>
        <source>décrit le contenu d&apos;une base</source>
        <translation>describes the contents of a store</translation>
    </message>
    <message>
        <source>indique où sont les données, les traductions et la base de l&apos;utilisateur</source>
        <translation>shows where the data, the translations and the user&apos;s store are</translation>
    </message>
    <message>
        <source>Odema Explorer %1 — données déchets de l&apos;Odema (Hauts-de-France)

Usage :
  odema-explorer [--db BASE]           ouvre la fenêtre (sur BASE, sinon la base par défaut)
  odema-explorer VERBE [options]       travaille sans fenêtre

Verbes :
</source>
        <translation>Odema Explorer %1 — waste data of the Odema (Hauts-de-France)

Usage:
  odema-explorer [--db STORE]          opens the window (on STORE, else the default store)
  odema-explorer VERB [options]        works without a window

Verbs:
</translation>
    </message>
    <message>
        <source>
`odema-explorer VERBE --help` détaille les options d&apos;un verbe.
Exemple : odema-explorer import --db base.sqlite data/sinoe14_tonnage_decheterie_par_type_dechet_dept.csv
</source>
        <translation>
`odema-explorer VERB --help` details the options of a verb.
Example: odema-explorer import --db store.sqlite data/sinoe14_tonnage_decheterie_par_type_dechet_dept.csv
</translation>
    </message>
    <message>
        <source>Décrit ce que contient une base : fichiers sources, tonnes par année et niveau, par flux et par mode de traitement.
Exemple : odema-explorer info --db base.sqlite --json</source>
        <translation>Describes what a store holds: source files, tonnes per year and level, per stream and per treatment method.
Example: odema-explorer info --db store.sqlite --json</translation>
    </message>
    <message>
        <source>Base à décrire.</source>
        <translation>Store to describe.</translation>
    </message>
    <message>
        <source>Sortie JSON, pour les scripts.</source>
        <translation>JSON output, for scripts.</translation>
    </message>
    <message>
        <source>Usage : odema-explorer info --db BASE [--json]</source>
        <translation>Usage: odema-explorer info --db STORE [--json]</translation>
    </message>
    <message>
        <source>Indique où cette installation lit ses données d&apos;exemple et ses traductions, et où elle garde la base et les préférences de l&apos;utilisateur.
Exemple : odema-explorer paths</source>
        <translation>Shows where this installation reads its sample data and translations, and where it keeps the user&apos;s store and preferences.
Example: odema-explorer paths</translation>
    </message>
    <message>
        <source>(introuvable)</source>
        <translation>(not found)</translation>
    </message>
    <message>
        <source>Programme           : %1
Données d&apos;exemple   : %2
Traductions         : %3
Langue              : %4
Base par défaut     : %5
Préférences         : %6
</source>
        <translation>Program             : %1
Sample data         : %2
Translations        : %3
Language            : %4
Default store       : %5
Preferences         : %6
</translation>
    </message>
    <message>
        <source>trace un graphique en SVG, PNG ou PDF</source>
        <translation>draws a chart as SVG, PNG or PDF</translation>
    </message>
    <message>
        <source>écrit des fiches territoriales en PDF ou HTML, une ou en série</source>
        <translation>writes territory fact sheets as PDF or HTML, one or a series</translation>
    </message>
    <message>
        <source>dessine une carte des territoires (SVG, PNG ou PDF)</source>
        <translation>draws a map of the territories (SVG, PNG or PDF)</translation>
    </message>
    <message>
        <source>exporte le tableau filtré ou croisé en CSV ou XLSX</source>
        <translation>exports the filtered or pivot table as CSV or XLSX</translation>
    </message>
    <message>
        <source>Années « %1 » illisibles : écrivez 2009-2021 ou 2017.</source>
        <translation>Years “%1” not understood: write 2009-2021 or 2017.</translation>
    </message>
    <message>
        <source>Période vide : %1 est après %2.</source>
        <translation>Empty period: %1 is after %2.</translation>
    </message>
    <message>
        <source>--%1 attend un nombre positif, pas « %2 ».</source>
        <translation>--%1 expects a positive number, not “%2”.</translation>
    </message>
    <message>
        <source>Trace un graphique de la base en SVG, PNG ou PDF, sans écran.
Types : evolution, composition, traitement, comparaison, classement, trajectoire.
Exemple : odema-explorer chart --db base.sqlite --territory region:32 --kind composition --years 2009-2021 --format svg --out composition.svg</source>
        <translation>Draws a chart of the store as SVG, PNG or PDF, without a screen.
Kinds: evolution, composition, traitement, comparaison, classement, trajectoire.
Example: odema-explorer chart --db store.sqlite --territory region:32 --kind composition --years 2009-2021 --format svg --out composition.svg</translation>
    </message>
    <message>
        <source>Base à lire.</source>
        <translation>Store to read.</translation>
    </message>
    <message>
        <source>Territoire (region:32, departement:59, un nom) ; répétez-le pour en comparer plusieurs.</source>
        <translation>Territory (region:32, departement:59, a name); repeat it to compare several.</translation>
    </message>
    <message>
        <source>Type de graphique.</source>
        <translation>Chart kind.</translation>
    </message>
    <message>
        <source>Années : 2009-2021, ou une seule année.</source>
        <translation>Years: 2009-2021, or a single year.</translation>
    </message>
    <message>
        <source>Année des graphiques d&apos;une seule année (anneau, classement, plusieurs territoires).</source>
        <translation>Year of single-year charts (ring, ranking, several territories).</translation>
    </message>
    <message>
        <source>tonnes, kg_hab ou percent (selon le type).</source>
        <translation>tonnes, kg_hab or percent (depending on the kind).</translation>
    </message>
    <message>
        <source>svg, png ou pdf (sinon d&apos;après l&apos;extension de --out).</source>
        <translation>svg, png or pdf (otherwise from the extension of --out).</translation>
    </message>
    <message>
        <source>Fichier à écrire.</source>
        <translation>File to write.</translation>
    </message>
    <message>
        <source>Résolution du PNG, de 96 à 600 (300 par défaut).</source>
        <translation>PNG resolution, from 96 to 600 (300 by default).</translation>
    </message>
    <message>
        <source>Largeur en mm (160 par défaut).</source>
        <translation>Width in mm (160 by default).</translation>
    </message>
    <message>
        <source>Hauteur en mm (100 par défaut).</source>
        <translation>Height in mm (100 by default).</translation>
    </message>
    <message>
        <source>Largeur en pixels (à la résolution --dpi).</source>
        <translation>Width in pixels (at the --dpi resolution).</translation>
    </message>
    <message>
        <source>Hauteur en pixels (à la résolution --dpi).</source>
        <translation>Height in pixels (at the --dpi resolution).</translation>
    </message>
    <message>
        <source>traitement : anneau d&apos;une année au lieu des barres à 100 %.</source>
        <translation>traitement: one-year ring instead of 100 % bars.</translation>
    </message>
    <message>
        <source>evolution d&apos;un territoire : aires empilées par flux.</source>
        <translation>evolution of one territory: areas stacked by stream.</translation>
    </message>
    <message>
        <source>classement : tous les territoires du niveau en France.</source>
        <translation>classement: every territory of the level in France.</translation>
    </message>
    <message>
        <source>trajectoire : identifiant de l&apos;objectif (valorisation_dma, dma_kg_hab_trajectoire).</source>
        <translation>trajectoire: target id (valorisation_dma, dma_kg_hab_trajectoire).</translation>
    </message>
    <message>
        <source>Type de graphique « %1 » inconnu : choisissez parmi %2.</source>
        <translation>Unknown chart kind “%1”: choose among %2.</translation>
    </message>
    <message>
        <source>Format « %1 » inconnu : svg, png ou pdf.</source>
        <translation>Unknown format “%1”: svg, png or pdf.</translation>
    </message>
    <message>
        <source>Donnez --width-px et --height-px ensemble.</source>
        <translation>Give --width-px and --height-px together.</translation>
    </message>
    <message>
        <source>Mesure « %1 » inconnue : tonnes, kg_hab ou percent.</source>
        <translation>Unknown measure “%1”: tonnes, kg_hab or percent.</translation>
    </message>
    <message>
        <source>Pas de données pour cette sélection (%1, %2) : vérifiez le territoire et les années.</source>
        <translation>No data for this selection (%1, %2): check the territory and the years.</translation>
    </message>
    <message>
        <source>%1 écrit (%2).
</source>
        <translation>%1 written (%2).
</translation>
    </message>
    <message>
        <source>--kind « %1 » : écrivez collecte ou traitement.</source>
        <translation>--kind “%1”: write collecte or traitement.</translation>
    </message>
    <message>
        <source>--measure « %1 » : écrivez tonnes, kg-hab ou part.</source>
        <translation>--measure “%1”: write tonnes, kg-hab or part.</translation>
    </message>
    <message>
        <source>Exporte le tableau filtré (ou le tableau croisé) de la fenêtre en CSV ou XLSX : toutes les lignes du filtre.
Exemple : odema-explorer export --db base.sqlite --territory region:32 --years 2017-2021 --stream 02C --format xlsx --out verts.xlsx</source>
        <translation>Exports the window&apos;s filtered table (or pivot table) as CSV or XLSX: every row of the filter.
Example: odema-explorer export --db store.sqlite --territory region:32 --years 2017-2021 --stream 02C --format xlsx --out green.xlsx</translation>
    </message>
    <message>
        <source>Territoire (niveau:code comme region:32, departement:59, epci:200093201, commune:59350, ou un nom sans ambiguïté) ; répétable.</source>
        <translation>Territory (level:code such as region:32, departement:59, epci:200093201, commune:59350, or an unambiguous name); repeatable.</translation>
    </message>
    <message>
        <source>Le territoire seul, sans ceux qu&apos;il contient.</source>
        <translation>The territory alone, without those it contains.</translation>
    </message>
    <message>
        <source>Années : 2019, 2017-2021, 2017- ou -2021.</source>
        <translation>Years: 2019, 2017-2021, 2017- or -2021.</translation>
    </message>
    <message>
        <source>Flux (code SINOE comme 02C, ou libellé) ; répétable.</source>
        <translation>Stream (SINOE code such as 02C, or label); repeatable.</translation>
    </message>
    <message>
        <source>Mode de traitement (code ou libellé) ; répétable.</source>
        <translation>Treatment method (code or label); repeatable.</translation>
    </message>
    <message>
        <source>Canal de collecte (OMR, CS, DECH ou libellé) ; répétable.</source>
        <translation>Collection channel (OMR, CS, DECH or label); repeatable.</translation>
    </message>
    <message>
        <source>collecte ou traitement (par défaut : les deux).</source>
        <translation>collecte or traitement (default: both).</translation>
    </message>
    <message>
        <source>Texte cherché dans les noms et codes des territoires, flux et modes.</source>
        <translation>Text searched in the names and codes of territories, streams and methods.</translation>
    </message>
    <message>
        <source>Tableau croisé par années, lignes : territoire, flux ou mode.</source>
        <translation>Pivot table by years, rows: territoire, flux or mode.</translation>
    </message>
    <message>
        <source>Cellules du tableau croisé : tonnes (défaut), kg-hab ou part.</source>
        <translation>Pivot table cells: tonnes (default), kg-hab or part.</translation>
    </message>
    <message>
        <source>csv ou xlsx (par défaut : d&apos;après l&apos;extension de --out).</source>
        <translation>csv or xlsx (default: from the extension of --out).</translation>
    </message>
    <message>
        <source>excel (; virgule décimale, BOM ; défaut) ou rfc (, point décimal).</source>
        <translation>excel (; decimal comma, BOM; default) or rfc (, decimal point).</translation>
    </message>
    <message>
        <source>Usage : odema-explorer export --db BASE --out FICHIER [--territory T]… [--years A-B] [--stream F]… [--format csv|xlsx] (voir --help)</source>
        <translation>Usage: odema-explorer export --db STORE --out FILE [--territory T]… [--years A-B] [--stream F]… [--format csv|xlsx] (see --help)</translation>
    </message>
    <message>
        <source>Tableau croisé</source>
        <translation>Pivot table</translation>
    </message>
    <message>
        <source>%1 : tableau croisé de %2 lignes sur %3 années (%4).
</source>
        <translation>%1: pivot table of %2 rows over %3 years (%4).
</translation>
    </message>
    <message>
        <source>Flux</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>%1 : %2 lignes.
</source>
        <translation>%1: %2 rows.
</translation>
    </message>
    <message>
        <source>%1 : déjà importé (%2) ; rien n&apos;a changé.
</source>
        <translation>%1: already imported (%2); nothing changed.
</translation>
    </message>
    <message>
        <source>%1
  format      : %2 [%3]
  encodage    : %4%5
  lignes lues : %6
  enregistrées: %7
</source>
        <translation>%1
  layout      : %2 [%3]
  encoding    : %4%5
  rows read   : %6
  stored      : %7
</translation>
    </message>
    <message>
        <source>, séparateur « %1 »</source>
        <translation>, delimiter “%1”</translation>
    </message>
    <message>
        <source>  années      : %1
  territoires : %2 (%3 créés)
</source>
        <translation>  years       : %1
  territories : %2 (%3 created)
</translation>
    </message>
    <message>
        <source>  tonnes      : %1
</source>
        <translation>  tonnes      : %1
</translation>
    </message>
    <message>
        <source>  populations : %1
</source>
        <translation>  populations : %1
</translation>
    </message>
    <message>
        <source>  sha256      : %1
  durée       : %2 s
</source>
        <translation>  sha256      : %1
  duration    : %2 s
</translation>
    </message>
    <message>
        <source>  étapes      : %1
</source>
        <translation>  steps       : %1
</translation>
    </message>
    <message>
        <source>Importe des fichiers dans une base Odema (créée si besoin). Chaque fichier est importé entier ou pas du tout.
Exemple : odema-explorer import --db base.sqlite data/*.csv data/*.json</source>
        <translation>Imports files into an Odema store (created if needed). Each file is imported whole or not at all.
Example: odema-explorer import --db store.sqlite data/*.csv data/*.json</translation>
    </message>
    <message>
        <source>Base à remplir (fichier SQLite).</source>
        <translation>Store to fill (SQLite file).</translation>
    </message>
    <message>
        <source>BASE</source>
        <translation>STORE</translation>
    </message>
    <message>
        <source>ANNÉE</source>
        <translation>YEAR</translation>
    </message>
    <message>
        <source>Détaille le temps passé à chaque étape.</source>
        <translation>Details the time spent in each step.</translation>
    </message>
    <message>
        <source>fichiers</source>
        <translation>files</translation>
    </message>
    <message>
        <source>Fichiers CSV ou JSON à importer.</source>
        <translation>CSV or JSON files to import.</translation>
    </message>
    <message>
        <source>FICHIER...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>Usage : odema-explorer import --db BASE FICHIER... (voir --help)</source>
        <translation>Usage: odema-explorer import --db STORE FILE... (see --help)</translation>
    </message>
    <message>
        <source>--annee-population attend une année, par exemple 2021.</source>
        <translation>--annee-population expects a year, for example 2021.</translation>
    </message>
    <message>
        <source>--%1 attend un entier de %2 à %3, pas « %4 ».</source>
        <translation>--%1 expects a whole number from %2 to %3, not “%4”.</translation>
    </message>
    <message>
        <source>Dessine une carte des territoires d&apos;un niveau colorés selon un indicateur, en SVG, PNG ou PDF.
Niveaux : region, departement, epci, commune. Indicateurs : tonnes, kg_hab, part, population.
Exemple : odema-explorer map --db base.sqlite --level departement --within region:32 --indicator kg_hab --year 2021 --format svg --out carte.svg</source>
        <translation>Draws a map of the territories of one level coloured by an indicator, as SVG, PNG or PDF.
Levels: region, departement, epci, commune. Indicators: tonnes, kg_hab, part, population.
Example: odema-explorer map --db store.sqlite --level departement --within region:32 --indicator kg_hab --year 2021 --format svg --out map.svg</translation>
    </message>
    <message>
        <source>Niveau des territoires coloriés : region, departement, epci, commune.</source>
        <translation>Level of the coloured territories: region, departement, epci, commune.</translation>
    </message>
    <message>
        <source>Périmètre (region:32, departement:59, un nom) ; la France entière sinon.</source>
        <translation>Area (region:32, departement:59, a name); the whole of France otherwise.</translation>
    </message>
    <message>
        <source>tonnes, kg_hab (par défaut), part (d&apos;un flux ou d&apos;un mode) ou population.</source>
        <translation>tonnes, kg_hab (default), part (of a stream or a method) or population.</translation>
    </message>
    <message>
        <source>Année (par défaut la dernière année avec des données).</source>
        <translation>Year (by default the last year with data).</translation>
    </message>
    <message>
        <source>Évolution depuis cette année (en %, palette divergente).</source>
        <translation>Change since this year (in %, diverging palette).</translation>
    </message>
    <message>
        <source>Flux : codes (02A,08C) ou filières (OMR, CS, DECH), séparés par des virgules.</source>
        <translation>Streams: codes (02A,08C) or channels (OMR, CS, DECH), separated by commas.</translation>
    </message>
    <message>
        <source>Modes de traitement : codes (02A) ou groupes (valorisation, stockage) ; lit les données « traitement ».</source>
        <translation>Treatment methods: codes (02A) or groups (valorisation, stockage); reads the “traitement” data.</translation>
    </message>
    <message>
        <source>Nombre de classes, de 3 à 9 (5 par défaut).</source>
        <translation>Number of classes, from 3 to 9 (5 by default).</translation>
    </message>
    <message>
        <source>Classes : quantiles (par défaut), equal (intervalles égaux) ou jenks (seuils naturels).</source>
        <translation>Classes: quantiles (default), equal (equal intervals) or jenks (natural breaks).</translation>
    </message>
    <message>
        <source>Ajoute les installations de stockage (ISDND) en cercles proportionnels au tonnage de l&apos;année.</source>
        <translation>Adds the landfill sites (ISDND) as circles proportional to the year&apos;s tonnage.</translation>
    </message>
    <message>
        <source>Largeur en mm (180 par défaut).</source>
        <translation>Width in mm (180 by default).</translation>
    </message>
    <message>
        <source>Hauteur en mm (200 par défaut).</source>
        <translation>Height in mm (200 by default).</translation>
    </message>
    <message>
        <source>Niveau « %1 » inconnu : region, departement, epci ou commune.</source>
        <translation>Unknown level “%1”: region, departement, epci or commune.</translation>
    </message>
    <message>
        <source>Indicateur « %1 » inconnu : tonnes, kg_hab, part ou population.</source>
        <translation>Unknown indicator “%1”: tonnes, kg_hab, part or population.</translation>
    </message>
    <message>
        <source>Méthode « %1 » inconnue : quantiles, equal ou jenks.</source>
        <translation>Unknown method “%1”: quantiles, equal or jenks.</translation>
    </message>
    <message>
        <source>%1 territoires, %2 sans donnée.
</source>
        <translation>%1 territories, %2 without data.
</translation>
    </message>
    <message>
        <source>Aucune valeur pour cette sélection : la carte est entièrement hachurée.
</source>
        <translation>No value for this selection: the map is entirely hatched.
</translation>
    </message>
    <message>
        <source>[%1/%2] %3
</source>
        <translation>[%1/%2] %3
</translation>
    </message>
    <message>
        <source>  échec pour %1 : %2
</source>
        <translation>  failed for %1: %2
</translation>
    </message>
    <message>
        <source>Écrit la fiche territoriale d&apos;un territoire (PDF A4 de deux pages, et/ou HTML autonome), ou celles de tous les territoires d&apos;un niveau dans un territoire parent.
Exemples :
  odema-explorer report --db base.sqlite --territory departement:59 --year 2021 --out fiche.pdf --html fiche.html
  odema-explorer report --db base.sqlite --all-in region:32 --level departement --year 2021 --out-dir fiches/
  odema-explorer report --db base.sqlite --all-in france --level departement --single-file toutes.pdf</source>
        <translation>Writes the fact sheet of one territory (two-page A4 PDF, and/or self-contained HTML), or those of every territory of a level within a parent territory.
Examples:
  odema-explorer report --db store.sqlite --territory departement:59 --year 2021 --out sheet.pdf --html sheet.html
  odema-explorer report --db store.sqlite --all-in region:32 --level departement --year 2021 --out-dir sheets/
  odema-explorer report --db store.sqlite --all-in france --level departement --single-file all.pdf</translation>
    </message>
    <message>
        <source>Territoire de la fiche : region:32, departement:59, epci:200093201, ou un nom.</source>
        <translation>Territory of the sheet: region:32, departement:59, epci:200093201, or a name.</translation>
    </message>
    <message>
        <source>Année des données (par défaut : la dernière année avec des données pour le territoire).</source>
        <translation>Year of the data (by default: the last year with data for the territory).</translation>
    </message>
    <message>
        <source>Fichier PDF à écrire.</source>
        <translation>PDF file to write.</translation>
    </message>
    <message>
        <source>Fichier HTML à écrire (même contenu, images intégrées). En série : écrit aussi un HTML par fiche.</source>
        <translation>HTML file to write (same content, images embedded). In a series: also writes one HTML per sheet.</translation>
    </message>
    <message>
        <source>Fichier HTML à écrire pour une fiche seule.</source>
        <translation>HTML file to write for a single sheet.</translation>
    </message>
    <message>
        <source>Modèle JSON : organisation, logo, couleur d&apos;accent, texte de pied de page.</source>
        <translation>JSON template: organisation, logo, accent colour, footer text.</translation>
    </message>
    <message>
        <source>Série : territoire parent (france, region:32, departement:59…).</source>
        <translation>Series: parent territory (france, region:32, departement:59…).</translation>
    </message>
    <message>
        <source>Série : niveau des fiches (departement, epci, commune…).</source>
        <translation>Series: level of the sheets (departement, epci, commune…).</translation>
    </message>
    <message>
        <source>Série : dossier où écrire un PDF par territoire.</source>
        <translation>Series: folder where one PDF per territory is written.</translation>
    </message>
    <message>
        <source>Série : modèle de nom de fichier, avec {code}, {nom}, {niveau}, {annee} (défaut {code}_{nom}_{annee}).</source>
        <translation>Series: file name pattern, with {code}, {nom}, {niveau}, {annee} (default {code}_{nom}_{annee}).</translation>
    </message>
    <message>
        <source>Série : un seul PDF avec sommaire au lieu d&apos;un fichier par territoire.</source>
        <translation>Series: a single PDF with a table of contents instead of one file per territory.</translation>
    </message>
    <message>
        <source>Année « %1 » invalide : donnez une année comme 2021.</source>
        <translation>Invalid year “%1”: give a year such as 2021.</translation>
    </message>
    <message>
        <source>Fiche %1 (%2) écrite : %3
</source>
        <translation>Sheet %1 (%2) written: %3
</translation>
    </message>
    <message>
        <source>Niveau « %1 » inconnu : %2.</source>
        <translation>Unknown level “%1”: %2.</translation>
    </message>
    <message>
        <source>Fiches territoriales – %1, niveau %2</source>
        <translation>Territory fact sheets – %1, level %2</translation>
    </message>
    <message>
        <source>  %1 : %2
</source>
        <translation>  %1: %2
</translation>
    </message>
    <message>
        <source>Verbe inconnu : « %1 ». Verbes : %2.
`odema-explorer --help` les décrit.</source>
        <translation>Unknown verb: “%1”. Verbs: %2.
`odema-explorer --help` describes them.</translation>
    </message>
    <message>
        <source>Série : nombre de processus qui dessinent les fiches (défaut : un par cœur ; 1 = un seul).</source>
        <translation>Series: number of processes drawing the sheets (default: one per core; 1 = a single one).</translation>
    </message>
    <message>
        <source>Usage : odema-explorer report --db BASE --territory TERRITOIRE [--year ANNEE] --out FICHE.pdf [--html FICHE.html] [--template MODELE.json]
        odema-explorer report --db BASE --all-in PARENT --level NIVEAU [--year ANNEE] (--out-dir DOSSIER | --single-file FICHES.pdf) [--jobs N]</source>
        <translation>Usage: odema-explorer report --db STORE --territory TERRITORY [--year YEAR] --out SHEET.pdf [--html SHEET.html] [--template TEMPLATE.json]
       odema-explorer report --db STORE --all-in PARENT --level LEVEL [--year YEAR] (--out-dir FOLDER | --single-file SHEETS.pdf) [--jobs N]</translation>
    </message>
    <message>
        <source>--jobs attend un nombre de processus, par exemple 2.</source>
        <translation>--jobs expects a number of processes, for example 2.</translation>
    </message>
    <message numerus="yes">
        <source>Durée : %1 s (%n processus)
</source>
        <translation>
            <numerusform>Time: %1 s (%n process)
</numerusform>
            <numerusform>Time: %1 s (%n processes)
</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage : odema-explorer chart --db BASE (--territory TERRITOIRE --kind TYPE | --view VUE) [--years 2009-2021] --out FICHIER [--format svg|png|pdf] [--dpi 300] [--width-mm L --height-mm H]</source>
        <translation>Usage: odema-explorer chart --db STORE (--territory TERRITORY --kind KIND | --view VIEW) [--years 2009-2021] --out FILE [--format svg|png|pdf] [--dpi 300] [--width-mm W --height-mm H]</translation>
    </message>
    <message>
        <source>Usage : odema-explorer map --db BASE (--level NIVEAU | --view VUE) [--within TERRITOIRE] [--indicator kg_hab] [--year 2021] --out FICHIER [--format svg|png|pdf] [--dpi 300]</source>
        <translation>Usage: odema-explorer map --db STORE (--level LEVEL | --view VIEW) [--within TERRITORY] [--indicator kg_hab] [--year 2021] --out FILE [--format svg|png|pdf] [--dpi 300]</translation>
    </message>
    <message>
        <source>La vue %1 ne choisit aucun territoire : donnez --territory.</source>
        <translation>The view %1 selects no territory: give --territory.</translation>
    </message>
    <message>
        <source>Vue enregistrée dans la fenêtre (Fichier › Enregistrer la vue) : territoires, années, flux, options ; les autres options la précisent.</source>
        <translation>View saved in the window (File › Save view): territories, years, streams, options; the other options refine it.</translation>
    </message>
    <message>
        <source>La vue %1 ne peut pas être rétablie sur cette base ; rien n&apos;a été écrit.</source>
        <translation>The view %1 cannot be restored on this store; nothing was written.</translation>
    </message>
    <message>
        <source>  remplacées : %1 lignes d&apos;un autre export des mêmes tranches (annulable dans l&apos;historique)
</source>
        <translation>  replaced: %1 rows of another export of the same slices (can be undone in the history)
</translation>
    </message>
    <message>
        <source>Année des populations des fichiers qui n&apos;en donnent aucune, ni en colonne ni dans leur nom (populations légales INSEE, liste des EPCI). Un fichier qui porte son année la garde.</source>
        <translation>Year of the populations of files that give none, neither in a column nor in their name (INSEE legal populations, EPCI list). A file that carries its year keeps it.</translation>
    </message>
    <message>
        <source>Applique une révision : les tranches (jeu de données × territoire × année) qu&apos;un autre export a déjà mises dans la base sont remplacées en entier. Sans cette option, un tel import est refusé et la liste des changements affichée.</source>
        <translation>Applies a revision: the slices (data set × territory × year) that another export already put in the store are replaced whole. Without this option, such an import is refused and the list of changes is shown.</translation>
    </message>
    <message>
        <source>Jeu de données d&apos;un fichier dont l&apos;en-tête ne dit pas lequel, par exemple sinoe-chiffres-cles-dma-hg (chiffres clés DMA hors gravats) ou sinoe-chiffres-cles-dma-ag.</source>
        <translation>Data set of a file whose header does not say which, for example sinoe-chiffres-cles-dma-hg (DMA key figures excluding rubble) or sinoe-chiffres-cles-dma-ag.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>  avertissements : %1 (valeurs acceptées, ce qui a été supposé est dit pour chacune)
</source>
        <translation>  warnings    : %1 (values accepted, what was assumed is said for each)
</translation>
    </message>
    <message>
        <source>calcule les indicateurs du catalogue par territoire et année (JSON ou CSV)</source>
        <translation>computes the catalogue&apos;s indicators per territory and year (JSON or CSV)</translation>
    </message>
    <message>
        <source>Calcule les indicateurs du catalogue (resources/indicators.json) par territoire et par année : valeur, unité, numérateur, dénominateur, population et sa base, jeu de données utilisé, et la valeur publiée par l&apos;ADEME quand un fichier importé la donne.
Exemple : odema-explorer indicators --db base.sqlite --territory departement:59 --territory region:32 --years 2009-2021 --format csv</source>
        <translation>Computes the indicators of the catalogue (resources/indicators.json) per territory and year: value, unit, numerator, denominator, population and its basis, data set used, and ADEME&apos;s published value when an imported file gives it.
Example: odema-explorer indicators --db store.sqlite --territory departement:59 --territory region:32 --years 2009-2021 --format csv</translation>
    </message>
    <message>
        <source>Territoire (region:32, departement:59, un nom…) ; répétable.</source>
        <translation>Territory (region:32, departement:59, a name…); repeatable.</translation>
    </message>
    <message>
        <source>Années : 2019, 2009-2021.</source>
        <translation>Years: 2019, 2009-2021.</translation>
    </message>
    <message>
        <source>Indicateur du catalogue (dma_kg_hg…) ; répétable ; par défaut tous.</source>
        <translation>Indicator of the catalogue (dma_kg_hg…); repeatable; all by default.</translation>
    </message>
    <message>
        <source>estimation (INSEE), legale (population municipale) ou source (population du fichier ADEME) ; par défaut celle de la base.</source>
        <translation>estimation (INSEE), legale (municipal population) or source (population of the ADEME file); the store&apos;s by default.</translation>
    </message>
    <message>
        <source>json ou csv (par défaut : csv).</source>
        <translation>json or csv (default: csv).</translation>
    </message>
    <message>
        <source>Liste les indicateurs du catalogue et leur définition.</source>
        <translation>Lists the indicators of the catalogue and their definitions.</translation>
    </message>
    <message>
        <source>Usage : odema-explorer indicators --db BASE --territory T… --years A-B [--indicator ID…] [--population-basis estimation|legale|source] [--format json|csv] (voir --help)</source>
        <translation>Usage: odema-explorer indicators --db STORE --territory T… --years A-B [--indicator ID…] [--population-basis estimation|legale|source] [--format json|csv] (see --help)</translation>
    </message>
    <message>
        <source>Format « %1 » inconnu : écrivez json ou csv.</source>
        <translation>Unknown format “%1”: write json or csv.</translation>
    </message>
    <message>
        <source>--years demande une première et une dernière année (2009-2021).</source>
        <translation>--years needs a first and a last year (2009-2021).</translation>
    </message>
    <message>
        <source>Base de population « %1 » inconnue : écrivez estimation, legale ou source.</source>
        <translation>Unknown population basis “%1”: write estimation, legale or source.</translation>
    </message>
    <message>
        <source>Indicateur « %1 » inconnu ; indicateurs du catalogue : %2.</source>
        <translation>Unknown indicator “%1”; indicators of the catalogue: %2.</translation>
    </message>
    <message>
        <source>Quand un autre import écrit dans la base : secondes à attendre qu&apos;il finisse, en le disant, avant de renoncer (%1 par défaut).</source>
        <translation>When another import is writing to the store: seconds to wait for it to finish, saying so, before giving up (%1 by default).</translation>
    </message>
    <message>
        <source>SECONDES</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>--attente attend un nombre de secondes, par exemple 60.</source>
        <translation>--wait expects a number of seconds, for example 60.</translation>
    </message>
    <message>
        <source>« %1 » était un fichier vide (0 octet) : il est devenu une nouvelle base Odema.
</source>
        <translation>“%1” was an empty file (0 bytes): it is now a new Odema store.
</translation>
    </message>
    <message>
        <source>Contrôle la qualité des chiffres d&apos;une base : jeux de données qui décrivent les mêmes tonnes et ne s&apos;accordent pas, ratio publié différent de celui que donnent son tonnage et sa population, territoire et territoires contenus, ruptures de série, flux qui apparaissent ou disparaissent, années manquantes, tonnes sans population, codes inconnus.
Code de sortie : 0 si rien au-dessus d&apos;une information, 1 sinon, 2 pour une erreur d&apos;usage.
Exemple : odema-explorer check --db base.sqlite --territory region:32 --years 2009-2021 --format text</source>
        <translation>Checks the quality of a store&apos;s figures: data sets describing the same tonnes that disagree, a published ratio differing from the one its tonnage and population give, a territory against the territories it contains, breaks in a series, streams appearing or vanishing, missing years, tonnes without population, unknown codes.
Exit status: 0 when nothing above information, 1 otherwise, 2 on a usage error.
Example: odema-explorer check --db store.sqlite --territory region:32 --years 2009-2021 --format text</translation>
    </message>
    <message>
        <source>Territoire (region:32, departement:59, un nom…), avec ceux qu&apos;il contient ; répétable ; par défaut tous.</source>
        <translation>Territory (region:32, departement:59, a name…), with those it contains; repeatable; all by default.</translation>
    </message>
    <message>
        <source>Années : 2019, 2009-2021 ; par défaut toutes.</source>
        <translation>Years: 2019, 2009-2021; all by default.</translation>
    </message>
    <message>
        <source>Variation d&apos;une année sur l&apos;autre signalée comme rupture, en % (par défaut : 20).</source>
        <translation>Year-on-year change reported as a break, in % (default: 20).</translation>
    </message>
    <message>
        <source>text, json ou csv (par défaut : text).</source>
        <translation>text, json or csv (default: text).</translation>
    </message>
    <message>
        <source>Usage : odema-explorer check --db BASE [--territory T…] [--years A-B] [--threshold POURCENT] [--format text|json|csv] (voir --help)</source>
        <translation>Usage: odema-explorer check --db STORE [--territory T…] [--years A-B] [--threshold PERCENT] [--format text|json|csv] (see --help)</translation>
    </message>
    <message>
        <source>Format « %1 » inconnu : écrivez text, json ou csv.</source>
        <translation>Unknown format “%1”: write text, json or csv.</translation>
    </message>
    <message>
        <source>--years demande une année ou une première et une dernière année (2009-2021), pas « %1 ».</source>
        <translation>--years needs a year or a first and a last year (2009-2021), not “%1”.</translation>
    </message>
    <message>
        <source>--threshold demande un pourcentage positif (20), pas « %1 ».</source>
        <translation>--threshold needs a positive percentage (20), not “%1”.</translation>
    </message>
    <message>
        <source>contrôle la qualité des chiffres d&apos;une base (texte, JSON ou CSV)</source>
        <translation>checks the quality of a store&apos;s figures (text, JSON or CSV)</translation>
    </message>
    <message numerus="yes">
        <source>%n constat(s) — erreurs : %1, avertissements : %2, informations : %3.
</source>
        <translation>
            <numerusform>%n finding — errors: %1, warnings: %2, information: %3.
</numerusform>
            <numerusform>%n findings — errors: %1, warnings: %2, information: %3.
</numerusform>
        </translation>
    </message>
    <message>
        <source>crée les rôles d&apos;une base partagée PostgreSQL, ou affiche leur script SQL</source>
        <translation>creates the roles of a shared PostgreSQL store, or prints their SQL script</translation>
    </message>
    <message>
        <source>« %1 » est une base SQLite : elle n&apos;a qu&apos;un utilisateur à la fois et pas de rôles. Les rôles concernent une base partagée, --db postgresql://UTILISATEUR@HÔTE/BASE.</source>
        <translation>“%1” is a SQLite store: it has one user at a time and no roles. Roles are for a shared store, --db postgresql://USER@HOST/DATABASE.</translation>
    </message>
    <message>
        <source>Les trois rôles d&apos;une base partagée PostgreSQL : odema_lecture (lire), odema_import (importer, annuler un import), odema_admin (créer et migrer le schéma). Sans --apply, affiche le script SQL à passer avec psql.
Exemple : odema-explorer roles --db postgresql://postgres@serveur/odema --apply</source>
        <translation>The three roles of a shared PostgreSQL store: odema_lecture (read), odema_import (import, undo an import), odema_admin (create and migrate the schema). Without --apply, prints the SQL script to run with psql.
Example: odema-explorer roles --db postgresql://postgres@server/odema --apply</translation>
    </message>
    <message>
        <source>Base partagée où créer les rôles (avec --apply).</source>
        <translation>Shared store where the roles are created (with --apply).</translation>
    </message>
    <message>
        <source>Crée les rôles et le schéma (un superutilisateur, ou le propriétaire de la base avec CREATEROLE).</source>
        <translation>Creates the roles and the schema (a superuser, or the database owner with CREATEROLE).</translation>
    </message>
    <message>
        <source>Usage : odema-explorer roles --db postgresql://UTILISATEUR@HÔTE/BASE --apply</source>
        <translation>Usage: odema-explorer roles --db postgresql://USER@HOST/DATABASE --apply</translation>
    </message>
    <message>
        <source>Rôles %1, %2 et %3 prêts, avec le schéma « %4 ». Donnez à chaque personne un rôle de connexion, par exemple :
  CREATE ROLE marie LOGIN PASSWORD &apos;…&apos; IN ROLE %2;
</source>
        <translation>Roles %1, %2 and %3 are ready, with the schema “%4”. Give each person a login role, for instance:
  CREATE ROLE marie LOGIN PASSWORD &apos;…&apos; IN ROLE %2;
</translation>
    </message>
</context>
<context>
    <name>DataSet</name>
    <message>
        <source>Catalogue des jeux de données introuvable dans les ressources de l&apos;application.</source>
        <translation>Data set catalogue not found in the application&apos;s resources.</translation>
    </message>
    <message>
        <source>par type de traitement</source>
        <translation>by treatment type</translation>
    </message>
    <message>
        <source>par type de déchet</source>
        <translation>by waste type</translation>
    </message>
    <message>
        <source>Jeu de données « %1 » inconnu de cette base.</source>
        <translation>Data set “%1” is unknown to this store.</translation>
    </message>
    <message>
        <source>Jeu de données ajouté : %1 (%2)</source>
        <translation>Data set added: %1 (%2)</translation>
    </message>
    <message>
        <source>sans famille de codes</source>
        <translation>without code family</translation>
    </message>
    <message>
        <source>codes %1x</source>
        <translation>codes %1x</translation>
    </message>
    <message>
        <source>SINOE® – tonnages %1 (%2)</source>
        <translation>SINOE® – tonnages %1 (%2)</translation>
    </message>
    <message>
        <source>population (%1) de %2 pour %3 absente de la base</source>
        <translation>population (%1) of %2 for %3 missing from the store</translation>
    </message>
    <message>
        <source>par traitement</source>
        <translation>by treatment</translation>
    </message>
    <message>
        <source>par type de collecte</source>
        <translation>by collection type</translation>
    </message>
    <message>
        <source>chiffres clés</source>
        <translation>key figures</translation>
    </message>
    <message>
        <source>performances de collecte</source>
        <translation>collection performance</translation>
    </message>
    <message>
        <source>DMA</source>
        <translation>DMA</translation>
    </message>
    <message>
        <source>OMA</source>
        <translation>OMA</translation>
    </message>
    <message>
        <source>déchèteries</source>
        <translation>recycling centres</translation>
    </message>
    <message>
        <source>population</source>
        <translation>population</translation>
    </message>
    <message>
        <source>autres déchets</source>
        <translation>other waste</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Format « %1 » inconnu : écrivez csv ou xlsx.</source>
        <translation>Unknown format “%1”: write csv or xlsx.</translation>
    </message>
    <message>
        <source>Style CSV « %1 » inconnu : écrivez excel ou rfc.</source>
        <translation>Unknown CSV style “%1”: write excel or rfc.</translation>
    </message>
    <message>
        <source>Export annulé : aucun fichier n&apos;a été écrit.</source>
        <translation>Export cancelled: no file was written.</translation>
    </message>
    <message>
        <source>Tableau croisé</source>
        <translation>Pivot table</translation>
    </message>
    <message>
        <source>Flux</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire « %1 » : %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Écriture de « %1 » interrompue : %2</source>
        <translation>Writing “%1” interrupted: %2</translation>
    </message>
    <message>
        <source>Impossible de préparer le classeur « %1 » (dossier temporaire).</source>
        <translation>Cannot prepare the workbook “%1” (temporary folder).</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le classeur « %1 ».</source>
        <translation>Cannot write the workbook “%1”.</translation>
    </message>
    <message>
        <source>Données</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Écriture du classeur « %1 » interrompue.</source>
        <translation>Writing the workbook “%1” interrupted.</translation>
    </message>
    <message>
        <source>Plus de %1 lignes : une feuille Excel ne peut pas les contenir ; exportez en CSV ou resserrez les filtres.</source>
        <translation>More than %1 rows: an Excel sheet cannot hold them; export as CSV or narrow the filters.</translation>
    </message>
    <message>
        <source>Le dossier de « %1 » n&apos;existe pas.</source>
        <translation>The folder of “%1” does not exist.</translation>
    </message>
</context>
<context>
    <name>FactSheet</name>
    <message>
        <source>régions</source>
        <translation>regions</translation>
    </message>
    <message>
        <source>départements</source>
        <translation>départements</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>syndicats</source>
        <translation>waste syndicates</translation>
    </message>
    <message>
        <source>communes</source>
        <translation>communes</translation>
    </message>
    <message>
        <source>de France métropolitaine</source>
        <translation>in metropolitan France</translation>
    </message>
    <message>
        <source>de France</source>
        <translation>in France</translation>
    </message>
    <message>
        <source>de la région %1</source>
        <translation>in the %1 région</translation>
    </message>
    <message>
        <source>du département %1</source>
        <translation>in the %1 département</translation>
    </message>
    <message>
        <source>de l&apos;EPCI %1</source>
        <translation>in the EPCI %1</translation>
    </message>
    <message>
        <source>du syndicat %1</source>
        <translation>in the syndicat %1</translation>
    </message>
    <message>
        <source>Parmi les %1</source>
        <translation>Among the %1</translation>
    </message>
</context>
<context>
    <name>FactSheetSeriesDialog</name>
    <message>
        <source>Échec pour %1 : %2</source>
        <translation>Failed for %1: %2</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>un dossier</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>un tube nommé (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>un périphérique</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>une socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>un fichier spécial</source>
        <translation>a special file</translation>
    </message>
    <message>
        <source>« %1 » est %2, pas un fichier ordinaire : il n&apos;a pas été lu. Donnez le chemin d&apos;un fichier enregistré sur le disque.</source>
        <translation>“%1” is %2, not a regular file: it was not read. Give the path of a file saved on disk.</translation>
    </message>
</context>
<context>
    <name>FilterChoices</name>
    <message>
        <source>%1 « %2 » inconnu. Possibles : %3</source>
        <translation>Unknown %1 “%2”. Possible: %3</translation>
    </message>
    <message>
        <source>Déchèterie</source>
        <translation>Recycling centre</translation>
    </message>
    <message>
        <source>Ordures ménagères et assimilées (OMA)</source>
        <translation>Household and similar refuse (OMA)</translation>
    </message>
    <message>
        <source>Déchets ménagers et assimilés (DMA)</source>
        <translation>Household and similar waste (DMA)</translation>
    </message>
    <message>
        <source>Autres</source>
        <translation>Others</translation>
    </message>
    <message>
        <source>Flux</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Mode de traitement</source>
        <translation>Treatment method</translation>
    </message>
    <message>
        <source>Canal de collecte</source>
        <translation>Collection channel</translation>
    </message>
</context>
<context>
    <name>FlowQuery</name>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Flux</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Mode de traitement</source>
        <translation>Treatment method</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>Tonnes</translation>
    </message>
    <message>
        <source>kg/hab</source>
        <translation>kg/inh.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>traitement</source>
        <translation>treatment</translation>
    </message>
    <message>
        <source>collecte</source>
        <translation>collection</translation>
    </message>
    <message>
        <source>Années « %1 » illisibles : écrivez 2019, 2017-2021, 2017- ou -2021.</source>
        <translation>Years “%1” not understood: write 2019, 2017-2021, 2017- or -2021.</translation>
    </message>
    <message>
        <source>Années « %1 » : la première dépasse la seconde.</source>
        <translation>Years “%1”: the first is after the second.</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (non additionnés : ces jeux de données se recouvrent ou décrivent les mêmes déchets)</source>
        <translation>%1 (not added: these data sets overlap or describe the same waste)</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Import annulé : la base n&apos;a pas été modifiée.</source>
        <translation>Import cancelled: the store was not changed.</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) problème(s)</source>
        <translation>
            <numerusform>… and %n other problem</numerusform>
            <numerusform>… and %n other problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Cette installation de Qt ne sait pas lire l&apos;encodage %1.</source>
        <translation>This Qt installation cannot read the %1 encoding.</translation>
    </message>
    <message>
        <source>Données d&apos;exemple introuvables dans « %1 ».</source>
        <translation>No sample data found in “%1”.</translation>
    </message>
    <message>
        <source>Cet import n&apos;existe plus dans la base.</source>
        <translation>This import no longer exists in the store.</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Impossible de lire « %1 » : %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>%1, importé le %2</source>
        <translation>%1, imported on %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 refusé : %n problème(s) ; la base n&apos;a pas été modifiée.</source>
        <translation>
            <numerusform>%1 refused: %n problem; the store was not changed.</numerusform>
            <numerusform>%1 refused: %n problems; the store was not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : fichier JSON de plus de 256 Mo, refusé.</source>
        <translation>%1: JSON file larger than 256 MB, refused.</translation>
    </message>
    <message>
        <source>%1 : structure JSON non reconnue.</source>
        <translation>%1: JSON structure not recognised.</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) écartée(s) à la demande.</source>
        <translation>
            <numerusform>%n row set aside on request.</numerusform>
            <numerusform>%n rows set aside on request.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Aucun des %2 fichiers n&apos;a été importé : la base est telle qu&apos;avant (arrêt sur « %3 »).</source>
        <translation>%1
None of the %2 files was imported: the store is as it was before (stopped at “%3”).</translation>
    </message>
    <message>
        <source>Territoire (code)</source>
        <translation>Territory (code)</translation>
    </message>
    <message>
        <source>Flux (type de déchet)</source>
        <translation>Stream (waste type)</translation>
    </message>
    <message>
        <source>Mode de traitement</source>
        <translation>Treatment method</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>Tonnes</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Donnez un nom à la correspondance de colonnes pour l&apos;enregistrer.</source>
        <translation>Give the column mapping a name to save it.</translation>
    </message>
    <message>
        <source>Lecture impossible de %1 : %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>octets illisibles en %1 (fichier aux encodages mélangés ?) ; réenregistrez-le en UTF-8.</source>
        <translation>bytes unreadable as %1 (file with mixed encodings?); save it again as UTF-8.</translation>
    </message>
    <message>
        <source>champ de plus de %1 caractères (guillemet non fermé ?)</source>
        <translation>field longer than %1 characters (unclosed quote?)</translation>
    </message>
    <message>
        <source>champ de plus de %1 caractères</source>
        <translation>field longer than %1 characters</translation>
    </message>
    <message>
        <source>ligne de plus de %1 caractères</source>
        <translation>line longer than %1 characters</translation>
    </message>
    <message>
        <source>fin de fichier dans un champ entre guillemets (fichier tronqué ?)</source>
        <translation>end of file inside a quoted field (truncated file?)</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) de département sans zéro initial réparé(s) (ex. « 1 » → « 01 »).</source>
        <translation>
            <numerusform>%n département code missing its leading zero repaired (e.g. “1” → “01”).</numerusform>
            <numerusform>%n département codes missing their leading zero repaired (e.g. “1” → “01”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) sans tonnage (cellule vide) ignorée(s) : non déclaré n&apos;est pas zéro.</source>
        <translation>
            <numerusform>%n row without tonnage (empty cell) skipped: not declared is not zero.</numerusform>
            <numerusform>%n rows without tonnage (empty cell) skipped: not declared is not zero.</numerusform>
        </translation>
    </message>
    <message>
        <source>année vide</source>
        <translation>empty year</translation>
    </message>
    <message>
        <source>année illisible « %1 »</source>
        <translation>unreadable year “%1”</translation>
    </message>
    <message>
        <source>tonnage illisible « %1 »</source>
        <translation>unreadable tonnage “%1”</translation>
    </message>
    <message>
        <source>SIREN d&apos;EPCI invalide « %1 » (9 chiffres attendus)</source>
        <translation>invalid EPCI SIREN “%1” (9 digits expected)</translation>
    </message>
    <message>
        <source>code de département vide</source>
        <translation>empty département code</translation>
    </message>
    <message>
        <source>code de territoire invalide « %1 » pour le niveau %2</source>
        <translation>invalid territory code “%1” for level %2</translation>
    </message>
    <message>
        <source>canal inconnu « %1 » (OMR, CS ou DECH attendu)</source>
        <translation>unknown channel “%1” (OMR, CS or DECH expected)</translation>
    </message>
    <message>
        <source>code de type de déchet vide</source>
        <translation>empty waste type code</translation>
    </message>
    <message>
        <source>type de déchet vide</source>
        <translation>empty waste type</translation>
    </message>
    <message>
        <source>code de mode de traitement vide</source>
        <translation>empty treatment method code</translation>
    </message>
    <message numerus="yes">
        <source>%n contour(s) de niveau « %1 ».</source>
        <translation>
            <numerusform>%n boundary of level “%1”.</numerusform>
            <numerusform>%n boundaries of level “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contour(s) d&apos;anciennes communes rattaché(s) à la commune actuelle (communes déléguées ou associées du COG) : %1.</source>
        <translation>
            <numerusform>%n boundary of a former commune attached to the current commune (delegated or associated communes of the COG): %1.</numerusform>
            <numerusform>%n boundaries of former communes attached to the current commune (delegated or associated communes of the COG): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contour(s) sans territoire actuel (code absent du COG et de la liste des anciennes communes), affiché(s) hachuré(s) sur la carte : %1.</source>
        <translation>
            <numerusform>%n boundary without a current territory (code missing from the COG and from the list of former communes), shown hatched on the map: %1.</numerusform>
            <numerusform>%n boundaries without a current territory (code missing from the COG and from the list of former communes), shown hatched on the map: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Région (code)</source>
        <translation>Region (code)</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Département (code)</source>
        <translation>Département (code)</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>Flux (code)</source>
        <translation>Stream (code)</translation>
    </message>
    <message>
        <source>Flux</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Mode (code)</source>
        <translation>Method (code)</translation>
    </message>
    <message>
        <source>EPCI (SIREN)</source>
        <translation>EPCI (SIREN)</translation>
    </message>
    <message>
        <source>Type de commune</source>
        <translation>Commune type</translation>
    </message>
    <message>
        <source>Commune (code)</source>
        <translation>Commune (code)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Commune parente</source>
        <translation>Parent commune</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Population municipale</source>
        <translation>Municipal population</translation>
    </message>
    <message>
        <source>Population totale</source>
        <translation>Total population</translation>
    </message>
    <message>
        <source>JSON (reconnu à l&apos;import)</source>
        <translation>JSON (recognised on import)</translation>
    </message>
    <message>
        <source>%1:1:1: fichier vide.</source>
        <translation>%1:1:1: empty file.</translation>
    </message>
    <message>
        <source>%1:1:1: classeur Excel 97-2003 (.xls) : enregistrez-le au format .xlsx ou CSV (UTF-8).</source>
        <translation>%1:1:1: Excel 97-2003 workbook (.xls): save it as .xlsx or CSV (UTF-8).</translation>
    </message>
    <message>
        <source>%1:1:1: fichier binaire (tableur ? archive ?) : exportez-le en CSV (UTF-8).</source>
        <translation>%1:1:1: binary file (spreadsheet? archive?): export it as CSV (UTF-8).</translation>
    </message>
    <message>
        <source>%1 : la ligne d&apos;en-tête %2 est au-delà de la fin du fichier.</source>
        <translation>%1: header line %2 is beyond the end of the file.</translation>
    </message>
    <message>
        <source>%1:%2:1: format de fichier non reconnu. Colonnes trouvées : %3.</source>
        <translation>%1:%2:1: file layout not recognised. Columns found: %3.</translation>
    </message>
    <message>
        <source>Formats connus :</source>
        <translation>Known layouts:</translation>
    </message>
    <message>
        <source>Populations des EPCI non enregistrées : leur année n&apos;est ni dans le fichier ni dans son nom (option --annee-population).</source>
        <translation>EPCI populations not stored: their year is neither in the file nor in its name (option --annee-population).</translation>
    </message>
    <message numerus="yes">
        <source>%n installation(s) de stockage (ISDND).</source>
        <translation>
            <numerusform>%n landfill site (ISDND).</numerusform>
            <numerusform>%n landfill sites (ISDND).</numerusform>
        </translation>
    </message>
    <message>
        <source>JSON invalide (%1)</source>
        <translation>Invalid JSON (%1)</translation>
    </message>
    <message>
        <source>%1 : l&apos;année de ces populations n&apos;est ni dans le fichier ni dans son nom ; indiquez-la (option --annee-population 2021, ou renommez le fichier en y mettant l&apos;année).</source>
        <translation>%1: the year of these populations is neither in the file nor in its name; give it (option --annee-population 2021, or rename the file to include the year).</translation>
    </message>
    <message>
        <source>Populations enregistrées pour l&apos;année %1.</source>
        <translation>Populations stored for the year %1.</translation>
    </message>
    <message>
        <source>population illisible « %1 »</source>
        <translation>unreadable population “%1”</translation>
    </message>
    <message>
        <source>code commune vide</source>
        <translation>empty commune code</translation>
    </message>
    <message>
        <source>code commune invalide « %1 »</source>
        <translation>invalid commune code “%1”</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire les lignes écartées dans « %1 » : %2</source>
        <translation>Cannot write the rows set aside to “%1”: %2</translation>
    </message>
    <message>
        <source>ligne</source>
        <translation>line</translation>
    </message>
    <message>
        <source>Impossible d&apos;enregistrer « %1 » : %2</source>
        <translation>Cannot save “%1”: %2</translation>
    </message>
    <message>
        <source>%1 : classeur .xlsx illisible (%2).</source>
        <translation>%1: unreadable .xlsx workbook (%2).</translation>
    </message>
    <message>
        <source>entrée %1 illisible</source>
        <translation>unreadable entry %1</translation>
    </message>
    <message>
        <source>archive ZIP illisible</source>
        <translation>unreadable ZIP archive</translation>
    </message>
    <message>
        <source>feuille « %1 » absente de l&apos;archive</source>
        <translation>sheet “%1” missing from the archive</translation>
    </message>
    <message>
        <source>plus de %1 colonnes</source>
        <translation>more than %1 columns</translation>
    </message>
    <message>
        <source>référence à un texte partagé inexistant (%1)</source>
        <translation>reference to a missing shared string (%1)</translation>
    </message>
    <message>
        <source>VRAI</source>
        <translation>TRUE</translation>
    </message>
    <message>
        <source>FAUX</source>
        <translation>FALSE</translation>
    </message>
    <message>
        <source>archive ZIP illisible ou tronquée</source>
        <translation>unreadable or truncated ZIP archive</translation>
    </message>
    <message>
        <source>pas de xl/workbook.xml : ce n&apos;est pas un classeur Excel</source>
        <translation>no xl/workbook.xml: this is not an Excel workbook</translation>
    </message>
    <message>
        <source>aucune feuille de calcul</source>
        <translation>no worksheet</translation>
    </message>
    <message>
        <source>%1 : pas de feuille « %2 » (feuilles : %3).</source>
        <translation>%1: no sheet “%2” (sheets: %3).</translation>
    </message>
    <message>
        <source>Copie de la base d&apos;exemple « %1 » impossible : %2</source>
        <translation>Cannot copy the sample store “%1”: %2</translation>
    </message>
    <message>
        <source>Copie de la base d&apos;exemple vers « %1 » impossible.</source>
        <translation>Cannot copy the sample store to “%1”.</translation>
    </message>
    <message>
        <source>import de %1</source>
        <translation>import of %1</translation>
    </message>
    <message>
        <source>annulation d&apos;un import</source>
        <translation>undoing an import</translation>
    </message>
    <message numerus="yes">
        <source>import de %n fichier(s)</source>
        <translation>
            <numerusform>import of %n file</numerusform>
            <numerusform>import of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) de nomenclature enregistré(s).</source>
        <translation>
            <numerusform>%n nomenclature code recorded.</numerusform>
            <numerusform>%n nomenclature codes recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>code vide</source>
        <translation>empty code</translation>
    </message>
    <message>
        <source>libellé vide</source>
        <translation>empty label</translation>
    </message>
    <message numerus="yes">
        <source>%n tonnage(s) plus fin(s) que le gramme arrondi(s) au gramme (au plus proche, la moitié s&apos;éloignant de zéro).</source>
        <translation>
            <numerusform>%n tonnage finer than a gram rounded to the gram (to nearest, half away from zero).</numerusform>
            <numerusform>%n tonnages finer than a gram rounded to the gram (to nearest, half away from zero).</numerusform>
        </translation>
    </message>
    <message>
        <source>type de collecte vide</source>
        <translation>empty collection type</translation>
    </message>
    <message>
        <source>tonnage %1 vide alors que l&apos;autre colonne est remplie : impossible de séparer les gravats</source>
        <translation>tonnage %1 empty while the other column is filled: the rubble cannot be separated</translation>
    </message>
    <message>
        <source>avec gravats</source>
        <translation>including rubble</translation>
    </message>
    <message>
        <source>hors gravats</source>
        <translation>excluding rubble</translation>
    </message>
    <message>
        <source>tonnage avec gravats (%1 t) inférieur au tonnage hors gravats (%2 t)</source>
        <translation>tonnage including rubble (%1 t) lower than the tonnage excluding rubble (%2 t)</translation>
    </message>
    <message>
        <source>Gravats – %1</source>
        <translation>Rubble – %1</translation>
    </message>
    <message>
        <source>Populations de l&apos;année %1, celle du nom du fichier : l&apos;option --annee-population %2 ne vaut que pour les fichiers sans année.</source>
        <translation>Populations of year %1, the one in the file name: the option --annee-population %2 applies only to files without a year.</translation>
    </message>
    <message>
        <source>Tonnes hors gravats</source>
        <translation>Tonnes excluding rubble</translation>
    </message>
    <message>
        <source>Ratio publié (kg/hab)</source>
        <translation>Published ratio (kg/inhab.)</translation>
    </message>
    <message>
        <source>Kilogrammes</source>
        <translation>Kilograms</translation>
    </message>
    <message>
        <source>Population desservie</source>
        <translation>Population served</translation>
    </message>
    <message>
        <source>Déchèteries</source>
        <translation>Recycling centres</translation>
    </message>
    <message>
        <source>Déchèteries ouvertes aux professionnels</source>
        <translation>Recycling centres open to businesses</translation>
    </message>
    <message>
        <source>Communes desservies</source>
        <translation>Municipalities served</translation>
    </message>
    <message>
        <source>Communes par déchèterie</source>
        <translation>Municipalities per recycling centre</translation>
    </message>
    <message>
        <source>Habitants par déchèterie</source>
        <translation>Inhabitants per recycling centre</translation>
    </message>
    <message>
        <source>Couverture de la population (%)</source>
        <translation>Population coverage (%)</translation>
    </message>
    <message>
        <source>Visites</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Visites par habitant</source>
        <translation>Visits per inhabitant</translation>
    </message>
    <message>
        <source>Kilogrammes par visite</source>
        <translation>Kilograms per visit</translation>
    </message>
    <message>
        <source>Famille (code)</source>
        <translation>Family (code)</translation>
    </message>
    <message>
        <source>Code parent</source>
        <translation>Parent code</translation>
    </message>
    <message>
        <source>Libellé</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Libellé long</source>
        <translation>Long label</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Valide depuis</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <source>Valide jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Installation (code)</source>
        <translation>Installation (code)</translation>
    </message>
    <message>
        <source>Code postal</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Date d&apos;ouverture</source>
        <translation>Opening date</translation>
    </message>
    <message>
        <source>Mode de gestion</source>
        <translation>Management mode</translation>
    </message>
    <message>
        <source>X (Web Mercator)</source>
        <translation>X (Web Mercator)</translation>
    </message>
    <message>
        <source>Y (Web Mercator)</source>
        <translation>Y (Web Mercator)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Exploitant</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Capacité (t/an)</source>
        <translation>Capacity (t/year)</translation>
    </message>
    <message>
        <source>Type d&apos;installation</source>
        <translation>Installation type</translation>
    </message>
    <message>
        <source>SINOE® – Annuaire des installations %1</source>
        <translation>SINOE® – Directory of installations %1</translation>
    </message>
    <message numerus="yes">
        <source>%n installation(s) %1 enregistrée(s) avec leur position et leur capacité.</source>
        <translation>
            <numerusform>%n %1 installation recorded with its position and capacity.</numerusform>
            <numerusform>%n %1 installations recorded with their position and capacity.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n position(s) calculée(s) depuis les coordonnées Web Mercator du fichier (sans latitude/longitude).</source>
        <translation>
            <numerusform>%n position computed from the file&apos;s Web Mercator coordinates (no latitude/longitude).</numerusform>
            <numerusform>%n positions computed from the file&apos;s Web Mercator coordinates (no latitude/longitude).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n installation(s) sans position utilisable : absentes de la carte.</source>
        <translation>
            <numerusform>%n installation without a usable position: not on the map.</numerusform>
            <numerusform>%n installations without a usable position: not on the map.</numerusform>
        </translation>
    </message>
    <message>
        <source>code de l&apos;installation vide</source>
        <translation>empty installation code</translation>
    </message>
    <message>
        <source>nom de l&apos;installation vide</source>
        <translation>empty installation name</translation>
    </message>
    <message>
        <source>capacité illisible « %1 »</source>
        <translation>unreadable capacity “%1”</translation>
    </message>
    <message>
        <source>%1 : chiffres clés DMA, mais ni l&apos;en-tête ni le nom du fichier ne disent s&apos;ils sont avec ou hors gravats. Indiquez-le : --jeu-de-donnees sinoe-chiffres-cles-dma-hg (hors gravats) ou sinoe-chiffres-cles-dma-ag (avec gravats), ou renommez le fichier.</source>
        <translation>%1: DMA key figures, but neither the header nor the file name says whether they include rubble. Say it: --jeu-de-donnees sinoe-chiffres-cles-dma-hg (excluding rubble) or sinoe-chiffres-cles-dma-ag (including rubble), or rename the file.</translation>
    </message>
    <message>
        <source>%1 : « %2 » n&apos;est pas un jeu de données de chiffres publiés.</source>
        <translation>%1: “%2” is not a data set of published figures.</translation>
    </message>
    <message numerus="yes">
        <source>Jeu de données : %1 ; %n valeur(s) publiée(s) enregistrée(s) telles quelles.</source>
        <translation>
            <numerusform>Data set: %1; %n published value recorded as is.</numerusform>
            <numerusform>Data set: %1; %n published values recorded as is.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cellule(s) vide(s) laissée(s) vides : non publié n&apos;est pas zéro.</source>
        <translation>
            <numerusform>%n empty cell left empty: not published is not zero.</numerusform>
            <numerusform>%n empty cells left empty: not published is not zero.</numerusform>
        </translation>
    </message>
    <message>
        <source>valeur illisible « %1 »</source>
        <translation>unreadable value “%1”</translation>
    </message>
    <message>
        <source>même territoire, même année et même type donnés deux fois dans le fichier</source>
        <translation>same territory, same year and same type given twice in the file</translation>
    </message>
    <message>
        <source>flux</source>
        <translation>flows</translation>
    </message>
    <message>
        <source>valeurs publiées</source>
        <translation>published values</translation>
    </message>
    <message numerus="yes">
        <source>%n tranche(s) (jeu de données × territoire × année) changent, sur %1 déjà dans la base :</source>
        <translation>
            <numerusform>%n slice (data set × territory × year) changes, out of %1 already in the store:</numerusform>
            <numerusform>%n slices (data set × territory × year) change, out of %1 already in the store:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … et %n autre(s) tranche(s).</source>
        <translation>
            <numerusform>  … and %n other slice.</numerusform>
            <numerusform>  … and %n other slices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) modifiée(s)</source>
        <translation>
            <numerusform>%n row changed</numerusform>
            <numerusform>%n rows changed</numerusform>
        </translation>
    </message>
    <message>
        <source> ; avant : %1</source>
        <translation>; before: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n population(s) déjà dans la base changent :</source>
        <translation>
            <numerusform>%n population already in the store changes:</numerusform>
            <numerusform>%n populations already in the store change:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … et %n autre(s) population(s).</source>
        <translation>
            <numerusform>  … and %n other population.</numerusform>
            <numerusform>  … and %n other populations.</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 %2 (%3) : %4 → %5%6 ; avant : %7</source>
        <translation>  %1 %2 (%3): %4 → %5%6; before: %7</translation>
    </message>
    <message numerus="yes">
        <source>%n tranche(s) identique(s) à celles de la base.</source>
        <translation>
            <numerusform>%n slice identical to the store&apos;s.</numerusform>
            <numerusform>%n slices identical to the store&apos;s.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tranche(s) de données (jeu de données × territoire × année)</source>
        <translation>
            <numerusform>%n data slice (data set × territory × year)</numerusform>
            <numerusform>%n data slices (data set × territory × year)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n population(s)</source>
        <translation>
            <numerusform>%n population</numerusform>
            <numerusform>%n populations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 est une autre version de données déjà dans la base : %2 changeraient. Import refusé, la base n&apos;a pas été modifiée ; relancez avec --replace pour les remplacer (une tranche en entier ; l&apos;historique des imports permet d&apos;annuler).</source>
        <translation>%1 is another version of data already in the store: %2 would change. Import refused, the store was not modified; run again with --replace to replace them (a slice whole; the import history can undo it).</translation>
    </message>
    <message>
        <source> et </source>
        <translation> and </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) ajoutée(s)</source>
        <translation>
            <numerusform>%n row added</numerusform>
            <numerusform>%n rows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) retirée(s)</source>
        <translation>
            <numerusform>%n row removed</numerusform>
            <numerusform>%n rows removed</numerusform>
        </translation>
    </message>
    <message>
        <source>octet %1 invalide en UTF-8 (fichier aux encodages mélangés ?) : le reste du fichier est en UTF-8 ; corrigez ce caractère ou réenregistrez le fichier en UTF-8.</source>
        <translation>byte %1 invalid in UTF-8 (file with mixed encodings?): the rest of the file is UTF-8; correct this character or save the file again as UTF-8.</translation>
    </message>
    <message>
        <source>caractère UTF-8 dans un fichier lu en Windows-1252 (fichier aux encodages mélangés ?) ; réenregistrez-le en entier en UTF-8.</source>
        <translation>UTF-8 character in a file read as Windows-1252 (file with mixed encodings?); save it again, whole, as UTF-8.</translation>
    </message>
    <message>
        <source>octet %1 sans caractère en Windows-1252 (fichier binaire ou aux encodages mélangés ?) ; réenregistrez-le en UTF-8.</source>
        <translation>byte %1 has no character in Windows-1252 (binary file or mixed encodings?); save it again as UTF-8.</translation>
    </message>
    <message>
        <source>octet %1 : le fichier n&apos;est pas en UTF-8, il est lu en entier en Windows-1252 (« %2 ») ; vérifiez ses accents ou choisissez son encodage</source>
        <translation>byte %1: the file is not UTF-8, it is read whole as Windows-1252 (“%2”); check its accents or choose its encoding</translation>
    </message>
    <message>
        <source>caractère nul (octet 0x00) : fichier binaire ou endommagé ; exportez-le à nouveau en CSV (UTF-8).</source>
        <translation>NUL character (byte 0x00): binary or damaged file; export it again as CSV (UTF-8).</translation>
    </message>
    <message>
        <source>séquence UTF-8 coupée par la fin du fichier (fichier tronqué ?)</source>
        <translation>UTF-8 sequence cut by the end of the file (truncated file?)</translation>
    </message>
    <message>
        <source>même année, territoire, type de déchet et mode qu&apos;à la ligne %1 : ce tonnage serait compté deux fois ; retirez l&apos;une des deux lignes</source>
        <translation>same year, territory, waste type and mode as line %1: this tonnage would be counted twice; remove one of the two lines</translation>
    </message>
    <message>
        <source>année %1 dans le futur (au plus %2)</source>
        <translation>year %1 is in the future (at most %2)</translation>
    </message>
    <message>
        <source>année %1 hors de la période des jeux de données (%2–%3)</source>
        <translation>year %1 outside the data sets’ period (%2–%3)</translation>
    </message>
    <message>
        <source>département « %1 » inconnu du code officiel géographique</source>
        <translation>département “%1” unknown to the official geographic code</translation>
    </message>
    <message>
        <source>région « %1 » inconnue du code officiel géographique</source>
        <translation>région “%1” unknown to the official geographic code</translation>
    </message>
    <message>
        <source>code commune « %1 » invalide (5 caractères, commençant par un département)</source>
        <translation>invalid commune code “%1” (5 characters, starting with a département)</translation>
    </message>
    <message>
        <source>SIREN « %1 » invalide (9 chiffres attendus)</source>
        <translation>invalid SIREN “%1” (9 digits expected)</translation>
    </message>
    <message>
        <source>« %1 » lu comme %2 %3 : ce fichier écrit ses décimales avec « %4 », « %5 » y sépare les milliers ; s&apos;il s&apos;agit de %6 %3, corrigez la cellule</source>
        <translation>“%1” read as %2 %3: this file writes its decimals with “%4”, “%5” groups thousands in it; if it is %6 %3, correct the cell</translation>
    </message>
    <message>
        <source>« %1 » lu comme %2 %3 (« %4 » pris pour le séparateur décimal) : aucun autre nombre du fichier ne dit lequel il emploie ; s&apos;il s&apos;agit de %5 %3, corrigez la cellule ou choisissez le séparateur décimal</source>
        <translation>“%1” read as %2 %3 (“%4” taken as the decimal separator): no other number in the file says which one it uses; if it is %5 %3, correct the cell or choose the decimal separator</translation>
    </message>
    <message>
        <source>tonnage « %1 » invraisemblable : plus d&apos;un milliard de tonnes sur une ligne</source>
        <translation>implausible tonnage “%1”: more than a billion tonnes on one line</translation>
    </message>
    <message>
        <source>tonnage négatif « %1 » : un tonnage ne peut pas être négatif</source>
        <translation>negative tonnage “%1”: a tonnage cannot be negative</translation>
    </message>
    <message>
        <source>les colonnes %1 et %2 portent le même nom « %3 » : impossible de savoir laquelle lire ; renommez ou supprimez l&apos;une d&apos;elles</source>
        <translation>columns %1 and %2 have the same name “%3”: cannot tell which one to read; rename or remove one of them</translation>
    </message>
    <message>
        <source>%1:%2:%3: octet nul (0x00) : fichier binaire (tableur ? archive ?) ou endommagé ; exportez-le en CSV (UTF-8).</source>
        <translation>%1:%2:%3: NUL byte (0x00): binary file (spreadsheet? archive?) or damaged; export it as CSV (UTF-8).</translation>
    </message>
    <message>
        <source>%1: avertissement : %2</source>
        <translation>%1: warning: %2</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) avertissement(s)</source>
        <translation>
            <numerusform>… and %n other warning</numerusform>
            <numerusform>… and %n other warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>valeur négative « %1 »</source>
        <translation>negative value “%1”</translation>
    </message>
    <message>
        <source>texte après le guillemet fermant du champ (« %1 ») : guillemet mal placé ; mettez le champ entier entre guillemets et doublez ceux qu&apos;il contient</source>
        <translation>text after the closing quote of the field (“%1”): misplaced quote; put the whole field in quotes and double the quotes it holds</translation>
    </message>
    <message>
        <source>système de coordonnées « %1 » non pris en charge : WGS84 (EPSG:4326) ou Lambert-93 (EPSG:2154) attendu</source>
        <translation>coordinate reference system “%1” not supported: WGS84 (EPSG:4326) or Lambert-93 (EPSG:2154) expected</translation>
    </message>
    <message>
        <source>coordonnées : un tableau est attendu, pas %1</source>
        <translation>coordinates: an array is expected, not %1</translation>
    </message>
    <message numerus="yes">
        <source>position [x, y] attendue, pas un tableau de %n nombre(s)</source>
        <translation>
            <numerusform>position [x, y] expected, not an array of %n number</numerusform>
            <numerusform>position [x, y] expected, not an array of %n numbers</numerusform>
        </translation>
    </message>
    <message>
        <source>coordonnée : un nombre est attendu, pas %1</source>
        <translation>coordinate: a number is expected, not %1</translation>
    </message>
    <message>
        <source>point (%1, %2) hors de la France métropolitaine en Lambert-93 (mètres)</source>
        <translation>point (%1, %2) outside metropolitan France in Lambert-93 (metres)</translation>
    </message>
    <message>
        <source>point (%1, %2) en mètres, pas en degrés : sans membre « crs » qui dise EPSG:2154, un fichier GeoJSON est en WGS84 (longitude, latitude)</source>
        <translation>point (%1, %2) in metres, not degrees: without a “crs” member saying EPSG:2154, a GeoJSON file is in WGS84 (longitude, latitude)</translation>
    </message>
    <message>
        <source>point (longitude %1, latitude %2) hors de la France, métropole et outre-mer (WGS84, degrés)</source>
        <translation>point (longitude %1, latitude %2) outside France, metropolitan and overseas (WGS84, degrees)</translation>
    </message>
    <message>
        <source>« type » de géométrie : Polygon ou MultiPolygon attendu, pas %1</source>
        <translation>geometry “type”: Polygon or MultiPolygon expected, not %1</translation>
    </message>
    <message>
        <source>un code de territoire en texte</source>
        <translation>a territory code as text</translation>
    </message>
    <message>
        <source>pas de code de territoire (propriété « code », « siren », « insee »…)</source>
        <translation>no territory code (property “code”, “siren”, “insee”…)</translation>
    </message>
    <message>
        <source>entité %1 : géométrie vide ou anneau de moins de 3 points</source>
        <translation>feature %1: empty geometry or a ring of fewer than 3 points</translation>
    </message>
    <message>
        <source>code « %1 » : aucun territoire de niveau « %2 » de ce code dans la base (importez d&apos;abord le COG de l&apos;INSEE ou la liste des EPCI)</source>
        <translation>code “%1”: no territory of level “%2” has this code in the store (import INSEE&apos;s COG or the EPCI list first)</translation>
    </message>
    <message>
        <source>le texte « %1 »</source>
        <translation>the text “%1”</translation>
    </message>
    <message>
        <source>le nombre %1</source>
        <translation>the number %1</translation>
    </message>
    <message>
        <source>un tableau</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>un objet</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>un objet est attendu, pas %1</source>
        <translation>an object is expected, not %1</translation>
    </message>
    <message>
        <source>« %1 » : %2 attendu, pas %3</source>
        <translation>“%1”: %2 expected, not %3</translation>
    </message>
    <message>
        <source>« %1 » vide (null)</source>
        <translation>“%1” empty (null)</translation>
    </message>
    <message>
        <source>« %1 » manquant</source>
        <translation>“%1” missing</translation>
    </message>
    <message>
        <source>un texte</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>un nombre</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>« %1 » : %2 hors des valeurs admises (de %3 à %4)</source>
        <translation>“%1”: %2 outside the allowed values (%3 to %4)</translation>
    </message>
    <message>
        <source>« %1 » : un nombre entier est attendu, pas %2</source>
        <translation>“%1”: a whole number is expected, not %2</translation>
    </message>
    <message>
        <source>un code commune de 5 caractères</source>
        <translation>a 5-character commune code</translation>
    </message>
    <message>
        <source>un code SIREN de 9 chiffres</source>
        <translation>a 9-digit SIREN code</translation>
    </message>
    <message>
        <source>« aiot » : identifiant d&apos;installation vide</source>
        <translation>“aiot”: empty installation identifier</translation>
    </message>
    <message>
        <source>« tonnage » de l&apos;année %1, qui n&apos;est pas encore passée</source>
        <translation>“tonnage” for the year %1, which has not yet passed</translation>
    </message>
    <message>
        <source>« lng » et « lat » vont ensemble : l&apos;une est donnée sans l&apos;autre</source>
        <translation>“lng” and “lat” go together: one is given without the other</translation>
    </message>
    <message>
        <source>coordonnées (lng %1, lat %2) hors de la France, métropole et outre-mer (WGS84, degrés)</source>
        <translation>coordinates (lng %1, lat %2) outside France, metropolitan and overseas (WGS84, degrees)</translation>
    </message>
    <message>
        <source>clé « %1 » donnée deux fois dans le même objet : laquelle est la bonne ?</source>
        <translation>key “%1” given twice in the same object: which one is right?</translation>
    </message>
    <message>
        <source>entrée %1 endommagée : données compressées illisibles (code %2)</source>
        <translation>entry %1 damaged: compressed data unreadable (code %2)</translation>
    </message>
    <message>
        <source>entrée %1 de plus de %2 Mo une fois décompressée</source>
        <translation>entry %1 larger than %2 MB once decompressed</translation>
    </message>
    <message>
        <source>entrée %1 : élément XML de plus de %2 Mo d&apos;un seul tenant</source>
        <translation>entry %1: an XML element of more than %2 MB in one piece</translation>
    </message>
    <message>
        <source>entrée %1 de %2 Mo une fois décompressée pour %3 Ko dans l&apos;archive, plus de %4 fois sa taille : bombe de décompression ?</source>
        <translation>entry %1 is %2 MB once decompressed for %3 KB in the archive, more than %4 times its size: a decompression bomb?</translation>
    </message>
    <message>
        <source>entrée %1 de %2 Mo une fois décompressée, plus que les %3 Mo admis</source>
        <translation>entry %1 is %2 MB once decompressed, more than the %3 MB allowed</translation>
    </message>
    <message>
        <source>entrée %1 : déclaration DTD (&lt;!DOCTYPE&gt;), interdite dans un classeur</source>
        <translation>entry %1: DTD declaration (&lt;!DOCTYPE&gt;), not allowed in a workbook</translation>
    </message>
    <message>
        <source>entrée %1 : éléments XML imbriqués sur plus de %2 niveaux</source>
        <translation>entry %1: XML elements nested more than %2 levels deep</translation>
    </message>
    <message>
        <source>entrée %1 endommagée : sa somme de contrôle (CRC) ne correspond pas à son contenu</source>
        <translation>entry %1 damaged: its checksum (CRC) does not match its contents</translation>
    </message>
    <message>
        <source>entrée %1 endommagée (code %2)</source>
        <translation>entry %1 damaged (code %2)</translation>
    </message>
    <message>
        <source>entrée %1 : %2 (ligne %3 du XML)</source>
        <translation>entry %1: %2 (line %3 of the XML)</translation>
    </message>
    <message>
        <source>feuille illisible : %1</source>
        <translation>sheet unreadable: %1</translation>
    </message>
    <message>
        <source>cellule de plus de %1 caractères (la limite d&apos;Excel)</source>
        <translation>cell of more than %1 characters (Excel&apos;s limit)</translation>
    </message>
    <message>
        <source>plus de %1 relations dans xl/_rels/workbook.xml.rels</source>
        <translation>more than %1 relationships in xl/_rels/workbook.xml.rels</translation>
    </message>
    <message>
        <source>plus de %1 feuilles</source>
        <translation>more than %1 sheets</translation>
    </message>
    <message>
        <source>plus de %1 textes partagés</source>
        <translation>more than %1 shared strings</translation>
    </message>
    <message>
        <source>textes partagés de plus de %1 caractères en tout</source>
        <translation>shared strings of more than %1 characters in all</translation>
    </message>
    <message>
        <source>plus de %1 formats de date</source>
        <translation>more than %1 date formats</translation>
    </message>
    <message>
        <source>plus de %1 styles de cellule</source>
        <translation>more than %1 cell styles</translation>
    </message>
    <message>
        <source>commune « %1 » (%2) absente du COG et de la liste des anciennes communes : contour gardé sans territoire, hachuré sur la carte</source>
        <translation>commune “%1” (%2) missing from the COG and from the list of former communes: outline kept without a territory, hatched on the map</translation>
    </message>
    <message>
        <source>Empreinte du fichier interrompue.</source>
        <translation>File fingerprint interrupted.</translation>
    </message>
</context>
<context>
    <name>ImportContext</name>
    <message>
        <source>%1 champs au lieu d&apos;au moins %2</source>
        <translation>%1 fields instead of at least %2</translation>
    </message>
    <message>
        <source>%1 champs au lieu des %2 de l&apos;en-tête : un séparateur de trop (un nombre « 34728,89 » sans guillemets dans un fichier à virgules ?)</source>
        <translation>%1 fields instead of the header’s %2: one separator too many (a number “34728,89” without quotes in a comma file?)</translation>
    </message>
    <message>
        <source>%1 champs au lieu des %2 de l&apos;en-tête</source>
        <translation>%1 fields instead of the header’s %2</translation>
    </message>
</context>
<context>
    <name>ImportSupport</name>
    <message>
        <source>« %1 » n&apos;est pas un fichier de cet ordinateur : enregistrez-le d&apos;abord.</source>
        <translation>“%1” is not a file on this computer: save it first.</translation>
    </message>
    <message>
        <source>« %1 » est un dossier : déposez les fichiers qu&apos;il contient.</source>
        <translation>“%1” is a folder: drop the files it holds.</translation>
    </message>
</context>
<context>
    <name>Indicator</name>
    <message>
        <source>Déchets ménagers et assimilés (DMA), avec gravats</source>
        <translation>Household and similar waste (DMA), rubble included</translation>
    </message>
    <message>
        <source>Déchets ménagers et assimilés (DMA), hors gravats</source>
        <translation>Household and similar waste (DMA), rubble excluded</translation>
    </message>
    <message>
        <source>DMA par habitant, avec gravats</source>
        <translation>DMA per inhabitant, rubble included</translation>
    </message>
    <message>
        <source>DMA par habitant, hors gravats</source>
        <translation>DMA per inhabitant, rubble excluded</translation>
    </message>
    <message>
        <source>Ordures ménagères et assimilées (OMA)</source>
        <translation>Household and similar refuse (OMA)</translation>
    </message>
    <message>
        <source>OMA par habitant</source>
        <translation>OMA per inhabitant</translation>
    </message>
    <message>
        <source>Ordures ménagères résiduelles (OMR)</source>
        <translation>Residual household waste (OMR)</translation>
    </message>
    <message>
        <source>OMR par habitant</source>
        <translation>OMR per inhabitant</translation>
    </message>
    <message>
        <source>Collectes séparées, hors gravats</source>
        <translation>Separate collections, rubble excluded</translation>
    </message>
    <message>
        <source>Collectes séparées par habitant, hors gravats</source>
        <translation>Separate collections per inhabitant, rubble excluded</translation>
    </message>
    <message>
        <source>Déchèteries, avec gravats</source>
        <translation>Recycling centres, rubble included</translation>
    </message>
    <message>
        <source>Déchèteries, hors gravats</source>
        <translation>Recycling centres, rubble excluded</translation>
    </message>
    <message>
        <source>Déchèteries par habitant, avec gravats</source>
        <translation>Recycling centres per inhabitant, rubble included</translation>
    </message>
    <message>
        <source>Déchèteries par habitant, hors gravats</source>
        <translation>Recycling centres per inhabitant, rubble excluded</translation>
    </message>
    <message>
        <source>Taux de valorisation matière et organique des DMA</source>
        <translation>Material and organic recovery rate of DMA</translation>
    </message>
    <message>
        <source>Part des DMA en valorisation énergétique</source>
        <translation>Share of DMA sent to energy recovery</translation>
    </message>
    <message>
        <source>Part des DMA stockés (ISDND)</source>
        <translation>Share of DMA landfilled (ISDND)</translation>
    </message>
    <message>
        <source>Déchets non dangereux non inertes enfouis en ISDND</source>
        <translation>Non-hazardous non-inert waste landfilled in ISDND</translation>
    </message>
    <message>
        <source>Évolution des tonnages enfouis en ISDND depuis 2010</source>
        <translation>Change in tonnes landfilled in ISDND since 2010</translation>
    </message>
    <message>
        <source>Évolution des DMA par habitant depuis 2010</source>
        <translation>Change in DMA per inhabitant since 2010</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalog</name>
    <message>
        <source>%1 : l&apos;indicateur « %2 » a une source sans « published », « dataset », « parts » ni « landfill ».</source>
        <translation>%1: indicator “%2” has a source without “published”, “dataset”, “parts” or “landfill”.</translation>
    </message>
    <message>
        <source>Impossible de lire le catalogue des indicateurs %1.</source>
        <translation>Cannot read the indicator catalogue %1.</translation>
    </message>
    <message>
        <source>Catalogue des indicateurs %1 illisible (octet %2) : %3.</source>
        <translation>Indicator catalogue %1 unreadable (byte %2): %3.</translation>
    </message>
    <message>
        <source>%1 : entrée %2 du catalogue des indicateurs incomplète (id, kind, unit, label).</source>
        <translation>%1: entry %2 of the indicator catalogue is incomplete (id, kind, unit, label).</translation>
    </message>
    <message>
        <source>%1 : l&apos;indicateur « %2 » se rapporte à « %3 », absent du catalogue.</source>
        <translation>%1: indicator “%2” refers to “%3”, which the catalogue lacks.</translation>
    </message>
</context>
<context>
    <name>IndicatorEvaluator</name>
    <message>
        <source>somme des parties (%1) : aucun jeu de données ne donne ce total directement</source>
        <translation>sum of parts (%1): no data set gives this total directly</translation>
    </message>
    <message numerus="yes">
        <source>somme de %n territoire(s) (niveau %1), les mêmes au numérateur et au dénominateur</source>
        <translation>
            <numerusform>sum of %n territory (level %1), the same in numerator and denominator</numerusform>
            <numerusform>sum of %n territories (level %1), the same in numerator and denominator</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>somme de %n territoire(s) (niveau %1)</source>
        <translation>
            <numerusform>sum of %n territory (level %1)</numerusform>
            <numerusform>sum of %n territories (level %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>sans population (%1) : %2 — exclus du numérateur et du dénominateur</source>
        <translation>without population (%1): %2 — left out of numerator and denominator</translation>
    </message>
    <message>
        <source>population (%1) absente de la base pour %2 en %3 : importez-la (estimations INSEE, populations légales, ou chiffres clés ADEME pour la base « source »)</source>
        <translation>population (%1) missing from the store for %2 in %3: import it (INSEE estimates, legal populations, or ADEME key figures for the “source” basis)</translation>
    </message>
    <message>
        <source>Indicateur « %1 » inconnu ; indicateurs du catalogue : %2.</source>
        <translation>Unknown indicator “%1”; indicators of the catalogue: %2.</translation>
    </message>
    <message>
        <source>%1 donne %2 %3 (écart %4)</source>
        <translation>%1 gives %2 %3 (difference %4)</translation>
    </message>
    <message>
        <source>non mesurable avec les données de la base : aucun des jeux de données %1 pour %2 en %3</source>
        <translation>not measurable with the store&apos;s data: none of the data sets %1 for %2 in %3</translation>
    </message>
    <message>
        <source>non mesurable avec les données de la base : pas de valeur %1 en %2 (année de référence) dans %3</source>
        <translation>not measurable with the store&apos;s data: no value of %1 in %2 (reference year) in %3</translation>
    </message>
</context>
<context>
    <name>Info</name>
    <message>
        <source>Base : %1 (schéma %2)</source>
        <translation>Store: %1 (schema %2)</translation>
    </message>
    <message>
        <source>Flux : %1 lignes, années %2–%3</source>
        <translation>Flows: %1 rows, years %2–%3</translation>
    </message>
    <message>
        <source>Territoires : %1</source>
        <translation>Territories: %1</translation>
    </message>
    <message>
        <source>Populations : %1–%2</source>
        <translation>Populations: %1–%2</translation>
    </message>
    <message>
        <source>Fichiers sources :</source>
        <translation>Source files:</translation>
    </message>
    <message>
        <source>Tonnes par flux (toutes années) :</source>
        <translation>Tonnes per stream (all years):</translation>
    </message>
    <message>
        <source>Tonnes par mode de traitement (toutes années) :</source>
        <translation>Tonnes per treatment method (all years):</translation>
    </message>
    <message>
        <source>Base : vide — importez des fichiers (Fichier › Importer)</source>
        <translation>Store: empty — import files (File › Import)</translation>
    </message>
    <message>
        <source>Base : %1 lignes, %2–%3, %4 départements</source>
        <translation>Store: %1 rows, %2–%3, %4 départements</translation>
    </message>
    <message>
        <source>Tonnes par année, niveau et jeu de données :</source>
        <translation>Tonnes per year, level and data set:</translation>
    </message>
</context>
<context>
    <name>LanguageSettings</name>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Langue du système</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>La nouvelle langue s&apos;appliquera au prochain démarrage d&apos;Odema Explorer.</source>
        <translation>The new language will apply the next time Odema Explorer starts.</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>SINOE® par département, type de déchet et mode de traitement</source>
        <translation>SINOE® by département, waste type and treatment method</translation>
    </message>
    <message>
        <source>SINOE® par département et type de déchet</source>
        <translation>SINOE® by département and waste type</translation>
    </message>
    <message>
        <source>Odema, flux harmonisés par EPCI</source>
        <translation>Odema, harmonised streams by EPCI</translation>
    </message>
    <message>
        <source>INSEE, code officiel géographique : communes</source>
        <translation>INSEE, official geographic code: communes</translation>
    </message>
    <message>
        <source>INSEE, code officiel géographique : départements</source>
        <translation>INSEE, official geographic code: départements</translation>
    </message>
    <message>
        <source>INSEE, code officiel géographique : régions</source>
        <translation>INSEE, official geographic code: regions</translation>
    </message>
    <message>
        <source>INSEE, populations légales des communes</source>
        <translation>INSEE, legal populations of the communes</translation>
    </message>
    <message>
        <source>INSEE, populations légales des départements</source>
        <translation>INSEE, legal populations of the départements</translation>
    </message>
    <message>
        <source>INSEE, populations légales des régions</source>
        <translation>INSEE, legal populations of the regions</translation>
    </message>
    <message>
        <source>INSEE, estimations de population par département et année</source>
        <translation>INSEE, population estimates by département and year</translation>
    </message>
    <message>
        <source>EPCI à fiscalité propre et communes membres (JSON)</source>
        <translation>EPCI with their own tax status and member communes (JSON)</translation>
    </message>
    <message>
        <source>Odema, tonnages et capacités des ISDND (JSON)</source>
        <translation>Odema, tonnages and capacities of the landfills (ISDND) (JSON)</translation>
    </message>
    <message>
        <source>Tonnages, colonnes choisies par l&apos;utilisateur</source>
        <translation>Tonnages, columns chosen by the user</translation>
    </message>
    <message>
        <source>Contours de territoires (GeoJSON)</source>
        <translation>Territory boundaries (GeoJSON)</translation>
    </message>
    <message>
        <source>SINOE® par commune, type de déchet et mode de traitement</source>
        <translation>SINOE® by commune, waste type and treatment mode</translation>
    </message>
    <message>
        <source>SINOE® performances de collecte OMA par type de déchet</source>
        <translation>SINOE® OMA collection performance by waste type</translation>
    </message>
    <message>
        <source>SINOE® chiffres clés DMA (avec ou hors gravats)</source>
        <translation>SINOE® DMA key figures (including or excluding rubble)</translation>
    </message>
    <message>
        <source>SINOE® chiffres clés OMA</source>
        <translation>SINOE® OMA key figures</translation>
    </message>
    <message>
        <source>SINOE® chiffres clés déchèteries (avec ou hors gravats)</source>
        <translation>SINOE® recycling-centre key figures (including or excluding rubble)</translation>
    </message>
    <message>
        <source>SINOE® performance de collecte OMR</source>
        <translation>SINOE® residual household waste collection performance</translation>
    </message>
    <message>
        <source>SINOE® répartition des DMA par type de collecte (hors et avec gravats)</source>
        <translation>SINOE® DMA by collection type (excluding and including rubble)</translation>
    </message>
    <message>
        <source>SINOE® nomenclature des regroupements de déchets</source>
        <translation>SINOE® nomenclature of waste groupings</translation>
    </message>
    <message>
        <source>SINOE® types d&apos;acteurs</source>
        <translation>SINOE® actor types</translation>
    </message>
    <message>
        <source>SINOE® annuaire d&apos;installations (ISDND, UIOM…)</source>
        <translation>SINOE® directory of installations (ISDND, UIOM…)</translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Région</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Département</source>
        <translation>Département</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Syndicat</source>
        <translation>Joint waste authority</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>région</source>
        <translation>region</translation>
    </message>
    <message>
        <source>département</source>
        <translation>département</translation>
    </message>
    <message>
        <source>syndicat</source>
        <translation>joint waste authority</translation>
    </message>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
</context>
<context>
    <name>Map</name>
    <message>
        <source>Quantiles</source>
        <translation>Quantiles</translation>
    </message>
    <message>
        <source>Intervalles égaux</source>
        <translation>Equal intervals</translation>
    </message>
    <message>
        <source>Seuils naturels (Jenks)</source>
        <translation>Natural breaks (Jenks)</translation>
    </message>
    <message>
        <source>Nombre de classes %1 hors limites : choisissez entre %2 et %3.</source>
        <translation>Number of classes %1 out of range: choose between %2 and %3.</translation>
    </message>
    <message>
        <source>Contour illisible dans la base : réimportez le fichier de contours.</source>
        <translation>Unreadable boundary in the store: import the boundary file again.</translation>
    </message>
    <message>
        <source>Cette base ne contient pas de contours (version de schéma antérieure) : ouvrez-la en écriture pour la mettre à jour, puis importez un fichier de contours GeoJSON.</source>
        <translation>This store holds no boundaries (earlier schema version): open it for writing to update it, then import a GeoJSON boundary file.</translation>
    </message>
    <message>
        <source>Aucun territoire de niveau « %1 » dans ce périmètre.</source>
        <translation>No territory of level “%1” in this area.</translation>
    </message>
    <message>
        <source>Pas de contours de niveau « %1 » pour ce périmètre : importez le fichier GeoJSON correspondant (data/geo_*.geojson).</source>
        <translation>No boundaries of level “%1” for this area: import the matching GeoJSON file (data/geo_*.geojson).</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Régions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Départements</source>
        <translation>Départements</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>EPCI</translation>
    </message>
    <message>
        <source>Syndicats</source>
        <translation>Joint waste authorities</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Tonnages</source>
        <translation>Tonnages</translation>
    </message>
    <message>
        <source>Quantité par habitant</source>
        <translation>Quantity per inhabitant</translation>
    </message>
    <message>
        <source>Part dans le total</source>
        <translation>Share of the total</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>hab.</source>
        <translation>inh.</translation>
    </message>
    <message>
        <source>Données non disponibles</source>
        <translation>Data not available</translation>
    </message>
    <message>
        <source>Flux inconnu : « %1 » (code de flux comme 02A, ou de filière : OMR, CS, DECH).</source>
        <translation>Unknown stream: “%1” (stream code such as 02A, or channel: OMR, CS, DECH).</translation>
    </message>
    <message>
        <source>Mode de traitement inconnu : « %1 » (code comme 02A, ou groupe : valorisation, stockage…).</source>
        <translation>Unknown treatment method: “%1” (code such as 02A, or group: valorisation, stockage…).</translation>
    </message>
    <message>
        <source>tous flux collectés</source>
        <translation>all collected streams</translation>
    </message>
    <message>
        <source>tous déchets traités</source>
        <translation>all treated waste</translation>
    </message>
    <message numerus="yes">
        <source>%n flux</source>
        <translation>
            <numerusform>%n stream</numerusform>
            <numerusform>%n streams</numerusform>
        </translation>
    </message>
    <message>
        <source>La part se calcule pour un flux ou un mode de traitement : choisissez-en un (--stream ou --mode).</source>
        <translation>The share is computed for one stream or treatment method: choose one (--stream or --mode).</translation>
    </message>
    <message>
        <source>L&apos;évolution compare deux années différentes (%1 demandée deux fois).</source>
        <translation>The change compares two different years (%1 asked twice).</translation>
    </message>
    <message>
        <source>pts</source>
        <translation>pts</translation>
    </message>
    <message>
        <source>Évolution %1–%2 (%3)</source>
        <translation>Change %1–%2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Évolution %1–%2 : %3</source>
        <translation>Change %1–%2: %3</translation>
    </message>
    <message>
        <source>Évolution %1–%2 : %3, %4</source>
        <translation>Change %1–%2: %3, %4</translation>
    </message>
    <message>
        <source>%1 en %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 en %2 : %3</source>
        <translation>%1 in %2: %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %3 en %n classes</source>
        <translation>
            <numerusform>%1 · %2 · %3 in %n class</numerusform>
            <numerusform>%1 · %2 · %3 in %n classes</numerusform>
        </translation>
    </message>
    <message>
        <source>Source : INSEE</source>
        <translation>Source: INSEE</translation>
    </message>
    <message>
        <source>Source : ADEME, SINOE® – traitement Odema</source>
        <translation>Source: ADEME, SINOE® – processed by Odema</translation>
    </message>
    <message>
        <source> (importé le %1)</source>
        <translation> (imported on %1)</translation>
    </message>
    <message>
        <source> ; population : INSEE</source>
        <translation>; population: INSEE</translation>
    </message>
    <message>
        <source> ; ISDND : Odema</source>
        <translation>; landfills (ISDND): Odema</translation>
    </message>
    <message>
        <source> ; contours : IGN Admin Express (%1).</source>
        <translation>; boundaries: IGN Admin Express (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n contour(s) sans commune actuelle (hachuré(s)) : %1</source>
        <translation>
            <numerusform>%n boundary without a current commune (hatched): %1</numerusform>
            <numerusform>%n boundaries without a current commune (hatched): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n territoire(s) sans contour, absent(s) de la carte : %1</source>
        <translation>
            <numerusform>%n territory without a boundary, missing from the map: %1</numerusform>
            <numerusform>%n territories without a boundary, missing from the map: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>En %1, les données ne couvrent que : %2 (pas de données %3 cette année-là) ; comparez avec prudence aux autres années.</source>
        <translation>In %1, the data cover only: %2 (no %3 data that year); compare with other years with care.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1 : vérifiez le dossier et les droits.</source>
        <translation>Cannot write %1: check the folder and the permissions.</translation>
    </message>
    <message>
        <source>Carte vide : aucun contour pour ce niveau et ce périmètre.</source>
        <translation>Empty map: no boundary for this level and this area.</translation>
    </message>
    <message>
        <source>Taille de carte hors limites (%1 × %2 mm) : choisissez entre 50 et 2000 mm.</source>
        <translation>Map size out of range (%1 × %2 mm): choose between 50 and 2000 mm.</translation>
    </message>
    <message>
        <source>Résolution %1 dpi hors limites : choisissez entre 96 et 600 dpi.</source>
        <translation>Resolution %1 dpi out of range: choose between 96 and 600 dpi.</translation>
    </message>
    <message>
        <source>Tonnage enfoui en ISDND (%1)</source>
        <translation>Tonnage landfilled in ISDND (%1)</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Échelle 1 : %1 à la taille imprimée · Lambert-93</source>
        <translation>Scale 1:%1 at printed size · Lambert-93</translation>
    </message>
    <message>
        <source>Cercles : tonnage enfoui en %1 par installation de stockage de déchets non dangereux (ISDND).</source>
        <translation>Circles: tonnage landfilled in %1 per non-hazardous waste landfill site (ISDND).</translation>
    </message>
    <message>
        <source>Projection %1 → %2 indisponible : PROJ ne trouve pas sa définition (paquet proj-data).</source>
        <translation>Projection %1 → %2 unavailable: PROJ cannot find its definition (package proj-data).</translation>
    </message>
    <message>
        <source>tonnages</source>
        <translation>tonnages</translation>
    </message>
    <message>
        <source>quantité par habitant</source>
        <translation>quantity per inhabitant</translation>
    </message>
    <message>
        <source>part dans le total</source>
        <translation>share of the total</translation>
    </message>
    <message>
        <source>population</source>
        <translation>population</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Carte</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>Nomenclature</name>
    <message>
        <source>Nomenclature introuvable dans les ressources de l&apos;application.</source>
        <translation>Nomenclature not found in the application&apos;s resources.</translation>
    </message>
    <message>
        <source>Flux ajouté à la nomenclature : %1 « %2 »</source>
        <translation>Stream added to the nomenclature: %1 “%2”</translation>
    </message>
    <message>
        <source>Mode de traitement ajouté à la nomenclature : %1 « %2 »</source>
        <translation>Treatment method added to the nomenclature: %1 “%2”</translation>
    </message>
</context>
<context>
    <name>PivotQuery</name>
    <message>
        <source>Lignes du tableau croisé « %1 » inconnues : écrivez territoire, flux ou mode.</source>
        <translation>Unknown pivot rows “%1”: write territoire, flux or mode.</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Flux</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Mode de traitement</source>
        <translation>Treatment method</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>traitement</source>
        <translation>treatment</translation>
    </message>
    <message>
        <source>collecte</source>
        <translation>collection</translation>
    </message>
    <message>
        <source>(sans mode)</source>
        <translation>(no method)</translation>
    </message>
    <message>
        <source>sans jeu de données</source>
        <translation>without data set</translation>
    </message>
    <message>
        <source>%1 contient %2</source>
        <translation>%1 contains %2</translation>
    </message>
    <message>
        <source>pas de total : familles qui se recouvrent (DMA ⊇ OMA + déchèteries) ; %1 ne s&apos;additionnent pas</source>
        <translation>no total: overlapping families (DMA ⊇ OMA + recycling centres); %1 do not add up</translation>
    </message>
    <message>
        <source>pas de total : %1 décrivent les mêmes déchets</source>
        <translation>no total: %1 describe the same waste</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>pas de total : pas de données en %1</source>
        <translation>no total: no data in %1</translation>
    </message>
    <message>
        <source>pas de total : %1, ses tonnes seraient comptées deux fois</source>
        <translation>no total: %1, its tonnes would be counted twice</translation>
    </message>
    <message>
        <source>pas de total : %1 sans données en %2</source>
        <translation>no total: %1 without data in %2</translation>
    </message>
    <message>
        <source>pas de total : %1 n&apos;a pas de données toutes les années</source>
        <translation>no total: %1 lacks data for some years</translation>
    </message>
</context>
<context>
    <name>Population</name>
    <message>
        <source>estimation INSEE au 1er janvier</source>
        <translation>INSEE estimate at 1 January</translation>
    </message>
    <message>
        <source>population municipale légale (INSEE)</source>
        <translation>legal municipal population (INSEE)</translation>
    </message>
    <message>
        <source>population du fichier source (celle de l&apos;éditeur des chiffres)</source>
        <translation>population of the source file (the publisher&apos;s own)</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Base à ouvrir.</source>
        <translation>Store to open.</translation>
    </message>
    <message>
        <source>Odema Explorer</source>
        <translation>Odema Explorer</translation>
    </message>
    <message>
        <source>Création de la base avec les données d&apos;exemple (SINOE®, INSEE)…</source>
        <translation>Creating the store with the sample data (SINOE®, INSEE)…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import des données d&apos;exemple impossible :
%1</source>
        <translation>Could not import the sample data:
%1</translation>
    </message>
    <message>
        <source>Vue enregistrée à ouvrir (Fichier › Enregistrer la vue).</source>
        <translation>Saved view to open (File › Save view).</translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>cohérence entre jeux de données</source>
        <translation>consistency between data sets</translation>
    </message>
    <message>
        <source>territoire absent d&apos;un jeu de données</source>
        <translation>territory missing from a data set</translation>
    </message>
    <message>
        <source>ratio publié</source>
        <translation>published ratio</translation>
    </message>
    <message>
        <source>territoire et territoires contenus</source>
        <translation>territory and the territories it contains</translation>
    </message>
    <message>
        <source>rupture de série</source>
        <translation>break in a series</translation>
    </message>
    <message>
        <source>flux apparu</source>
        <translation>stream appearing</translation>
    </message>
    <message>
        <source>flux disparu</source>
        <translation>stream vanishing</translation>
    </message>
    <message>
        <source>année manquante</source>
        <translation>missing year</translation>
    </message>
    <message>
        <source>tonnes sans population</source>
        <translation>tonnes without population</translation>
    </message>
    <message>
        <source>population plus ancienne que les tonnes</source>
        <translation>population older than the tonnes</translation>
    </message>
    <message>
        <source>code inconnu</source>
        <translation>unknown code</translation>
    </message>
    <message>
        <source>, hors gravats</source>
        <translation>, rubble excluded</translation>
    </message>
    <message>
        <source>%1, %2 : « %3 » donne %4, « %5 » %6 (%7, %8) pour les mêmes tonnes.</source>
        <translation>%1, %2: “%3” gives %4, “%5” %6 (%7, %8) for the same tonnes.</translation>
    </message>
    <message>
        <source>%1, %2 : %3 dans « %4 », absent de « %5 », qui donne pourtant d&apos;autres territoires cette année-là.</source>
        <translation>%1, %2: %3 in “%4”, missing from “%5”, which does give other territories that year.</translation>
    </message>
    <message>
        <source>recalculé du tonnage et de la population publiés</source>
        <translation>recomputed from the published tonnage and population</translation>
    </message>
    <message>
        <source>%1, %2 : « %3 » publie %4 kg/hab, mais son tonnage (%5) divisé par sa population (%6 hab.) donne %7 kg/hab (%8).</source>
        <translation>%1, %2: “%3” publishes %4 kg/inh., but its tonnage (%5) divided by its population (%6 inh.) gives %7 kg/inh. (%8).</translation>
    </message>
    <message>
        <source>tonnes de l&apos;année</source>
        <translation>tonnes of the year</translation>
    </message>
    <message>
        <source>%1, %2 : %3 de déchets mais la population la plus récente est de %4 : pas de kg/hab pour %2.</source>
        <translation>%1, %2: %3 of waste but the latest population is of %4: no kg/inh. for %2.</translation>
    </message>
    <message>
        <source>%1, %2 : %3 de déchets sans aucune population : pas de kg/hab.</source>
        <translation>%1, %2: %3 of waste without any population: no kg/inh.</translation>
    </message>
    <message>
        <source>%1 (%2) : code inconnu du code officiel géographique, %3 de déchets jusqu&apos;en %4.</source>
        <translation>%1 (%2): code unknown to the official geographic code (COG), %3 of waste up to %4.</translation>
    </message>
    <message>
        <source>%1 (%2) : territoire rattaché à aucun autre, ses %3 ne comptent dans aucun total.</source>
        <translation>%1 (%2): territory attached to no other, its %3 count in no total.</translation>
    </message>
    <message>
        <source>%1 : code « %2 » (%3) inconnu de la nomenclature, %4 jusqu&apos;en %5.</source>
        <translation>%1: code “%2” (%3) unknown to the nomenclature, %4 up to %5.</translation>
    </message>
    <message>
        <source>information</source>
        <translation>information</translation>
    </message>
    <message>
        <source>avertissement</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>erreur</source>
        <translation>error</translation>
    </message>
    <message>
        <source>le territoire</source>
        <translation>the territory</translation>
    </message>
    <message>
        <source>les territoires qu&apos;il contient</source>
        <translation>the territories it contains</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 : « %3 » donne %4 pour le territoire et %5 pour les %n territoires qu&apos;il contient (%6, %7).</source>
        <translation>
            <numerusform>%1, %2: “%3” gives %4 for the territory and %5 for the %n territory it contains (%6, %7).</numerusform>
            <numerusform>%1, %2: “%3” gives %4 for the territory and %5 for the %n territories it contains (%6, %7).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : « %2 » passe de %3 en %4 à %5 en %6 (%7), au-delà du seuil de %8.</source>
        <translation>%1: “%2” goes from %3 in %4 to %5 in %6 (%7), beyond the %8 threshold.</translation>
    </message>
    <message numerus="yes">
        <source>%1 : « %2 » n&apos;a aucun chiffre pour %3, entre %4 et %5, alors qu&apos;il en donne pour d&apos;autres territoires cette année-là (rythme du jeu de données : tous les %n an(s)).</source>
        <translation>
            <numerusform>%1: “%2” has no figure for %3, between %4 and %5, while it gives other territories that year (rhythm of the data set: every %n year).</numerusform>
            <numerusform>%1: “%2” has no figure for %3, between %4 and %5, while it gives other territories that year (rhythm of the data set: every %n years).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 : le flux « %3 » apparaît dans « %4 » (%5), absent en %6.</source>
        <translation>%1, %2: the stream “%3” appears in “%4” (%5), absent in %6.</translation>
    </message>
    <message>
        <source>%1, %2 : le flux « %3 » disparaît de « %4 » (%5 en %6).</source>
        <translation>%1, %2: the stream “%3” vanishes from “%4” (%5 in %6).</translation>
    </message>
    <message>
        <source>Écrivez un commentaire pour prendre acte de ce constat : il dit aux autres ce qui a été vérifié.</source>
        <translation>Write a comment to acknowledge this finding: it tells the others what was checked.</translation>
    </message>
    <message>
        <source>À vérifier : %1</source>
        <translation>To check: %1</translation>
    </message>
    <message>
        <source>Pris en compte : %1</source>
        <translation>Acknowledged: %1</translation>
    </message>
    <message numerus="yes">
        <source>À vérifier aussi : %n autre(s) constat(s) sur ce territoire (onglet Qualité, ou odema-explorer check --territory %1).</source>
        <translation>
            <numerusform>Also to check: %n other finding on this territory (Quality tab, or odema-explorer check --territory %1).</numerusform>
            <numerusform>Also to check: %n other findings on this territory (Quality tab, or odema-explorer check --territory %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <source>Qualité</source>
        <translation>Quality</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Le niveau « %1 » n&apos;est pas sous « %2 » : choisissez un niveau plus fin.</source>
        <translation>The level “%1” is not below “%2”: choose a finer level.</translation>
    </message>
    <message>
        <source>Aucun territoire de niveau « %1 » dans %2.</source>
        <translation>No territory of level “%1” in %2.</translation>
    </message>
    <message>
        <source>Données non disponibles : %1.</source>
        <translation>Data not available: %1.</translation>
    </message>
    <message>
        <source>%1 · données %2</source>
        <translation>%1 · data %2</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · données %4</source>
        <translation>%1 %2 · %3 · data %4</translation>
    </message>
    <message>
        <source>ni taux de valorisation ni tonnage par habitant ne peuvent être calculés pour ce territoire jusqu&apos;en %1</source>
        <translation>neither recovery rate nor tonnage per inhabitant can be computed for this territory up to %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Fiche territoriale déchets – %1 – %2</source>
        <translation>Waste fact sheet – %1 – %2</translation>
    </message>
    <message>
        <source>la base ne contient aucun tonnage ; importez les fichiers SINOE®</source>
        <translation>the store holds no tonnage; import the SINOE® files</translation>
    </message>
    <message>
        <source>les fichiers de tonnages de la base sont donnés par %1 ; aucun ne décrit ce territoire ni ses communes</source>
        <translation>the tonnage files of the store are given by %1; none describes this territory or its communes</translation>
    </message>
    <message>
        <source>aucun tonnage de la base ne concerne ce territoire</source>
        <translation>no tonnage in the store concerns this territory</translation>
    </message>
    <message>
        <source>tonnages collectés %1–%2</source>
        <translation>collected tonnages %1–%2</translation>
    </message>
    <message>
        <source>destinations de traitement %1–%2</source>
        <translation>treatment destinations %1–%2</translation>
    </message>
    <message>
        <source>populations %1–%2 (kg/hab)</source>
        <translation>populations %1–%2 (kg/inh.)</translation>
    </message>
    <message>
        <source>Comparaisons : même indicateur, même année, pour les territoires englobants.</source>
        <translation>Comparisons: same indicator, same year, for the enclosing territories.</translation>
    </message>
    <message>
        <source>pas de tonnages de déchèterie pour ce territoire</source>
        <translation>no recycling-centre tonnages for this territory</translation>
    </message>
    <message>
        <source>pas de tonnages de déchèterie par habitant pour ce territoire</source>
        <translation>no recycling-centre tonnages per inhabitant for this territory</translation>
    </message>
    <message>
        <source>pas de destinations de traitement pour ce territoire</source>
        <translation>no treatment destinations for this territory</translation>
    </message>
    <message>
        <source>pas de tonnages par habitant à classer pour ce territoire et ses voisins</source>
        <translation>no tonnages per inhabitant to rank for this territory and its neighbours</translation>
    </message>
    <message>
        <source>pas de taux de valorisation pour ce territoire</source>
        <translation>no recovery rate for this territory</translation>
    </message>
    <message>
        <source>Couleur « %1 » non reconnue dans le modèle %2 ; écrivez-la comme #1F6E8C.</source>
        <translation>Colour “%1” not recognised in the template %2; write it like #1F6E8C.</translation>
    </message>
    <message>
        <source>Impossible de lire le modèle de fiche %1 : %2.</source>
        <translation>Cannot read the sheet template %1: %2.</translation>
    </message>
    <message>
        <source>Le modèle de fiche %1 n&apos;est pas un objet JSON valide (%2).</source>
        <translation>The sheet template %1 is not a valid JSON object (%2).</translation>
    </message>
    <message>
        <source>Fiche territoriale déchets</source>
        <translation>Waste fact sheet</translation>
    </message>
    <message>
        <source>Logo introuvable : %1 (indiqué dans le modèle %2).</source>
        <translation>Logo not found: %1 (given in the template %2).</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le modèle %1 : %2.</source>
        <translation>Cannot write the template %1: %2.</translation>
    </message>
    <message>
        <source>Impossible de créer le dossier %1 : vérifiez le chemin et les droits.</source>
        <translation>Cannot create the folder %1: check the path and the permissions.</translation>
    </message>
    <message>
        <source>assemblage de %1</source>
        <translation>assembling %1</translation>
    </message>
    <message>
        <source>Fiches territoriales</source>
        <translation>Territory fact sheets</translation>
    </message>
    <message>
        <source>Échec d&apos;écriture : %1</source>
        <translation>Write failed: %1</translation>
    </message>
    <message>
        <source>Données non disponibles</source>
        <translation>Data not available</translation>
    </message>
    <message>
        <source>Population %1 : %2 habitants (%3)</source>
        <translation>Population %1: %2 inhabitants (%3)</translation>
    </message>
    <message>
        <source>Population %1 : non disponible dans la base – pas de kilogrammes par habitant.</source>
        <translation>Population %1: not available in the store – no kilograms per inhabitant.</translation>
    </message>
    <message>
        <source>Chiffres clés %1</source>
        <translation>Key figures %1</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Valeur</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>vs enquête précédente</source>
        <translation>vs previous survey</translation>
    </message>
    <message>
        <source>depuis la 1re année</source>
        <translation>since the 1st year</translation>
    </message>
    <message>
        <source>Position par rapport aux objectifs</source>
        <translation>Position against the targets</translation>
    </message>
    <message>
        <source>objectif</source>
        <translation>target</translation>
    </message>
    <message>
        <source>Objectif : %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>Graphiques</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Données (%1)</source>
        <translation>Data (%1)</translation>
    </message>
    <message>
        <source>aucune série annuelle pour ce territoire</source>
        <translation>no yearly series for this territory</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Sources et méthode</source>
        <translation>Sources and method</translation>
    </message>
    <message>
        <source>%1 : %2 (importé le %3)</source>
        <translation>%1: %2 (imported on %3)</translation>
    </message>
    <message>
        <source>%1 – généré le %2 par Odema Explorer</source>
        <translation>%1 – generated on %2 by Odema Explorer</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire %1 : %2. Vérifiez le dossier et les droits.</source>
        <translation>Cannot write %1: %2. Check the folder and the permissions.</translation>
    </message>
    <message>
        <source>Impossible de créer le PDF %1.</source>
        <translation>Cannot create the PDF %1.</translation>
    </message>
    <message>
        <source>Graphiques – %1</source>
        <translation>Charts – %1</translation>
    </message>
    <message>
        <source>(%1) : dernière année disponible quand la base n&apos;a pas de données %2 pour cet indicateur (enquêtes OMA jusqu&apos;en 2019, destinations de traitement jusqu&apos;en 2017).</source>
        <translation>(%1): last year available when the store has no %2 data for this indicator (OMA surveys up to 2019, treatment destinations up to 2017).</translation>
    </message>
    <message>
        <source>Comparaisons : même indicateur, même année que la valeur du territoire.</source>
        <translation>Comparisons: same indicator, same year as the territory&apos;s value.</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>objectif %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <source>– : pas de donnée cette année-là (enquêtes SINOE® les années impaires ; OMA jusqu&apos;en 2019, traitement jusqu&apos;en 2017 dans la base).</source>
        <translation>–: no data that year (SINOE® surveys in odd years; OMA up to 2019, treatment up to 2017 in the store).</translation>
    </message>
    <message>
        <source>%1 – générée le %2 par Odema Explorer</source>
        <translation>%1 – generated on %2 by Odema Explorer</translation>
    </message>
    <message>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>Sommaire</source>
        <translation>Contents</translation>
    </message>
    <message numerus="yes">
        <source>Toutes les fiches sont écrites (%1) : %n fichier(s).</source>
        <translation>
            <numerusform>All sheets written (%1): %n file.</numerusform>
            <numerusform>All sheets written (%1): %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) sur %1 en échec ; les autres sont écrites.</source>
        <translation>
            <numerusform>%n sheet of %1 failed; the others were written.</numerusform>
            <numerusform>%n sheets of %1 failed; the others were written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Annulé : %n fichier(s) complet(s) écrit(s), aucun fichier partiel.</source>
        <translation>
            <numerusform>Cancelled: %n complete file written, no partial file.</numerusform>
            <numerusform>Cancelled: %n complete files written, no partial file.</numerusform>
        </translation>
    </message>
    <message>
        <source>le processus qui dessinait cette fiche s&apos;est arrêté (code %1)</source>
        <translation>the process drawing this sheet stopped (code %1)</translation>
    </message>
    <message>
        <source>un processus de dessin s&apos;est arrêté avant d&apos;avoir dessiné ses pages (code %1)</source>
        <translation>a drawing process stopped before drawing its pages (code %1)</translation>
    </message>
    <message>
        <source>Le PDF %1 n&apos;a pas été écrit : %2</source>
        <translation>The PDF %1 was not written: %2</translation>
    </message>
    <message>
        <source>Aucune page à assembler dans %1.</source>
        <translation>No page to put together in %1.</translation>
    </message>
    <message>
        <source>La page %1 manque dans %2.</source>
        <translation>Page %1 is missing from %2.</translation>
    </message>
    <message>
        <source>Assemblage du PDF impossible (%1) : %2</source>
        <translation>The PDF could not be put together (%1): %2</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>pas de valeur avant %1</source>
        <translation>no value before %1</translation>
    </message>
    <message>
        <source>%1 : dernière année disponible (pas de valeur en %2)</source>
        <translation>%1: latest year available (no value in %2)</translation>
    </message>
    <message>
        <source>%1 sans valeur jusqu&apos;en %2 dans les données de la base</source>
        <translation>%1 has no value up to %2 in the store&apos;s data</translation>
    </message>
    <message>
        <source>En %1 : %2 ; trajectoire : %3 attendus en %1, %4 en %5. %6 (écart %7).</source>
        <translation>In %1: %2; trajectory: %3 expected in %1, %4 in %5. %6 (gap %7).</translation>
    </message>
    <message>
        <source>(%1.)</source>
        <translation>(%1.)</translation>
    </message>
    <message>
        <source>L&apos;objectifs.json de l&apos;Odema porte 1 200 000 t en 2030.</source>
        <translation>Odema&apos;s objectifs.json carries 1,200,000 t in 2030.</translation>
    </message>
    <message>
        <source>%1 : %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 : %2 / %3.</source>
        <translation>%1: %2 / %3.</translation>
    </message>
    <message>
        <source>kg/hab : tonnes × 1 000 / population (%1) des mêmes territoires ; un territoire au-dessus du département additionne ses départements au numérateur et au dénominateur.</source>
        <translation>kg/inh.: tonnes × 1,000 / population (%1) of the same territories; a territory above the département adds up its départements in numerator and denominator.</translation>
    </message>
    <message>
        <source>Jamais additionnés : deux jeux de données (DMA ⊇ OMA + déchèteries ; collecte et traitement décrivent les mêmes tonnes).</source>
        <translation>Never added: two data sets (DMA ⊇ OMA + recycling centres; collection and treatment describe the same tonnes).</translation>
    </message>
    <message>
        <source>Évolutions : par rapport à l&apos;enquête précédente et à la première année disponible, en % (en points pour les parts).</source>
        <translation>Changes: against the previous survey and the first year available, in % (in points for shares).</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) de méthode de plus dans la fiche HTML (report --html).</source>
        <translation>
            <numerusform>%n more method note in the HTML sheet (report --html).</numerusform>
            <numerusform>%n more method notes in the HTML sheet (report --html).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSupport</name>
    <message>
        <source>F&amp;iches</source>
        <translation>S&amp;heets</translation>
    </message>
    <message>
        <source>&amp;Fiche territoriale…</source>
        <translation>Territory fact &amp;sheet…</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Fiche territoriale</source>
        <translation>Territory fact sheet</translation>
    </message>
    <message>
        <source>Fiches en &amp;série…</source>
        <translation>Sheets in a &amp;series…</translation>
    </message>
    <message>
        <source>Fiches en série</source>
        <translation>Sheets in a series</translation>
    </message>
    <message>
        <source>&amp;Modèle de fiche…</source>
        <translation>Sheet &amp;template…</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Script de schéma introuvable : %1</source>
        <translation>Schema script not found: %1</translation>
    </message>
    <message>
        <source>Erreur de la base : %1</source>
        <translation>Store error: %1</translation>
    </message>
    <message>
        <source>Requête : %1</source>
        <translation>Query: %1</translation>
    </message>
    <message>
        <source>Écriture impossible dans la base : %1</source>
        <translation>Cannot write to the store: %1</translation>
    </message>
    <message>
        <source>Impossible de lire « %1 » : %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une base Odema (ce n&apos;est pas un fichier SQLite) ; le fichier n&apos;a pas été modifié.</source>
        <translation>“%1” is not an Odema store (not an SQLite file); the file was not changed.</translation>
    </message>
    <message>
        <source>« %1 » est tronqué (%2 octets au lieu d&apos;au moins %3 : copie interrompue ?) ; le fichier n&apos;a pas été modifié. Reprenez une copie complète de la base.</source>
        <translation>“%1” is truncated (%2 bytes instead of at least %3: interrupted copy?); the file was not changed. Take a complete copy of the store again.</translation>
    </message>
    <message>
        <source>La base « %1 » n&apos;existe pas. Créez-la avec « import » ou depuis le menu Fichier.</source>
        <translation>The store “%1” does not exist. Create it with “import” or from the File menu.</translation>
    </message>
    <message>
        <source>La base « %1 » est en lecture seule ; ouvrez-la en consultation ou copiez-la ailleurs.</source>
        <translation>The store “%1” is read-only; open it for viewing or copy it elsewhere.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir la base « %1 » : %2</source>
        <translation>Cannot open the store “%1”: %2</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une base Odema lisible (fichier corrompu ?) : %2</source>
        <translation>“%1” is not a readable Odema store (corrupted file?): %2</translation>
    </message>
    <message>
        <source>« %1 » est une base SQLite vide qui n&apos;a pas été créée par Odema Explorer ; elle n&apos;a pas été modifiée.</source>
        <translation>“%1” is an empty SQLite database not created by Odema Explorer; it was not changed.</translation>
    </message>
    <message>
        <source>« %1 » est une base SQLite, mais pas une base Odema Explorer ; elle n&apos;a pas été modifiée.</source>
        <translation>“%1” is an SQLite database, but not an Odema Explorer store; it was not changed.</translation>
    </message>
    <message>
        <source>« %1 » est illisible ou corrompu : %2</source>
        <translation>“%1” is unreadable or corrupted: %2</translation>
    </message>
    <message>
        <source>La base « %1 » a été écrite par une version plus récente d&apos;Odema Explorer (schéma %2, cette version connaît le schéma %3). Mettez à jour l&apos;application ; la base n&apos;a pas été modifiée.</source>
        <translation>The store “%1” was written by a newer version of Odema Explorer (schema %2; this version knows schema %3). Update the application; the store was not changed.</translation>
    </message>
    <message>
        <source>La base « %1 » est verrouillée par un autre programme (une autre fenêtre d&apos;Odema Explorer, un import en cours ?). Réessayez quand il aura fini ; la base n&apos;a pas été modifiée.</source>
        <translation>The store “%1” is locked by another program (another Odema Explorer window, an import in progress?). Try again when it has finished; the store was not changed.</translation>
    </message>
    <message>
        <source>La base « %1 » est ouverte en lecture seule.</source>
        <translation>The store “%1” is open read-only.</translation>
    </message>
    <message>
        <source>La mise à jour du schéma de « %1 » vers la version %2 a échoué : %3</source>
        <translation>Updating the schema of “%1” to version %2 failed: %3</translation>
    </message>
    <message>
        <source>Une autre session met à jour le schéma de « %1 » depuis plus de %2 s ; réessayez plus tard.</source>
        <translation>Another session has been updating the schema of “%1” for more than %2 s; try again later.</translation>
    </message>
    <message>
        <source>Le pilote PostgreSQL de Qt n&apos;est pas installé : impossible d&apos;ouvrir « %1 ». Sous Debian : sudo apt install libqt6sql6-psql</source>
        <translation>Qt&apos;s PostgreSQL driver is not installed: “%1” cannot be opened. On Debian: sudo apt install libqt6sql6-psql</translation>
    </message>
    <message>
        <source>Le serveur demande le mot de passe de « %1 » pour %2%3. Mettez-le dans ~/.pgpass (hôte:port:base:utilisateur:mot-de-passe, droits 600) ou dans pg_service.conf ; la fenêtre peut aussi le demander et le garder dans le trousseau du bureau.</source>
        <translation>The server wants the password of “%1” for %2%3. Put it in ~/.pgpass (host:port:database:user:password, mode 600) or in pg_service.conf; the window can also ask for it and keep it in the desktop keychain.</translation>
    </message>
    <message>
        <source>l&apos;utilisateur par défaut</source>
        <translation>the default user</translation>
    </message>
    <message>
        <source> (celui donné a été refusé)</source>
        <translation> (the one given was refused)</translation>
    </message>
    <message>
        <source>La base de données de « %1 » n&apos;existe pas sur le serveur. Son administrateur la crée (createdb), puis l&apos;application y crée la base Odema : %2</source>
        <translation>The database of “%1” does not exist on the server. Its administrator creates it (createdb), then the application creates the Odema store in it: %2</translation>
    </message>
    <message>
        <source>Le serveur ne connaît pas l&apos;utilisateur de « %1 » : %2</source>
        <translation>The server does not know the user of “%1”: %2</translation>
    </message>
    <message>
        <source>Impossible de se connecter à « %1 » : %2</source>
        <translation>Cannot connect to “%1”: %2</translation>
    </message>
    <message>
        <source>L&apos;utilisateur « %1 » peut lire « %2 » mais pas y écrire : importer demande le rôle %3 (un administrateur : GRANT %3 TO &quot;%1&quot;;). La base n&apos;a pas été modifiée.</source>
        <translation>User “%1” may read “%2” but not write to it: importing needs the role %3 (an administrator runs: GRANT %3 TO &quot;%1&quot;;). The store was not changed.</translation>
    </message>
    <message>
        <source>L&apos;utilisateur « %1 » ne peut pas créer la base Odema dans « %2 ». Un administrateur prépare la base une fois : odema-explorer roles --db … --apply (voir le README, « Une base partagée »).</source>
        <translation>User “%1” cannot create the Odema store in “%2”. An administrator prepares the database once: odema-explorer roles --db … --apply (see the README, “A shared store”).</translation>
    </message>
    <message>
        <source>« %1 » doit être mise à jour (schéma %2) par un administrateur (rôle %3) : l&apos;utilisateur « %4 » ne peut pas modifier ses tables. En attendant, elle s&apos;ouvre en lecture.</source>
        <translation>“%1” must be updated (schema %2) by an administrator (role %3): user “%4” cannot change its tables. Until then it opens for reading.</translation>
    </message>
    <message>
        <source>La base Odema de « %1 » est bloquée en écriture : la mise à jour de son schéma vers la version %2 a échoué le %3%4. Elle reste lisible. Quand la cause est corrigée, un administrateur relance la mise à jour : odema-explorer migrate --db ADRESSE</source>
        <translation>The Odema store of “%1” is blocked for writing: updating its schema to version %2 failed on %3%4. It can still be read. Once the cause is fixed, an administrator runs the update again: odema-explorer migrate --db ADDRESS</translation>
    </message>
    <message>
        <source> (session interrompue)</source>
        <translation> (session interrupted)</translation>
    </message>
    <message>
        <source>Seul un administrateur (rôle %1) peut relancer la mise à jour du schéma : %2</source>
        <translation>Only an administrator (role %1) can run the schema update again: %2</translation>
    </message>
    <message>
        <source>une autre session</source>
        <translation>another session</translation>
    </message>
    <message>
        <source>%1 (%2, depuis %3)</source>
        <translation>%1 (%2, since %3)</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>« %1 » est déjà en cours d&apos;écriture par %2. Deux imports ne se mélangent jamais : réessayez quand celui-ci sera terminé (les autres fenêtres se mettent alors à jour). Rien n&apos;a été modifié.</source>
        <translation>“%1” is already being written by %2. Two imports never mix: try again once that one has finished (the other windows then refresh). Nothing was changed.</translation>
    </message>
    <message>
        <source>%1 flux renvoient à un territoire, un flux, un mode, un canal ou un fichier absent</source>
        <translation>%1 flows refer to a missing territory, stream, mode, channel or file</translation>
    </message>
    <message>
        <source>Écriture impossible dans la base : la connexion PostgreSQL n&apos;est pas ouverte.</source>
        <translation>Cannot write to the store: the PostgreSQL connection is not open.</translation>
    </message>
    <message>
        <source>COPY refusé</source>
        <translation>COPY refused</translation>
    </message>
    <message>
        <source>envoi des lignes interrompu</source>
        <translation>sending the rows was interrupted</translation>
    </message>
    <message>
        <source>fin du COPY refusée</source>
        <translation>end of COPY refused</translation>
    </message>
    <message>
        <source>Écriture impossible dans la base (%1) : %2</source>
        <translation>Cannot write to the store (%1): %2</translation>
    </message>
    <message>
        <source>« %1 » contient un mot de passe : il ne doit jamais être écrit dans l&apos;adresse de la base (il resterait visible dans l&apos;historique et la liste des processus). Mettez-le dans ~/.pgpass (une ligne hôte:port:base:utilisateur:mot-de-passe, droits 600) ou dans pg_service.conf ; la fenêtre peut aussi le garder dans le trousseau du bureau.</source>
        <translation>“%1” contains a password: it must never be written in the store&apos;s address (it would stay visible in the history and the process list). Put it in ~/.pgpass (a line host:port:database:user:password, mode 600) or in pg_service.conf; the window can also keep it in the desktop keychain.</translation>
    </message>
    <message>
        <source>« %1 » : nom de service PostgreSQL invalide (lettres, chiffres, « _ », « - » et « . » ; voir pg_service.conf).</source>
        <translation>“%1”: invalid PostgreSQL service name (letters, digits, “_”, “-” and “.”; see pg_service.conf).</translation>
    </message>
    <message>
        <source>« %1 » n&apos;est pas une adresse PostgreSQL lisible : %2. Forme attendue : postgresql://utilisateur@hôte:port/base</source>
        <translation>“%1” is not a readable PostgreSQL address: %2. Expected form: postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>« %1 » : le nom de la base ne peut pas contenir « / ».</source>
        <translation>“%1”: the database name cannot contain “/”.</translation>
    </message>
    <message>
        <source>« %1 » : paramètre « %2 » inconnu ou non permis dans l&apos;adresse (permis : sslmode, connect_timeout, service, passfile…).</source>
        <translation>“%1”: parameter “%2” is unknown or not allowed in the address (allowed: sslmode, connect_timeout, service, passfile…).</translation>
    </message>
    <message>
        <source>service PostgreSQL « %1 »</source>
        <translation>PostgreSQL service “%1”</translation>
    </message>
    <message>
        <source>serveur local</source>
        <translation>local server</translation>
    </message>
    <message>
        <source>base par défaut</source>
        <translation>default database</translation>
    </message>
    <message>
        <source>%1 sur %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 sur %2 (%3)</source>
        <translation>%1 on %2 (%3)</translation>
    </message>
    <message>
        <source>« %1 » ne contient pas encore de base Odema. Créez-la avec « import » ou « copy », sous un rôle qui peut créer le schéma (odema_admin).</source>
        <translation>“%1” does not hold an Odema store yet. Create it with “import” or “copy”, under a role that may create the schema (odema_admin).</translation>
    </message>
    <message>
        <source>« %1 » contient déjà d&apos;autres tables, mais pas de base Odema Explorer ; elle n&apos;a pas été modifiée. Demandez une base vide à son administrateur.</source>
        <translation>“%1” already holds other tables, but no Odema Explorer store; it was not changed. Ask its administrator for an empty database.</translation>
    </message>
    <message>
        <source>« %1 » est %2, pas une base Odema : il n&apos;a pas été ouvert. Donnez le chemin d&apos;un fichier de base (.sqlite).</source>
        <translation>“%1” is %2, not an Odema store: it was not opened. Give the path of a store file (.sqlite).</translation>
    </message>
    <message>
        <source>La base « %1 » n&apos;est pas ouverte.</source>
        <translation>The store “%1” is not open.</translation>
    </message>
    <message>
        <source>Le disque de la base « %1 » est plein : l&apos;écriture a été annulée et la base est telle qu&apos;avant. Libérez de la place sur ce disque (ou importez dans une base située ailleurs), puis recommencez.</source>
        <translation>The disk of the store “%1” is full: the write was cancelled and the store is as it was. Free some space on that disk (or import into a store elsewhere), then try again.</translation>
    </message>
    <message>
        <source>La base « %1 » est endommagée (une de ses pages est illisible) ; elle n&apos;a pas été modifiée. Restaurez une copie de sauvegarde, ou réimportez les fichiers sources dans une nouvelle base.</source>
        <translation>The store “%1” is damaged (one of its pages cannot be read); it was not modified. Restore a backup copy, or import the source files again into a new store.</translation>
    </message>
    <message>
        <source>La base « %1 » ne peut pas être écrite (support en lecture seule ou droits insuffisants) ; elle n&apos;a pas été modifiée. Copiez-la dans un dossier où vous pouvez écrire.</source>
        <translation>The store “%1” cannot be written (read-only medium or insufficient rights); it was not modified. Copy it to a folder you can write to.</translation>
    </message>
    <message>
        <source>La base « %1 » ne peut pas être ouverte : le fichier a disparu, ou son dossier est en lecture seule alors qu&apos;elle a des écritures en attente (fichier -wal). Copiez la base avec ses fichiers -wal et -shm dans un dossier où vous pouvez écrire.</source>
        <translation>The store “%1” cannot be opened: the file has gone, or its folder is read-only while it has pending writes (a -wal file). Copy the store with its -wal and -shm files to a folder you can write to.</translation>
    </message>
    <message>
        <source>Le disque de la base « %1 » n&apos;a pas pu être lu ou écrit (support retiré, réseau coupé, disque défaillant ?) ; l&apos;opération a été annulée. Vérifiez le support, puis recommencez.</source>
        <translation>The disk of the store “%1” could not be read or written (medium removed, network down, failing disk?); the operation was cancelled. Check the medium, then try again.</translation>
    </message>
    <message>
        <source>Mémoire insuffisante pour travailler sur la base « %1 » ; l&apos;opération a été annulée. Fermez d&apos;autres programmes, puis recommencez.</source>
        <translation>Not enough memory to work on the store “%1”; the operation was cancelled. Close other programs, then try again.</translation>
    </message>
    <message>
        <source>La lecture de la base « %1 » a été interrompue.</source>
        <translation>Reading the store “%1” was interrupted.</translation>
    </message>
    <message>
        <source>(base en mémoire)</source>
        <translation>(in-memory store)</translation>
    </message>
    <message>
        <source>Détail technique : SQLite %1, « %2 »</source>
        <translation>Technical detail: SQLite %1, “%2”</translation>
    </message>
    <message>
        <source>L&apos;opération sur la base « %1 » a échoué (erreur interne de SQLite). Si cela se reproduit, signalez-le avec le détail ci-dessous.</source>
        <translation>The operation on the store “%1” failed (internal SQLite error). If it happens again, report it with the detail below.</translation>
    </message>
    <message>
        <source>un autre programme (une autre fenêtre d&apos;Odema Explorer, un import en cours ?)</source>
        <translation>another program (another Odema Explorer window, an import in progress?)</translation>
    </message>
    <message>
        <source>un autre import : %1</source>
        <translation>another import: %1</translation>
    </message>
    <message>
        <source>La base « %1 » est en cours d&apos;écriture par %2 ; attente de sa fin (%3 s sur %4)…</source>
        <translation>The store “%1” is being written by %2; waiting for it to finish (%3 s of %4)…</translation>
    </message>
    <message>
        <source>La base « %1 » est verrouillée par %2. Après %3 s d&apos;attente, rien n&apos;a été fait : réessayez quand il aura fini ; la base n&apos;a pas été modifiée.</source>
        <translation>The store “%1” is locked by %2. After waiting %3 s, nothing was done: try again when it has finished; the store was not modified.</translation>
    </message>
    <message>
        <source>%1 (processus %2 sur %3, depuis %4)</source>
        <translation>%1 (process %2 on %3, since %4)</translation>
    </message>
    <message>
        <source>« %1 » est un fichier vide (0 octet), pas une base Odema : vérifiez le chemin. Le fichier n&apos;a pas été modifié.</source>
        <translation>“%1” is an empty file (0 bytes), not an Odema store: check the path. The file was not modified.</translation>
    </message>
    <message>
        <source>« %1 » est la base elle-même (« %2 ») : l&apos;écrire détruirait la base. Choisissez un autre fichier de sortie ; la base n&apos;a pas été modifiée.</source>
        <translation>“%1” is the store itself (“%2”): writing it would destroy the store. Choose another output file; the store was not modified.</translation>
    </message>
    <message>
        <source>« %1 » est un fichier de travail de la base « %2 » (%3) : l&apos;écrire l&apos;abîmerait. Choisissez un autre fichier de sortie ; la base n&apos;a pas été modifiée.</source>
        <translation>“%1” is a working file of the store “%2” (%3): writing it would damage the store. Choose another output file; the store was not modified.</translation>
    </message>
</context>
<context>
    <name>StoreChange</name>
    <message>
        <source>Une autre session</source>
        <translation>Another session</translation>
    </message>
    <message numerus="yes">
        <source>%n fichier(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 a importé %2 (%3 lignes)</source>
        <translation>%1 imported %2 (%3 rows)</translation>
    </message>
    <message>
        <source>%1 a annulé l&apos;import de %2 (%3 lignes retirées)</source>
        <translation>%1 undid the import of %2 (%3 rows removed)</translation>
    </message>
    <message>
        <source>%1 a copié une base entière ici</source>
        <translation>%1 copied a whole store here</translation>
    </message>
    <message>
        <source>%1 a modifié la base</source>
        <translation>%1 changed the store</translation>
    </message>
</context>
<context>
    <name>StoreTasks</name>
    <message>
        <source>Écriture de « %1 »…</source>
        <translation>Writing “%1”…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 : %2 lignes écrites.</source>
        <translation>%1: %2 rows written.</translation>
    </message>
    <message>
        <source>Export annulé : « %1 » n&apos;a pas été écrit.</source>
        <translation>Export cancelled: “%1” was not written.</translation>
    </message>
    <message>
        <source>Export impossible : %1</source>
        <translation>Export failed: %1</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>Impossible de lire le fichier des objectifs %1.</source>
        <translation>Cannot read the targets file %1.</translation>
    </message>
    <message>
        <source>Fichier des objectifs %1 illisible : %2.</source>
        <translation>Targets file %1 is unreadable: %2.</translation>
    </message>
    <message>
        <source>Atteint</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Sur la trajectoire</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>En retard</source>
        <translation>Behind</translation>
    </message>
    <message>
        <source>Non mesurable avec les données de la base</source>
        <translation>Not measurable with the store&apos;s data</translation>
    </message>
    <message>
        <source>Sans objet pour ce territoire</source>
        <translation>Not applicable to this territory</translation>
    </message>
    <message>
        <source>objectif fixé en valeur absolue pour %1 seulement</source>
        <translation>target set in absolute terms for %1 only</translation>
    </message>
    <message>
        <source>aucun indicateur du catalogue ne mesure cet objectif</source>
        <translation>no indicator of the catalogue measures this target</translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>aucune valeur</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>pas de valeur de l&apos;indicateur « %1 » en %2, l&apos;année de référence de l&apos;objectif</source>
        <translation>no value of the indicator “%1” in %2, the target&apos;s reference year</translation>
    </message>
    <message>
        <source>trajectoire linéaire depuis la valeur mesurée en %1</source>
        <translation>straight-line trajectory from the value measured in %1</translation>
    </message>
    <message>
        <source>trajectoire linéaire depuis la première année mesurée (%1)</source>
        <translation>straight-line trajectory from the first year measured (%1)</translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Erreur : %1</source>
        <translation>Error: %1</translation>
    </message>
</context>
<context>
    <name>Territory</name>
    <message>
        <source>Territoire « %1 » illisible : écrivez niveau:code, par exemple region:32, departement:59, epci:200093201 ou commune:59350 (niveaux : %2).</source>
        <translation>Territory “%1” not understood: write level:code, for example region:32, departement:59, epci:200093201 or commune:59350 (levels: %2).</translation>
    </message>
    <message>
        <source>Territoire n° %1 inconnu.</source>
        <translation>Unknown territory no. %1.</translation>
    </message>
    <message>
        <source>Territoire « %1 » absent de la base (importez le fichier qui le décrit).</source>
        <translation>Territory “%1” is not in the store (import the file that describes it).</translation>
    </message>
    <message>
        <source>Aucun territoire ne s&apos;appelle « %1 » ; écrivez niveau:code (region:32, departement:59…).</source>
        <translation>No territory is called “%1”; write level:code (region:32, departement:59…).</translation>
    </message>
    <message>
        <source>« %1 » désigne plusieurs territoires : %2. Écrivez niveau:code.</source>
        <translation>“%1” names several territories: %2. Write level:code.</translation>
    </message>
</context>
<context>
    <name>View</name>
    <message>
        <source>un objet</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>un entier de %1 à %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>true ou false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>un texte</source>
        <translation>a text</translation>
    </message>
    <message>
        <source>une liste de textes</source>
        <translation>a list of texts</translation>
    </message>
    <message>
        <source>%1 : « %2 » doit être %3.</source>
        <translation>%1: “%2” must be %3.</translation>
    </message>
    <message>
        <source>« map.within » doit être region ou france, pas « %1 ».</source>
        <translation>“map.within” must be region or france, not “%1”.</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas une vue Odema Explorer (membre « odemaView » absent).</source>
        <translation>%1 is not an Odema Explorer view (no “odemaView” member).</translation>
    </message>
    <message>
        <source>%1 est une vue de format %2, plus récent que celui de cette version (%3) : ouvrez-la avec une version plus récente d&apos;Odema Explorer.</source>
        <translation>%1 is a view of format %2, newer than this version&apos;s (%3): open it with a newer version of Odema Explorer.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire la vue %1 : %2.</source>
        <translation>Cannot write the view %1: %2.</translation>
    </message>
    <message>
        <source>Impossible de lire la vue %1 : %2.</source>
        <translation>Cannot read the view %1: %2.</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas une vue Odema Explorer (fichier de plus d&apos;un Mo).</source>
        <translation>%1 is not an Odema Explorer view (file larger than 1 MB).</translation>
    </message>
    <message>
        <source>%1 n&apos;est pas une vue Odema Explorer (un objet JSON est attendu).</source>
        <translation>%1 is not an Odema Explorer view (a JSON object is expected).</translation>
    </message>
    <message>
        <source>le territoire %1, absent de cette base</source>
        <translation>the territory %1, not in this store</translation>
    </message>
    <message>
        <source>le flux %1, absent de cette base</source>
        <translation>the stream %1, not in this store</translation>
    </message>
    <message>
        <source>le mode de traitement %1, absent de cette base</source>
        <translation>the treatment mode %1, not in this store</translation>
    </message>
    <message>
        <source>le canal de collecte %1, absent de cette base</source>
        <translation>the collection channel %1, not in this store</translation>
    </message>
    <message>
        <source>les années %1–%2, sans aucun tonnage dans cette base</source>
        <translation>the years %1–%2, without any tonnage in this store</translation>
    </message>
</context>
<context>
    <name>ViewController</name>
    <message>
        <source>l&apos;onglet « %1 », absent de cette fenêtre</source>
        <translation>the “%1” tab, not in this window</translation>
    </message>
    <message>
        <source>une partie des territoires (l&apos;arbre n&apos;affiche pas tous ceux de la vue)</source>
        <translation>some of the territories (the tree does not show all of the view&apos;s)</translation>
    </message>
    <message>
        <source>les années %1 : la fenêtre montre %2, les années de cette base</source>
        <translation>the years %1: the window shows %2, this store&apos;s years</translation>
    </message>
    <message>
        <source>une partie des flux (absents des tonnages de cette base)</source>
        <translation>some of the streams (not in this store&apos;s tonnages)</translation>
    </message>
    <message>
        <source>une partie des modes de traitement (absents des tonnages de cette base)</source>
        <translation>some of the treatment modes (not in this store&apos;s tonnages)</translation>
    </message>
    <message>
        <source>les canaux de collecte (la barre de filtres n&apos;en choisit qu&apos;un)</source>
        <translation>the collection channels (the filter bar picks only one)</translation>
    </message>
    <message>
        <source>le type ou le texte du filtre</source>
        <translation>the kind or the text of the filter</translation>
    </message>
    <message>
        <source>le tri du tableau</source>
        <translation>the table&apos;s sort order</translation>
    </message>
    <message>
        <source>les réglages du tableau croisé</source>
        <translation>the cross table&apos;s settings</translation>
    </message>
    <message>
        <source>Enregistrer la vue</source>
        <translation>Save view</translation>
    </message>
    <message>
        <source>Vues Odema Explorer (*.json)</source>
        <translation>Odema Explorer views (*.json)</translation>
    </message>
    <message>
        <source>Vue enregistrée : %1</source>
        <translation>View saved: %1</translation>
    </message>
    <message>
        <source>Ouvrir une vue</source>
        <translation>Open a view</translation>
    </message>
    <message>
        <source>Vues Odema Explorer (*.json);;Tous les fichiers (*)</source>
        <translation>Odema Explorer views (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Vue ouverte : %1</source>
        <translation>View opened: %1</translation>
    </message>
    <message>
        <source>Vue ouverte en partie : %1</source>
        <translation>View partly opened: %1</translation>
    </message>
    <message>
        <source>La vue « %1 » est ouverte, sauf :
• %2</source>
        <translation>The view “%1” is open, except:
• %2</translation>
    </message>
</context>
<context>
    <name>odema::gui::AboutDialog</name>
    <message>
        <source>Licence Ouverte / Etalab 2.0</source>
        <translation>Licence Ouverte / Etalab 2.0 (Open Licence)</translation>
    </message>
    <message>
        <source>Odema Explorer %1</source>
        <translation>Odema Explorer %1</translation>
    </message>
    <message>
        <source>Explorateur des données déchets de l&apos;Odema, l&apos;observatoire régional des déchets et des matériaux des Hauts-de-France (Cerdd).</source>
        <translation>Explorer for the waste data of the Odema, the regional waste and materials observatory of Hauts-de-France (Cerdd).</translation>
    </message>
    <message>
        <source>Données</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Tonnages collectés et traités : ADEME, base SINOE® (data.ademe.fr, data.gouv.fr), sous %1.</source>
        <translation>Collected and treated tonnages: ADEME, SINOE® database (data.ademe.fr, data.gouv.fr), under the %1.</translation>
    </message>
    <message>
        <source>Tonnages et capacités des ISDND, objectifs régionaux : Odema (Cerdd), sous %1.</source>
        <translation>Landfill (ISDND) tonnages and capacities, regional targets: Odema (Cerdd), under the %1.</translation>
    </message>
    <message>
        <source>Code officiel géographique, populations légales et estimations de population : INSEE, sous %1.</source>
        <translation>Official geographic code, legal populations and population estimates: INSEE, under the %1.</translation>
    </message>
    <message>
        <source>Composition des EPCI : jeu « Découpage administratif » d&apos;Etalab (data.gouv.fr), sous %1.</source>
        <translation>EPCI membership: Etalab “Découpage administratif” data set (data.gouv.fr), under the %1.</translation>
    </message>
    <message>
        <source>Contours des territoires : IGN, Admin Express, sous %1.</source>
        <translation>Territory boundaries: IGN, Admin Express, under the %1.</translation>
    </message>
    <message>
        <source>Les chiffres affichés sont calculés à partir de ces données ; ils n&apos;engagent pas leurs producteurs.</source>
        <translation>The figures shown are computed from these data; their producers are not responsible for them.</translation>
    </message>
    <message>
        <source>Bibliothèques</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <source>SQLite, domaine public</source>
        <translation>SQLite, public domain</translation>
    </message>
    <message>
        <source>SQLite %1, domaine public</source>
        <translation>SQLite %1, public domain</translation>
    </message>
    <message>
        <source>libxlsxwriter %1 (écriture des classeurs XLSX), sous licence BSD</source>
        <translation>libxlsxwriter %1 (writing XLSX workbooks), under the BSD licence</translation>
    </message>
    <message>
        <source>QuaZip %1 (lecture des classeurs XLSX), sous LGPL 2.1</source>
        <translation>QuaZip %1 (reading XLSX workbooks), under the LGPL 2.1</translation>
    </message>
    <message>
        <source>PROJ %1 (projection Lambert-93), sous licence MIT</source>
        <translation>PROJ %1 (Lambert-93 projection), under the MIT licence</translation>
    </message>
    <message>
        <source>À propos d&apos;Odema Explorer</source>
        <translation>About Odema Explorer</translation>
    </message>
    <message>
        <source>Qt %1 (Core, Gui, Widgets, Sql, Svg, PrintSupport), sous LGPL 3</source>
        <translation>Qt %1 (Core, Gui, Widgets, Sql, Svg, PrintSupport), under the LGPL 3</translation>
    </message>
    <message>
        <source>Qt Charts %1, sous GPL 3</source>
        <translation>Qt Charts %1, under the GPL 3</translation>
    </message>
    <message>
        <source>QPDF %1 (assemblage des fiches en un seul PDF), sous licence Apache 2.0</source>
        <translation>QPDF %1 (puts the sheets together into one PDF), under the Apache 2.0 licence</translation>
    </message>
</context>
<context>
    <name>odema::gui::ChartExportDialog</name>
    <message>
        <source>Exporter le graphique</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>SVG (vectoriel, texte modifiable)</source>
        <translation>SVG (vector, editable text)</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG (image)</translation>
    </message>
    <message>
        <source>PDF (vectoriel)</source>
        <translation>PDF (vector)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Format :</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Largeur :</source>
        <translation>Width:</translation>
    </message>
    <message>
        <source>Hauteur :</source>
        <translation>Height:</translation>
    </message>
    <message>
        <source>Résolution :</source>
        <translation>Resolution:</translation>
    </message>
</context>
<context>
    <name>odema::gui::ChartPanel</name>
    <message>
        <source>Tonnes</source>
        <translation>Tonnes</translation>
    </message>
    <message>
        <source>kg par habitant</source>
        <translation>kg per inhabitant</translation>
    </message>
    <message>
        <source>% du total</source>
        <translation>% of the total</translation>
    </message>
    <message>
        <source>Selon l&apos;objectif</source>
        <translation>According to the target</translation>
    </message>
    <message>
        <source>dernière année complète</source>
        <translation>last complete year</translation>
    </message>
    <message>
        <source>Année des graphiques d&apos;une seule année : anneau, classement, plusieurs territoires.</source>
        <translation>Year of single-year charts: ring, ranking, several territories.</translation>
    </message>
    <message>
        <source>Anneau d&apos;une année</source>
        <translation>One-year ring</translation>
    </message>
    <message>
        <source>Toute la France</source>
        <translation>All of France</translation>
    </message>
    <message>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Exporter tous les graphiques…</source>
        <translation>Export all charts…</translation>
    </message>
    <message>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copie le graphique comme image dans le presse-papiers.</source>
        <translation>Copies the chart as an image to the clipboard.</translation>
    </message>
    <message>
        <source>Graphique :</source>
        <translation>Chart:</translation>
    </message>
    <message>
        <source>Les objectifs (resources/targets.json) sont illisibles : les graphiques ne peuvent pas être tracés.</source>
        <translation>The targets (resources/targets.json) are unreadable: the charts cannot be drawn.</translation>
    </message>
    <message>
        <source>Choisissez un territoire pour voir ses graphiques.</source>
        <translation>Choose a territory to see its charts.</translation>
    </message>
    <message>
        <source>Pas de données pour cette sélection</source>
        <translation>No data for this selection</translation>
    </message>
    <message>
        <source>Exporter le graphique</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>Fichiers %1 (*.%2)</source>
        <translation>%1 files (*.%2)</translation>
    </message>
    <message>
        <source>Exporter tous les graphiques</source>
        <translation>Export all charts</translation>
    </message>
    <message>
        <source>Dossier des graphiques</source>
        <translation>Charts folder</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n graphique(s) écrit(s) dans %1 :
%2</source>
        <translation>
            <numerusform>%n chart written to %1:
%2</numerusform>
            <numerusform>%n charts written to %1:
%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Sans données : %1</source>
        <translation>No data: %1</translation>
    </message>
    <message>
        <source>Par flux</source>
        <translation>By stream</translation>
    </message>
    <message>
        <source>Un territoire : aires empilées par flux de déchets.</source>
        <translation>One territory: areas stacked by waste stream.</translation>
    </message>
    <message>
        <source>l&apos;objectif « %1 » du graphique, inconnu de cette version</source>
        <translation>the chart&apos;s target “%1”, unknown to this version</translation>
    </message>
    <message>
        <source>la mesure « %1 » du graphique, que ce type n&apos;offre pas</source>
        <translation>the chart&apos;s measure “%1”, which this kind does not offer</translation>
    </message>
</context>
<context>
    <name>odema::gui::ExplorerView</name>
    <message>
        <source>Tableau</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Tableau croisé</source>
        <translation>Pivot table</translation>
    </message>
    <message>
        <source>Lecture impossible : %1</source>
        <translation>Cannot read: %1</translation>
    </message>
    <message>
        <source>Chercher un territoire (nom ou code)</source>
        <translation>Search a territory (name or code)</translation>
    </message>
    <message>
        <source>Inclure les territoires contenus</source>
        <translation>Include the contained territories</translation>
    </message>
    <message>
        <source>Coché : une région compte ses départements (les tonnages SINOE® sont donnés par département). Décoché : seulement les lignes du territoire lui-même.</source>
        <translation>Checked: a region counts its départements (SINOE® tonnages are given per département). Unchecked: only the rows of the territory itself.</translation>
    </message>
    <message>
        <source>Lignes</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Territoires</source>
        <translation>Territories</translation>
    </message>
    <message>
        <source>Flux</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Modes de traitement</source>
        <translation>Treatment methods</translation>
    </message>
    <message>
        <source>Valeurs</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>Tonnes</translation>
    </message>
    <message>
        <source>kg/hab</source>
        <translation>kg/inh.</translation>
    </message>
    <message>
        <source>Part du total de l&apos;année (%)</source>
        <translation>Share of the year&apos;s total (%)</translation>
    </message>
    <message>
        <source>Aucune donnée pour ces filtres.</source>
        <translation>No data for these filters.</translation>
    </message>
    <message>
        <source>Tonnages de %1 (collecte et traitement ne s&apos;additionnent pas).</source>
        <translation>Tonnages of %1 (collection and treatment are not added together).</translation>
    </message>
    <message>
        <source>Calcul…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Recherche des lignes…</source>
        <translation>Finding the rows…</translation>
    </message>
    <message>
        <source>1 ligne</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>%1 lignes</source>
        <translation>%1 rows</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Comptage des lignes…</source>
        <translation>Counting rows…</translation>
    </message>
</context>
<context>
    <name>odema::gui::FactSheetDialog</name>
    <message>
        <source>Fiche territoriale</source>
        <translation>Territory fact sheet</translation>
    </message>
    <message>
        <source>&amp;Territoire :</source>
        <translation>&amp;Territory:</translation>
    </message>
    <message>
        <source>dernière année avec des données</source>
        <translation>last year with data</translation>
    </message>
    <message>
        <source>&amp;Année :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>A&amp;perçu</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>Enregistrer en &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Enregistrer en &amp;HTML…</source>
        <translation>Save as &amp;HTML…</translation>
    </message>
    <message>
        <source>Choisissez un territoire dans la liste.</source>
        <translation>Choose a territory in the list.</translation>
    </message>
    <message>
        <source>%1, données %2 : 2 pages A4.</source>
        <translation>%1, data %2: 2 A4 pages.</translation>
    </message>
    <message>
        <source>Enregistrer la fiche en HTML</source>
        <translation>Save the sheet as HTML</translation>
    </message>
    <message>
        <source>Enregistrer la fiche en PDF</source>
        <translation>Save the sheet as PDF</translation>
    </message>
    <message>
        <source>Page HTML (*.html)</source>
        <translation>HTML page (*.html)</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Fiche enregistrée : %1</source>
        <translation>Sheet saved: %1</translation>
    </message>
</context>
<context>
    <name>odema::gui::FactSheetSeriesDialog</name>
    <message>
        <source>Fiches en série</source>
        <translation>Sheets in a series</translation>
    </message>
    <message>
        <source>&amp;Dans :</source>
        <translation>&amp;Within:</translation>
    </message>
    <message>
        <source>&amp;Niveau des fiches :</source>
        <translation>Sheet &amp;level:</translation>
    </message>
    <message>
        <source>dernière année avec des données</source>
        <translation>last year with data</translation>
    </message>
    <message>
        <source>&amp;Année :</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Un PDF par territoire</source>
        <translation>One PDF per territory</translation>
    </message>
    <message>
        <source>fiches</source>
        <translation>sheets</translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Dossier des fiches</source>
        <translation>Sheets folder</translation>
    </message>
    <message>
        <source>{code}, {nom}, {niveau}, {annee} sont remplacés pour chaque territoire.</source>
        <translation>{code}, {nom}, {niveau}, {annee} are replaced for each territory.</translation>
    </message>
    <message>
        <source>Nom des fichiers :</source>
        <translation>File names:</translation>
    </message>
    <message>
        <source>Écrire aussi une page HTML par territoire</source>
        <translation>Also write one HTML page per territory</translation>
    </message>
    <message>
        <source>Un seul PDF avec sommaire</source>
        <translation>A single PDF with a table of contents</translation>
    </message>
    <message>
        <source>fiches.pdf</source>
        <translation>sheets.pdf</translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>PDF des fiches</source>
        <translation>PDF of the sheets</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Produire les fiches</source>
        <translation>&amp;Produce the sheets</translation>
    </message>
    <message>
        <source>Fiches territoriales – %1, niveau %2</source>
        <translation>Territory fact sheets – %1, level %2</translation>
    </message>
    <message numerus="yes">
        <source>%n territoire(s) – Échap ou « Fermer » annule après la fiche en cours.</source>
        <translation>
            <numerusform>%n territory – Esc or “Close” cancels after the current sheet.</numerusform>
            <numerusform>%n territories – Esc or “Close” cancels after the current sheet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odema::gui::FilterBar</name>
    <message>
        <source>Années</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Première année</source>
        <translation>First year</translation>
    </message>
    <message>
        <source>Dernière année</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Tous les canaux</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>Collecte et traitement</source>
        <translation>Collection and treatment</translation>
    </message>
    <message>
        <source>Collecte</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Traitement</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Les tonnages de collecte et de traitement décrivent les mêmes déchets : ils sont totalisés séparément, jamais additionnés.</source>
        <translation>Collection and treatment tonnages describe the same waste: they are totalled separately, never added together.</translation>
    </message>
    <message>
        <source>Texte : territoire, flux, mode…</source>
        <translation>Text: territory, stream, method…</translation>
    </message>
    <message>
        <source>Réinitialiser</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Toutes les années, tous les flux, modes et canaux, sans texte</source>
        <translation>All years, all streams, methods and channels, no text</translation>
    </message>
    <message>
        <source>Tous les flux</source>
        <translation>All streams</translation>
    </message>
    <message>
        <source>Tous les modes</source>
        <translation>All methods</translation>
    </message>
    <message>
        <source>%1 flux</source>
        <translation>%1 streams</translation>
    </message>
    <message>
        <source>%1 modes</source>
        <translation>%1 methods</translation>
    </message>
</context>
<context>
    <name>odema::gui::ImportDialog</name>
    <message>
        <source>Importer des fichiers</source>
        <translation>Import files</translation>
    </message>
    <message>
        <source>Fichiers</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Fichiers à importer (déposez-les ici) :</source>
        <translation>Files to import (drop them here):</translation>
    </message>
    <message>
        <source>Ajouter des fichiers…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <source>détecté</source>
        <translation>detected</translation>
    </message>
    <message>
        <source>point-virgule ;</source>
        <translation>semicolon ;</translation>
    </message>
    <message>
        <source>virgule ,</source>
        <translation>comma ,</translation>
    </message>
    <message>
        <source>tabulation</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>barre |</source>
        <translation>bar |</translation>
    </message>
    <message>
        <source>les deux (1 234,5 et 1234.5)</source>
        <translation>both (1 234,5 and 1234.5)</translation>
    </message>
    <message>
        <source>virgule (1.234,5)</source>
        <translation>comma (1.234,5)</translation>
    </message>
    <message>
        <source>point (1,234.5)</source>
        <translation>point (1,234.5)</translation>
    </message>
    <message>
        <source>détectée</source>
        <translation>detected</translation>
    </message>
    <message>
        <source>Feuille</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>Encodage</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Séparateur</source>
        <translation>Delimiter</translation>
    </message>
    <message>
        <source>Séparateur décimal</source>
        <translation>Decimal separator</translation>
    </message>
    <message>
        <source>Ligne d&apos;en-tête</source>
        <translation>Header line</translation>
    </message>
    <message>
        <source>Détection</source>
        <translation>Detection</translation>
    </message>
    <message>
        <source>Aperçu des 20 premières lignes telles qu&apos;elles seront lues :</source>
        <translation>Preview of the first 20 rows as they will be read:</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Lignes ajoutées</source>
        <translation>Rows added</translation>
    </message>
    <message>
        <source>Tonnes ajoutées</source>
        <translation>Tonnes added</translation>
    </message>
    <message>
        <source>Lignes remplacées</source>
        <translation>Rows replaced</translation>
    </message>
    <message>
        <source>Tonnes remplacées</source>
        <translation>Tonnes replaced</translation>
    </message>
    <message>
        <source>Vérification (rien n&apos;est écrit) :</source>
        <translation>Check (nothing is written):</translation>
    </message>
    <message>
        <source>Écarter les lignes en erreur (elles seront copiées dans un fichier .rejets.csv à côté du fichier)</source>
        <translation>Set aside the rows in error (they will be copied to a .rejets.csv file next to the file)</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Vérifier</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fichiers à importer</source>
        <translation>Files to import</translation>
    </message>
    <message>
        <source>Données (*.csv *.txt *.tsv *.xlsx *.json);;Tous les fichiers (*)</source>
        <translation>Data (*.csv *.txt *.tsv *.xlsx *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Correspondance « %1 » enregistrée : elle sera proposée pour les fichiers ayant le même en-tête.</source>
        <translation>Mapping “%1” saved: it will be offered for files with the same header.</translation>
    </message>
    <message>
        <source>encodage %1</source>
        <translation>encoding %1</translation>
    </message>
    <message>
        <source>séparateur « %1 »</source>
        <translation>delimiter “%1”</translation>
    </message>
    <message>
        <source>décimales « %1 »</source>
        <translation>decimals “%1”</translation>
    </message>
    <message>
        <source>en-tête ligne %1</source>
        <translation>header line %1</translation>
    </message>
    <message>
        <source>format non reconnu : choisissez les colonnes ci-dessous</source>
        <translation>layout not recognised: choose the columns below</translation>
    </message>
    <message>
        <source>format : %1</source>
        <translation>layout: %1</translation>
    </message>
    <message>
        <source>correspondance « %1 » reprise (même en-tête)</source>
        <translation>mapping “%1” reused (same header)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lecture impossible :&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Cannot read:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Lu comme le nombre %1 (texte du fichier : « %2 »)</source>
        <translation>Read as the number %1 (text in the file: “%2”)</translation>
    </message>
    <message>
        <source>Illisible comme nombre : cette ligne sera signalée</source>
        <translation>Not readable as a number: this row will be reported</translation>
    </message>
    <message>
        <source>Déjà importé (%1) : rien ne changerait.</source>
        <translation>Already imported (%1): nothing would change.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Territoires</source>
        <translation>Territories</translation>
    </message>
    <message>
        <source>Flux</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Populations</source>
        <translation>Populations</translation>
    </message>
    <message>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) problème(s)</source>
        <translation>
            <numerusform>… and %n other problem</numerusform>
            <numerusform>… and %n other problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun problème : le fichier peut être importé.</source>
        <translation>No problem: the file can be imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n problème(s) : l&apos;import sera refusé, sauf si vous écartez ces lignes.</source>
        <translation>
            <numerusform>%n problem: the import will be refused unless you set this row aside.</numerusform>
            <numerusform>%n problems: the import will be refused unless you set these rows aside.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ligne %1 : %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>%1 : %2 lignes (%3 %)</source>
        <translation>%1: %2 rows (%3 %)</translation>
    </message>
    <message>
        <source>Terminé.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Vérification de %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message numerus="yes">
        <source>Import de %n fichier(s)…</source>
        <translation>
            <numerusform>Importing %n file…</numerusform>
            <numerusform>Importing %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 vérifié : %2 lignes lisibles, %n problème(s).</source>
        <translation>
            <numerusform>%1 checked: %2 readable rows, %n problem.</numerusform>
            <numerusform>%1 checked: %2 readable rows, %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>✗ %1 : %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>= %1 : déjà importé (%2), rien n&apos;a changé.</source>
        <translation>= %1: already imported (%2), nothing changed.</translation>
    </message>
    <message>
        <source>Annulé : la base est telle qu&apos;avant l&apos;import.</source>
        <translation>Cancelled: the store is as it was before the import.</translation>
    </message>
    <message>
        <source>Import annulé : aucun des fichiers n&apos;a été importé, la base est telle qu&apos;avant.</source>
        <translation>Import cancelled: none of the files was imported, the store is as it was before.</translation>
    </message>
    <message>
        <source>Enregistrement dans la base…</source>
        <translation>Saving to the store…</translation>
    </message>
    <message>
        <source>Refusé : la base est telle qu&apos;avant l&apos;import.</source>
        <translation>Refused: the store is as it was before the import.</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) avertissement(s)</source>
        <translation>
            <numerusform>… and %n other warning</numerusform>
            <numerusform>… and %n other warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>⚠ %1 : %2</source>
        <translation>⚠ %1: %2</translation>
    </message>
    <message>
        <source>✓ %1 : %2 lignes enregistrées.</source>
        <translation>✓ %1: %2 rows stored.</translation>
    </message>
    <message>
        <source>    %1 lignes d&apos;un millésime antérieur remplacées.</source>
        <translation>    %1 rows of an earlier edition replaced.</translation>
    </message>
    <message>
        <source>    %1 lignes écartées, copiées dans %2.</source>
        <translation>    %1 rows set aside, copied to %2.</translation>
    </message>
    <message numerus="yes">
        <source>    %n avertissement(s) :</source>
        <translation>
            <numerusform>    %n warning:</numerusform>
            <numerusform>    %n warnings:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odema::gui::ImportHistoryPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Lignes</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>« Annuler cet import » retire exactement les lignes (tonnages, populations, ISDND) apportées par le fichier. Les territoires qu&apos;il a créés restent, et les lignes d&apos;un millésime antérieur qu&apos;il avait remplacées ne reviennent pas : réimportez ce fichier-là si besoin.</source>
        <translation>“Undo this import” removes exactly the rows (tonnages, populations, landfills) the file brought. The territories it created stay, and the rows of an earlier edition it replaced do not come back: import that file again if needed.</translation>
    </message>
    <message>
        <source>Annuler cet import</source>
        <translation>Undo this import</translation>
    </message>
    <message numerus="yes">
        <source>%n fichier(s) importé(s).</source>
        <translation>
            <numerusform>%n file imported.</numerusform>
            <numerusform>%n files imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retirer de la base toutes les lignes apportées par « %1 » ?</source>
        <translation>Remove from the store every row brought by “%1”?</translation>
    </message>
    <message>
        <source>« %1 » retiré : %2 tonnages, %3 valeurs publiées, %4 populations, %5 années d&apos;ISDND, %6 installations.</source>
        <translation>“%1” removed: %2 tonnages, %3 published values, %4 populations, %5 landfill years, %6 installations.</translation>
    </message>
    <message>
        <source>%1 lignes d&apos;un autre export qu&apos;il avait remplacées sont revenues.</source>
        <translation>%1 rows of another export that it had replaced are back.</translation>
    </message>
    <message>
        <source>Avertissements</source>
        <translation>Warnings</translation>
    </message>
</context>
<context>
    <name>odema::gui::MainWindow</name>
    <message>
        <source>Odema Explorer — %1</source>
        <translation>Odema Explorer — %1</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Nouvelle base…</source>
        <translation>&amp;New store…</translation>
    </message>
    <message>
        <source>&amp;Ouvrir une base…</source>
        <translation>&amp;Open a store…</translation>
    </message>
    <message>
        <source>Bases &amp;récentes</source>
        <translation>&amp;Recent stores</translation>
    </message>
    <message>
        <source>&amp;Importer des fichiers…</source>
        <translation>&amp;Import files…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Exporter le tableau…</source>
        <translation>&amp;Export the table…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>É&amp;dition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Copier les cellules</source>
        <translation>&amp;Copy the cells</translation>
    </message>
    <message>
        <source>Ouvrir une base</source>
        <translation>Open a store</translation>
    </message>
    <message>
        <source>Nouvelle base</source>
        <translation>New store</translation>
    </message>
    <message>
        <source>Bases Odema (*.sqlite)</source>
        <translation>Odema stores (*.sqlite)</translation>
    </message>
    <message>
        <source>« %1 » existe déjà : ouvrez-la, ou choisissez un autre nom.</source>
        <translation>“%1” already exists: open it, or choose another name.</translation>
    </message>
    <message>
        <source>Bases Odema (*.sqlite);;Tous les fichiers (*)</source>
        <translation>Odema stores (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>CSV pour Excel — point-virgule, virgule décimale (*.csv)</source>
        <translation>CSV for Excel — semicolon, decimal comma (*.csv)</translation>
    </message>
    <message>
        <source>CSV RFC 4180 — virgule, point décimal (*.csv)</source>
        <translation>CSV RFC 4180 — comma, decimal point (*.csv)</translation>
    </message>
    <message>
        <source>Classeur Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>tableau-croise</source>
        <translation>pivot-table</translation>
    </message>
    <message>
        <source>flux</source>
        <translation>streams</translation>
    </message>
    <message>
        <source>Exporter le tableau croisé</source>
        <translation>Export the pivot table</translation>
    </message>
    <message>
        <source>Exporter le tableau</source>
        <translation>Export the table</translation>
    </message>
    <message>
        <source>Enregistrer la &amp;vue…</source>
        <translation>Save &amp;view…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Ouvrir une v&amp;ue…</source>
        <translation>Open a vie&amp;w…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>odema::gui::MapPanel</name>
    <message>
        <source>Départements de la région</source>
        <translation>Départements of the region</translation>
    </message>
    <message>
        <source>EPCI de la région</source>
        <translation>EPCI of the region</translation>
    </message>
    <message>
        <source>Communes de la région</source>
        <translation>Communes of the region</translation>
    </message>
    <message>
        <source>Départements de France</source>
        <translation>Départements of France</translation>
    </message>
    <message>
        <source>Régions de France</source>
        <translation>Regions of France</translation>
    </message>
    <message>
        <source>kg/hab</source>
        <translation>kg/inh.</translation>
    </message>
    <message>
        <source>Tonnes</source>
        <translation>Tonnes</translation>
    </message>
    <message>
        <source>Part du flux ou du mode (%)</source>
        <translation>Share of the stream or method (%)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>fin de période</source>
        <translation>end of period</translation>
    </message>
    <message>
        <source>Année de la carte ; par défaut la dernière année de la période choisie.</source>
        <translation>Year of the map; by default the last year of the chosen period.</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Évolution depuis cette année (en %, palette divergente).</source>
        <translation>Change since this year (in %, diverging palette).</translation>
    </message>
    <message>
        <source>ISDND</source>
        <translation>Landfills (ISDND)</translation>
    </message>
    <message>
        <source>Installations de stockage de déchets non dangereux, cercles proportionnels au tonnage de l&apos;année.</source>
        <translation>Non-hazardous waste landfill sites, circles proportional to the year&apos;s tonnage.</translation>
    </message>
    <message>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Évolution depuis</source>
        <translation>Change since</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>Classes</translation>
    </message>
    <message>
        <source>Pas de données pour cette sélection à ce niveau : territoires hachurés.</source>
        <translation>No data for this selection at this level: territories hatched.</translation>
    </message>
    <message>
        <source>Exporter la carte</source>
        <translation>Export the map</translation>
    </message>
    <message>
        <source>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Choisissez un fichier .png, .svg ou .pdf.</source>
        <translation>Choose a .png, .svg or .pdf file.</translation>
    </message>
    <message>
        <source>Résolution (dpi) :</source>
        <translation>Resolution (dpi):</translation>
    </message>
    <message>
        <source>le niveau « %1 » de la carte, que l&apos;onglet n&apos;offre pas</source>
        <translation>the map level “%1”, which the tab does not offer</translation>
    </message>
</context>
<context>
    <name>odema::gui::MapView</name>
    <message>
        <source>%1 (%2)
Contour sans commune actuelle (code ancien non rattaché)</source>
        <translation>%1 (%2)
Boundary without a current commune (former code not attached)</translation>
    </message>
    <message>
        <source>non renseigné</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>%1/an</source>
        <translation>%1/year</translation>
    </message>
    <message>
        <source>non renseignée</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>%1 (ISDND, AIOT %2)
Tonnage enfoui en %3 : %4
Capacité autorisée en %3 : %5</source>
        <translation>%1 (ISDND, AIOT %2)
Tonnage landfilled in %3: %4
Permitted capacity in %3: %5</translation>
    </message>
    <message>
        <source>
Capacité autorisée restante %1–%2 : %3</source>
        <translation>
Remaining permitted capacity %1–%2: %3</translation>
    </message>
    <message>
        <source>
Pas de capacité autorisée après %1</source>
        <translation>
No permitted capacity after %1</translation>
    </message>
</context>
<context>
    <name>odema::gui::MappingEditor</name>
    <message>
        <source>Correspondance des colonnes (format non reconnu)</source>
        <translation>Column mapping (layout not recognised)</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>niveau</source>
        <translation>level</translation>
    </message>
    <message>
        <source>codes</source>
        <translation>codes</translation>
    </message>
    <message>
        <source>Cochez si la colonne contient des codes (« 02A ») plutôt que des libellés.</source>
        <translation>Check if the column holds codes (“02A”) rather than labels.</translation>
    </message>
    <message>
        <source>Nom de la correspondance (ex. « Export syndicat »)</source>
        <translation>Name of the mapping (e.g. “Authority export”)</translation>
    </message>
    <message>
        <source>Enregistrer la correspondance</source>
        <translation>Save the mapping</translation>
    </message>
    <message>
        <source>— aucune —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>%1 (colonne %2)</source>
        <translation>%1 (column %2)</translation>
    </message>
    <message>
        <source>Toutes les colonnes obligatoires sont choisies.</source>
        <translation>Every required column is chosen.</translation>
    </message>
    <message>
        <source>À choisir : %1.</source>
        <translation>Still to choose: %1.</translation>
    </message>
</context>
<context>
    <name>odema::gui::QualityModel</name>
    <message>
        <source>Fichiers : %1</source>
        <translation>Files: %1</translation>
    </message>
    <message>
        <source>Pris en compte le %1 : %2</source>
        <translation>Acknowledged on %1: %2</translation>
    </message>
    <message>
        <source>Gravité</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Contrôle</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Jeux de données</source>
        <translation>Data sets</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Écart (%)</source>
        <translation>Gap (%)</translation>
    </message>
    <message>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>odema::gui::QualityPanel</name>
    <message>
        <source>Contrôles impossibles : %1</source>
        <translation>Checks impossible: %1</translation>
    </message>
    <message>
        <source>Tous les constats</source>
        <translation>All findings</translation>
    </message>
    <message>
        <source>Avertissements et erreurs</source>
        <translation>Warnings and errors</translation>
    </message>
    <message>
        <source>Erreurs seulement</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <source>Rechercher (territoire, jeu de données, contrôle…)</source>
        <translation>Search (territory, data set, check…)</translation>
    </message>
    <message>
        <source>Relancer les contrôles</source>
        <translation>Run the checks again</translation>
    </message>
    <message>
        <source>Commentaire : ce qui a été vérifié, ce qui a été décidé</source>
        <translation>Comment: what was checked, what was decided</translation>
    </message>
    <message>
        <source>Prendre acte</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Constat choisi :</source>
        <translation>Selected finding:</translation>
    </message>
    <message>
        <source>Contrôles en cours…</source>
        <translation>Checks running…</translation>
    </message>
    <message numerus="yes">
        <source>%n constat(s) sur toute la base — erreurs : %1, avertissements : %2, informations : %3, pris en compte : %4. Double-cliquez un constat pour voir ses lignes dans le tableau.</source>
        <translation>
            <numerusform>%n finding in the whole store — errors: %1, warnings: %2, information: %3, acknowledged: %4. Double-click a finding to see its rows in the table.</numerusform>
            <numerusform>%n findings in the whole store — errors: %1, warnings: %2, information: %3, acknowledged: %4. Double-click a finding to see its rows in the table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>odema::gui::ReportTemplateDialog</name>
    <message>
        <source>Modèle de fiche</source>
        <translation>Sheet template</translation>
    </message>
    <message>
        <source>&amp;Organisation :</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.svg *.png *.jpg)</source>
        <translation>Images (*.svg *.png *.jpg)</translation>
    </message>
    <message>
        <source>&amp;Logo :</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Couleur d&apos;accent</source>
        <translation>Accent colour</translation>
    </message>
    <message>
        <source>&amp;Couleur d&apos;accent :</source>
        <translation>&amp;Accent colour:</translation>
    </message>
    <message>
        <source>&amp;Pied de page :</source>
        <translation>&amp;Footer:</translation>
    </message>
    <message>
        <source>Logo introuvable : %1</source>
        <translation>Logo not found: %1</translation>
    </message>
</context>
<context>
    <name>odema::gui::TerritoryTreeModel</name>
    <message>
        <source>%1 — %2 %3</source>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
</context>
</TS>
