"""Regenerate seecodesk/gui/forms/ui_*.py from ui/*.ui with pyside6-uic (also used by the up-to-date test)."""

import shutil
import subprocess
import sys
from pathlib import Path

UI_DIR = Path(__file__).resolve().parents[3] / "ui"
FORMS_DIR = Path(__file__).resolve().parent


def uic_executable() -> str:
    """pyside6-uic next to this interpreter, or on PATH."""
    beside = Path(sys.executable).with_name("pyside6-uic")
    return str(beside) if beside.exists() else (shutil.which("pyside6-uic") or "pyside6-uic")


def generated_name(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    """The Python code pyside6-uic makes of `ui_file`."""
    result = subprocess.run([uic_executable(), str(ui_file)],
                            check=True, capture_output=True, text=True)
    return result.stdout


def main() -> int:
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        generated_name(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} → {generated_name(ui_file).name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
