#!/usr/bin/env bash
# The browser tests drive the distribution's Chromium; install it when it is missing
# (never a downloaded browser). CHROMIUM_PATH points elsewhere when needed.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
echo "Chromium is missing: installing Debian's chromium package"
as_root apt-get update -qq
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version
