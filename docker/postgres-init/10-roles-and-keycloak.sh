#!/bin/sh
# First start of the database only, as the PostgreSQL superuser (postgres, whose password nothing but
# this container holds): the schema's owner waakzaam (no superuser, no role or database creation; the
# migrate step logs in as it), the application's own login role waakzaam_app (granted its rights by the
# migrations), and Keycloak's role and database, apart from Waakzaam's.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$WAAKZAAM_DB_PASSWORD" \
  -v app_password="$WAAKZAAM_APP_DB_PASSWORD" \
  -v keycloak_password="$WAAKZAAM_KEYCLOAK_DB_PASSWORD" <<'SQL'
create role waakzaam login password :'owner_password' nosuperuser nocreatedb nocreaterole;
create role waakzaam_app login password :'app_password' nosuperuser nocreatedb nocreaterole;
create database waakzaam owner waakzaam;
revoke all on database waakzaam from public;
grant connect on database waakzaam to waakzaam_app;
create role keycloak login password :'keycloak_password' nosuperuser nocreatedb nocreaterole;
create database keycloak owner keycloak;
revoke all on database keycloak from public;
SQL
# PostgreSQL 15 and newer: only the database owner may create in the public schema.
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname waakzaam <<'SQL'
alter schema public owner to waakzaam;
SQL
