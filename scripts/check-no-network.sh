#!/usr/bin/env bash
# Proves that Roundbook opens no network connection: every command of the CLI (the Rust
# test crates/cli/tests/no_network.rs) and a session of the desktop app (started with the
# demo library in a virtual display for a few seconds) run under
# `strace -f -e trace=network`; any socket, connect, bind or send on a non-local address
# family (AF_INET, AF_INET6, AF_PACKET, …) is a violation and the script exits 1.
# WebKit may use local sockets (AF_UNIX: the X display, D-Bus, its own processes) and
# netlink (AF_NETLINK: watching the machine's network state, which sends nothing out);
# those are allowed and counted.
#
#   scripts/check-no-network.sh            # CLI and app
#   scripts/check-no-network.sh --app-only
#   APP_SECONDS=20 scripts/check-no-network.sh
#   ROUNDBOOK_DESKTOP_BIN=path/to/roundbook-desktop scripts/check-no-network.sh
#
# Needs strace, xvfb-run and dbus-run-session (scripts/setup.sh installs them). Builds the
# app (`cargo build --features custom-protocol`, which embeds ui/dist) unless
# ROUNDBOOK_DESKTOP_BIN names a binary. Honours CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
target_dir="${CARGO_TARGET_DIR:-$PWD/target}"
seconds="${APP_SECONDS:-10}"

for tool in strace xvfb-run dbus-run-session timeout; do
  command -v "$tool" >/dev/null || { echo "check-no-network: $tool is needed" >&2; exit 1; }
done

# Lines of an strace log where a socket is made for, or an address used of, a family that
# is not local: `socket(AF_INET, …)`, `connect(3, {sa_family=AF_INET6, …})`, a sendto or
# sendmsg to such an address. (Netlink messages that merely describe routes, which mention
# AF_INET in their payload as rtm_family=, do not count: they leave the machine no more than
# reading /proc does.)
nonlocal='AF_(INET6?|PACKET|BLUETOOTH|IRDA|CAN|TIPC|VSOCK|XDP|RDS|SMC|ATMPVC|ATMSVC|X25|AX25|APPLETALK|IPX|DECnet)'
violations() {
  grep -E "socket(pair)?\\($nonlocal|sa_family=$nonlocal" "$1" \
    | grep -vE ' = -1 E(AFNOSUPPORT|ACCES|PERM)' || true
}

# strace must see a connection when there is one, or this proves nothing.
probe="$(mktemp)"
strace -f -qq -e trace=network -o "$probe" \
  bash -c 'exec 3<>/dev/udp/127.0.0.1/9; echo x >&3' 2>/dev/null || true
if [ -z "$(violations "$probe")" ]; then
  echo "check-no-network: strace did not report a UDP socket to loopback; cannot check" >&2
  cat "$probe" >&2
  exit 1
fi
rm -f "$probe"

if [ "${1:-}" != "--app-only" ]; then
  echo "==> CLI: every command under strace"
  cargo test -p roundbook-cli --test no_network
fi

echo "==> desktop app: a ${seconds}s session with the demo library under strace"
bin="${ROUNDBOOK_DESKTOP_BIN:-}"
if [ -z "$bin" ]; then
  [ -f ui/dist/index.html ] || npm --prefix ui run build
  cargo build --features custom-protocol --bin roundbook-desktop
  bin="$target_dir/debug/roundbook-desktop"
fi
[ -x "$bin" ] || { echo "check-no-network: no app binary at $bin" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
log="$tmp/app.strace"
# The app is ended by `timeout` after $seconds (it is a desktop app: it never ends alone).
set +e
env -u http_proxy -u https_proxy -u HTTP_PROXY -u HTTPS_PROXY \
  HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/data" \
  XDG_CONFIG_HOME="$tmp/home/config" XDG_CACHE_HOME="$tmp/home/cache" \
  ROUNDBOOK_DB="$tmp/library.roundbook" \
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
  strace -f -qq -e trace=network -o "$log" \
  timeout -k 5 "$seconds" "$bin" --demo >"$tmp/app.out" 2>&1
status=$?
set -e
# 124: ended by timeout, as intended. Anything else: the app stopped by itself.
if [ "$status" -ne 124 ]; then
  echo "check-no-network: the app exited with $status before the session ended:" >&2
  tail -n 30 "$tmp/app.out" >&2
  exit 1
fi
if [ ! -s "$tmp/library.roundbook" ]; then
  echo "check-no-network: the app did not create its library; did it start?" >&2
  tail -n 30 "$tmp/app.out" >&2
  exit 1
fi
local_connects=$(grep -cE 'connect\(.*AF_UNIX' "$log" || true)
netlink=$(grep -c 'AF_NETLINK' "$log" || true)
processes=$(cut -d' ' -f1 "$log" | sort -u | wc -l)
if [ "$local_connects" -eq 0 ]; then
  echo "check-no-network: strace saw no local connection of the app (not even to the display)" >&2
  exit 1
fi
bad="$(violations "$log")"
if [ -n "$bad" ]; then
  echo "check-no-network: the app used the network:" >&2
  echo "$bad" | head -n 40 >&2
  exit 1
fi
echo "app: $processes processes traced, $local_connects local connects, $netlink netlink calls, no network connection"
echo "check-no-network: passed"
