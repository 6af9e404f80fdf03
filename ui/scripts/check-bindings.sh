#!/usr/bin/env bash
# Regenerates the TypeScript types in ui/src/bindings/ from the Rust structs (ts-rs) and
# fails when the files in the repository are stale: changed, missing, or left over.
#   ui/scripts/check-bindings.sh          # check (CI)
#   ui/scripts/check-bindings.sh --write  # regenerate only
set -euo pipefail
cd "$(dirname "$0")/../.."

# Start from nothing, so that a type removed from Rust shows up as a deleted file.
rm -f ui/src/bindings/*.ts
# TS_RS_EXPORT_DIR comes from .cargo/config.toml.
cargo test --quiet -p roundbook-core --features ts export_bindings >/dev/null
cargo test --quiet -p roundbook --features ts export_bindings >/dev/null

if [ "${1:-}" = "--write" ]; then
  echo "bindings regenerated in ui/src/bindings/"
  exit 0
fi

status=0
if ! git diff --exit-code --stat -- ui/src/bindings; then
  echo "ui/src/bindings/ is stale: run ui/scripts/check-bindings.sh --write and commit the result" >&2
  status=1
fi
untracked=$(git ls-files --others --exclude-standard -- ui/src/bindings)
if [ -n "$untracked" ]; then
  echo "generated bindings not in the repository:" >&2
  echo "$untracked" >&2
  status=1
fi
[ "$status" -eq 0 ] && echo "bindings are up to date"
exit "$status"
