#!/usr/bin/env bash
# The main command: builds the packages and runs the demo of the beneficiary workflow.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
pnpm run build >/dev/null
node examples/core-demo/demo.mjs "$@"
