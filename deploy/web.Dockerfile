# syntax=docker/dockerfile:1
#
# The agent console (Angular) served by nginx, which also proxies /api/,
# /health and /ready to the API instances (upstream `api:3000`).
#   docker build -f deploy/web.Dockerfile -t mdf-sav-web .
#
# The base, deps and build stages are those of deploy/api.Dockerfile: keep
# them identical so that BuildKit builds the workspace once for both images.

ARG NODE_VERSION=24.21.0
ARG NPM_VERSION=11.19.1
# nginx stable, running as an unprivileged user on port 8080.
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.30-alpine

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

FROM ${NGINX_IMAGE} AS runtime
# The image's nginx.conf includes conf.d/*.conf inside http{}; default.conf
# replaces the image's own server. Relative includes resolve under /etc/nginx.
COPY deploy/nginx/conf.d/ /etc/nginx/conf.d/
COPY deploy/nginx/snippets/ /etc/nginx/snippets/
COPY --from=build /app/web/dist/console/browser/ /usr/share/nginx/console/
COPY --from=build /app/web/dist/widget/ /usr/share/nginx/widget/

EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=3s --start-period=10s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/nginx-health"]
