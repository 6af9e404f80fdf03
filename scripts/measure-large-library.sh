#!/usr/bin/env bash
# Measures the desktop app on a large library, in a real window (Xvfb, WebDriver): the
# synthetic library of 100 000 incidents, opened by the app as a user would. Times what
# a user waits for, from the click or keystroke to the frame that shows the result
# (timed inside the page, so WebDriver's round trips do not count), and the memory of the
# app's processes with that library open.
#
#   scripts/measure-large-library.sh                   # release build (what users get)
#   MEASURE_SKIP_BUILD=1 scripts/measure-large-library.sh
#   MEASURE_INCIDENTS=20000 scripts/measure-large-library.sh
#   MEASURE_DEBUG=1 scripts/measure-large-library.sh   # the debug e2e build (an upper bound)
#   MEASURE_LIBRARY=big.roundbook ...                  # a copy of a library made before
#   MEASURE_KEEP=1 ...                                 # keep the run's folder (the app's log)
#   MEASURE_SHOT=dir ...                               # a screenshot of a long pack's first pages alone
#                                                      # (WebKit's DMA-BUF renderer left on: see below)
#   WEBKIT_DISABLE_DMABUF_RENDERER=0 ...               # the renderer on, as in the e2e tests
#
# Not part of the test suite (minutes of building and loading); record the figures in
# docs/benchmarks.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
N=${MEASURE_INCIDENTS:-100000}

PROFILE=release
[ -n "${MEASURE_DEBUG:-}" ] && PROFILE=debug
BIN="$CARGO_TARGET_DIR/measure/roundbook-desktop-e2e-$PROFILE"
CLI="$CARGO_TARGET_DIR/$PROFILE/roundbook"
BUNDLE="$CARGO_TARGET_DIR/measure/synthetic-$N.json"
mkdir -p "$CARGO_TARGET_DIR/measure"
if [ -z "${MEASURE_SKIP_BUILD:-}" ]; then
  npm --prefix ui run build
  flag=(); [ "$PROFILE" = release ] && flag=(--release)
  cargo build "${flag[@]}" --features e2e
  cp "$CARGO_TARGET_DIR/$PROFILE/roundbook-desktop" "$BIN"
  cargo build "${flag[@]}" -p roundbook-cli
fi
echo "build: $PROFILE"
[ -f "$BUNDLE" ] || cargo run --release -q -p roundbook-core --example synthetic_bundle -- "$N" "$BUNDLE"

RUN=$(mktemp -d "${TMPDIR:-/tmp}/roundbook-large.XXXXXX")
mkdir -p "$RUN/home" "$RUN/data" "$RUN/config" "$RUN/cache" "$RUN/out"
export HOME="$RUN/home" XDG_DATA_HOME="$RUN/data" XDG_CONFIG_HOME="$RUN/config" XDG_CACHE_HOME="$RUN/cache"
export ROUNDBOOK_DB="$RUN/library.roundbook" ROUNDBOOK_E2E_SAVE_PATH="$RUN/out" ROUNDBOOK_E2E_OPEN_PATH="$RUN/open"

echo "machine: $(. /etc/os-release && echo "$PRETTY_NAME"), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -n "${MEASURE_LIBRARY:-}" ]; then
  # A library made by an earlier run (import takes a while): a copy, never the file itself.
  cp "$MEASURE_LIBRARY" "$ROUNDBOOK_DB"
  echo "library: a copy of $MEASURE_LIBRARY, $(du -h "$ROUNDBOOK_DB" | cut -f1)"
else
  start=$(date +%s.%N)
  "$CLI" init >/dev/null
  "$CLI" import "$BUNDLE" >/dev/null
  echo "library: $N incidents imported in $(echo "$(date +%s.%N) - $start" | bc | cut -c1-5) s, $(du -h "$ROUNDBOOK_DB" | cut -f1)"
fi

# WebKit as the builds users get start it (src-tauri/src/lib.rs): without its DMA-BUF
# renderer. The e2e build leaves the renderer on only because WebDriver's screenshot
# never returns without it, so a run that takes a screenshot keeps it on. With the
# renderer on, under Xvfb's software GL, the web process holds ~100-260 MiB more and
# the first frame of a new screen can wait 100-330 ms longer (docs/benchmarks.md).
if [ -z "${MEASURE_SHOT:-}" ] && [ -z "${WEBKIT_DISABLE_DMABUF_RENDERER+set}" ]; then
  export WEBKIT_DISABLE_DMABUF_RENDERER=1
fi
echo "WebKit: DMA-BUF renderer $([ "${WEBKIT_DISABLE_DMABUF_RENDERER:-0}" = 1 ] && echo off, as in the builds users get || echo on)"

MEASURE_APP="$BIN" MEASURE_OUT="$RUN/out" \
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  tauri-driver --port 4444 --native-port 4445 >'$RUN/driver.log' 2>&1 & d=\$!
  node '$ROOT/scripts/measure-large-library.mjs'; status=\$?
  kill \$d; wait \$d 2>/dev/null; exit \$status"
[ -n "${MEASURE_KEEP:-}" ] && echo "kept: $RUN" || rm -rf "$RUN"
