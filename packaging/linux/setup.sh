#!/usr/bin/env bash
# Prepare a Debian/Ubuntu machine for SeeCoDesk: Qt's system libraries, Python >= 3.12, a venv with
# the project installed. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."

APT_PACKAGES=$(grep -v '^#' packaging/linux/debian-packages.txt | tr '\n' ' ')
missing=()
for package in $APT_PACKAGES; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Debian 패키지 설치: ${missing[*]}"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

find_python() {
  local candidates=(python3.13 python3.12 python3)
  for c in "${candidates[@]}"; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys; assert sys.version_info >= (3, 12)' 2>/dev/null; then
      command -v "$c"; return 0
    fi
  done
  for c in "${PYENV_ROOT:-$HOME/.pyenv}"/versions/3.1[2-9]*/bin/python3 /root/.pyenv/versions/3.1[2-9]*/bin/python3; do
    if [ -x "$c" ] && "$c" -c 'import sys; assert sys.version_info >= (3, 12)' 2>/dev/null; then
      echo "$c"; return 0
    fi
  done
  return 1
}

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; assert sys.version_info >= (3, 12)' 2>/dev/null; then
  if ! PYTHON=$(find_python); then
    # Debian 13 and Ubuntu 24.04 ship Python 3.12+ as python3; Debian 12's is 3.11 (use pyenv there).
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv >/dev/null || true
    PYTHON=$(find_python) || { echo "Python 3.12 이상이 필요합니다 (Debian 13, Ubuntu 24.04 또는 pyenv)." >&2; exit 1; }
  fi
  rm -rf .venv
  "$PYTHON" -m venv .venv
fi
stamp=.venv/.installed-$(cat pyproject.toml | sha1sum | cut -c1-12)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  touch "$stamp"
fi
# Bytecode for every module, so the window starts without compiling (also where PYTHONDONTWRITEBYTECODE is set).
.venv/bin/python -m compileall -q seecodesk >/dev/null
