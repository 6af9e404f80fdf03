#!/usr/bin/env bash
# Fuzzes the parsers of what other people send (bundle files, CSV spreadsheets, CSL-JSON
# reference files), the date parsers and the search query builder with libFuzzer, each for
# a bounded time, on stable Rust. Fails on the first crash, panic, timeout or memory blow-up,
# leaving the input in fuzz/artifacts/<target>/ (libFuzzer also prints it in base64).
#
#   scripts/fuzz.sh              # every target, 30 s each
#   scripts/fuzz.sh 300          # every target, 5 minutes each
#   scripts/fuzz.sh 60 bundle    # one target
#   FUZZ_SANITIZER=address scripts/fuzz.sh   # with AddressSanitizer (needs RUSTC_BOOTSTRAP=1
#                                            # on stable; set here)
#
# Seed corpora are in fuzz/corpus/<target>/ (small, committed). New inputs found during a
# run go to a temporary folder, so a run never changes the repository; to keep the
# interesting ones: `fuzz/target/.../<target> -merge=1 fuzz/corpus/<target> <that folder>`.
#
# Needs cargo-fuzz (installed here with `cargo install cargo-fuzz --locked` when missing,
# about a minute and a half) and a C++ compiler (libFuzzer is built from source by
# libfuzzer-sys). Honours CARGO_TARGET_DIR (the fuzz builds go to $CARGO_TARGET_DIR/fuzz:
# their compiler flags differ from the main build's).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

seconds="${1:-30}"
shift || true
all_targets=(bundle dates search csv_incidents csv_cases csl)
if [ $# -gt 0 ]; then targets=("$@"); else targets=("${all_targets[@]}"); fi
case "$seconds" in
  ''|*[!0-9]*) echo "usage: scripts/fuzz.sh [seconds] [target...]" >&2; exit 2 ;;
esac

sanitizer="${FUZZ_SANITIZER:-none}"
if [ "$sanitizer" != none ]; then
  # Sanitizers are a -Z option; stable rustc accepts it with RUSTC_BOOTSTRAP=1.
  export RUSTC_BOOTSTRAP=1
fi

if ! command -v cargo-fuzz >/dev/null; then
  echo "==> installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

target_dir="${CARGO_TARGET_DIR:+$CARGO_TARGET_DIR/fuzz}"
target_dir="${target_dir:-$PWD/fuzz/target}"
if [ "$sanitizer" != none ]; then target_dir="$target_dir-$sanitizer"; fi
triple="$(rustc -vV | sed -n 's/^host: //p')"
bin_dir="$target_dir/$triple/release"

echo "==> building the fuzz targets (sanitizer: $sanitizer)"
build=(cargo fuzz build --sanitizer "$sanitizer")
if [ ${#targets[@]} -eq 1 ]; then build+=("${targets[0]}"); fi
(cd fuzz && CARGO_TARGET_DIR="$target_dir" "${build[@]}")

failed=()
for t in "${targets[@]}"; do
  if [ ! -x "$bin_dir/$t" ]; then
    echo "no fuzz target named $t (targets: ${all_targets[*]})" >&2
    exit 2
  fi
  work="$(mktemp -d)"
  mkdir -p "fuzz/artifacts/$t"
  echo "==> fuzzing $t for ${seconds}s"
  # -timeout: one input taking over 10 s is a failure; -rss_limit_mb: so is using 2 GB.
  if "$bin_dir/$t" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -artifact_prefix="fuzz/artifacts/$t/" -print_final_stats=1 \
      "$work" "fuzz/corpus/$t" >"$work.log" 2>&1; then
    grep -E '^#[0-9]+[[:space:]]+DONE' "$work.log" | tail -1 || true
    grep -E 'stat::number_of_executed_units' "$work.log" || true
  else
    status=$?
    echo "!!! $t failed (exit $status):" >&2
    tail -n 60 "$work.log" >&2
    echo "reproduce: $bin_dir/$t fuzz/artifacts/$t/<crash file>" >&2
    failed+=("$t")
  fi
  rm -rf "$work" "$work.log"
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
echo "fuzzing: ${#targets[@]} targets, ${seconds}s each, no crash"
