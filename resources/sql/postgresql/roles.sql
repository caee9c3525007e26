-- Odema Explorer on PostgreSQL: the three roles of a shared store, and the schema they share.
-- Run once per database, by a superuser (or the database owner with CREATEROLE):
--     odema-explorer roles --db postgresql://postgres@HOST/odema --apply
-- or  psql -d odema -f roles.sql   (this file: odema-explorer roles --db … prints it)
-- Then give each person a login role in one of them, for instance:
--     CREATE ROLE marie LOGIN PASSWORD '…' IN ROLE odema_import;
-- odema_lecture reads (window, info, export, chart, map, report); odema_import also imports and
-- undoes imports; odema_admin also creates and migrates the schema (its tables belong to it).
-- Statements are separated by lines holding only ";;" (psql reads them as empty statements).

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'odema_lecture') THEN
    CREATE ROLE odema_lecture NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'odema_import') THEN
    CREATE ROLE odema_import NOLOGIN IN ROLE odema_lecture;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'odema_admin') THEN
    CREATE ROLE odema_admin NOLOGIN IN ROLE odema_import;
  END IF;
  EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO odema_lecture', current_database());
END
$$
;;
CREATE SCHEMA IF NOT EXISTS odema AUTHORIZATION odema_admin
;;
GRANT USAGE ON SCHEMA odema TO odema_lecture
;;
-- Tables and sequences the application creates later (as odema_admin) get the same rights.
ALTER DEFAULT PRIVILEGES FOR ROLE odema_admin IN SCHEMA odema GRANT SELECT ON TABLES TO odema_lecture
;;
ALTER DEFAULT PRIVILEGES FOR ROLE odema_admin IN SCHEMA odema GRANT INSERT, UPDATE, DELETE ON TABLES TO odema_import
;;
ALTER DEFAULT PRIVILEGES FOR ROLE odema_admin IN SCHEMA odema GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO odema_import
;;
-- And those that exist already (a store created before the roles).
GRANT SELECT ON ALL TABLES IN SCHEMA odema TO odema_lecture
;;
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA odema TO odema_import
;;
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA odema TO odema_import
