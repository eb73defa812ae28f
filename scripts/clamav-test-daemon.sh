#!/usr/bin/env bash
# A throwaway ClamAV daemon for tests: offline, on 127.0.0.1, with a one-signature database
# (the EICAR test file) generated here by sigtool, so it starts in a fraction of a second and
# never downloads anything (freshclam is never run).
#
#   scripts/clamav-test-daemon.sh install        installs clamav-daemon and clamav if missing
#   scripts/clamav-test-daemon.sh start [PORT]   starts clamd on PORT (default 3310); prints
#                                                port=, pid= and dir= lines
#   scripts/clamav-test-daemon.sh stop DIR       stops the daemon started in DIR, removes DIR
#
# Exit codes: 0 done, 1 clamd failed to start, 2 usage, 3 clamd missing and not installable.
set -euo pipefail

# shellcheck disable=SC2016 # the $ is part of the EICAR string, not an expansion
readonly EICAR='X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'
readonly SIGNATURE_NAME='Eicar-Test-Signature'
readonly START_TIMEOUT_S=60

usage() {
  sed -n '6,11p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

loud() {
  {
    echo '************************************************************************'
    printf '* %s\n' "$@"
    echo '************************************************************************'
  } >&2
}

have_clamav() { command -v clamd >/dev/null 2>&1 && command -v sigtool >/dev/null 2>&1; }

# clamd and sigtool live in /usr/sbin and /usr/bin on Debian; a non-login root shell may lack sbin.
export PATH="$PATH:/usr/sbin:/usr/local/sbin"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    return 1
  fi
}

# apt's output goes to stderr: stdout carries only what `start` reports.
apt_install() {
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -q --no-install-recommends "$@" >&2
}

cmd_install() {
  have_clamav && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    loud 'ClamAV (clamd, sigtool) is not installed and apt-get is not available.' \
      'Install clamav-daemon and clamav by hand to run the antivirus tests.'
    exit 3
  fi
  # clamd is in clamav-daemon, sigtool in clamav.
  local packages=(clamav-daemon clamav)
  echo "clamd or sigtool not found: installing ${packages[*]} with apt-get" >&2
  # Keep the packages from starting anything while they install: no system clamd, and above
  # all no freshclam (it would try to download signatures). policy-rc.d is how Debian says so.
  local policy=/usr/sbin/policy-rc.d
  if [ ! -e "$policy" ] &&
    as_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 755 $policy"; then
    # shellcheck disable=SC2064 # expand now: $policy is local
    trap "as_root rm -f '$policy'" EXIT
  fi
  echo 'clamav-freshclam clamav-freshclam/autoupdate_freshclam select manual' |
    as_root debconf-set-selections 2>/dev/null || true
  local status=0
  apt_install "${packages[@]}" || {
    # A fresh machine may have no package lists yet.
    as_root apt-get update -q >&2 && apt_install "${packages[@]}"
  } || status=$?
  if [ "$status" -ne 0 ] || ! have_clamav; then
    loud "Could not install ${packages[*]} (no root, no apt repository or no network?)." \
      'The tests that need a real clamd cannot run on this machine.'
    exit 3
  fi
}

# Answers PONG when clamd on 127.0.0.1:$1 is up (bash's /dev/tcp: no client to install).
ping_clamd() {
  local reply=''
  { exec 3<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'zPING\0' >&3
  IFS= read -r -d '' -t 2 reply <&3 || true
  exec 3>&-
  [ "$reply" = 'PONG' ]
}

# Running, and clamd: a zombie is not, nor a process that reused the pid after clamd exited.
is_clamd_running() {
  local state
  state=$(ps -o stat=,comm= -p "$1" 2>/dev/null) || return 1
  [[ $state != Z* && $state == *clamd ]]
}

cmd_start() {
  local port=${1:-3310}
  if ! [[ "$port" =~ ^[1-9][0-9]{0,4}$ ]] || ((port < 1 || port > 65535)); then usage; fi
  cmd_install
  # Another server there would answer our PINGs for a clamd that could not bind.
  if { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null; then
    exec 3>&-
    echo "port $port is already in use on 127.0.0.1" >&2
    exit 1
  fi

  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/clamd-test.XXXXXX")
  mkdir "$dir/db" "$dir/tmp"

  # The whole database: the MD5 of the EICAR file, named like ClamAV's official signature.
  printf '%s' "$EICAR" >"$dir/eicar.com"
  sigtool --md5 "$dir/eicar.com" | awk -F: -v OFS=: -v name="$SIGNATURE_NAME" \
    '{ $3 = name; print }' >"$dir/db/test.hdb"
  rm "$dir/eicar.com"

  cat >"$dir/clamd.conf" <<EOF
TCPSocket $port
TCPAddr 127.0.0.1
DatabaseDirectory $dir/db
TemporaryDirectory $dir/tmp
LogFile $dir/clamd.log
LogTime yes
PidFile $dir/clamd.pid
Foreground yes
StreamMaxLength 120M
# Scan what the stream limit lets in, instead of passing larger files unscanned.
MaxFileSize 120M
MaxScanSize 480M
Bytecode no
EOF

  local started=$SECONDS
  # Detached, with its output in the log: a caller reading our stdout must not wait for clamd.
  setsid clamd --config-file="$dir/clamd.conf" >>"$dir/clamd.out" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$dir/daemon.pid"

  # Ours is up once it has logged its bind and answers.
  until grep -q "TCP: Bound to \[127.0.0.1\]:$port" "$dir/clamd.log" 2>/dev/null &&
    ping_clamd "$port"; do
    if ! is_clamd_running "$pid"; then
      echo "clamd exited during startup; its output:" >&2
      cat "$dir/clamd.out" "$dir/clamd.log" >&2 2>/dev/null || true
      rm -rf "$dir"
      exit 1
    fi
    if ((SECONDS - started > START_TIMEOUT_S)); then
      echo "clamd did not answer PING within ${START_TIMEOUT_S}s" >&2
      cmd_stop "$dir"
      exit 1
    fi
    sleep 0.1
  done

  echo "port=$port"
  echo "pid=$pid"
  echo "dir=$dir"
}

cmd_stop() {
  local dir=${1:-}
  [ -n "$dir" ] || usage
  [ -f "$dir/daemon.pid" ] || return 0 # already stopped
  local pid
  pid=$(cat "$dir/daemon.pid")
  if is_clamd_running "$pid" && kill "$pid" 2>/dev/null; then
    # It exits at once on SIGTERM; force it if it has not after ten seconds.
    for _ in $(seq 100); do
      is_clamd_running "$pid" || break
      sleep 0.1
    done
    if is_clamd_running "$pid"; then kill -9 "$pid"; fi
  fi
  rm -rf "$dir"
}

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start "${2:-}" ;;
  stop) cmd_stop "${2:-}" ;;
  *) usage ;;
esac
