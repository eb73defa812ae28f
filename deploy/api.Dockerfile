# syntax=docker/dockerfile:1
#
# The SAV API: NestJS on Node.js 24.
#   docker build -f deploy/api.Dockerfile -t mdf-sav-api .
#
# Stages: base (Node + pinned npm) → deps (every workspace, dev included)
# → build (`npm run build`) → prod-deps (clean `npm ci --omit=dev` of the api
# workspace) → runtime (node only, non-root, read-only root filesystem ready).
#
# The first three stages are the same in deploy/web.Dockerfile: keep them
# identical so that BuildKit builds the workspace once for both images.

# Node of the image = the root devDependency `node` that development and CI use.
ARG NODE_VERSION=24.21.0
# npm that wrote the lockfile; it applies package.json `allowScripts` (which
# install scripts may run) the same way here as on a developer's machine.
ARG NPM_VERSION=11.19.1

FROM node:${NODE_VERSION}-bookworm-slim AS base
ARG NPM_VERSION
RUN npm install --global --no-audit --no-fund "npm@${NPM_VERSION}" \
 && npm cache clean --force
WORKDIR /app
# No git hooks to install in an image.
ENV HUSKY=0

FROM base AS deps
# `.npmrc*`: the project's npm settings, when it has any.
COPY package.json package-lock.json .npmrc* ./
COPY api/package.json api/
COPY web/package.json web/
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build

# Production dependencies of the API only, installed afresh rather than pruned
# from `deps`. The root devDependency `node` is left out: the runtime uses the
# image's own Node 24. No production dependency needs an install script.
FROM base AS prod-deps
COPY package.json package-lock.json .npmrc* ./
COPY api/package.json api/
COPY web/package.json web/
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm ci --omit=dev --workspace api --ignore-scripts --no-audit --no-fund \
 && mkdir -p api/node_modules

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
# Only node is needed to run: drop the package managers (less to patch, less
# to exploit) and create the data directory, the one place the API writes.
RUN rm -rf /usr/local/lib/node_modules /opt/yarn-* \
           /usr/local/bin/npm /usr/local/bin/npx /usr/local/bin/corepack \
           /usr/local/bin/yarn /usr/local/bin/yarnpkg \
 && mkdir -p /data \
 && chown node:node /data

ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data

WORKDIR /app
# Code and dependencies stay owned by root: the `node` user can read them, not change them.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=prod-deps /app/api/node_modules ./api/node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/api/package.json ./api/
COPY --from=build /app/api/dist ./api/dist
COPY deploy/node-flags ./deploy/node-flags

USER node
# Embedded database (when DATABASE_URL is unset) and local files. With a
# read-only root filesystem, mount a volume here and a tmpfs on /tmp.
VOLUME ["/data"]
EXPOSE 3000

# Liveness only (/ready also checks the database, which is not this container's health).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

# V8 sizes its heap after the memory it sees: on a large host a 64 MB young generation and an
# old generation left to grow to four times its live size. deploy/node-flags, which every way
# of starting the API reads: a 512 MB old-generation ceiling, what V8 derives itself in a
# 1 GiB container (deploy/k8s), caps that growth near 1.4 times; 8 MB semi-spaces: more young
# collections, each shorter (docs/PERFORMANCE.md). exec: node is PID 1 and gets the signals.
CMD ["sh", "-c", "exec node $(cat deploy/node-flags) api/dist/api/src/main.js"]
