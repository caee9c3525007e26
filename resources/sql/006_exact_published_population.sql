-- Odema Explorer store, schema version 6: exact tonnes (integer grams), the data set of every
-- flow, published values, populations with their kind and data set, revisions, installations.
-- Portable SQL (SQLite >= 3.35 and PostgreSQL): table rebuilds use CREATE, INSERT ... SELECT,
-- DROP and ALTER TABLE ... RENAME / ADD COLUMN / DROP COLUMN only. After this script,
-- Migrations tags the existing flows with their data set (the importer's own rule).
-- Statements are separated by lines holding only ";;".

-- Flows: tonnes become exact integer grams (`grams`, BIGINT: PostgreSQL's INTEGER is 32-bit),
-- and every flow names its data set. Reads sum `grams` (an integer sum is exact) and divide by
-- 1 000 000 only to display. dataset_id is set by every writer (nullable only because SQLite
-- cannot add a NOT NULL foreign key column; the migration fills it for existing rows).
ALTER TABLE flow ADD COLUMN dataset_id INTEGER REFERENCES dataset(id)
;;
ALTER TABLE flow ADD COLUMN grams BIGINT NOT NULL DEFAULT 0
;;
UPDATE flow SET grams = CAST(round(tonnes * 1000000) AS BIGINT)
;;
DROP INDEX IF EXISTS flow_tonnes
;;
ALTER TABLE flow DROP COLUMN tonnes
;;
-- The index sorting the table by tonnes reads (004_sort_indexes.sql), on the exact column.
CREATE INDEX flow_tonnes ON flow(grams)
;;
-- Rows a revision replaced (a newer export of the same data set, territory and year), kept so
-- that undoing that import puts them back. replaced_by = the source_file that replaced them.
CREATE TABLE flow_replaced (
  id            INTEGER PRIMARY KEY,
  dataset_id    INTEGER,
  kind          TEXT NOT NULL,
  year          INTEGER NOT NULL,
  territory_id  INTEGER NOT NULL,
  stream_id     INTEGER NOT NULL,
  mode_id       INTEGER,
  channel_id    INTEGER,
  grams         BIGINT NOT NULL,
  source_id     INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
  replaced_by   INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE
)
;;
CREATE INDEX flow_replaced_by ON flow_replaced(replaced_by)
;;
-- Figures a publisher computed and published (chiffres clés: tonnage, population, ratio;
-- performances: kg/hab), stored as published, never recomputed. `as_published` is the figure exactly as
-- the file wrote it (decimal point); `value` the same as a number; `grams` the exact tonnage
-- when unit = 't'. stream_id NULL: the data set's whole scope (gravats per dataset.gravats).
-- measure: 'tonnage', 'population', 'ratio' (kg/hab), 'population_desservie', 'sites',
-- 'sites_professionnels', 'communes_desservies', 'communes_par_site', 'habitants_par_site',
-- 'couverture_population' (%), 'visites', 'visites_par_habitant', 'kg_par_visite'.
CREATE TABLE published_value (
  id            INTEGER PRIMARY KEY,
  dataset_id    INTEGER NOT NULL REFERENCES dataset(id),
  territory_id  INTEGER NOT NULL REFERENCES territory(id),
  year          INTEGER NOT NULL,
  stream_id     INTEGER REFERENCES waste_stream(id),
  measure       TEXT NOT NULL,
  unit          TEXT NOT NULL,
  value         REAL NOT NULL,
  grams         BIGINT,
  as_published  TEXT NOT NULL,  -- the figure as the file wrote it (decimal point)
  source_id     INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE
)
;;
CREATE INDEX published_value_slice ON published_value(territory_id, year, dataset_id)
;;
CREATE TABLE published_value_replaced (
  id            INTEGER PRIMARY KEY,
  dataset_id    INTEGER NOT NULL,
  territory_id  INTEGER NOT NULL,
  year          INTEGER NOT NULL,
  stream_id     INTEGER,
  measure       TEXT NOT NULL,
  unit          TEXT NOT NULL,
  value         REAL NOT NULL,
  grams         BIGINT,
  as_published  TEXT NOT NULL,  -- the figure as the file wrote it (decimal point)
  source_id     INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
  replaced_by   INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE
)
;;
-- Populations, each with its kind and the data set it comes from:
--   'estimation' INSEE estimate at 1 January (data set insee-estimation),
--   'municipale' / 'totale' population légale (insee-population-legale, etalab-epci),
--   'source' the population a publisher divided by (ADEME's POPULATION / VA_POPANNEE),
--            one per data set (sinoe-chiffres-cles-dma-hg, odema-epci…).
-- year is the year the population is of (a millésime "2021" for legal populations).
CREATE TABLE population_v4 (
  territory_id  INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
  year          INTEGER NOT NULL,
  kind          TEXT NOT NULL CHECK (kind IN ('estimation','municipale','totale','source')),
  dataset_id    INTEGER NOT NULL REFERENCES dataset(id),
  population    INTEGER NOT NULL,
  source_id     INTEGER REFERENCES source_file(id) ON DELETE CASCADE,
  PRIMARY KEY (territory_id, year, kind, dataset_id)
)
;;
INSERT INTO population_v4(territory_id, year, kind, dataset_id, population, source_id)
SELECT p.territory_id, p.year,
       CASE p.kind WHEN 'fichier' THEN 'source' ELSE p.kind END,
       (SELECT d.id FROM dataset d WHERE d.code = CASE
           WHEN p.kind = 'estimation' THEN 'insee-estimation'
           WHEN p.kind = 'fichier' AND s.format = 'odema-epci' THEN 'odema-epci'
           WHEN p.kind = 'fichier' THEN 'fichier-source'
           WHEN s.format = 'epci-composition' THEN 'etalab-epci'
           ELSE 'insee-population-legale' END),
       p.population, p.source_id
FROM population p LEFT JOIN source_file s ON s.id = p.source_id
;;
DROP TABLE population
;;
ALTER TABLE population_v4 RENAME TO population
;;
CREATE TABLE population_replaced (
  territory_id  INTEGER NOT NULL,
  year          INTEGER NOT NULL,
  kind          TEXT NOT NULL,
  dataset_id    INTEGER NOT NULL,
  population    INTEGER NOT NULL,
  source_id     INTEGER REFERENCES source_file(id) ON DELETE CASCADE,
  replaced_by   INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE
)
;;
-- The population views use (table rows, pivot, map), for the store's basis (store_meta key
-- 'population_basis': 'estimation', 'legale' or 'source'); rebuilt after each import. kind and
-- dataset_id say exactly which population it is; basis is the sentence shown to users.
DROP TABLE population_used
;;
CREATE TABLE population_used (
  territory_id  INTEGER NOT NULL,
  year          INTEGER NOT NULL,
  population    INTEGER NOT NULL,
  basis         TEXT NOT NULL,
  kind          TEXT NOT NULL,
  dataset_id    INTEGER,
  PRIMARY KEY (territory_id, year)
)
;;
INSERT INTO store_meta(key, value) VALUES ('population_basis', 'estimation')
;;
-- Landfill tonnages and capacities in exact grams too.
CREATE TABLE landfill_year_v4 (
  site_id         INTEGER NOT NULL REFERENCES landfill_site(id) ON DELETE CASCADE,
  year            INTEGER NOT NULL,
  grams           BIGINT,
  capacity_grams  BIGINT,
  source_id       INTEGER REFERENCES source_file(id) ON DELETE CASCADE,
  PRIMARY KEY (site_id, year)
)
;;
INSERT INTO landfill_year_v4(site_id, year, grams, capacity_grams, source_id)
SELECT site_id, year, CAST(round(tonnes * 1000000) AS BIGINT), CAST(round(capacity * 1000000) AS BIGINT), source_id
FROM landfill_year
;;
DROP TABLE landfill_year
;;
ALTER TABLE landfill_year_v4 RENAME TO landfill_year
;;
-- Waste-treatment installations of a directory (ADEME's annuaires ISDND and UIOM): one row per
-- installation and directory year. kind 'isdnd' (non-hazardous landfill) or 'uiom'
-- (incineration); code_scheme 'sinoe' (Code SINOE) — the Odema landfill file's AIOT ids stay in
-- landfill_site. Position in WGS84 degrees; position_from says whether the file gave them
-- ('wgs84') or they were projected from its Web Mercator metres ('mercator').
CREATE TABLE installation (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL,
  code_scheme     TEXT NOT NULL,
  code            TEXT NOT NULL,
  year            INTEGER NOT NULL,
  name            TEXT NOT NULL,
  subtype         TEXT,
  commune_code    TEXT,
  postal_code     TEXT,
  departement     TEXT,
  territory_id    INTEGER REFERENCES territory(id) ON DELETE SET NULL,
  operator        TEXT,
  management      TEXT,
  opened          TEXT,
  capacity_grams  BIGINT,
  lon             REAL,
  lat             REAL,
  position_from   TEXT,
  dataset_id      INTEGER NOT NULL REFERENCES dataset(id),
  source_id       INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
  UNIQUE (kind, code_scheme, code, year)
)
;;
-- Code lists (SINOE nomenclatures): kind 'regroupement_dechet' (code, parent = C_TYP_AGR_DECHET)
-- or 'type_acteur' (code, parent = C_TYP_ACTEUR_PERE, level, validity dates, NULL when the file
-- wrote a MySQL zero date).
CREATE TABLE reference_code (
  kind         TEXT NOT NULL,
  code         TEXT NOT NULL,
  parent_code  TEXT,
  label        TEXT NOT NULL,
  long_label   TEXT,
  level        INTEGER,
  valid_from   TEXT,
  valid_to     TEXT,
  source_id    INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
  PRIMARY KEY (kind, code)
)
