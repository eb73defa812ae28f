# shellcheck shell=bash
# Helpers shared by backup.sh and restore.sh; sourced, not run.

# Prefix of every message; set by the sourcing script.
log_name=${log_name:-backup}

log() { printf '%s: %s\n' "$log_name" "$*" >&2; }
fail() { log "error: $*"; exit 1; }

# Hides the password of any postgres URL in a text (userinfo and ?password=).
redact() {
  sed -E -e 's#(://[^:/@[:space:]]*:)[^@[:space:]]*@#\1***@#g' \
    -e 's#([?&]password=)[^&[:space:]]*#\1***#g'
}

# Sets db_url (DATABASE_URL without its password, for the client tools' command line,
# which every user of the host can read in `ps`), safe_url (for messages), and exports
# PGPASSWORD with the password, percent-decoded.
use_database_url() {
  [[ -n "${DATABASE_URL:-}" ]] || fail "DATABASE_URL is not set"
  db_url=$DATABASE_URL
  if [[ "$db_url" =~ ^([a-zA-Z][a-zA-Z0-9+.-]*://)([^:/@]*):([^@/]*)@(.*)$ ]]; then
    local encoded=${BASH_REMATCH[3]//\\/\\\\}
    PGPASSWORD=$(printf '%b' "${encoded//%/\\x}")
    export PGPASSWORD
    db_url="${BASH_REMATCH[1]}${BASH_REMATCH[2]}@${BASH_REMATCH[4]}"
  fi
  # shellcheck disable=SC2034 # read by the sourcing script
  safe_url=$(printf '%s' "$DATABASE_URL" | redact)
}

require_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null || fail "$tool is not installed"
  done
}
