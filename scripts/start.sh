#!/usr/bin/env bash
# The main command: builds the packages and starts the demo — the reference server with staff keys, the
# association's website, a partner page embedding the forms, and the survey-link page. `--demo` runs the
# terminal walk-through of the core instead.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
pnpm run build >/dev/null 2>&1 || pnpm run build
if [ "${1:-}" = "--demo" ]; then
  shift
  exec node examples/core-demo/demo.mjs "$@"
fi
exec node scripts/serve-examples.mjs "$@"
