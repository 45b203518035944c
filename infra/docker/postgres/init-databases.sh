#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised (docker-entrypoint-initdb.d): one role and
# database for the platform, one role and two databases for Temporal. Least privilege: neither role is
# a superuser; each owns only its databases (btree_gist, which the migrations create, is a trusted
# extension, so the owner may create it).
set -eu
: "${THIDUA_DB_PASSWORD:?THIDUA_DB_PASSWORD is required}"
: "${TEMPORAL_DB_PASSWORD:?TEMPORAL_DB_PASSWORD is required}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  --set thidua_password="$THIDUA_DB_PASSWORD" --set temporal_password="$TEMPORAL_DB_PASSWORD" <<'SQL'
CREATE ROLE thidua LOGIN PASSWORD :'thidua_password';
CREATE DATABASE thidua OWNER thidua ENCODING 'UTF8' TEMPLATE template0;
CREATE ROLE temporal LOGIN PASSWORD :'temporal_password';
CREATE DATABASE temporal OWNER temporal;
CREATE DATABASE temporal_visibility OWNER temporal;
SQL
