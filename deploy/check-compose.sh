#!/usr/bin/env bash
# Validates docker-compose.yml, alone and with docker-compose.prod.yml, with
# `docker compose config` (Compose v2; needs no Docker engine). Runs on a copy
# holding placeholder production secrets, so the work tree is left untouched.
#
#   bash deploy/check-compose.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
docker compose version

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/deploy/secrets"
cp "$root"/docker-compose*.yml "$work/"
cp -R "$root/deploy/env" "$work/deploy/env"
cp "$root/deploy/env/api.prod.env.example" "$work/deploy/secrets/api.env"
echo "placeholder" > "$work/deploy/secrets/postgres_password"

echo "== docker-compose.yml"
docker compose --project-directory "$work" --profile monitoring -f "$work/docker-compose.yml" config --quiet
echo "== docker-compose.yml + docker-compose.prod.yml"
docker compose --project-directory "$work" --profile monitoring -f "$work/docker-compose.yml" -f "$work/docker-compose.prod.yml" config --quiet
echo "compose files are valid"
