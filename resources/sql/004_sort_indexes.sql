-- Odema Explorer store, schema version 4: the index that sorting the table by tonnes reads,
-- built by the import (and counted in its time) instead of by the first reader who sorts. A
-- store opened read-only is never written, so an index made on first use never came to a
-- reader; and on a large store it was seconds of writing into the store, on a click. (Sorting
-- by year keeps no index: one pass over the rows keeps the first window, and an index costs
-- the import as much as loading the rows.)
-- Statements are separated by lines holding only ";;".

CREATE INDEX IF NOT EXISTS flow_tonnes ON flow(tonnes)
