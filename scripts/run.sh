#!/usr/bin/env bash
# Installs what is missing, builds Roundbook and opens it. A new (empty) library starts
# as the demo library: the EU–Kazakhstan material of the March 2012 appeal.
#
# The library is $ROUNDBOOK_DB, else ~/.local/share/roundbook/library.roundbook.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --app-only
npm --prefix ui run build
cargo build --release --features custom-protocol --bin roundbook-desktop
target_dir="${CARGO_TARGET_DIR:-target}"
exec "$target_dir/release/roundbook-desktop" --demo "$@"
