#!/usr/bin/env bash
# Build the one-folder program for this platform: dist/SeeCoDesk/ (seecodesk or seecodesk.exe inside).
# Usage: bash packaging/build.sh        (uses .venv; installs PyInstaller into it when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
python=.venv/bin/python
[ -x "$python" ] || python=.venv/Scripts/python.exe  # Git Bash on Windows
if [ ! -x "$python" ]; then
    bash packaging/linux/setup.sh
    python=.venv/bin/python
fi
"$python" -c "import PyInstaller" 2>/dev/null || "$python" -m pip install --quiet -e ".[package]"
mkdir -p build
export SEECODESK_BUILD_INFO="$root/build/BUILD_INFO"
date -u +%Y-%m-%d > "$SEECODESK_BUILD_INFO"
# The Windows installer's icon (PyInstaller converts the PNG for the .exe itself).
"$python" -c "from PIL import Image; Image.open('resources/icons/seecodesk.png').save('build/seecodesk.ico', sizes=[(16, 16), (32, 32), (48, 48), (256, 256)])"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" packaging/pyinstaller/seecodesk.spec
size=$(du -sh dist/SeeCoDesk | cut -f1)
echo "빌드했습니다: dist/SeeCoDesk ($size). 실행: dist/SeeCoDesk/seecodesk"
case "$(uname -s)" in
    MINGW*|MSYS*|CYGWIN*) echo "Windows 설치 파일: iscc packaging/windows/seecodesk.iss" ;;
    Linux) echo "메뉴에 추가: bash packaging/linux/install-desktop-entry.sh" ;;
esac
