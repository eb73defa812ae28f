#!/usr/bin/env bash
# End-to-end check of the HTTPS configuration (tls/default.conf, the one
# docker-compose.prod.yml uses) with real processes on loopback:
#   - a self-signed certificate made here with openssl;
#   - two API processes of the build (api/dist), in production mode, on one
#     PostgreSQL database and one Redis key prefix of their own, as two replicas;
#   - the distribution's nginx with the shipped files, adapted only for the
#     ports, the paths (certificate, console files) and the two upstream addresses;
# then node's test runner (test/e2e.test.mjs) checks the redirect, TLS versions,
# HTTP/2, headers, compression, request ids, event streams, the upload limit
# and failover when one API process is killed.
#
#   npm run build:api            (once: the API must be built; nothing is built here)
#   bash deploy/nginx/e2e.sh
#
# Needs PostgreSQL and Redis (TEST_DATABASE_URL, default
# postgres://postgres@127.0.0.1:5432/postgres; TEST_REDIS_URL, default
# redis://127.0.0.1:6379), as the API's e2e tests do. Installs nginx and its
# brotli module with apt-get when missing. Loopback ports, all configurable:
# NGINX_E2E_HTTP_PORT (18081), NGINX_E2E_HTTPS_PORT (18443),
# NGINX_E2E_API_PORTS ("13101 13102"). Every process and file it makes is
# removed on exit.
#
#   bash deploy/nginx/e2e.sh COMMAND [ARG…]
#
# runs COMMAND against the same stack instead of the tests (the system benchmark
# does), with the same E2E_* variables and NODE_EXTRA_CA_CERTS set to the
# certificate. NGINX_E2E_API_ENV adds settings to both API processes
# ("RATE_LIMIT_PER_MINUTE=1000000"); NGINX_E2E_WORKER_CONNECTIONS (64) sizes nginx.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
http_port=${NGINX_E2E_HTTP_PORT:-18081}
https_port=${NGINX_E2E_HTTPS_PORT:-18443}
read -r api_port1 api_port2 <<<"${NGINX_E2E_API_PORTS:-13101 13102}"
database_url=${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}
redis_url=${TEST_REDIS_URL:-redis://127.0.0.1:6379}
main_js="$root/api/dist/api/src/main.js"
brotli_module=/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so

fail() { echo "e2e.sh: $*" >&2; exit 1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

[ -f "$main_js" ] || fail "the API is not built ($main_js is missing): run 'npm run build:api' first"
[ -n "${api_port2:-}" ] || fail "NGINX_E2E_API_PORTS must name two ports"
command -v openssl >/dev/null || fail "openssl is missing"
command -v curl >/dev/null || fail "curl is missing"
services() { node "$here/test/services.mjs" "$@"; }
services check "$database_url" "$redis_url" || fail "the servers the API needs are not there"

nginx_bin=$(command -v nginx || true)
if [ -z "$nginx_bin" ] && [ -x /usr/sbin/nginx ]; then nginx_bin=/usr/sbin/nginx; fi
if [ -z "$nginx_bin" ] || [ ! -f "$brotli_module" ]; then
  echo "nginx or its brotli module is missing: installing them with apt-get"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-filter >/dev/null
  nginx_bin=/usr/sbin/nginx
fi
nginx_version=$("$nginx_bin" -v 2>&1 | sed -n 's|^nginx version: nginx/\([0-9.]*\).*|\1|p')
echo "nginx $nginx_version"

work=$(mktemp -d)
database="mdf_nginx_e2e_$$_$(od -An -N4 -tx1 /dev/urandom | tr -d ' \n')"
database_created=
redis_prefix="${database}:"
pids=()

cleanup() {
  local status=$?
  set +e
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null
  done
  if [ "$status" -ne 0 ]; then
    for log in "$work"/logs/*.log; do
      [ -s "$log" ] && { echo "--- last lines of $(basename "$log")"; tail -n 30 "$log"; }
    done
  fi
  [ -n "$database_created" ] && services drop "$database_url" "$database"
  services flush "$redis_url" "$redis_prefix"
  rm -rf "$work"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

prefix="$work/nginx"
mkdir -p "$prefix/conf.d" "$prefix/snippets" "$prefix/optional" "$prefix/html" "$prefix/widget" \
  "$prefix/tmp" "$prefix/tls" "$work/logs" "$work/api1" "$work/api2"

echo "== self-signed certificate"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=localhost" \
  -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -keyout "$prefix/tls/tls.key" -out "$prefix/tls/tls.crt" 2>/dev/null

echo "== nginx configuration: tls/default.conf and snippets/"
# The harness's stand-in for the image's nginx.conf, with the brotli module
# loaded first (load_module must come before events{}).
{ echo "load_module $brotli_module;"; cat "$here/test/nginx.conf"; } |
  sed -e "s|worker_connections 64;|worker_connections ${NGINX_E2E_WORKER_CONNECTIONS:-64};|" \
  > "$prefix/nginx.conf"
cp /etc/nginx/mime.types "$prefix/mime.types"
cp "$here"/optional/*.conf "$prefix/optional/"
# Two API instances where Docker's DNS would give one address per replica.
for conf in "$here"/snippets/*.conf; do
  sed -e "s|^\( *\)server api:3000 \(.*\)$|\1server 127.0.0.1:${api_port1} \2\n\1server 127.0.0.1:${api_port2} \2|" \
      -e "s|root /usr/share/nginx/console;|root ${prefix}/html;|" \
      -e "s|root /usr/share/nginx;|root ${prefix};|" \
      "$conf" > "$prefix/snippets/$(basename "$conf")"
done
sed -e "s|listen 8080;|listen 127.0.0.1:${http_port};|" \
    -e "s|listen 8443 ssl;|listen 127.0.0.1:${https_port} ssl;|" \
    -e "s|/run/secrets/tls_certificate;|${prefix}/tls/tls.crt;|" \
    -e "s|/run/secrets/tls_private_key;|${prefix}/tls/tls.key;|" \
    "$here/tls/default.conf" > "$prefix/conf.d/default.conf"
# nginx before 1.25.1 (Debian 12 ships 1.22) has no `http2` directive: there
# the same switch is a parameter of the listen line.
if [ "$(printf '%s\n' "$nginx_version" 1.25.1 | sort -V | head -n 1)" != 1.25.1 ]; then
  sed -i -e "s|listen 127.0.0.1:${https_port} ssl;|listen 127.0.0.1:${https_port} ssl http2;|" \
         -e '/^ *http2 on;$/d' "$prefix/conf.d/default.conf"
fi
for expected in "server 127.0.0.1:${api_port1} " "server 127.0.0.1:${api_port2} " \
  "listen 127.0.0.1:${http_port};" "listen 127.0.0.1:${https_port} ssl" \
  "${prefix}/tls/tls.crt;" "${prefix}/tls/tls.key;" "root ${prefix}/html;" "root ${prefix};"; do
  if ! grep -qF -- "$expected" "$prefix"/conf.d/*.conf "$prefix"/snippets/*.conf; then
    fail "tls/default.conf and snippets/ no longer have the line to adapt into '$expected'"
  fi
done
# Workers drop root privileges when started as root: let them read the files
# (the key stays the master's, which reads it at start).
chmod -R a+rX "$work"
chmod 600 "$prefix/tls/tls.key"
# The console and widget files the test serves.
NGINX_PREFIX="$prefix" node --input-type=module -e "
  import { writeFileSync } from 'node:fs';
  const p = process.env.NGINX_PREFIX;
  writeFileSync(p + '/html/index.html', '<!doctype html><html><body><app-root></app-root></body></html>\n');
  writeFileSync(p + '/html/main-2JZQ6FJD.js', 'console.log(' + JSON.stringify('fauteuil '.repeat(600)) + ');\n');
  writeFileSync(p + '/widget/mdf-chat.js', 'customElements.define(\"mdf-chat\", class extends HTMLElement {});\n');"
chmod -R a+rX "$prefix/html" "$prefix/widget"
"$nginx_bin" -t -p "$prefix/" -c "$prefix/nginx.conf" -e stderr >/dev/null

echo "== database $database, two API processes"
api_database_url=$(services create "$database_url" "$database")
database_created=1
jwt_secret=$(openssl rand -hex 32)
admin_email=ops-e2e@meubledefrance.example
admin_password=$(openssl rand -base64 24)

wait_for() {
  local what=$1 pid=$2 url=$3 tries=180
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || fail "$what exited at start"
    tries=$((tries - 1))
    [ "$tries" -gt 0 ] || fail "$what did not answer $url within 90 s"
    sleep 0.5
  done
}

read -r -a api_env <<<"${NGINX_E2E_API_ENV:-}"
# V8 flags beyond the image's (e.g. --heap-growing-percent=30), for benchmarks.
read -r -a node_args <<<"${NGINX_E2E_NODE_ARGS:-}"
# The V8 flags of every way of starting the API (npm start, the image).
read -r -a node_flags <"$root/deploy/node-flags"
start_api() {
  local n=$1 port=$2
  env -i PATH="$PATH" HOME="${HOME:-/tmp}" \
    NODE_ENV=production HOST=127.0.0.1 PORT="$port" DATA_DIR="$work/api$n" \
    PUBLIC_URL="https://localhost:${https_port}" TRUST_PROXY=loopback LOG_LEVEL=warn \
    DATABASE_URL="$api_database_url" REDIS_URL="$redis_url" REDIS_KEY_PREFIX="$redis_prefix" \
    JWT_SECRET="$jwt_secret" ADMIN_EMAIL="$admin_email" ADMIN_PASSWORD="$admin_password" \
    SEED_DEMO_DATA=true SHUTDOWN_TIMEOUT_MS=2000 "${api_env[@]}" \
    node "${node_flags[@]}" "${node_args[@]}" "$main_js" >"$work/logs/api$n.log" 2>&1 &
  local pid=$!
  # Disowned: the shell reaps it without a job report when the test kills it.
  disown "$pid"
  pids+=("$pid")
  started_pid=$pid
  wait_for "API process $n" "$pid" "http://127.0.0.1:${port}/ready"
  echo "API process $n ready on 127.0.0.1:$port"
}
# One after the other: the first applies the migrations and seeds the catalog.
start_api 1 "$api_port1"
api_pid1=$started_pid
start_api 2 "$api_port2"
api_pid2=$started_pid

echo "== nginx on 127.0.0.1:$http_port (HTTP) and 127.0.0.1:$https_port (HTTPS)"
"$nginx_bin" -p "$prefix/" -c "$prefix/nginx.conf" -e stderr -g 'daemon off;' \
  >"$work/logs/nginx-access.log" 2>"$work/logs/nginx-error.log" &
nginx_pid=$!
disown "$nginx_pid"
pids+=("$nginx_pid")
wait_for nginx "$nginx_pid" "http://127.0.0.1:${http_port}/nginx-health"

# The admin password goes to the test through a file, not its command line.
printf '%s' "$admin_password" > "$work/admin-password"
export E2E_HTTP_PORT="$http_port" E2E_HTTPS_PORT="$https_port" \
  E2E_API_PORTS="$api_port1 $api_port2" E2E_API1_PID="$api_pid1" E2E_API2_PID="$api_pid2" \
  E2E_CA="$prefix/tls/tls.crt" E2E_ACCESS_LOG="$work/logs/nginx-access.log" \
  E2E_ADMIN_EMAIL="$admin_email" E2E_ADMIN_PASSWORD_FILE="$work/admin-password"
if [ "$#" -gt 0 ]; then
  echo "== $*"
  NODE_EXTRA_CA_CERTS="$prefix/tls/tls.crt" "$@"
else
  echo "== behaviour (node --test)"
  node --test --test-timeout=60000 "$here/test/e2e.test.mjs"
fi
