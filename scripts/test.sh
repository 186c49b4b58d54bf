#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest. Used by `npm test` and CI.
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export CHROMIUM_PATH

# Browser tests need Debian's Chromium, the Noto fonts (without them Urdu and Chinese draw as boxes),
# and Caddy, the web server they run the build on (with deploy/Caddyfile, as a host would).
ensure_browser() {
  local missing=()
  [ -x "$CHROMIUM_PATH" ] || missing+=(chromium)
  command -v caddy >/dev/null || missing+=(caddy)
  dpkg -s fonts-noto-core >/dev/null 2>&1 || missing+=(fonts-noto-core)
  dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "== installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Browser tests need these Debian packages: ${missing[*]}." >&2
    echo "Install them as root: apt-get install ${missing[*]}" >&2
    exit 1
  fi
}

rm -rf test-results && mkdir -p test-results
summary() { node scripts/ci-summary.mjs test-results/unit.json test-results/browser.json; }

echo "== dependency audit (runtime packages)"; node scripts/audit.mjs
echo "== typecheck"; npm run --silent typecheck
echo "== lint"; npm run --silent lint
echo "== unit and component tests"
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/unit.json || status=$?
if [ "$status" -ne 0 ]; then summary; exit "$status"; fi

echo "== production build"; npm run --silent build
ensure_browser
echo "== browser tests (Chromium, production build)"
npx vitest run --config vitest.browser.config.ts --reporter=default --reporter=json \
  --outputFile.json=test-results/browser.json || status=$?
summary
exit "$status"
