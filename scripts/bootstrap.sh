#!/usr/bin/env bash
# Installs what the workspace needs on a fresh machine that has only Node 20 and npm:
# pnpm at the pinned version, then the dependencies from the lockfile. Sourced by start.sh and test.sh.
set -euo pipefail

PNPM_VERSION="12.4.2"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# pnpm 12 ignores nodedir in .npmrc; without it node-gyp downloads Node headers (no network here).
export npm_config_nodedir="${npm_config_nodedir:-/usr}"
export STORYBOOK_DISABLE_TELEMETRY=1
export PATH="$ROOT/.tools/bin:$ROOT/.tools/node_modules/.bin:$PATH"

if ! command -v node >/dev/null 2>&1; then
  echo "Node.js 20 is required: install it from your distribution or nodejs.org, then run this again." >&2
  exit 1
fi

if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  echo "Installing pnpm $PNPM_VERSION…"
  if [ "$(id -u)" = "0" ]; then
    npm install --global --no-fund --no-audit "pnpm@$PNPM_VERSION" >/dev/null
  else
    # Not root: keep pnpm inside the project instead of touching the system.
    npm install --prefix "$ROOT/.tools" --no-fund --no-audit --no-save "pnpm@$PNPM_VERSION" >/dev/null
  fi
  hash -r
fi

pnpm install --frozen-lockfile --reporter=append-only 2>&1 | tail -n 3

# Browser tests drive Debian's Chromium (never a downloaded browser); Noto brings Arabic glyphs.
ensure_chromium() {
  if [ -n "${MORD_CHROMIUM:-}" ] || [ -x /usr/bin/chromium ]; then return 0; fi
  if [ "$(id -u)" != "0" ]; then
    echo "Chromium is needed for the browser tests: install Debian's 'chromium' package (as root: apt-get install chromium fonts-noto-core), or set MORD_CHROMIUM to a Chromium binary." >&2
    return 1
  fi
  echo "Installing Chromium from Debian…"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core fonts-noto-core >/dev/null
}
