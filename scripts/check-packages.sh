#!/usr/bin/env bash
# Builds the Linux packages (scripts/build-packages.sh) and checks them as a person who
# installs them would get them: what the .deb and the .rpm contain and depend on, that
# both carry the same program (but for the package kind the tauri CLI marks in it), and — where this machine allows installing packages (root
# or sudo) — that the .deb installs with apt and its program starts in a virtual display
# (the demo library created, the window still open after a few seconds). The .deb is
# removed again afterwards unless it was installed before. The .rpm is only looked into
# (rpm -qpl, --requires): this is not an rpm-based system.
#
#   scripts/check-packages.sh             # build, then check
#   scripts/check-packages.sh --no-build  # check the packages already built
#
# A release build takes about ten minutes, so scripts/test.sh runs this only with
# ROUNDBOOK_PACKAGES=1. Needs dpkg-deb, rpm and cpio (installed when missing), xvfb-run and
# dbus-run-session (scripts/setup.sh). Honours CARGO_TARGET_DIR.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$ROOT/target}
seconds="${APP_SECONDS:-8}"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo"; else SUDO="none"; fi
fi
fail() { echo "check-packages: $*" >&2; exit 1; }

if [ "${1:-}" != "--no-build" ]; then
  scripts/build-packages.sh
fi
bundle="$CARGO_TARGET_DIR/release/bundle"
deb=$(ls -t "$bundle"/deb/*.deb 2>/dev/null | head -1)
rpm=$(ls -t "$bundle"/rpm/*.rpm 2>/dev/null | head -1)
[ -n "$deb" ] || fail "no .deb in $bundle/deb"
[ -n "$rpm" ] || fail "no .rpm in $bundle/rpm"

if ! command -v rpm >/dev/null || ! command -v cpio >/dev/null; then
  [ "$SUDO" = none ] && fail "rpm and cpio are needed (apt-get install rpm cpio)"
  $SUDO apt-get install -y -q --no-install-recommends rpm cpio >/dev/null
fi

# The files a package must hold, as paths without the leading . or /.
expected=(
  usr/bin/roundbook-desktop
  usr/share/applications/Roundbook.desktop
  usr/share/icons/hicolor/32x32/apps/roundbook-desktop.png
  usr/share/icons/hicolor/128x128/apps/roundbook-desktop.png
  usr/share/icons/hicolor/256x256@2/apps/roundbook-desktop.png
)
has_all() { # $1: what, stdin: the listing
  local listing
  listing=$(sed -e 's#^\./##' -e 's#^/##')
  for f in "${expected[@]}"; do
    grep -qxF "$f" <<<"$listing" || fail "$1 lacks $f"
  done
}

echo "==> $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Architecture Depends
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {print $6}' | tee "$CARGO_TARGET_DIR/deb-files.txt"
has_all ".deb" <"$CARGO_TARGET_DIR/deb-files.txt"
depends=$(dpkg-deb --field "$deb" Depends)
for d in libwebkit2gtk-4.1-0 libgtk-3-0 libssl3; do
  grep -q "$d" <<<"$depends" || fail ".deb does not depend on $d"
done

echo "==> $(basename "$rpm")"
rpm -qp --queryformat '%{NAME} %{VERSION}-%{RELEASE} %{ARCH} %{LICENSE}\n' "$rpm" 2>/dev/null
rpm -qpl "$rpm" 2>/dev/null | tee "$CARGO_TARGET_DIR/rpm-files.txt"
has_all ".rpm" <"$CARGO_TARGET_DIR/rpm-files.txt"
echo "requires:"
rpm -qp --requires "$rpm" 2>/dev/null | tee "$CARGO_TARGET_DIR/rpm-requires.txt"
for d in webkit2gtk4.1 gtk3 openssl-libs; do
  grep -q "^$d" "$CARGO_TARGET_DIR/rpm-requires.txt" || fail ".rpm does not require $d"
done

# Both packages carry the same program.
tmp=$(mktemp -d)
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
mkdir -p "$tmp/deb" "$tmp/rpm" "$tmp/home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
dpkg-deb -x "$deb" "$tmp/deb"
# rpm2cpio exits 1 on these packages although it writes the whole payload (its size check
# disagrees with the tauri CLI's rpm writer); what comes out is checked below.
(cd "$tmp/rpm" && { rpm2cpio "$rpm" || true; } | cpio -idm --quiet)
[ -x "$tmp/rpm/usr/bin/roundbook-desktop" ] || fail "the .rpm's payload does not unpack"
# (The tauri CLI writes the package's kind into each copy: "DEB" or "RPM", 3 bytes.)
differing=$({ cmp -l "$tmp/deb/usr/bin/roundbook-desktop" "$tmp/rpm/usr/bin/roundbook-desktop" || true; } | wc -l)
[ "$differing" -le 3 ] || fail "the .deb and the .rpm hold different programs ($differing bytes differ)"
echo "the .deb and the .rpm hold the same roundbook-desktop (but for the $differing bytes naming the package kind)"
grep -qx 'Exec=roundbook-desktop' "$tmp/deb/usr/share/applications/Roundbook.desktop" \
  || fail "the desktop entry does not start roundbook-desktop"

if [ "$SUDO" = none ]; then
  echo "check-packages: not root and no sudo: the .deb was not installed"
  echo "check-packages: passed (packages looked into only)"
  exit 0
fi

package=$(dpkg-deb --field "$deb" Package)
was_installed=""
dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" && was_installed=1
echo "==> apt install $(basename "$deb")"
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "$deb" >"$tmp/apt.log" 2>&1 \
  || { tail -n 20 "$tmp/apt.log" >&2; fail "apt could not install the .deb"; }
remove() {
  if [ -z "$was_installed" ]; then
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get remove -y -q "$package" >/dev/null 2>&1 || true
  fi
  cleanup
}
trap remove EXIT
dpkg -L "$package" | grep -qx /usr/bin/roundbook-desktop || fail "dpkg does not list /usr/bin/roundbook-desktop"

echo "==> /usr/bin/roundbook-desktop --demo, ${seconds}s in a virtual display"
set +e
HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" XDG_DATA_HOME="$tmp/home/data" \
  XDG_CONFIG_HOME="$tmp/home/config" XDG_CACHE_HOME="$tmp/home/cache" \
  dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
  timeout -k 5 "$seconds" /usr/bin/roundbook-desktop --demo >"$tmp/app.out" 2>&1
status=$?
set -e
# 124: still running when `timeout` ended it, as a desktop app should be.
if [ "$status" -ne 124 ]; then
  tail -n 30 "$tmp/app.out" >&2
  fail "the installed app exited with $status before ${seconds}s"
fi
library="$tmp/home/data/roundbook/library.roundbook"
[ -s "$library" ] || { tail -n 30 "$tmp/app.out" >&2; fail "the installed app did not create its library"; }
echo "the installed app ran ${seconds}s and created $(basename "$library") ($(stat -c %s "$library") bytes) in its data folder"
echo "check-packages: passed"
