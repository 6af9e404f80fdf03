#!/usr/bin/env bash
# The whole test suite: formatting, lints, Rust tests (core, typesetting, CLI, app),
# generated-type drift, the UI's checks and unit tests, the demo library against the
# bundle schema, the demo's packs against a PDF/UA-1 validator, the end-to-end tests of
# the desktop app in a real window (Xvfb), the no-network check, a bounded fuzzing run
# and the lint of the release workflow. With
# ROUNDBOOK_PACKAGES=1, also the Linux packages (scripts/check-packages.sh).
#
# Installs what is missing first (scripts/setup.sh). Honours CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

START=$(date +%s)
step() { printf '\n==> %s  (%ds)\n' "$*" $(( $(date +%s) - START )); }

step "Tools and packages"
scripts/setup.sh

step "UI dependencies and build (the app embeds ui/dist)"
npm --prefix ui run build

step "Formatting"
cargo fmt --all -- --check

step "Release workflow (actionlint, shellcheck)"
scripts/lint-workflows.sh

step "Lints (clippy, warnings are errors)"
cargo clippy --workspace --all-targets --features custom-protocol -- -D warnings

step "Rust tests (core, typesetting, CLI, app)"
cargo test --workspace --features custom-protocol

step "Generated TypeScript types are up to date"
ui/scripts/check-bindings.sh

step "UI type check and unit tests"
npm --prefix ui run check
npm --prefix ui test

step "Demo library against the bundle schema"
[ -x .venv-check/bin/python ] || python3 -m venv .venv-check
.venv-check/bin/python -c 'import jsonschema' 2>/dev/null || .venv-check/bin/pip install --quiet jsonschema
.venv-check/bin/python assets/demo/check_demo.py assets/demo/eu-kazakhstan-2012.json docs/bundle-v2.schema.json

step "Packs against a PDF/UA-1 validator (page)"
scripts/check-pdfua.sh

step "End-to-end tests of the desktop app in a real window"
tests/e2e/run.sh

step "No network: the CLI and an app session open no network connection"
ROUNDBOOK_DESKTOP_BIN="${CARGO_TARGET_DIR:-target}/e2e/roundbook-desktop" scripts/check-no-network.sh --app-only

step "Fuzzing the parsers of other people's files, the dates and search (bounded)"
scripts/fuzz.sh "${FUZZ_SECONDS:-20}"

# A release build of the packages takes some ten minutes more than CI can spare: only on
# request. (The release workflow builds every installer on its own systems.)
if [ "${ROUNDBOOK_PACKAGES:-}" = 1 ]; then
  step "Linux packages: .deb and .rpm built, looked into, the .deb installed and started"
  scripts/check-packages.sh
fi

printf '\nAll tests passed.\n'
