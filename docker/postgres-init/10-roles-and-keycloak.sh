#!/bin/sh
# First start of the database only: the application's own login role (granted its rights by the
# migrations) and Keycloak's database.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$WAAKZAAM_APP_DB_PASSWORD" <<'SQL'
create role waakzaam_app login password :'app_password';
create database keycloak owner waakzaam;
SQL
