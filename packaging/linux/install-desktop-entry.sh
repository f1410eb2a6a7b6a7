#!/usr/bin/env bash
# Put SeeCoDesk in the desktop's application menu for this user.
# With a built program (bash packaging/build.sh) it is copied to ~/.local/lib/seecodesk and the menu
# entry starts it; without one, the entry starts the developer set-up (.venv, packaging/linux/setup.sh).
# Remove: bash packaging/linux/install-desktop-entry.sh --remove (the data in ~/.local/share/seecodesk stays).
set -euo pipefail
cd "$(dirname "$0")/../.."
share="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$share/applications"
icons="$share/icons/hicolor/256x256/apps"
program="$HOME/.local/lib/seecodesk"
if [ "${1:-}" = "--remove" ]; then
    rm -rf "$program" "$apps/seecodesk.desktop" "$icons/seecodesk.png" "$HOME/.local/bin/seecodesk"
    echo "메뉴에서 지웠습니다. 데이터 폴더($share/seecodesk)는 그대로 둡니다."
    exit 0
fi
mkdir -p "$apps" "$icons"
cp resources/icons/seecodesk.png "$icons/seecodesk.png"
if [ -x dist/SeeCoDesk/seecodesk ]; then
    rm -rf "$program"
    mkdir -p "$(dirname "$program")" "$HOME/.local/bin"
    cp -a dist/SeeCoDesk "$program"
    ln -sf "$program/seecodesk" "$HOME/.local/bin/seecodesk"  # the command line, too
    exec_path="$program/seecodesk"
else
    exec_path="$(pwd)/.venv/bin/seecodesk"
fi
sed "s#^Exec=seecodesk#Exec=$exec_path#" packaging/linux/seecodesk.desktop > "$apps/seecodesk.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$apps" || true
echo "메뉴에 추가했습니다: $apps/seecodesk.desktop (실행 파일: $exec_path)"
