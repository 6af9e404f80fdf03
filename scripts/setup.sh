#!/usr/bin/env bash
# Installs what building and testing Roundbook needs on Debian 12 / Ubuntu 22.04+:
# system libraries for Tauri/WebKitGTK, test tools (Xvfb, WebKitWebDriver, poppler,
# qpdf, shellcheck), the UI's npm packages and tauri-driver. Safe to run again.
#   scripts/setup.sh             # everything, for building and testing
#   scripts/setup.sh --app-only  # only what building and running the app needs
set -euo pipefail
cd "$(dirname "$0")/.."
app_only=""
[ "${1:-}" = "--app-only" ] && app_only=1

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

packages=(
  build-essential pkg-config libssl-dev
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev
)
if [ -z "$app_only" ]; then
  packages+=(xvfb xauth dbus dbus-x11 webkit2gtk-driver poppler-utils qpdf imagemagick python3-venv strace shellcheck)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

command -v cargo >/dev/null || { echo "Rust is needed: https://rustup.rs (then run this again)" >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js 20+ with npm is needed (then run this again)" >&2; exit 1; }

# npm packages: reinstalled only when package-lock.json changed.
if [ ! -f ui/node_modules/.package-lock.json ] || [ ui/package-lock.json -nt ui/node_modules/.package-lock.json ]; then
  npm --prefix ui ci --no-audit --no-fund
fi

if [ -z "$app_only" ] && ! command -v tauri-driver >/dev/null; then
  cargo install tauri-driver --version '^2' --locked
fi
if [ -z "$app_only" ] && ! command -v cargo-fuzz >/dev/null; then
  cargo install cargo-fuzz --locked
fi
