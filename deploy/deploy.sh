#!/usr/bin/env bash
# Deploys given API and web images to one environment (staging, production).
# Run by the deploy jobs of .github/workflows/ci.yml, each in its GitHub
# environment, whose secrets and variables it reads; an operator can run it
# the same way. Two targets:
#
#   compose     one Docker host, over SSH: checks out the same commit in
#               DEPLOY_PATH, then `docker compose ... pull` and `up -d --wait`
#               with docker-compose.yml + docker-compose.prod.yml (the host's
#               deploy/secrets/ stay as they are);
#   kubernetes  the manifests of deploy/k8s/base with these images, applied
#               in the documented order (migration Job, then rollouts).
#
#   deploy/deploy.sh staging|production
#
# Always:
#   MDF_API_IMAGE, MDF_WEB_IMAGE   the images, e.g. ghcr.io/acme/mdf-sav/api:sha-<commit>
#   DEPLOY_TARGET                  compose (default) or kubernetes
#   DEPLOY_DRY_RUN=1               print what would run, connect nowhere
# compose:
#   DEPLOY_SSH_HOST                user@host
#   DEPLOY_SSH_KEY                 the private key of a deploy user (secret)
#   DEPLOY_SSH_KNOWN_HOSTS         the host's public key line(s), as in known_hosts:
#                                  no host is trusted on first use
#   DEPLOY_SSH_PORT                default 22
#   DEPLOY_PATH                    a clone of this repository on the host (default /srv/mdf-sav)
#   DEPLOY_REF                     the commit to check out there (default GITHUB_SHA, else HEAD)
#   REGISTRY, REGISTRY_USER, REGISTRY_TOKEN   optional: `docker login` on the host before
#                                  pulling from a private registry (token secret, read-only)
# kubernetes:
#   DEPLOY_KUBECONFIG              the kubeconfig (secret), as is or base64
#   DEPLOY_NAMESPACE               default mdf-sav (the namespace of deploy/k8s/base)
# No secret is printed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fail() { echo "deploy.sh: $*" >&2; exit 1; }

environment=${1:-}
case "$environment" in
  staging | production) ;;
  *) fail "usage: deploy/deploy.sh staging|production" ;;
esac
target=${DEPLOY_TARGET:-compose}
dry_run=${DEPLOY_DRY_RUN:-}
api_image=${MDF_API_IMAGE:?MDF_API_IMAGE must name the API image}
web_image=${MDF_WEB_IMAGE:?MDF_WEB_IMAGE must name the web image}
image_ref='^[a-z0-9]([a-z0-9._/:-]*[a-z0-9])?(:[A-Za-z0-9_.-]{1,128}|@sha256:[0-9a-f]{64})$'
for image in "$api_image" "$web_image"; do
  [[ "$image" =~ $image_ref ]] || fail "'$image' is not an image reference with a tag or digest"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
umask 077

echo "Deploying to $environment ($target)"
echo "  api: $api_image"
echo "  web: $web_image"

deploy_compose() {
  local host=${DEPLOY_SSH_HOST:-} path=${DEPLOY_PATH:-/srv/mdf-sav}
  local ref=${DEPLOY_REF:-${GITHUB_SHA:-$(git -C "$root" rev-parse HEAD)}}
  [[ "$ref" =~ ^[0-9a-f]{40}$ ]] || fail "DEPLOY_REF must be a full commit id"
  [[ "$path" =~ ^/[A-Za-z0-9._/-]+$ ]] || fail "DEPLOY_PATH must be an absolute path"
  local compose="docker compose -f docker-compose.yml -f docker-compose.prod.yml --profile monitoring"

  # The script the host runs, from ssh's standard input (so the registry token
  # never appears on a command line).
  {
    echo 'set -euo pipefail'
    printf 'cd %q\n' "$path"
    echo 'git fetch --quiet --tags origin'
    printf 'git checkout --quiet --detach %q\n' "$ref"
    printf 'export MDF_API_IMAGE=%q MDF_WEB_IMAGE=%q\n' "$api_image" "$web_image"
    if [ -n "${REGISTRY_TOKEN:-}" ]; then
      printf 'docker login --username %q --password-stdin %q >/dev/null <<'"'"'TOKEN'"'"'\n' \
        "${REGISTRY_USER:?REGISTRY_USER goes with REGISTRY_TOKEN}" "${REGISTRY:-ghcr.io}"
      printf '%s\nTOKEN\n' "$REGISTRY_TOKEN"
    fi
    echo "$compose pull --quiet api web"
    # Migrations run at API start under a lock; the new replicas start, then the old stop.
    echo "$compose up --detach --no-build --remove-orphans --wait --wait-timeout 900"
    echo "$compose ps"
  } > "$work/remote.sh"

  if [ -n "$dry_run" ]; then
    echo "== dry run: ssh ${host:-<DEPLOY_SSH_HOST>} bash -s, with:"
    sed '/<<.TOKEN.$/,/^TOKEN$/{/<<.TOKEN.$/!{/^TOKEN$/!s/.*/<REGISTRY_TOKEN>/}}' "$work/remote.sh"
    return
  fi
  [ -n "$host" ] || fail "DEPLOY_SSH_HOST is not set"
  [ -n "${DEPLOY_SSH_KEY:-}" ] || fail "DEPLOY_SSH_KEY is not set"
  [ -n "${DEPLOY_SSH_KNOWN_HOSTS:-}" ] || fail "DEPLOY_SSH_KNOWN_HOSTS is not set"
  printf '%s\n' "$DEPLOY_SSH_KEY" > "$work/key"
  printf '%s\n' "$DEPLOY_SSH_KNOWN_HOSTS" > "$work/known_hosts"
  ssh -i "$work/key" -p "${DEPLOY_SSH_PORT:-22}" \
    -o IdentitiesOnly=yes -o BatchMode=yes -o StrictHostKeyChecking=yes \
    -o UserKnownHostsFile="$work/known_hosts" -o ConnectTimeout=20 -o ServerAliveInterval=30 \
    "$host" 'bash -s' < "$work/remote.sh"
}

# name[:tag] or name@digest → the `images` entry of a kustomization.
kustomize_image() {
  local from=$1 ref=$2
  echo "  - name: $from"
  if [[ "$ref" == *@sha256:* ]]; then
    echo "    newName: ${ref%@*}"
    echo "    digest: '${ref#*@}'"
  else
    echo "    newName: ${ref%:*}"
    echo "    newTag: '${ref##*:}'"
  fi
}

deploy_kubernetes() {
  local namespace=${DEPLOY_NAMESPACE:-mdf-sav}
  cp -R "$root/deploy/k8s/base" "$work/base"
  {
    echo 'apiVersion: kustomize.config.k8s.io/v1beta1'
    echo 'kind: Kustomization'
    echo 'resources:'
    echo '  - base'
    echo 'images:'
    kustomize_image mdf-sav/api "$api_image"
    kustomize_image mdf-sav/web "$web_image"
  } > "$work/kustomization.yaml"

  local -a kubectl=(kubectl)
  if [ -n "$dry_run" ]; then
    echo "== dry run: images of the manifests that would be applied"
    kubectl kustomize "$work" | grep -E '^[ -]*image:' | sed 's/^[ -]*//' | sort | uniq -c
    echo "== then: delete job mdf-sav-migrate; apply -k; wait for the job; rollout status api, web"
    return
  fi
  [ -n "${DEPLOY_KUBECONFIG:-}" ] || fail "DEPLOY_KUBECONFIG is not set"
  if printf '%s' "$DEPLOY_KUBECONFIG" | grep -q 'apiVersion'; then
    printf '%s\n' "$DEPLOY_KUBECONFIG" > "$work/kubeconfig"
  else
    printf '%s' "$DEPLOY_KUBECONFIG" | base64 -d > "$work/kubeconfig"
  fi
  kubectl+=(--kubeconfig "$work/kubeconfig")

  # A Job's pod template cannot change: the previous migration Job goes first.
  "${kubectl[@]}" -n "$namespace" delete job mdf-sav-migrate --ignore-not-found
  "${kubectl[@]}" apply -k "$work"
  "${kubectl[@]}" -n "$namespace" wait --for=condition=complete job/mdf-sav-migrate --timeout=15m
  "${kubectl[@]}" -n "$namespace" rollout status deployment/mdf-sav-api --timeout=10m
  "${kubectl[@]}" -n "$namespace" rollout status deployment/mdf-sav-web --timeout=5m
}

case "$target" in
  compose) deploy_compose ;;
  kubernetes) deploy_kubernetes ;;
  *) fail "DEPLOY_TARGET must be compose or kubernetes, not '$target'" ;;
esac
if [ -n "$dry_run" ]; then echo "Dry run: nothing deployed"; else echo "Deployed to $environment"; fi
