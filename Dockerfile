# syntax=docker/dockerfile:1
# The api (and, once built, the web app it serves) for docker-compose.yml.
FROM node:20.19-bookworm-slim AS build
WORKDIR /app
RUN npm install --global --no-fund --no-audit pnpm@10.34.8
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm build \
 && mkdir -p apps/web/dist \
 && CI=true pnpm install --frozen-lockfile --prod --config.confirmModulesPurge=false

FROM node:20.19-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app /app
USER node
EXPOSE 3000
# Ready: the database, the search engine and the outbox workers answer (GET /readyz, JSON).
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
WORKDIR /app/apps/api
CMD ["node", "dist/main.js"]
