#!/usr/bin/env bash
# Set up (first time), lint (ruff), type-check (mypy) and run the whole test suite, offscreen, on both cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash packaging/linux/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check seecodesk tests bench
.venv/bin/mypy
exec .venv/bin/python -m pytest -n 2 -p no:cacheprovider "$@"
