#!/usr/bin/env bash
# Builds the Linux packages of the desktop app — a .deb (Debian, Ubuntu) and an .rpm
# (Fedora, RHEL and their kin) — with the tauri CLI (the prebuilt binary from npm's
# @tauri-apps/cli). Nothing is downloaded while bundling: the .deb and .rpm bundlers need
# no tools from the network. (The AppImage bundler does, so the AppImage is built only by
# the release workflow, .github/workflows/release.yml, as are the Windows and macOS
# installers.)
#
#   scripts/build-packages.sh            # -> $CARGO_TARGET_DIR/release/bundle/{deb,rpm}/
#   scripts/build-packages.sh --verbose  # further arguments go to `tauri build`
#
# Install with:  sudo apt install ./Roundbook_<version>_amd64.deb
#           or:  sudo dnf install ./Roundbook-<version>-1.x86_64.rpm
# Needs: the build packages of scripts/setup.sh --app-only (libwebkit2gtk-4.1-dev,
# libgtk-3-dev, librsvg2-dev, libssl-dev, build-essential), node 20.19+, ui/node_modules.
# scripts/check-packages.sh builds them, looks inside and installs and starts the .deb.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}

if [ ! -x ui/node_modules/.bin/tauri ]; then
  npm --prefix ui ci --no-audit --no-fund
fi
# The tauri CLI reads the root tauri.conf.json: it builds the UI (beforeBuildCommand),
# the release binary with the `custom-protocol` feature, and the packages with the
# dependencies, desktop entry and icons set there.
ui/node_modules/.bin/tauri build --bundles deb,rpm "$@"

bundle="$CARGO_TARGET_DIR/release/bundle"
deb=$(ls -t "$bundle"/deb/*.deb | head -1)
rpm=$(ls -t "$bundle"/rpm/*.rpm | head -1)
echo "built $deb"
dpkg-deb --field "$deb" Package Version Depends
echo "built $rpm"
