#!/usr/bin/env bash
# End-to-end tests of the desktop app in a real window.
#
#   tests/e2e/run.sh                 # build the UI and the e2e binary, run the tests
#   tests/e2e/run.sh --screenshots   # ... and write the screenshots to docs/screenshots/
#   E2E_SKIP_BUILD=1 tests/e2e/run.sh  # reuse the last e2e build
#
# Needs (installed by CI, not by this script): tauri-driver (`cargo install tauri-driver
# --version '^2' --locked`), WebKitWebDriver (Debian: webkit2gtk-driver), xvfb-run, dbus
# (dbus-run-session), poppler-utils (pdftotext), node 20+.
#
# The e2e binary is built with the cargo feature `e2e`: its window is not incognito
# (WebDriver cannot automate an incognito window), its native save dialog saves under the
# suggested name in the folder ROUNDBOOK_E2E_SAVE_PATH, its open dialog picks the file
# the link ROUNDBOOK_E2E_OPEN_PATH points at (the tests repoint it), and an encrypted
# library locks after ROUNDBOOK_E2E_LOCK_SECONDS of no use. Builds users get never have
# that feature.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}

SHOTS=""
if [ "${1:-}" = "--screenshots" ]; then
  SHOTS="$ROOT/docs/screenshots"
fi
# WebKit as the builds users get start it (src-tauri/src/lib.rs): without its DMA-BUF
# renderer. Only screenshots need it on: without it WebDriver's screenshot never returns
# under Xvfb. A value set by the caller is kept.
if [ -z "$SHOTS" ] && [ -z "${WEBKIT_DISABLE_DMABUF_RENDERER+set}" ]; then
  export WEBKIT_DISABLE_DMABUF_RENDERER=1
fi

missing=""
for tool in tauri-driver WebKitWebDriver xvfb-run dbus-run-session pdftotext node; do
  command -v "$tool" >/dev/null || missing="$missing $tool"
done
if [ -n "$missing" ]; then
  echo "e2e: missing tools:$missing (see the comment at the top of $0)" >&2
  exit 1
fi

BIN="$CARGO_TARGET_DIR/e2e/roundbook-desktop"
if [ -z "${E2E_SKIP_BUILD:-}" ]; then
  npm --prefix ui run build
  cargo build --features e2e
  mkdir -p "$CARGO_TARGET_DIR/e2e"
  cp "$CARGO_TARGET_DIR/debug/roundbook-desktop" "$BIN"
fi

# A fresh home, library and save path for every run, so runs never share state.
RUN=$(mktemp -d "${TMPDIR:-/tmp}/roundbook-e2e.XXXXXX")
mkdir -p "$RUN/home" "$RUN/data" "$RUN/config" "$RUN/cache" "$RUN/out"
echo "e2e: run directory $RUN"

status=0
env \
  HOME="$RUN/home" \
  XDG_DATA_HOME="$RUN/data" \
  XDG_CONFIG_HOME="$RUN/config" \
  XDG_CACHE_HOME="$RUN/cache" \
  ROUNDBOOK_DB="$RUN/library.roundbook" \
  ROUNDBOOK_E2E_SAVE_PATH="$RUN/out" \
  ROUNDBOOK_E2E_OPEN_PATH="$RUN/open" \
  ROUNDBOOK_E2E_LOCK_SECONDS="${E2E_LOCK_SECONDS:-6}" \
  E2E_FIXTURES="$ROOT/tests/e2e/fixtures" \
  E2E_DEMO="$ROOT/assets/demo/eu-kazakhstan-2012.json" \
  E2E_APP="$BIN" \
  E2E_SCREENSHOTS="$SHOTS" \
  E2E_RUN="$RUN" \
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
  bash "$ROOT/tests/e2e/session.sh" || status=$?

if [ "$status" -ne 0 ]; then
  echo "e2e: failed; the driver's log is $RUN/driver.log" >&2
  tail -n 40 "$RUN/driver.log" >&2 || true
fi
exit "$status"
