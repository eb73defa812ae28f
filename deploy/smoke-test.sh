#!/usr/bin/env bash
# End-to-end check of the images and the compose stack, on a machine with a
# Docker engine (CI): builds and starts everything (Prometheus included), waits
# for every healthcheck, then checks what a browser, a client of the API and
# Prometheus get. The stack and its volumes are removed at the end.
#
#   bash deploy/smoke-test.sh           docker-compose.yml
#   bash deploy/smoke-test.sh --prod    with docker-compose.prod.yml (two API replicas, HTTPS
#                                       on 8443 with a self-signed certificate), on placeholder
#                                       secrets it creates and removes
# The first start downloads ClamAV's signatures: allow several minutes.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
base=http://127.0.0.1:8080
files=(-f docker-compose.yml)
replicas=1
created_secrets=()
curl_tls=()
prod=

if [ "${1:-}" = "--prod" ]; then
  prod=1
  files+=(-f docker-compose.prod.yml)
  replicas=2
  secrets=(api.env s3.env postgres_password minio_root_user minio_root_password
    grafana_admin_password tls.crt tls.key)
  for secret in "${secrets[@]}"; do
    if [ -e "deploy/secrets/$secret" ]; then
      echo "smoke-test: deploy/secrets/$secret exists; this test does not run over real secrets" >&2
      exit 1
    fi
  done
  created_secrets=("${secrets[@]/#/deploy/secrets/}")
  random() { od -An -N16 -tx1 /dev/urandom | tr -d ' \n'; }
  password=$(random)
  printf '%s\n' "$password" > deploy/secrets/postgres_password
  sed "s|CHANGE_ME|${password}|; s|^PUBLIC_URL=.*|PUBLIC_URL=https://localhost:8443|" \
    deploy/env/api.prod.env.example > deploy/secrets/api.env
  sed "s|CHANGE_ME|$(random)|" deploy/env/s3.prod.env.example > deploy/secrets/s3.env
  echo "mdf-minio-admin-smoke" > deploy/secrets/minio_root_user
  random > deploy/secrets/minio_root_password
  random > deploy/secrets/grafana_admin_password
  openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
    -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
    -keyout deploy/secrets/tls.key -out deploy/secrets/tls.crt 2>/dev/null
  # nginx (uid 101 in the web image) reads the key: a throwaway one may be world-readable.
  chmod 644 deploy/secrets/tls.key
  export WEB_HTTPS_PORT=8443 WEB_HTTP_PORT=8081
  base=https://localhost:8443
  curl_tls=(--cacert deploy/secrets/tls.crt)
fi

compose=(docker compose -p mdf-sav-smoke "${files[@]}" --profile monitoring)

cleanup() {
  local status=$?
  if [ "$status" -ne 0 ]; then
    "${compose[@]}" ps --all || true
    "${compose[@]}" logs --no-color --tail 200 || true
  fi
  "${compose[@]}" down --volumes --remove-orphans || true
  rm -f "${created_secrets[@]}"
  exit "$status"
}
trap cleanup EXIT

fail() { echo "smoke-test: $*" >&2; exit 1; }

expect_status() {
  local want=$1 path=$2 got
  got=$(curl -s "${curl_tls[@]}" -o /dev/null -w '%{http_code}' "$base$path")
  [ "$got" = "$want" ] || fail "GET $path answered $got, expected $want"
  echo "ok  GET $path -> $got"
}

"${compose[@]}" up --build --detach --wait --wait-timeout 900

running=$("${compose[@]}" ps --status running --quiet api | wc -l)
[ "$running" -eq "$replicas" ] || fail "$running API instance(s) running, expected $replicas"
echo "ok  $running API instance(s) running"

expect_status 200 /health
expect_status 200 /ready
# Uploads go to MinIO (bucket made by minio-init) and are scanned by clamd.
# shellcheck disable=SC2016 # JavaScript, not shell
curl -s "${curl_tls[@]}" "$base/ready" | node -e '
  let s = "";
  process.stdin.on("data", (d) => (s += d)).on("end", () => {
    const { details } = JSON.parse(s);
    const wrong = [["storage", "s3"], ["antivirus", "clamav"]]
      .filter(([key, mode]) => details[key]?.mode !== mode || details[key]?.status !== "up")
      .map(([key, mode]) => `${key}: expected ${mode} up, got ${JSON.stringify(details[key])}`);
    if (wrong.length) { console.error(wrong.join("\n")); process.exit(1); }
  });' || fail "the API does not use MinIO and ClamAV"
echo "ok  uploads stored in MinIO and scanned by ClamAV"
expect_status 200 /
expect_status 200 /tickets/SAV-0001
expect_status 404 /metrics

curl -s "${curl_tls[@]}" -D - -o /dev/null -H 'X-Request-Id: smoke-test-1' "$base/health" | grep -qi '^x-request-id: smoke-test-1' \
  || fail "X-Request-Id was not passed through to the API and back"
echo "ok  X-Request-Id passed through"

if [ -n "$prod" ]; then
  location=$(curl -s -o /dev/null -w '%{redirect_url}' http://127.0.0.1:8081/tickets/SAV-0001)
  [ "$location" = "https://127.0.0.1/tickets/SAV-0001" ] || fail "port 80 redirected to '$location'"
  echo "ok  HTTP redirects to HTTPS"
  curl -s "${curl_tls[@]}" --http2 -o /dev/null -w '%{http_version}' "$base/" | grep -qx 2 \
    || fail "HTTP/2 was not negotiated"
  echo "ok  HTTPS with HTTP/2"
fi

# The console's Content-Security-Policy must allow every inline script of the
# built index.html (by hash) and there must be no inline event handler.
NODE_EXTRA_CA_CERTS="${prod:+$root/deploy/secrets/tls.crt}" node --input-type=module - "$base/" <<'EOF'
import { createHash } from 'node:crypto';
const res = await fetch(process.argv[2]);
const csp = res.headers.get('content-security-policy') ?? '';
const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src ')) ?? '';
const html = await res.text();
const problems = [];
for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (/\ssrc=/i.test(attrs) || /type=["']?application\/(ld\+)?json/i.test(attrs) || body.trim() === '') continue;
  const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
  if (!scriptSrc.includes(hash)) problems.push(`inline script not allowed by script-src (add ${hash}): ${body.slice(0, 80)}`);
}
for (const [handler] of html.matchAll(/<[^>]+\son[a-z]+\s*=/gi)) problems.push(`inline event handler: ${handler.slice(0, 80)}`);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('ok  Content-Security-Policy covers the inline scripts of index.html');
EOF

# Metrics: served to the private network without a token, with the exported metrics.
"${compose[@]}" exec -T api node -e "
  fetch('http://127.0.0.1:3000/metrics').then((r) => r.text()).then((text) => {
    const missing = ['process_resident_memory_bytes', 'nodejs_eventloop_lag_p99_seconds', '# TYPE http_request_duration_seconds histogram']
      .filter((name) => !text.includes(name));
    if (missing.length) { console.error('missing metrics: ' + missing.join(', ')); process.exit(1); }
  })" || fail "the API's /metrics lacks expected metrics"
echo "ok  /metrics exports the process and HTTP metrics"

# Grafana is up with the provisioned data source and dashboard.
"${compose[@]}" exec -T grafana wget -qO- http://127.0.0.1:3000/api/health >/dev/null \
  || fail "Grafana is not healthy"
echo "ok  Grafana is up"

# Prometheus finds every API instance through Docker's DNS and scrapes it.
for _ in $(seq 1 30); do
  up=$("${compose[@]}" exec -T prometheus wget -qO- 'http://127.0.0.1:9090/api/v1/query?query=sum%28up%7Bjob%3D%22mdf-api%22%7D%29' \
    | node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>{const r=JSON.parse(s).data.result;console.log(r.length?r[0].value[1]:0)})')
  [ "$up" = "$replicas" ] && break
  sleep 3
done
[ "$up" = "$replicas" ] || fail "Prometheus sees $up API instance(s) up, expected $replicas"
echo "ok  Prometheus scrapes $up API instance(s)"

echo "smoke test passed"
