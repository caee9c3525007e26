-- Odema Explorer store, schema version 7: the warnings of each import (a doubtful value accepted,
-- at its file:line:column, with what was assumed), kept with the file in the import history.
-- Portable SQL (SQLite and PostgreSQL). Statements are separated by lines holding only ";;".

-- line_no 0 / column_no 0: the whole file (or line). Only the first 1000 warnings of a file are
-- kept here; warning_count is the full count.
CREATE TABLE import_warning (
  id          INTEGER PRIMARY KEY,
  source_id   INTEGER NOT NULL REFERENCES source_file(id) ON DELETE CASCADE,
  line_no     BIGINT NOT NULL,
  column_no   INTEGER NOT NULL,
  message     TEXT NOT NULL
)
;;
CREATE INDEX import_warning_source ON import_warning(source_id)
;;
ALTER TABLE source_file ADD COLUMN warning_count INTEGER NOT NULL DEFAULT 0
