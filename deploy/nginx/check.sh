#!/usr/bin/env bash
# Checks the nginx configuration of the web image with a real nginx:
#   1. `nginx -t` on the shipped conf.d/ and snippets/, inside a stand-in for
#      the image's nginx.conf (test/nginx.conf);
#   2. its behaviour (routing, caching, headers, request ids, SSE, uploads,
#      errors) against a stub API, with node's test runner (test/behaviour.test.mjs).
# Installs the distribution's nginx when it is missing. The HTTPS variant
# (tls/default.conf) is tested end to end, with real API processes, by e2e.sh.
#
#   bash deploy/nginx/check.sh
#
# NGINX_TEST_PORT (18080) and NGINX_TEST_API_PORT (13000): loopback ports used.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
nginx_port=${NGINX_TEST_PORT:-18080}
api_port=${NGINX_TEST_API_PORT:-13000}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

nginx_bin=$(command -v nginx || true)
if [ -z "$nginx_bin" ] && [ -x /usr/sbin/nginx ]; then nginx_bin=/usr/sbin/nginx; fi
if [ -z "$nginx_bin" ]; then
  echo "nginx is missing: installing it with apt-get"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  nginx_bin=/usr/sbin/nginx
fi
"$nginx_bin" -v

prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
mkdir -p "$prefix/conf.d" "$prefix/snippets" "$prefix/html" "$prefix/widget" "$prefix/tmp"
cp "$here/test/nginx.conf" "$prefix/nginx.conf"
cp /etc/nginx/mime.types "$prefix/mime.types"

# The shipped files as they are, except for what only exists in the image or
# its network, pointed at the harness: the API host, the port, the console files.
for conf in "$here"/conf.d/*.conf "$here"/snippets/*.conf; do
  sed -e "s|server api:3000 |server 127.0.0.1:${api_port} |" \
      -e "s|listen 8080;|listen 127.0.0.1:${nginx_port};|" \
      -e "s|root /usr/share/nginx/console;|root ${prefix}/html;|" \
      -e "s|root /usr/share/nginx;|root ${prefix};|" \
      "$conf" > "$prefix/$(basename "$(dirname "$conf")")/$(basename "$conf")"
done
for expected in "server 127.0.0.1:${api_port} " "listen 127.0.0.1:${nginx_port};" "root ${prefix}/html;" "root ${prefix};"; do
  if ! grep -qF "$expected" "$prefix"/conf.d/*.conf "$prefix"/snippets/*.conf; then
    echo "check.sh: conf.d/ and snippets/ no longer have the line to adapt into '$expected'" >&2
    exit 1
  fi
done
# Workers drop root privileges when started as root: let them read the files.
chmod -R a+rX "$prefix"

echo "== nginx -t"
# Its report goes to stderr. Stdout to /dev/null: the config opens /dev/stdout
# (the access log), which a non-root user may not reopen when stdout is the caller's.
"$nginx_bin" -t -p "$prefix/" -c "$prefix/nginx.conf" -e stderr >/dev/null

echo "== behaviour against a stub API"
NGINX_BIN="$nginx_bin" NGINX_PREFIX="$prefix" \
NGINX_TEST_PORT="$nginx_port" NGINX_TEST_API_PORT="$api_port" \
  node --test "$here/test/behaviour.test.mjs"
