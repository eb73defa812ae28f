#!/usr/bin/env bash
# Nightly logical backup of the PostgreSQL database (see docs/BACKUP.md).
#
#   DATABASE_URL=postgres://user:pass@host:5432/mdf BACKUP_DIR=/var/backups/mdf \
#     deploy/backup/backup.sh
#
# Environment:
#   DATABASE_URL                required; its password is never printed
#   BACKUP_DIR                  required; where mdf-<UTC>.dump[.enc] and .sha256 go
#   BACKUP_ENCRYPTION_KEY_FILE  optional; encrypts with openssl AES-256-CBC (PBKDF2)
#   BACKUP_RETENTION_DAYS       default 14; older backups are deleted, the newest is kept
#   S3_BUCKET (+ S3_ENDPOINT, S3_REGION, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY)
#                               optional; uploads are copied with `aws s3 sync`
#   BACKUP_UPLOADS_DIR          default $BACKUP_DIR/uploads; where that copy goes
#
# Prints the path of the new backup on stdout, everything else on stderr.
# Exits non-zero on any failure and leaves no partial file behind.
set -euo pipefail
umask 077

log_name=backup
# shellcheck source=deploy/backup/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

use_database_url
[[ -n "${BACKUP_DIR:-}" ]] || fail "BACKUP_DIR is not set"
retention_days=${BACKUP_RETENTION_DAYS:-14}
[[ "$retention_days" =~ ^[0-9]+$ ]] || fail "BACKUP_RETENTION_DAYS must be a whole number of days"
key_file=${BACKUP_ENCRYPTION_KEY_FILE:-}
if [[ -n "$key_file" ]]; then
  [[ -r "$key_file" && -s "$key_file" ]] || fail "BACKUP_ENCRYPTION_KEY_FILE is not a readable, non-empty file"
fi
require_tools pg_dump sha256sum
[[ -z "$key_file" ]] || require_tools openssl

mkdir -p "$BACKUP_DIR"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
name="mdf-${stamp}.dump"
[[ -z "$key_file" ]] || name="${name}.enc"
final="$BACKUP_DIR/$name"
[[ ! -e "$final" ]] || fail "$final already exists"
# Temporary names start with a dot, so retention and restore never mistake them for backups;
# same directory as the result, so the rename is atomic.
tmp_dump=$(mktemp "$BACKUP_DIR/.${name}.XXXXXX")
tmp_sum=$(mktemp "$BACKUP_DIR/.${name}.sha256.XXXXXX")
done_ok=0
cleanup() {
  rm -f "$tmp_dump" "$tmp_sum"
  if [[ "$done_ok" -ne 1 ]]; then
    rm -f "$final" "$final.sha256"
  fi
}
trap cleanup EXIT

log "dumping $safe_url into $final"
if [[ -n "$key_file" ]]; then
  pg_dump --format=custom --compress=9 --dbname="$db_url" 2> >(redact >&2) \
    | openssl enc -aes-256-cbc -pbkdf2 -iter 200000 -salt -pass "file:$key_file" -out "$tmp_dump" \
    || fail "pg_dump or encryption failed"
else
  pg_dump --format=custom --compress=9 --dbname="$db_url" --file="$tmp_dump" 2> >(redact >&2) \
    || fail "pg_dump failed"
fi
[[ -s "$tmp_dump" ]] || fail "the dump is empty"

sum=$(sha256sum "$tmp_dump" | cut -d' ' -f1)
printf '%s  %s\n' "$sum" "$name" >"$tmp_sum"
chmod 600 "$tmp_dump" "$tmp_sum"
mv "$tmp_dump" "$final"
mv "$tmp_sum" "$final.sha256"
log "wrote $name ($(stat -c %s "$final") bytes, sha256 $sum)"

# Retention: backups last modified before the cutoff go, with their checksum; the one
# just written (the newest) always stays, whatever BACKUP_RETENTION_DAYS says.
cutoff=$(mktemp "$BACKUP_DIR/.retention.XXXXXX")
touch -d "-${retention_days} days" "$cutoff"
while IFS= read -r -d '' old; do
  [[ "$old" == "$final" ]] && continue
  rm -f -- "$old" "$old.sha256"
  log "retention: deleted $(basename "$old")"
done < <(find "$BACKUP_DIR" -maxdepth 1 -type f \( -name 'mdf-*.dump' -o -name 'mdf-*.dump.enc' \) \
  ! -newer "$cutoff" -print0)
# Leftovers of a run killed before its cleanup could run (SIGKILL, power loss).
find "$BACKUP_DIR" -maxdepth 1 -type f -name '.mdf-*' -mmin +1440 -delete
rm -f "$cutoff"
done_ok=1

# Uploaded evidence lives in object storage when S3_BUCKET is set, else on local disk.
if [[ -z "${S3_BUCKET:-}" ]]; then
  log "uploads: S3_BUCKET is not set, skipping (local uploads under DATA_DIR/uploads belong to the host's file backup)"
elif ! command -v aws >/dev/null; then
  log "uploads: the aws CLI is not installed, skipping the copy of s3://$S3_BUCKET"
else
  uploads_dir=${BACKUP_UPLOADS_DIR:-$BACKUP_DIR/uploads}
  aws_args=(s3 sync "s3://$S3_BUCKET" "$uploads_dir" --only-show-errors)
  [[ -z "${S3_ENDPOINT:-}" ]] || aws_args+=(--endpoint-url "$S3_ENDPOINT")
  # The API's S3 settings, in the names the aws CLI reads; unset ones leave its default chain.
  [[ -z "${S3_ACCESS_KEY_ID:-}" ]] || export AWS_ACCESS_KEY_ID=$S3_ACCESS_KEY_ID
  [[ -z "${S3_SECRET_ACCESS_KEY:-}" ]] || export AWS_SECRET_ACCESS_KEY=$S3_SECRET_ACCESS_KEY
  export AWS_DEFAULT_REGION=${S3_REGION:-${AWS_DEFAULT_REGION:-us-east-1}}
  log "uploads: copying s3://$S3_BUCKET into $uploads_dir"
  # No --delete: the copy keeps objects removed since; the API purges orphans after a restore.
  aws "${aws_args[@]}" || fail "aws s3 sync of the uploads failed"
fi
log "done"
# The one line on stdout: the backup's path, for whoever runs this from a script.
printf '%s\n' "$final"
