#!/usr/bin/env bash
# Builds the Debian/Ubuntu package of the desktop app with the tauri CLI (the prebuilt
# binary from npm's @tauri-apps/cli). Nothing is downloaded while bundling (the .deb
# bundler needs no tools from the network; AppImage would, so it is not built).
#
#   scripts/build-deb.sh     # -> $CARGO_TARGET_DIR/release/bundle/deb/Roundbook_<version>_amd64.deb
#
# Install it with:  sudo apt install ./Roundbook_<version>_amd64.deb
# Needs: the build packages of TAURI-ON-THIS-MACHINE (libwebkit2gtk-4.1-dev, libgtk-3-dev,
# librsvg2-dev, libssl-dev, build-essential), node 20.19+, ui/node_modules (npm ci).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}

if [ ! -x ui/node_modules/.bin/tauri ]; then
  npm --prefix ui ci --no-audit --no-fund
fi
# The tauri CLI reads the root tauri.conf.json: it builds the UI (beforeBuildCommand),
# the release binary with the `custom-protocol` feature, and the .deb with the
# Depends, desktop entry and icons set there.
ui/node_modules/.bin/tauri build --bundles deb "$@"

deb=$(ls -t "$CARGO_TARGET_DIR"/release/bundle/deb/*.deb | head -1)
echo "built $deb"
dpkg-deb --field "$deb" Package Version Depends
