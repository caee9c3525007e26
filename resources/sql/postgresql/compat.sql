-- Functions of SQLite's that the store's queries use and PostgreSQL spells otherwise, created in
-- the store's schema (first on the search path of the application's connections) so that one
-- query text runs on both engines. Created with the schema and again before each migration.
-- Statements are separated by lines holding only ";;".

-- instr(haystack, needle): 1-based position of needle, 0 when absent (PostgreSQL: strpos).
CREATE OR REPLACE FUNCTION odema.instr(text, text) RETURNS integer
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS 'SELECT strpos($1, $2)'
