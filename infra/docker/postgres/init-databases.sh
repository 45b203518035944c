#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised (docker-entrypoint-initdb.d): for the
# platform, its owner role `thidua` (runs the migrations, owns the database and its tables) and the
# application's login `thidua_api`, a member of `thidua_app` (granted by migration 0010; it owns
# nothing, so it cannot disable the append-only triggers); one role and two databases for Temporal.
# Least privilege: no role is a superuser (btree_gist, which the migrations create, is a trusted
# extension, so the owner may create it).
set -eu
: "${THIDUA_DB_PASSWORD:?THIDUA_DB_PASSWORD is required}"
: "${THIDUA_APP_DB_PASSWORD:?THIDUA_APP_DB_PASSWORD is required}"
: "${TEMPORAL_DB_PASSWORD:?TEMPORAL_DB_PASSWORD is required}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set thidua_password="$THIDUA_DB_PASSWORD" --set app_password="$THIDUA_APP_DB_PASSWORD" \
  --set temporal_password="$TEMPORAL_DB_PASSWORD" <<'SQL'
CREATE ROLE thidua LOGIN PASSWORD :'thidua_password';
CREATE DATABASE thidua OWNER thidua ENCODING 'UTF8' TEMPLATE template0;
CREATE ROLE thidua_app NOLOGIN;
CREATE ROLE thidua_api LOGIN PASSWORD :'app_password' IN ROLE thidua_app;
CREATE ROLE temporal LOGIN PASSWORD :'temporal_password';
CREATE DATABASE temporal OWNER temporal;
CREATE DATABASE temporal_visibility OWNER temporal;
SQL
