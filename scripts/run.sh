#!/usr/bin/env bash
# The one command that runs the workbench on the bundled example project: installs what is
# missing, builds, and opens stratus-workbench. Press Start in the Cluster panel to run the
# local cluster. Without a display (a server, a container) it runs under xvfb-run, where
# nobody can see it: take a screenshot with `xwd`/ImageMagick, or use scripts/demo.sh.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}
project=${1:-$root/resources/examples/basic}
"$root/scripts/build.sh"
workbench="$build/bin/stratus-workbench"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "no display: running the workbench under xvfb-run" >&2
  exec xvfb-run -a "$workbench" "$project"
fi
exec "$workbench" "$project"
