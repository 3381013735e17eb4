#!/usr/bin/env bash
# Installs everything and runs every check: lint, types, build, and all tests (api on real PostgreSQL, web in Chromium).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
bash scripts/install-chromium.sh
pnpm lint
pnpm typecheck
pnpm build
pnpm test
