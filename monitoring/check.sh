#!/usr/bin/env bash
# Checks the Prometheus configuration and alerting rules with promtool, and
# runs the rules' unit tests. Installs the distribution's prometheus package
# (which ships promtool) when promtool is missing.
#
#   bash monitoring/check.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v promtool >/dev/null 2>&1; then
  echo "promtool is missing: installing the prometheus package with apt-get"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi
promtool --version 2>&1 | head -n 1

echo "== promtool check config"
promtool check config "$here/prometheus.yml"
echo "== promtool check rules"
promtool check rules "$here/alerts.yml"
echo "== promtool test rules"
promtool test rules "$here/tests/alerts.test.yml"
