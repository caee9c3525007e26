-- Odema Explorer store, schema version 2: territory outlines for the map.
-- Statements are separated by lines holding only ";;".

-- One row per feature of an imported boundary file (GeoJSON, WGS84), kept even when its code
-- could not be tied to a current territory: merged communes come back through territory_alias,
-- and what remains unmapped is shown hatched on the map and listed, never dropped.
CREATE TABLE boundary (
  id            INTEGER PRIMARY KEY,
  source_id     INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
  level         TEXT NOT NULL,
  code          TEXT NOT NULL,  -- code as written in the file (COG of the file's year)
  name          TEXT NOT NULL,
  territory_id  INTEGER REFERENCES territory(id) ON DELETE SET NULL,
  mapping       TEXT NOT NULL CHECK (mapping IN ('code','alias','unmapped')),
  point_count   INTEGER NOT NULL,
  geometry      BLOB NOT NULL   -- geo::encodeShape, lon/lat degrees
)
;;
CREATE INDEX boundary_level_territory ON boundary(level, territory_id)
