#!/usr/bin/env bash
# Puts the unpacked one-folder app into the user's menu: a helpdesk.desktop file and the icon,
# for this user only (no root). Run from the unpacked folder: ./install-desktop-entry.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
[ -x "$here/helpdesk" ] || { echo "Run me from the unpacked helpdesk folder." >&2; exit 1; }
data=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$data/applications" "$data/icons/hicolor/256x256/apps"
cp "$here/_internal/resources/icons/helpdesk-256.png" "$data/icons/hicolor/256x256/apps/helpdesk.png"
sed "s|^Exec=helpdesk$|Exec=\"$here/helpdesk\"|" "$here/helpdesk.desktop" \
  >"$data/applications/helpdesk.desktop"
echo "Helpdesk is in your applications menu (as $data/applications/helpdesk.desktop)."
