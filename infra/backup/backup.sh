#!/usr/bin/env bash
# Backs up the platform: a pg_dump (custom format) of its database — generated documents and signed
# scans are stored in it, bytes included — plus, when THIDUA_STORAGE_DIR is an existing folder, a tar of
# it. Beside the dump, a manifest taken from the SAME snapshot as the dump (exact row counts and every
# file's SHA-256), which restore.sh checks the restored database against.
#
#   DATABASE_URL=postgres://… infra/backup/backup.sh [BACKUP_DIR]
#
# Environment: DATABASE_URL (required); BACKUP_DIR (default ./backups); BACKUP_KEEP (newest backups to
# keep, default 0 = keep all); THIDUA_STORAGE_DIR (optional); PG_BIN (folder of pg_dump/psql, matching
# the server's major version; default: PATH).
# Prints the path of the new backup folder on its last line.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
: "${DATABASE_URL:?DATABASE_URL is required}"
backup_root="${1:-${BACKUP_DIR:-./backups}}"
keep="${BACKUP_KEEP:-0}"
bin="${PG_BIN:+${PG_BIN%/}/}"
log() { printf '%s backup: %s\n' "$(date -u +%FT%TZ)" "$*" >&2; }

name="thidua-$(date -u +%Y%m%dT%H%M%SZ)"
target="$backup_root/$name"
partial="$backup_root/.$name.partial"
mkdir -p "$partial"
trap 'rm -rf "$partial"' EXIT

# One read-only snapshot for the dump and the manifest: on a live database they describe the same state.
coproc SNAPSHOT { "${bin}psql" "$DATABASE_URL" -X -q -A -t -F $'\t' -v ON_ERROR_STOP=1; }
# Bash unsets SNAPSHOT and SNAPSHOT_PID as soon as psql exits: keep its pid and pipes under our own names.
snapshot_pid=$SNAPSHOT_PID
exec {from_psql}<&"${SNAPSHOT[0]}" {to_psql}>&"${SNAPSHOT[1]}"
send() { printf '%s\n' "$@" >&"$to_psql"; }
send 'begin isolation level repeatable read read only;' 'select pg_export_snapshot();'
read -r -t 30 snapshot <&"$from_psql" || { log 'could not open a snapshot (see the psql error above)'; exit 1; }

log "dumping with snapshot $snapshot"
"${bin}pg_dump" --dbname="$DATABASE_URL" --snapshot="$snapshot" --format=custom --compress=6 \
  --file="$partial/database.dump"

send "\\o $partial/row-counts.tsv" "\\i $here/sql/row-counts.sql" \
  "\\o $partial/document-digests.tsv" "\\i $here/sql/document-digests.sql" \
  '\o' 'commit;' "select 'manifest-done';" '\q'
read -r -t 300 done_marker <&"$from_psql" || true
exec {from_psql}<&- {to_psql}>&-
wait "$snapshot_pid" 2>/dev/null || true
[ "${done_marker:-}" = manifest-done ] || { log 'writing the manifest failed (see the psql error above)'; exit 1; }

# A file whose bytes no longer match its recorded digest is reported now, not discovered at restore.
mismatches="$(awk -F'\t' '$4 != "-" && $3 != $4' "$partial/document-digests.tsv" | wc -l)"
[ "$mismatches" -eq 0 ] || log "WARNING: $mismatches stored file(s) do not match their recorded SHA-256"

if [ -n "${THIDUA_STORAGE_DIR:-}" ] && [ -d "$THIDUA_STORAGE_DIR" ]; then
  log "archiving $THIDUA_STORAGE_DIR"
  tar -C "$THIDUA_STORAGE_DIR" -czf "$partial/storage.tar.gz" .
fi

{
  echo "created_at=$(date -u +%FT%TZ)"
  echo "server_version=$("${bin}psql" "$DATABASE_URL" -X -A -t -c 'show server_version')"
  echo "pg_dump_version=$("${bin}pg_dump" --version)"
  echo "tables=$(wc -l <"$partial/row-counts.tsv")"
  echo "files=$(wc -l <"$partial/document-digests.tsv")"
} >"$partial/backup.info"
(cd "$partial" && sha256sum -- * >SHA256SUMS)

mv "$partial" "$target"
trap - EXIT
log "backup written to $target ($(du -sh "$target" | cut -f1))"

if [ "$keep" -gt 0 ]; then
  find "$backup_root" -mindepth 1 -maxdepth 1 -type d -name 'thidua-*' | sort | head -n "-$keep" |
    while read -r old; do
      log "removing old backup $old"
      rm -rf "$old"
    done
fi
echo "$target"
