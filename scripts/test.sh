#!/usr/bin/env bash
# The whole test suite, from a fresh clone: install, typecheck, lint, build, package checks, tests.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"

step() { printf '\n== %s\n' "$1"; }

step "typecheck"
pnpm run typecheck

step "lint and format"
pnpm exec biome ci .

step "build"
pnpm run build >/dev/null
echo "built: $(ls -d packages/*/dist | tr '\n' ' ')"

step "bundle size budgets (size-limit)"
pnpm exec size-limit

step "package checks (publint, attw)"
node scripts/check-packages.mjs

step "storybook build"
pnpm exec storybook build -o storybook-static --quiet >/dev/null 2>&1 || pnpm exec storybook build -o storybook-static
echo "built: storybook-static ($(node -e "const i=require('./storybook-static/index.json');console.log(Object.values(i.entries).filter(e=>e.type==='story').length)") stories)"

step "chromium"
ensure_chromium
"${MORD_CHROMIUM:-/usr/bin/chromium}" --version 2>/dev/null | head -n 1

step "postgresql"
source "$(dirname "${BASH_SOURCE[0]}")/postgres.sh"
if [ -z "${MORD_TEST_DATABASE_URL:-}" ]; then start_test_postgres; fi

step "examples (the main command's servers answer)"
node scripts/serve-examples.mjs --check | tail -n 6

step "unit, integration and browser tests"
mkdir -p .tmp
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json || status=$?
node scripts/summarize-tests.mjs .tmp/vitest.json
exit "$status"
