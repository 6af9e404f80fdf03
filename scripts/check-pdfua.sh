#!/usr/bin/env bash
# Packs against a PDF/UA-1 validator: the demo library's packs for round 3 in English and
# Russian, for officials and internal, on A4 and Letter, and a long internal pack of a
# synthetic library (tables over many pages), written by the CLI and checked by `page`
# (scripts/check-pdfua.py). Uses the debug CLI (built already by the Rust tests) and the
# Python environment of the schema check (.venv-check), installing the validator there.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build -q -p roundbook-cli
CLI="${CARGO_TARGET_DIR:-target}/debug/roundbook"
[ -x .venv-check/bin/python ] || python3 -m venv .venv-check
.venv-check/bin/python -c 'import page' 2>/dev/null \
  || .venv-check/bin/pip install --quiet 'page-validation==0.11.0'
DIR=$(mktemp -d "${TMPDIR:-/tmp}/roundbook-pdfua.XXXXXX")
trap 'rm -rf "$DIR"' EXIT
DB="$DIR/demo.roundbook"
"$CLI" --db "$DB" init --demo >/dev/null
for lang in en ru; do
  for audience in external internal; do
    "$CLI" --db "$DB" pack --round round-eu-kz-3 --lang "$lang" --audience "$audience" \
      --output "$DIR/demo-$lang-$audience.pdf" >/dev/null
  done
  "$CLI" --db "$DB" pack --round round-eu-kz-3 --lang "$lang" --paper letter \
    --output "$DIR/demo-$lang-letter.pdf" >/dev/null
done
cargo run -q -p roundbook-core --example synthetic_bundle -- 1500 "$DIR/synthetic.json" >/dev/null
"$CLI" --db "$DIR/synthetic.roundbook" init >/dev/null
"$CLI" --db "$DIR/synthetic.roundbook" import "$DIR/synthetic.json" >/dev/null
"$CLI" --db "$DIR/synthetic.roundbook" pack --round round-11 --audience internal --lang ru \
  --since 2010-01-01 --output "$DIR/synthetic-ru-internal.pdf" >/dev/null
.venv-check/bin/python scripts/check-pdfua.py "$DIR"/*.pdf
# The validator must see a fault: the same pack with its figures' alternative texts
# taken out fails.
qpdf --qdf --object-streams=disable "$DIR/demo-en-external.pdf" "$DIR/broken.qdf"
LC_ALL=C sed -i 's|/Alt (|/Xlt (|g' "$DIR/broken.qdf"
fix-qdf "$DIR/broken.qdf" > "$DIR/broken.pdf"
if .venv-check/bin/python scripts/check-pdfua.py "$DIR/broken.pdf" > "$DIR/broken.txt"; then
  echo "check-pdfua: the validator passed a pack whose figures have no alternative text" >&2
  exit 1
fi
grep -q 'FIGURE-ALTERNATIVE-TEXT' "$DIR/broken.txt"
echo "check-pdfua: a pack without its figures' alternative texts is refused, as it should be"
