#!/usr/bin/env bash
# Set up (first time) and start SeeCoDesk. With no database yet, a demo network is made to start on.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/linux/setup.sh
DATA="${SEECODESK_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/seecodesk}"
DB="${SEECODESK_DB:-$DATA/demo-network.seecodesk}"
mkdir -p "$(dirname "$DB")"
[ -f "$DB" ] || .venv/bin/seecodesk demo "$DB"
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "화면(DISPLAY)이 없어 가상 화면(Xvfb)에서 실행합니다." >&2
  exec xvfb-run -a .venv/bin/seecodesk --db "$DB"
fi
exec .venv/bin/seecodesk --db "$DB"
