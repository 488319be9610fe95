#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs on a headless machine, when they are missing
# and we run as root. Otherwise it only says what to install, and carries on.
set -euo pipefail

packages=(libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0
          libxkbcommon0 fonts-dejavu-core)
missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the system libraries Qt needs: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Qt may need these system libraries: ${missing[*]} (install them with: sudo apt-get install ${missing[*]})" >&2
fi
