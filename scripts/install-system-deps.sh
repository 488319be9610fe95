#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages `make run` and `make test` need, when they are missing.
# As root it runs apt-get; otherwise it prints the exact command to run (with sudo, or su -c
# on a minimal Debian without sudo) and stops with a non-zero exit, so make stops too instead
# of failing later with a riddle ("Could not load the Qt platform plugin xcb",
# "ensurepip is not available", "lrelease: libglib-2.0.so.0").
set -euo pipefail

PYTHON=${PYTHON:-python3}

if ! command -v "$PYTHON" >/dev/null 2>&1; then
  echo "There is no $PYTHON on this machine; install Python 3.11 or newer first." >&2
  exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "Helpdesk needs Python 3.11 or newer; $PYTHON is $("$PYTHON" -V 2>&1)." >&2
  exit 1
fi

# Qt's own needs (OpenGL/EGL, fonts, D-Bus, GLib for the translation tools), a font for a
# bare server, and the X11/xcb libraries PySide6 >= 6.5 needs to show a window on X11
# (stock Ubuntu desktops lack libxcb-cursor0).
packages=(libegl1 libgl1 libx11-6 libx11-xcb1 libdbus-1-3 libfontconfig1 libfreetype6
          libglib2.0-0 libxkbcommon0 fonts-dejavu-core
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0
          libxcb-image0 libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-xkb1)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian or Ubuntu system: make sure Qt 6's X11 (xcb) libraries, OpenGL, fontconfig" \
       "and Python's venv module are installed." >&2
  exit 0
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Debian moves ensurepip, which `python3 -m venv` needs, into python3.X-venv.
if ! "$PYTHON" -m ensurepip --version >/dev/null 2>&1; then
  version=$("$PYTHON" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  default=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")' \
            2>/dev/null || true)
  if [ "$version" = "$default" ]; then missing+=(python3-venv); else missing+=("python$version-venv"); fi
fi

[ ${#missing[@]} -eq 0 ] && exit 0

install="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the system packages Helpdesk needs: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
    echo "The system packages could not be installed; run this and try again: $install" >&2
    exit 1
  fi
  exit 0
fi

if command -v sudo >/dev/null 2>&1; then
  command="sudo apt-get update && sudo $install"
else
  command="su -c 'apt-get update && $install'"
fi
echo "Helpdesk needs these system packages: ${missing[*]}." >&2
echo "Install them with the command below, then run make again:" >&2
echo "  $command" >&2
exit 1
