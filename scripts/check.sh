#!/usr/bin/env bash
# Quick local check before committing: formatting, lint and types (the first steps of the test command).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pnpm exec biome ci . >/dev/null || { pnpm exec biome ci .; exit 1; }
pnpm run typecheck >/dev/null
echo "check: ok"
