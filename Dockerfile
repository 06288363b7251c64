# One image for all five services — intake, casework, notification, reporting, gateway (and the
# seed and token scripts); what a container runs is
# chosen by its command, e.g. `node dist/apps/casework/src/main.js` (docker-compose.yml sets it),
# or at build time with `--build-arg SERVICE=casework` for the default CMD.
#
#   docker build -t xinfang .
#   docker run --env-file prod.env -p 3002:3002 xinfang node dist/apps/casework/src/main.js

ARG NODE_IMAGE=node:20-bookworm-slim

# ── build: all dependencies, compile apps, libs and scripts with swc into dist/ ─────────────
FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV SCARF_ANALYTICS=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY .swcrc tsconfig.json ./
COPY libs ./libs
COPY apps ./apps
COPY scripts ./scripts
# the services with swc, the web front end (served by the gateway) with vite, both into dist/
RUN npm run build && npm run build:web

# ── runtime: production dependencies and dist/ only, as the unprivileged `node` user ───────
FROM ${NODE_IMAGE} AS runtime
ARG SERVICE=intake
ENV NODE_ENV=production \
    SERVICE=${SERVICE} \
    SCARF_ANALYTICS=false \
    NPM_CONFIG_UPDATE_NOTIFIER=false
WORKDIR /app
# package.json stays: its "imports" map #contracts, #platform … to dist/libs at run time.
# --ignore-scripts: the only install script among production dependencies is @scarf/scarf's analytics.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm cache clean --force \
 && mkdir -p /app/.xinfang \
 && chown node:node /app/.xinfang
COPY --from=build /app/dist ./dist
# the published JSON Schemas: the reporting rebuild validates replayed events with them (fast path)
COPY libs/contracts/schemas ./libs/contracts/schemas
USER node
EXPOSE 3000 3001 3002 3003 3004
# `exec`: node replaces the shell, so it receives SIGTERM itself and shuts down cleanly.
CMD ["sh", "-c", "exec node dist/apps/${SERVICE}/src/main.js"]
