#!/usr/bin/env bash
# Starts the app for the end-to-end tests: a fresh scratch database with the example data, a production
# build, served on $E2E_PORT (default 3100). Used by playwright.config.ts.
# With E2E_OIDC=1 (playwright.config.ts sets it) a test OpenID Connect provider (e2e/oidc-provider.mjs) runs
# on the app's port + 1000 (E2E_OIDC_PORT) and the app signs in through it as well; password sign-in works as always.
set -euo pipefail
export DATABASE_PATH="${E2E_DATABASE_PATH:-data/e2e.db}"
export PORT="${E2E_PORT:-3100}"
export SITE_URL="http://localhost:${PORT}"
export AUTH_TRUSTED_ORIGINS="http://localhost:${PORT},http://127.0.0.1:${PORT}"
rm -f "$DATABASE_PATH" "$DATABASE_PATH-wal" "$DATABASE_PATH-shm"
npm run --silent db:setup
npx next build

if [ "${E2E_OIDC:-}" = "1" ]; then
  # The provider's address is part of its issuer name, so it is fixed before it starts: the app's port + 1000.
  E2E_OIDC_PORT="${E2E_OIDC_PORT:-$((PORT + 1000))}"
  E2E_OIDC_PORT="$E2E_OIDC_PORT" E2E_APP_URL="$SITE_URL" node e2e/oidc-provider.mjs &
  OIDC_PID=$!
  trap 'kill "$OIDC_PID" 2>/dev/null || true' EXIT
  # The app reads the provider's configuration when it starts signing people in: wait until it answers.
  for i in $(seq 150); do
    node -e 'fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
      "http://localhost:${E2E_OIDC_PORT}/.well-known/openid-configuration" && break
    [ "$i" = 150 ] && { echo "the test OpenID provider did not start" >&2; exit 1; }
    sleep 0.2
  done
  export OIDC_ISSUER="http://localhost:${E2E_OIDC_PORT}"
  export OIDC_CLIENT_ID="transparantieregister-e2e"
  export OIDC_CLIENT_SECRET="e2e-only-client-secret-0123456789abcdef"
  # Not "Inloggen …": the password form's button keeps a name of its own.
  export OIDC_LABEL="Testorganisatie (OIDC)"
  export OIDC_LOGOUT=true
fi

REGISTER_DEMO=1 npx next start -p "$PORT" &
APP_PID=$!
trap 'kill "$APP_PID" 2>/dev/null || true; [ -n "${OIDC_PID:-}" ] && kill "$OIDC_PID" 2>/dev/null || true' EXIT INT TERM
wait "$APP_PID"
