-- Where migrating is the deployment's own step, the serving application only checks that the schema is
-- the one it needs (Flyway's validation, as its own role): it reads the migration history, nothing more.
grant select on "${flyway:table}" to "${app_role}";
