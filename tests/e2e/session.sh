#!/usr/bin/env bash
# Inside the D-Bus session and the X server of run.sh: start tauri-driver, run the tests,
# stop the driver.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)

tauri-driver --port 4444 --native-port 4445 >"$E2E_RUN/driver.log" 2>&1 &
DRIVER=$!
trap 'kill "$DRIVER" 2>/dev/null; wait "$DRIVER" 2>/dev/null' EXIT

# The tests poll GET /status before they create a session.
# E2E_ONLY (a regular expression) runs only the tests whose names match, when working on one.
# One file at a time: every file drives the one app through the one driver.
only=()
[ -n "${E2E_ONLY:-}" ] && only=(--test-name-pattern="$E2E_ONLY")
node --test --test-concurrency=1 --test-reporter=spec "${only[@]}" "$ROOT/tests/e2e/"*.test.mjs
