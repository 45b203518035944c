#!/usr/bin/env bash
# Restores a backup made by backup.sh into an EMPTY database, then proves it: the same exact row count
# in every table, and every stored file's bytes hashing to the SHA-256 recorded at backup time.
#
#   DATABASE_URL=postgres://…/thidua_restored infra/backup/restore.sh backups/thidua-20250101T020000Z
#
# Environment: DATABASE_URL (required: the target, created empty beforehand, e.g. `createdb -O thidua
# thidua_restored`); THIDUA_STORAGE_DIR (where storage.tar.gz goes, when the backup has one); PG_BIN
# (folder of pg_restore/psql; default: PATH).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${DATABASE_URL:?DATABASE_URL is required}"
backup="${1:?usage: restore.sh BACKUP_FOLDER}"
bin="${PG_BIN:+${PG_BIN%/}/}"
log() { printf '%s restore: %s\n' "$(date -u +%FT%TZ)" "$*" >&2; }
fail() { log "FAILED: $*"; exit 1; }
psql_q() { "${bin}psql" "$DATABASE_URL" -X -q -A -t -F $'\t' -v ON_ERROR_STOP=1 "$@"; }

[ -f "$backup/database.dump" ] || fail "$backup has no database.dump"
log "checking the backup files against SHA256SUMS"
(cd "$backup" && sha256sum --quiet -c SHA256SUMS) || fail 'the backup files are damaged'

tables="$(psql_q -f "$here/sql/user-tables.sql")"
[ "$tables" = 0 ] || fail "the target database already has $tables table(s): restore into an empty database"

# One transaction: a failed restore leaves the target empty, never half-filled. Ownership and grants
# go to the role of DATABASE_URL, so the target may live on another server under another role.
log 'restoring the dump'
"${bin}pg_restore" --dbname="$DATABASE_URL" --no-owner --no-privileges --single-transaction --exit-on-error \
  "$backup/database.dump"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
log 'verifying row counts'
psql_q -f "$here/sql/row-counts.sql" >"$work/row-counts.tsv"
diff -u "$backup/row-counts.tsv" "$work/row-counts.tsv" >&2 || fail 'row counts differ from the backup manifest'

log 'verifying stored files against their SHA-256'
psql_q -f "$here/sql/document-digests.sql" >"$work/document-digests.tsv"
# Compare what the restored bytes hash to with the digest recorded when the file was stored.
awk -F'\t' -v OFS='\t' '{ print $1, $2, $3 }' "$backup/document-digests.tsv" >"$work/expected.tsv"
awk -F'\t' -v OFS='\t' '{ print $1, $2, ($4 == "-" ? $3 : $4) }' "$work/document-digests.tsv" >"$work/actual.tsv"
diff -u "$work/expected.tsv" "$work/actual.tsv" >&2 || fail 'stored files differ from their recorded SHA-256'

if [ -f "$backup/storage.tar.gz" ]; then
  : "${THIDUA_STORAGE_DIR:?the backup has storage.tar.gz: set THIDUA_STORAGE_DIR to where it goes}"
  mkdir -p "$THIDUA_STORAGE_DIR"
  [ -z "$(ls -A "$THIDUA_STORAGE_DIR")" ] || fail "$THIDUA_STORAGE_DIR is not empty"
  tar -C "$THIDUA_STORAGE_DIR" -xzf "$backup/storage.tar.gz"
  log "storage restored into $THIDUA_STORAGE_DIR"
fi

log "restored and verified: $(wc -l <"$work/row-counts.tsv") tables, $(wc -l <"$work/document-digests.tsv") stored files"
