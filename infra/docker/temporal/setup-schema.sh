#!/bin/sh
# Brings Temporal's two databases to the schema of this server version. Safe to repeat: setup-schema
# only stamps an empty database (it never resets a stamped one without --overwrite), and update-schema
# applies just the versions newer than the stored one. The databases themselves are created by
# docker/postgres/init-databases.sh (compose) or by the database administrator (Kubernetes).
set -eu
: "${POSTGRES_SEEDS:?POSTGRES_SEEDS is required}"
: "${POSTGRES_USER:?POSTGRES_USER is required}"
: "${SQL_PASSWORD:?SQL_PASSWORD is required}"
port="${DB_PORT:-5432}"
schema_root=/etc/temporal/schema/postgresql/v12

sql_tool() {
  temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "$port" -u "$POSTGRES_USER" "$@"
}

for pair in "temporal:temporal" "temporal_visibility:visibility"; do
  database="${pair%%:*}"
  schema="${pair##*:}"
  echo "Temporal schema: $database"
  sql_tool --db "$database" setup-schema -v 0.0
  sql_tool --db "$database" update-schema -d "$schema_root/$schema/versioned"
done
echo "Temporal schema up to date"
