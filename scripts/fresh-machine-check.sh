#!/usr/bin/env bash
# Tries the README on a bare Debian 12, as a new desk would: a minimal root made with
# debootstrap holding only `python3 python3-venv make git ca-certificates`, the project cloned
# into it, then — as root and as a normal user — `make test`, `make setup`, and the app's
# window brought up on Qt's real xcb platform under Xvfb (`helpdesk --exit-when-ready`).
#
# Before that, a normal user runs `make setup` on the untouched root: it must stop with a
# non-zero exit and the exact `su -c '…'` command (a minimal Debian has no sudo).
#
# The X server is the host's (xvfb-run), reached through its socket: the root holds only what
# install-system-deps.sh installed, so a library it forgets makes the window fail.
# The host's CA bundle, pip configuration, PIP_* and proxy variables are carried into the root,
# so it works behind the same proxy and with the same package mirrors as the host.
#
# Usage (as root, on Debian or Ubuntu, with debootstrap and xvfb installed):
#   bash scripts/fresh-machine-check.sh [--keep] [ROOT_DIR]
# (HELPDESK_CHECKOUT=DIR checks another checkout, e.g. when this script runs from a copy.)
# Checks the commit at HEAD of this checkout (commit first). Prints a summary at the end and
# exits non-zero when a step failed.
set -uo pipefail

KEEP=0
if [ "${1:-}" = "--keep" ]; then KEEP=1; shift; fi
ROOT=${1:-/var/tmp/helpdesk-fresh-root}
SUITE=${DEBIAN_SUITE:-bookworm}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
USER_NAME=desk
HERE=${HELPDESK_CHECKOUT:-$(cd "$(dirname "$0")/.." && pwd)}  # the checkout to clone

say() { echo "fresh-machine-check: $*" >&2; }
[ "$(id -u)" -eq 0 ] || { say "run me as root (debootstrap and chroot need it)."; exit 1; }
for tool in debootstrap xvfb-run git; do
  command -v "$tool" >/dev/null 2>&1 || {
    say "$tool is missing; install it with: apt-get install -y debootstrap xvfb xauth git"; exit 1; }
done

REV=$(git -C "$HERE" rev-parse HEAD)
results=()
failed=0
record() {  # record NAME EXIT_CODE [EXPECTED]
  local expected=${3:-0} verdict=PASS
  if [ "$expected" = nonzero ]; then [ "$2" -ne 0 ] || verdict=FAIL; else [ "$2" -eq "$expected" ] || verdict=FAIL; fi
  [ "$verdict" = PASS ] || failed=1
  results+=("$verdict  $1 (exit $2)")
  say "$verdict  $1 (exit $2)"
}

mounts=()
cleanup() {
  for ((i=${#mounts[@]}-1; i>=0; i--)); do umount -l "${mounts[$i]}" 2>/dev/null; done
  if [ "$KEEP" -eq 0 ]; then rm -rf --one-file-system "$ROOT"; fi
}
trap cleanup EXIT
bind() {  # bind SRC [ro]
  local target="$ROOT$1"
  if [ -d "$1" ]; then mkdir -p "$target"; else mkdir -p "$(dirname "$target")"; touch "$target"; fi
  mount --bind "$1" "$target" && mounts+=("$target")
  if [ "${2:-}" = ro ]; then mount -o remount,bind,ro "$target"; fi
}

# --- 1. A bare Debian root ---------------------------------------------------------------
start=$(date +%s)
if [ -e "$ROOT" ]; then umount -R "$ROOT" 2>/dev/null; rm -rf --one-file-system "$ROOT"; fi
say "debootstrap $SUITE (minbase + python3 python3-venv make git ca-certificates) into $ROOT"
debootstrap --variant=minbase --include=python3,python3-venv,make,git,ca-certificates \
  "$SUITE" "$ROOT" "$MIRROR" >"$ROOT.debootstrap.log" 2>&1
record "debootstrap a minimal $SUITE root" $?
[ -x "$ROOT/usr/bin/python3" ] || { say "no root was made; see $ROOT.debootstrap.log"; exit 1; }
say "root made in $(( $(date +%s) - start )) s"

# Networking, the host's CA bundle and proxy, the host's apt sources (same mirror/snapshot).
cp /etc/resolv.conf /etc/hosts "$ROOT/etc/" 2>/dev/null
host_bundle=/etc/ssl/certs/ca-certificates.crt
if [ -f "$host_bundle" ]; then
  mkdir -p "$ROOT/usr/local/share/ca-certificates"
  cp "$host_bundle" "$ROOT/usr/local/share/ca-certificates/host-bundle.crt"
  cp "$host_bundle" "$ROOT/etc/ssl/certs/ca-certificates.crt"
fi
cp -r /etc/apt/apt.conf.d/. "$ROOT/etc/apt/apt.conf.d/" 2>/dev/null

# pip: its configuration files, and the local folders and files they (or PIP_*) point at.
pip_text=""
for f in /etc/pip.conf /etc/xdg/pip/pip.conf "$HOME/.config/pip/pip.conf" "$HOME/.pip/pip.conf"; do
  [ -f "$f" ] || continue
  mkdir -p "$ROOT$(dirname "$f")"
  cp "$f" "$ROOT$f"
  pip_text+=$'\n'$(cat "$f")
done
[ -d /etc/xdg/pip ] && cp -r /etc/xdg/pip/. "$ROOT/etc/xdg/pip/"
pip_env=()
while IFS='=' read -r name value; do
  pip_env+=("$name=$value"); pip_text+=$'\n'"$value"
done < <(env | grep -E '^(PIP_[A-Z_]+|https?_proxy|HTTPS?_PROXY|no_proxy|NO_PROXY)=' || true)
for path in $(grep -oE "(file://)?/[^[:space:],;'\"]+" <<<"$pip_text" | sed 's#^file://##' | sort -u); do
  path=${path%/}
  # A file:// package index (".../simple") links to files beside it: take its parent folder.
  [ "$(basename "$path")" = simple ] && path=$(dirname "$path")
  case "$path" in /etc/*|"") [ -f "$path" ] && { mkdir -p "$ROOT$(dirname "$path")"; cp "$path" "$ROOT$path"; }; continue;; esac
  if [ -d "$path" ]; then bind "$path" ro
  elif [ -f "$path" ]; then mkdir -p "$ROOT$(dirname "$path")"; cp "$path" "$ROOT$path"; fi
done
# The user's own pip config (the host's user one stands in for it).
chroot "$ROOT" useradd -m -s /bin/bash "$USER_NAME"
if [ -f "$HOME/.config/pip/pip.conf" ]; then
  mkdir -p "$ROOT/home/$USER_NAME/.config/pip"
  cp "$HOME/.config/pip/pip.conf" "$ROOT/home/$USER_NAME/.config/pip/"
  chroot "$ROOT" chown -R "$USER_NAME:" "/home/$USER_NAME/.config"
fi

mkdir -p "$ROOT/proc" "$ROOT/sys" "$ROOT/dev"
mount -t proc proc "$ROOT/proc" && mounts+=("$ROOT/proc")
mount -t sysfs sys "$ROOT/sys" && mounts+=("$ROOT/sys")
bind /dev; bind /dev/pts; bind /dev/shm
mkdir -p /tmp/.X11-unix "$ROOT/tmp/.X11-unix"; chmod 1777 /tmp/.X11-unix "$ROOT/tmp" "$ROOT/tmp/.X11-unix"
bind /tmp/.X11-unix

# The project, as a repository to clone from (the committed HEAD of this checkout).
git clone --quiet --bare --no-local "$HERE" "$ROOT/srv/helpdesk.git"
git -C "$ROOT/srv/helpdesk.git" update-ref refs/heads/fresh-check "$REV"
git -C "$ROOT/srv/helpdesk.git" symbolic-ref HEAD refs/heads/fresh-check
chmod -R a+rX "$ROOT/srv"
# Cloning root's repository as another user trips git's "dubious ownership" check; a config
# used for the clone only says it is fine, so nobody's own git config is touched.
printf '[safe]\n\tdirectory = *\n' >"$ROOT/srv/clone.gitconfig"
CLONE="GIT_CONFIG_GLOBAL=/srv/clone.gitconfig git clone --quiet /srv/helpdesk.git ~/helpdesk"

# Run a shell command inside the root, as root or as the normal user, with a clean env.
in_root() {  # in_root USER COMMAND
  local who=$1; shift
  local home=/root; [ "$who" = root ] || home=/home/$who
  chroot "$ROOT" /usr/sbin/runuser -u "$who" -- /usr/bin/env -i HOME="$home" USER="$who" \
    PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin LANG=C.UTF-8 TERM=dumb \
    ${DISPLAY_IN_ROOT:+DISPLAY=$DISPLAY_IN_ROOT XAUTHORITY=$XAUTH_IN_ROOT} "${pip_env[@]}" \
    /bin/bash -c "$*"
}
# Bring the window up on xcb under the host's Xvfb (xvfb-run), reached through its socket,
# with its xauth cookie copied into the root.
window_check() {  # window_check USER
  local who=$1 x="$ROOT/tmp/xvfb-$1" code
  rm -rf "$x"; mkdir -p "$x"
  xvfb-run -a -s "-screen 0 1366x768x24 -nolisten tcp" bash -c '
    cp "$XAUTHORITY" "$1/xauth"; chmod 644 "$1/xauth"; echo "$DISPLAY" > "$1/display"
    while [ ! -e "$1/done" ]; do sleep 0.2; done' _ "$x" &
  local server=$!
  for _ in $(seq 100); do [ -s "$x/display" ] && break; sleep 0.2; done
  DISPLAY_IN_ROOT=$(cat "$x/display" 2>/dev/null) XAUTH_IN_ROOT=/tmp/xvfb-$who/xauth \
    in_root "$who" 'cd ~/helpdesk && export QT_QPA_PLATFORM=xcb &&
      .venv/bin/python -c "from PySide6.QtWidgets import QApplication; print(\"Qt platform:\", QApplication([]).platformName())" &&
      timeout 120 .venv/bin/helpdesk --data-dir ~/fresh-data --exit-when-ready &&
      echo "helpdesk --exit-when-ready: its window came up on xcb"'
  code=$?
  touch "$x/done"; wait "$server"
  return $code
}

LOGS="$ROOT.logs"
rm -rf "$LOGS"; mkdir -p "$LOGS"
step() {  # step NAME EXPECTED USER COMMAND: run it in the root, log it, record its verdict
  local name=$1 expected=$2 who=$3 began code log
  shift 3
  began=$(date +%s)
  log="$LOGS/$(tr -c 'a-zA-Z0-9\n' '-' <<<"$name").log"
  in_root "$who" "$*" >"$log" 2>&1
  code=$?
  record "$name ($(( $(date +%s) - began )) s)" "$code" "$expected"
  [ "$code" -eq 0 ] || [ "$expected" != 0 ] || tail -n 15 "$log" | sed 's/^/    | /' >&2
  LAST_LOG=$log
}

# --- 2. A normal user on the untouched root: make setup must stop and say what to run -----
step "as $USER_NAME: git clone" 0 "$USER_NAME" "$CLONE"
step "as $USER_NAME, bare root: make setup stops" nonzero "$USER_NAME" "cd ~/helpdesk && timeout 600 make setup"
grep -q "su -c 'apt-get update && apt-get install" "$LAST_LOG"
record "as $USER_NAME, bare root: it names the su -c command" $?
grep -E "su -c|needs these" "$LAST_LOG" | sed 's/^/    | /' >&2

# --- 3. As root: make test, make setup, the window on xcb --------------------------------
step "as root: git clone" 0 root "$CLONE"
step "as root: make test" 0 root "cd ~/helpdesk && timeout 3600 make test PYTEST_ARGS='-q -p no:cacheprovider'"
tail -n 1 "$LAST_LOG" | sed 's/^/    | /' >&2
step "as root: make setup" 0 root "cd ~/helpdesk && timeout 600 make setup"
window_check root >"$LOGS/window-root.log" 2>&1
record "as root: xvfb-run helpdesk --exit-when-ready on xcb" $?
sed 's/^/    | /' "$LOGS/window-root.log" | tail -n 5 >&2

# --- 4. As the normal user, now that root installed the system packages ------------------
step "as $USER_NAME: make test" 0 "$USER_NAME" "cd ~/helpdesk && timeout 3600 make test PYTEST_ARGS='-q -p no:cacheprovider'"
tail -n 1 "$LAST_LOG" | sed 's/^/    | /' >&2
step "as $USER_NAME: make setup" 0 "$USER_NAME" "cd ~/helpdesk && timeout 600 make setup"
window_check "$USER_NAME" >"$LOGS/window-user.log" 2>&1
record "as $USER_NAME: xvfb-run helpdesk --exit-when-ready on xcb" $?
sed 's/^/    | /' "$LOGS/window-user.log" | tail -n 5 >&2

echo
echo "Fresh-machine check of $REV on Debian $SUITE ($(( $(date +%s) - start )) s in all):"
printf '  %s\n' "${results[@]}"
echo "Logs: $ROOT.debootstrap.log and $LOGS/"
exit $failed
