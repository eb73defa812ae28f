#!/usr/bin/env bash
# Restores a backup made by backup.sh into DATABASE_URL (see docs/BACKUP.md).
#
#   DATABASE_URL=postgres://user:pass@host:5432/mdf_restore \
#     deploy/backup/restore.sh [--yes] /var/backups/mdf/mdf-20261126T010203Z.dump[.enc]
#
# Environment:
#   DATABASE_URL                required; its password is never printed
#   BACKUP_ENCRYPTION_KEY_FILE  required for a .dump.enc backup
#
# The checksum beside the backup (<file>.sha256) is verified, and an encrypted backup
# decrypted and read, before the database is touched. The restore is one transaction:
# it applies completely or not at all. A database that already holds tables is only
# overwritten with --yes (objects of the backup are dropped and recreated; others stay).
set -euo pipefail
umask 077

log_name=restore
# shellcheck source=deploy/backup/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

usage() { fail "usage: restore.sh [--yes] <backup file (.dump or .dump.enc)>"; }

yes=0
file=
for arg in "$@"; do
  case "$arg" in
    --yes) yes=1 ;;
    -*) usage ;;
    *) [[ -z "$file" ]] || usage; file=$arg ;;
  esac
done
[[ -n "$file" ]] || usage
use_database_url
require_tools pg_restore psql sha256sum

[[ -f "$file" ]] || fail "$file does not exist"
case "$file" in
  *.dump) encrypted=0 ;;
  *.dump.enc) encrypted=1 ;;
  *) fail "$file is neither a .dump nor a .dump.enc backup" ;;
esac
[[ -f "$file.sha256" ]] || fail "$file.sha256 is missing; refusing a backup that cannot be verified"
expected=$(cut -d' ' -f1 "$file.sha256")
actual=$(sha256sum "$file" | cut -d' ' -f1)
[[ "$expected" =~ ^[0-9a-f]{64}$ ]] || fail "$file.sha256 holds no sha256 checksum"
[[ "$actual" == "$expected" ]] || fail "checksum mismatch for $file (expected $expected, got $actual); nothing restored"
log "checksum verified: $actual"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dump=$file
if [[ "$encrypted" -eq 1 ]]; then
  key_file=${BACKUP_ENCRYPTION_KEY_FILE:-}
  [[ -n "$key_file" && -r "$key_file" ]] || fail "BACKUP_ENCRYPTION_KEY_FILE must name the key file to decrypt $file"
  require_tools openssl
  dump="$work/backup.dump"
  openssl enc -d -aes-256-cbc -pbkdf2 -iter 200000 -pass "file:$key_file" -in "$file" -out "$dump" \
    || fail "decryption failed (wrong key?); nothing restored"
fi
pg_restore --list "$dump" >/dev/null || fail "$file is not a readable pg_dump archive; nothing restored"

tables=$(psql --dbname="$db_url" --no-psqlrc --quiet --tuples-only --no-align --set=ON_ERROR_STOP=1 \
  --command="SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
               AND n.nspname NOT IN ('pg_catalog', 'information_schema')
               AND n.nspname NOT LIKE 'pg_toast%'" 2> >(redact >&2)) \
  || fail "cannot connect to $safe_url"
if [[ "$tables" -gt 0 && "$yes" -ne 1 ]]; then
  fail "$safe_url is not empty ($tables tables, views or sequences); run again with --yes to replace its contents"
fi

log "restoring $(basename "$file") into $safe_url"
pg_restore --clean --if-exists --no-owner --exit-on-error --single-transaction \
  --dbname="$db_url" "$dump" 2> >(redact >&2) \
  || fail "pg_restore failed; the transaction was rolled back, the database is unchanged"
log "done"
