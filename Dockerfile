# syntax=docker/dockerfile:1
# Notice Navigator: the bot server on the official Node 24 runtime.
# Locally Node 24 comes from the `node` devDependency; here the base image provides it, so only the
# production dependencies are installed (the `node` package is a devDependency and is skipped).

ARG NODE_IMAGE=node:24-bookworm-slim

# --- Assets stage: every dependency (dev too, no install scripts) to build the browser assets. Web Chat is a
# devDependency: only its prebuilt bundle and the compressed copies of it (dist/) leave this stage. ---
FROM ${NODE_IMAGE} AS assets
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY src ./src
COPY scripts/build-assets.ts ./scripts/
RUN node scripts/build-assets.ts

# --- Dependencies stage: install production dependencies from the lockfile. ---
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NODE_ENV=production
# package.json carries the allowScripts list npm needs to run the few install scripts it allows.
# botbuilder-dialogs' install script runs `npx rimraf`: rimraf is a (production) dependency so that npx
# finds it in the lockfile's tree instead of downloading it mid-build (or failing where npx may not).
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
# Then the files Node never loads (source maps, TypeScript declarations, tesseract's browser cores) go.
COPY scripts/prune-modules.ts ./scripts/
RUN node scripts/prune-modules.ts

# --- Runtime stage: the TypeScript sources run directly by Node's type stripping; no build output. ---
FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3978 \
    HOST=0.0.0.0 \
    STATE_SQLITE_PATH=/app/data/state.sqlite \
    INTAKE_SQLITE_PATH=/app/data/intakes.sqlite
# Code and dependencies stay owned by root (read-only to the app); only the data directory is writable.
COPY --from=deps /app/node_modules ./node_modules
# Web Chat's bundle and its brotli and gzip copies, made once at build time, not at every start.
COPY --from=assets /app/dist ./dist
COPY package.json package-lock.json ./
COPY src ./src
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
# The official image's unprivileged user (uid 1000).
USER node
EXPOSE 3978
# No curl in the slim image: Node's own fetch asks /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM goes straight to Node (no npm wrapper), so the graceful shutdown in src/server.ts runs. It gives
# in-flight turns up to 25 s; `docker stop` kills after 10 s unless run with `--stop-timeout 30` (or -t 30).
STOPSIGNAL SIGTERM
CMD ["node", "src/server.ts"]
