#!/usr/bin/env bash
# Checks docker-compose.yml, alone and with docker-compose.prod.yml:
#   1. the project's rules, without Docker (deploy/check-compose.mjs: services,
#      networks, volumes, secrets, env files, healthchecks, pinned images, TLS,
#      no credential in the files);
#   2. `docker compose config` (Compose v2; needs no Docker engine) where the
#      Compose plugin is installed, as on CI's runners. Elsewhere it says so
#      and stops after step 1.
# Step 2 runs on a copy holding placeholder production secrets, so the work
# tree is left untouched.
#
#   bash deploy/check-compose.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

echo "== project rules (deploy/check-compose.mjs)"
node "$root/deploy/check-compose.mjs"

if ! docker compose version >/dev/null 2>&1; then
  echo "== docker compose config: not run, the Docker Compose v2 plugin is not installed here"
  exit 0
fi
docker compose version

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/deploy/secrets"
cp "$root"/docker-compose*.yml "$work/"
cp -R "$root/deploy/env" "$work/deploy/env"
cp "$root/deploy/env/api.prod.env.example" "$work/deploy/secrets/api.env"
cp "$root/deploy/env/s3.prod.env.example" "$work/deploy/secrets/s3.env"
for secret in postgres_password minio_root_user minio_root_password grafana_admin_password tls.crt tls.key; do
  echo "placeholder" > "$work/deploy/secrets/$secret"
done

echo "== docker compose config: docker-compose.yml"
docker compose --project-directory "$work" --profile monitoring -f "$work/docker-compose.yml" config --quiet
echo "== docker compose config: docker-compose.yml + docker-compose.prod.yml"
docker compose --project-directory "$work" --profile monitoring -f "$work/docker-compose.yml" -f "$work/docker-compose.prod.yml" config --quiet
echo "compose files are valid"
