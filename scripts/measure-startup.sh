#!/usr/bin/env bash
# Measures the desktop app's cold start to an interactive window and its idle memory.
#
#   scripts/measure-startup.sh            # builds the release binaries first
#   MEASURE_SKIP_BUILD=1 scripts/measure-startup.sh
#
# Start-up is timed through WebDriver (tauri-driver + WebKitWebDriver, as in the e2e
# tests), so it uses a release build with the `e2e` feature; memory is measured on the
# release build users get (incognito window), launched on its own. Both run under Xvfb on
# the demo library. Record the figures in docs/benchmarks.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
RUNS=${MEASURE_RUNS:-5}
IDLE=${MEASURE_IDLE_SECONDS:-8}

USER_BIN="$CARGO_TARGET_DIR/measure/roundbook-desktop"
E2E_BIN="$CARGO_TARGET_DIR/measure/roundbook-desktop-e2e"
if [ -z "${MEASURE_SKIP_BUILD:-}" ]; then
  npm --prefix ui run build
  mkdir -p "$CARGO_TARGET_DIR/measure"
  cargo build --release --features custom-protocol
  cp "$CARGO_TARGET_DIR/release/roundbook-desktop" "$USER_BIN"
  cargo build --release --features e2e
  cp "$CARGO_TARGET_DIR/release/roundbook-desktop" "$E2E_BIN"
fi

RUN=$(mktemp -d "${TMPDIR:-/tmp}/roundbook-measure.XXXXXX")
mkdir -p "$RUN/home" "$RUN/data" "$RUN/config" "$RUN/cache"
export HOME="$RUN/home" XDG_DATA_HOME="$RUN/data" XDG_CONFIG_HOME="$RUN/config" XDG_CACHE_HOME="$RUN/cache"
export ROUNDBOOK_DB="$RUN/library.roundbook"

echo "machine: $(. /etc/os-release && echo "$PRETTY_NAME"), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
echo "binaries: $(du -h "$USER_BIN" | cut -f1) (user build), $(du -h "$E2E_BIN" | cut -f1) (e2e build)"

# The demo library, loaded once, so that every measured start opens a library of records.
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  '$USER_BIN' --demo >/dev/null 2>&1 & pid=\$!; sleep 6; kill \$pid; wait \$pid 2>/dev/null" || true

# 1. Start-up, through WebDriver.
if sync && echo 3 >/proc/sys/vm/drop_caches 2>/dev/null; then
  echo "page cache dropped before the first run"
else
  echo "page cache could not be dropped (no permission): the first run is only as cold as the cache is"
fi
MEASURE_APP="$E2E_BIN" MEASURE_RUNS="$RUNS" MEASURE_IDLE_MS=$((IDLE * 1000)) \
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  tauri-driver --port 4444 --native-port 4445 >'$RUN/driver.log' 2>&1 & d=\$!
  node '$ROOT/scripts/measure-startup.mjs'; status=\$?
  kill \$d; wait \$d 2>/dev/null; exit \$status"

# 2. Idle memory of the build users get: the app and its WebKit processes. RSS counts the
# shared libraries (WebKit, and Mesa's software GL under Xvfb) once per process; PSS
# shares them out, so the PSS sum is the whole app's share of the machine's memory.
dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" bash -c "
  '$USER_BIN' >/dev/null 2>&1 & pid=\$!
  sleep $IDLE
  rss_total=0; pss_total=0
  for p in \$pid \$(pgrep -P \$pid) \$(for c in \$(pgrep -P \$pid); do pgrep -P \$c; done); do
    [ -r /proc/\$p/status ] || continue
    name=\$(awk '/^Name:/ {print \$2}' /proc/\$p/status)
    rss=\$(awk '/^VmRSS:/ {print \$2}' /proc/\$p/status)
    pss=\$(awk '/^Pss:/ {print \$2}' /proc/\$p/smaps_rollup)
    printf '  %-22s pid %-7s RSS %6.1f MiB  PSS %6.1f MiB\n' \"\$name\" \$p \$(echo \"\$rss/1024\" | bc -l) \$(echo \"\$pss/1024\" | bc -l)
    rss_total=\$((rss_total + rss)); pss_total=\$((pss_total + pss))
  done
  printf 'idle memory after %s s (user build, incognito): RSS sum %.1f MiB, PSS sum %.1f MiB\n' $IDLE \$(echo \"\$rss_total/1024\" | bc -l) \$(echo \"\$pss_total/1024\" | bc -l)
  kill \$pid; wait \$pid 2>/dev/null; true"
