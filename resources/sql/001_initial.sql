-- Odema Explorer store, schema version 1.
-- Portable SQL (SQLite and PostgreSQL); engine-specific settings live in the backend class.
-- Statements are separated by lines holding only ";;".

CREATE TABLE store_meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
)
;;
CREATE TABLE source_file (
  id           INTEGER PRIMARY KEY,
  name         TEXT NOT NULL,
  sha256       TEXT NOT NULL UNIQUE,
  format       TEXT NOT NULL,
  encoding     TEXT,
  delimiter    TEXT,
  imported_at  TEXT NOT NULL,
  row_count    INTEGER NOT NULL DEFAULT 0
)
;;
CREATE TABLE territory (
  id          INTEGER PRIMARY KEY,
  level       TEXT NOT NULL CHECK (level IN ('france','region','departement','epci','syndicat','commune')),
  code        TEXT NOT NULL,
  name        TEXT NOT NULL,
  search_key  TEXT NOT NULL,
  kind        TEXT,
  UNIQUE (level, code)
)
;;
-- Nesting valid over a range of years (EPCI perimeters change). year_to NULL = still valid.
CREATE TABLE territory_link (
  parent_id  INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
  child_id   INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
  year_from  INTEGER,
  year_to    INTEGER,
  source_id  INTEGER REFERENCES source_file(id) ON DELETE SET NULL,
  PRIMARY KEY (parent_id, child_id)
)
;;
CREATE INDEX territory_link_child ON territory_link(child_id)
;;
-- Transitive closure of the current links, rebuilt after each import; depth 0 = itself.
CREATE TABLE territory_closure (
  ancestor_id    INTEGER NOT NULL,
  descendant_id  INTEGER NOT NULL,
  depth          INTEGER NOT NULL,
  PRIMARY KEY (ancestor_id, descendant_id)
)
;;
CREATE INDEX territory_closure_desc ON territory_closure(descendant_id)
;;
-- Former codes (communes déléguées / associées, pre-merger codes) pointing to a current territory.
CREATE TABLE territory_alias (
  level         TEXT NOT NULL,
  code          TEXT NOT NULL,
  territory_id  INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
  kind          TEXT,
  PRIMARY KEY (level, code)
)
;;
CREATE TABLE channel (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  label       TEXT NOT NULL,
  sort_order  INTEGER NOT NULL DEFAULT 0
)
;;
CREATE TABLE waste_stream (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  label       TEXT NOT NULL,
  family      TEXT NOT NULL,
  channel_id  INTEGER REFERENCES channel(id),
  color       TEXT,
  gravats     INTEGER NOT NULL DEFAULT 0,
  search_key  TEXT NOT NULL,
  seeded      INTEGER NOT NULL DEFAULT 1
)
;;
CREATE TABLE treatment_mode (
  id          INTEGER PRIMARY KEY,
  code        TEXT NOT NULL UNIQUE,
  label       TEXT NOT NULL,
  grp         TEXT,
  color       TEXT,
  sort_order  INTEGER NOT NULL DEFAULT 99,
  search_key  TEXT NOT NULL,
  seeded      INTEGER NOT NULL DEFAULT 1
)
;;
-- Label spellings met in files, folded (lower case, no accents), for matching.
CREATE TABLE nomenclature_alias (
  kind       TEXT NOT NULL CHECK (kind IN ('stream','mode')),
  key        TEXT NOT NULL,
  target_id  INTEGER NOT NULL,
  PRIMARY KEY (kind, key)
)
;;
-- One row per tonnage figure. kind: 'collecte' (per stream, mode NULL) or 'traitement' (per mode).
CREATE TABLE flow (
  id            INTEGER PRIMARY KEY,
  kind          TEXT NOT NULL CHECK (kind IN ('collecte','traitement')),
  year          INTEGER NOT NULL,
  territory_id  INTEGER NOT NULL REFERENCES territory(id),
  stream_id     INTEGER NOT NULL REFERENCES waste_stream(id),
  mode_id       INTEGER REFERENCES treatment_mode(id),
  channel_id    INTEGER REFERENCES channel(id),
  tonnes        REAL NOT NULL,
  source_id     INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE
)
;;
-- One index on purpose: building an index on a million rows costs about as much as loading
-- them. Territory (through the closure) and year are what every view filters on. Indexes that
-- serve one interaction only (sorting the table by tonnes…) are created on first use by the
-- query layer (CREATE INDEX IF NOT EXISTS). Version 3 widens this one (003_browse_index.sql).
CREATE INDEX flow_territory_year ON flow(territory_id, year)
;;
-- Populations as given by files. kind: 'estimation' (INSEE 1er janvier), 'municipale', 'totale', 'fichier' (given beside tonnages).
CREATE TABLE population (
  territory_id  INTEGER NOT NULL REFERENCES territory(id) ON DELETE CASCADE,
  year          INTEGER NOT NULL,
  kind          TEXT NOT NULL,
  population    INTEGER NOT NULL,
  source_id     INTEGER REFERENCES source_file(id) ON DELETE CASCADE,
  PRIMARY KEY (territory_id, year, kind)
)
;;
-- The one population per territory and year that kg/hab figures use, with what it is; rebuilt after each import.
CREATE TABLE population_used (
  territory_id  INTEGER NOT NULL,
  year          INTEGER NOT NULL,
  population    INTEGER NOT NULL,
  basis         TEXT NOT NULL,
  PRIMARY KEY (territory_id, year)
)
;;
-- Landfill sites (ISDND) and their yearly tonnage / permitted capacity.
CREATE TABLE landfill_site (
  id          INTEGER PRIMARY KEY,
  aiot        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  departement TEXT,
  lon         REAL,
  lat         REAL
)
;;
CREATE TABLE landfill_year (
  site_id    INTEGER NOT NULL REFERENCES landfill_site(id) ON DELETE CASCADE,
  year       INTEGER NOT NULL,
  tonnes     REAL,
  capacity   REAL,
  source_id  INTEGER REFERENCES source_file(id) ON DELETE CASCADE,
  PRIMARY KEY (site_id, year)
)
