-- Odema Explorer store, schema version 8: acknowledgments of quality findings (issue 16). An
-- analyst who has looked at a doubtful figure says so with a comment; the comment is kept with
-- the finding's stable key (QualityFinding::key(): kind|data sets|territory|year|previous
-- year|stream), so that it is found again on every run of the checks, shown with the finding and
-- printed on the fact sheet. A key no finding has any more (the data were corrected) is kept:
-- the comment says what was decided. Portable SQL (SQLite and PostgreSQL).
-- Statements are separated by lines holding only ";;".

CREATE TABLE quality_acknowledgment (
  finding_key      TEXT PRIMARY KEY,
  comment          TEXT NOT NULL,
  acknowledged_at  TEXT NOT NULL,  -- ISO 8601, UTC
  acknowledged_by  TEXT            -- the session's user name, when known
)
