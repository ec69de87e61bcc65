#!/usr/bin/env bash
# Installs what Stratus Workbench needs on Debian 12, skipping what is already there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n
  libgl1-mesa-dev libnats-dev libgit2-dev nats-server
  python3 nodejs python3-debugpy gdbserver
  xvfb xauth fonts-dejavu-core
  qtkeychain-qt6-dev hey
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The Node.js injector's NATS client (resources/sdk/node/package-lock.json); the build copies
# node_modules with the SDK, where the invoker's NODE_PATH points. Skipped when up to date.
sdk_node="$(cd "$(dirname "$0")/.." && pwd)/resources/sdk/node"
if [ ! -f "$sdk_node/node_modules/.package-lock.json" ] ||
   [ "$sdk_node/package-lock.json" -nt "$sdk_node/node_modules/.package-lock.json" ]; then
  command -v npm >/dev/null || {
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends npm
  }
  (cd "$sdk_node" && npm ci --no-audit --no-fund --loglevel=error)
fi
