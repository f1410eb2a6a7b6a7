"""Where SeeCoDesk keeps its own files: resources shipped with it, logs and the default database."""

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
RESOURCES_DIR = PACKAGE_DIR.parent / "resources"
FONTS_DIR = RESOURCES_DIR / "fonts"


def data_dir() -> Path:
    """The user's SeeCoDesk folder (XDG on Linux; SEECODESK_HOME overrides, e.g. for tests)."""
    override = os.environ.get("SEECODESK_HOME")
    if override:
        base = Path(override)
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
