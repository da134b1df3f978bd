#!/usr/bin/env bash
# `npm test`: lint and the type check side by side (each uses one core), then the unit tests, then the
# end-to-end tests. Stops at the first that fails.
set -euo pipefail
npm run --silent lint &
LINT=$!
npm run --silent typecheck &
TYPES=$!
status=0
wait "$LINT" || { echo "npm test: lint failed" >&2; status=1; }
wait "$TYPES" || { echo "npm test: type check failed" >&2; status=1; }
[ "$status" = 0 ] || exit "$status"
npm run test:unit
npm run test:e2e
