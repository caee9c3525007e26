-- Odema Explorer store, schema version 5: data sets and their own code lists. Portable SQL.
-- Statements are separated by lines holding only ";;". The rows are seeded from
-- resources/datasets.json (DataSetCatalog::seed) right after this script; version 6 needs them.

-- A data set is one publication of one measure (ADEME's "Destination des DMA collectés par type
-- de traitement", "Chiffres clés OMA"…). Its family says what it counts: 'dma' contains 'oma'
-- and 'decheterie', so figures of two families, or of two data sets of one family, are never
-- added. Rows are seeded from resources/datasets.json; imports may add 'autre' data sets for
-- code families nobody described. `code` is the stable id used in files and options.
CREATE TABLE dataset (
  id           INTEGER PRIMARY KEY,
  code         TEXT NOT NULL UNIQUE,
  label        TEXT NOT NULL,
  family       TEXT NOT NULL CHECK (family IN ('dma','oma','decheterie','population','installation','reference','autre')),
  axis         TEXT NOT NULL CHECK (axis IN ('type','destination','canal','chiffres-cles','performance','population','annuaire','nomenclature','autre')),
  gravats      TEXT CHECK (gravats IN ('avec','hors')),  -- whole-scope figures only; NULL: per stream (waste_stream.gravats)
  publisher    TEXT NOT NULL,
  scope_note   TEXT,
  sort_order   INTEGER NOT NULL DEFAULT 99,
  seeded       INTEGER NOT NULL DEFAULT 1
)
;;
-- The code of a file, within its data set, for a stream or a treatment mode: the same label has
-- different codes in different data sets ("Valorisation matière" is 02A in SINOE04 and 01A in
-- the OMA destination file), and one code means different things in two of them.
CREATE TABLE dataset_code (
  dataset_id  INTEGER NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  axis        TEXT NOT NULL CHECK (axis IN ('stream','mode')),
  code        TEXT NOT NULL,
  target_id   INTEGER NOT NULL,
  PRIMARY KEY (dataset_id, axis, code)
)
