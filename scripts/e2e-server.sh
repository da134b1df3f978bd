#!/usr/bin/env bash
# Starts the app for the end-to-end tests: one production build, then E2E_SERVERS app servers (default 1), one
# per Playwright worker, on $E2E_PORT, $E2E_PORT+1, … (default 3100), each on a fresh scratch database of its
# own with the example data (E2E_DATABASE_PATH, default data/e2e.db; server i > 0 uses data/e2e-i.db). Every
# worker talks to its own server only (e2e/fixtures.ts), so tests in parallel never see each other's writes,
# sign-in throttles or sessions. Used by playwright.config.ts.
# E2E_SKIP_BUILD=1 serves the build already in NEXT_DIST_DIR (or .next) instead of building again.
# With E2E_OIDC=1 (playwright.config.ts sets it) a test OpenID Connect provider (e2e/oidc-provider.mjs) runs
# beside each app on its port + 1000 (E2E_OIDC_PORT for the first) and the app signs in through it as well;
# password sign-in works as always.
# The map's place search asks its geocoder from the server: here an address nothing listens on (never the
# internet), so places come from the register itself.
set -euo pipefail
DB="${E2E_DATABASE_PATH:-data/e2e.db}"
PORT0="${E2E_PORT:-3100}"
SERVERS="${E2E_SERVERS:-1}"
OIDC_PORT0="${E2E_OIDC_PORT:-$((PORT0 + 1000))}"

if [ "${E2E_SKIP_BUILD:-}" != "1" ] || [ ! -f "${NEXT_DIST_DIR:-.next}/BUILD_ID" ]; then npx next build; fi

PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT INT TERM

# Waits until a URL answers 200 (at most 60 s).
wait_for() {
  for i in $(seq 300); do
    node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' "$1" && return 0
    sleep 0.2
  done
  echo "$1 did not answer" >&2
  return 1
}

for i in $(seq 0 $((SERVERS - 1))); do
  PORT=$((PORT0 + i))
  if [ "$i" = 0 ]; then DATABASE_PATH="$DB"; else DATABASE_PATH="${DB%.db}-$i.db"; fi
  rm -f "$DATABASE_PATH" "$DATABASE_PATH-wal" "$DATABASE_PATH-shm"
  SITE_URL="http://localhost:${PORT}"
  DATABASE_PATH="$DATABASE_PATH" npm run --silent db:setup
  OIDC=()
  if [ "${E2E_OIDC:-}" = "1" ]; then
    # The provider's address is part of its issuer name, so it is fixed before it starts.
    OIDC_PORT=$((OIDC_PORT0 + i))
    E2E_OIDC_PORT="$OIDC_PORT" E2E_APP_URL="$SITE_URL" node e2e/oidc-provider.mjs &
    PIDS+=($!)
    # The app reads the provider's configuration when it starts signing people in: wait until it answers.
    wait_for "http://localhost:${OIDC_PORT}/.well-known/openid-configuration"
    # Not "Inloggen …": the password form's button keeps a name of its own.
    OIDC=(OIDC_ISSUER="http://localhost:${OIDC_PORT}" OIDC_CLIENT_ID="transparantieregister-e2e"
      OIDC_CLIENT_SECRET="e2e-only-client-secret-0123456789abcdef" OIDC_LABEL="Testorganisatie (OIDC)" OIDC_LOGOUT=true)
  fi
  env DATABASE_PATH="$DATABASE_PATH" PORT="$PORT" SITE_URL="$SITE_URL" \
    AUTH_TRUSTED_ORIGINS="http://localhost:${PORT},http://127.0.0.1:${PORT}" REGISTER_DEMO=1 "${OIDC[@]}" \
    GEOCODER_URL="http://127.0.0.1:9/free" \
    npx next start -p "$PORT" &
  PIDS+=($!)
  # One after the other: Playwright waits for the last server's health, so every one before it is up.
  [ "$i" -lt $((SERVERS - 1)) ] && wait_for "${SITE_URL}/api/health"
done
wait -n "${PIDS[@]}"
