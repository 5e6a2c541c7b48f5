# syntax=docker/dockerfile:1
# Production image: Next.js standalone server plus the operator CLI (migrations run on start).
# Build: docker build -t karavan .   Run: see docker-compose.yml.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
# The root postinstall generates the Prisma client; it needs the schema only.
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
COPY --from=deps /app/node_modules ./node_modules
COPY . .
RUN npm run db:generate && node node_modules/next/dist/bin/next build

FROM node:20-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
# Runtime dependencies only (tsx runs the CLI); no scripts — the client comes from `build`.
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund

FROM node:20-bookworm-slim AS runner
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 DATA_DIR=/data
RUN groupadd --system --gid 1001 karavan && useradd --system --uid 1001 --gid karavan karavan \
  && mkdir -p /data && chown karavan:karavan /data
# The standalone server…
COPY --from=build --chown=karavan:karavan /app/.next/standalone ./
COPY --from=build --chown=karavan:karavan /app/.next/static ./.next/static
COPY --from=build --chown=karavan:karavan /app/public ./public
# …and what `npm run cli` needs (migrations, seeding, tokens).
COPY --from=prod-deps --chown=karavan:karavan /app/node_modules ./node_modules
COPY --from=build --chown=karavan:karavan /app/lib ./lib
COPY --from=build --chown=karavan:karavan /app/scripts ./scripts
COPY --from=build --chown=karavan:karavan /app/prisma ./prisma
COPY --from=build --chown=karavan:karavan /app/locales ./locales
COPY --from=build --chown=karavan:karavan /app/tsconfig.json /app/package.json ./
COPY --chown=karavan:karavan docker-entrypoint.sh ./
USER karavan
EXPOSE 3000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
ENTRYPOINT ["./docker-entrypoint.sh"]
