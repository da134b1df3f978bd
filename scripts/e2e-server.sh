#!/usr/bin/env bash
# Starts the app for the end-to-end tests: a fresh scratch database with the example data, a production
# build, served on $E2E_PORT (default 3100). Used by playwright.config.ts.
set -euo pipefail
export DATABASE_PATH="${E2E_DATABASE_PATH:-data/e2e.db}"
export PORT="${E2E_PORT:-3100}"
export SITE_URL="http://localhost:${PORT}"
export AUTH_TRUSTED_ORIGINS="http://localhost:${PORT},http://127.0.0.1:${PORT}"
rm -f "$DATABASE_PATH" "$DATABASE_PATH-wal" "$DATABASE_PATH-shm"
npm run --silent db:setup
npx next build
REGISTER_DEMO=1 exec npx next start -p "$PORT"
