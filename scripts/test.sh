#!/usr/bin/env bash
# The one command that installs, builds and runs every test (what CI runs).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
"$root/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
# Tests start real brokers and processes: one at a time keeps a 2-core machine honest.
ctest --test-dir "$build" --output-on-failure --timeout 600 "$@"
