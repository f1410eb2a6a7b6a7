#!/usr/bin/env bash
# Put SeeCoDesk in the desktop's application menu for this user (after packaging/linux/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/../.."
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps"
mkdir -p "$apps" "$icons"
cp resources/icons/seecodesk.png "$icons/seecodesk.png"
sed "s#^Exec=seecodesk#Exec=$(pwd)/.venv/bin/seecodesk#" packaging/linux/seecodesk.desktop > "$apps/seecodesk.desktop"
echo "메뉴에 추가했습니다: $apps/seecodesk.desktop"
