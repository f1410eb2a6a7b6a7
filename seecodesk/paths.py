"""Where SeeCoDesk keeps its own files: resources shipped with it, logs and the default database."""

import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PACKAGE_DIR.parent / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"


def data_dir() -> Path:
    """The user's SeeCoDesk folder: %APPDATA%\\SeeCoDesk on Windows, ~/Library/Application Support/SeeCoDesk
    on macOS, XDG on Linux; SEECODESK_HOME overrides (tests, a portable copy)."""
    override = os.environ.get("SEECODESK_HOME")
    if override:
        base = Path(override)
    elif sys.platform == "win32" and os.environ.get("APPDATA"):
        base = Path(os.environ["APPDATA"]) / "SeeCoDesk"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / "SeeCoDesk"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "seecodesk"
    base.mkdir(parents=True, exist_ok=True)
    return base


def log_file() -> Path:
    """The error log a crash report points to."""
    return data_dir() / "seecodesk.log"


def font_file(name: str = "NanumGothic.ttf") -> Path:
    """A bundled TrueType font."""
    return FONTS_DIR / name
