#!/usr/bin/env bash
# The operations checks, in order, stopping at the first failure:
#   1. nginx configuration: nginx -t and behaviour against a stub API
#   2. nginx with TLS in front of two real API processes (end to end)
#   3. Prometheus configuration and alert rules (promtool)
#   4. Kubernetes manifests (schema and project rules)
#   5. compose files (project rules; docker compose config where installed)
#   6. GitHub Actions workflows (actionlint and project rules)
#   7. the deploy script, dry run (both targets)
#   8. the Postman collection, as the OpenAPI document gives it
# Prints how long each took.
#
#   npm run build:api && bash scripts/test-ops.sh
#
# Step 2 needs the built API and PostgreSQL and Redis (TEST_DATABASE_URL,
# TEST_REDIS_URL; .ci/run starts both). Steps 1–3 install nginx and promtool
# with apt-get when missing. Backups and the GDPR erasure are tested by
# `npm test` (api/test/backup.e2e-spec.ts, api/test/privacy.e2e-spec.ts).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

timings=()
current=
report() {
  local status=$?
  if [ "${#timings[@]}" -gt 0 ]; then
    printf '\n==> test:ops timings\n'
    printf '  %s\n' "${timings[@]}"
  fi
  if [ "$status" -ne 0 ] && [ -n "$current" ]; then
    printf '\n==> test:ops FAILED at: %s\n' "$current" >&2
  fi
  exit "$status"
}
trap report EXIT

step() {
  local title=$1 started
  shift
  current=$title
  printf '\n==> %s\n' "$title"
  started=${EPOCHREALTIME/[.,]/}
  "$@"
  timings+=("$(awk -v us=$((${EPOCHREALTIME/[.,]/} - started)) -v t="$title" 'BEGIN { printf "%6.1fs  %s", us / 1e6, t }')")
  current=
}

dry_run_deploys() {
  local sha
  sha=$(printf '0%.0s' $(seq 1 40))
  DEPLOY_DRY_RUN=1 DEPLOY_REF="$sha" DEPLOY_TARGET=compose \
    MDF_API_IMAGE="ghcr.io/example/mdf-sav/api:sha-$sha" MDF_WEB_IMAGE="ghcr.io/example/mdf-sav/web:sha-$sha" \
    bash deploy/deploy.sh staging
  DEPLOY_DRY_RUN=1 DEPLOY_TARGET=kubernetes \
    MDF_API_IMAGE="ghcr.io/example/mdf-sav/api:sha-$sha" MDF_WEB_IMAGE="ghcr.io/example/mdf-sav/web:sha-$sha" \
    bash deploy/deploy.sh production
}

step "nginx configuration (deploy/nginx/check.sh)" bash deploy/nginx/check.sh
step "nginx with TLS in front of two API processes (deploy/nginx/e2e.sh)" bash deploy/nginx/e2e.sh
step "Prometheus configuration and alert rules (monitoring/check.sh)" bash monitoring/check.sh
step "Kubernetes manifests (deploy/k8s/validate.mjs)" node deploy/k8s/validate.mjs
step "compose files (deploy/check-compose.sh)" bash deploy/check-compose.sh
step "GitHub Actions workflows (deploy/lint-workflows.mjs)" node deploy/lint-workflows.mjs
step "deploy script, dry run (deploy/deploy.sh)" dry_run_deploys
step "Postman collection matches the OpenAPI document (scripts/postman.mjs)" node scripts/postman.mjs --check
printf '\n==> test:ops passed\n'
