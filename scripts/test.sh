#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest. Used by `npm test` and CI.
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p test-results
echo "== typecheck"; npm run --silent typecheck
echo "== lint"; npm run --silent lint
echo "== unit and component tests"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=$?
node scripts/ci-summary.mjs test-results/unit.json
[ "$status" -eq 0 ] || exit "$status"
echo "== production build"; npm run --silent build
