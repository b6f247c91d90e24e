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

step "package checks (publint, attw)"
node scripts/check-packages.mjs

step "unit and integration tests"
mkdir -p .tmp
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.tmp/vitest.json || status=$?
node scripts/summarize-tests.mjs .tmp/vitest.json
exit "$status"
