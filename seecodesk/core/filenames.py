"""Safe file names for attachments: whatever a user picks, the stored copy lands inside its folder.

A name from the outside world may carry folders (`../../x`), device names Windows refuses (`CON`,
`lpt1.txt`), control characters, NUL, or be longer than a file system allows. `safe_file_name`
turns any of these into one plain name; `inside` checks the final path never leaves its folder.
"""

import re
import unicodedata
from pathlib import Path

MAX_NAME_BYTES = 180  # well under the 255-byte limit of ext4/NTFS, with room for a " (2)" suffix
FALLBACK_NAME = "첨부파일"
_FORBIDDEN = re.compile(r'[<>:"/\\|?*]')
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}


def safe_file_name(name: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """One safe file name for `name`: no folders, no reserved or hidden names, bounded length."""
    value = unicodedata.normalize("NFC", name or "")
    value = re.split(r"[/\\]", value)[-1]  # keep only the last path part, from any OS
    value = "".join(ch for ch in value if unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp"))
    value = _FORBIDDEN.sub("_", value)
    value = re.sub(r"\s+", " ", value).strip().strip(".").strip()
    if not value:
        return FALLBACK_NAME
    stem, dot, suffix = value.rpartition(".")
    if not dot:
        stem, suffix = value, ""
    if stem.split(".")[0].strip().upper() in _RESERVED or value.upper() in _RESERVED:
        stem = "_" + stem if dot else "_" + value
        value = f"{stem}.{suffix}" if dot else stem
    return _shorten(value, max_bytes)


def name_for_file(text: str, max_bytes: int = MAX_NAME_BYTES) -> str:
    """A file name made from free text (a network, plan or meeting title): as `safe_file_name`, but a
    '/' or '\\' in '2025/2026 계획' is a character of the title, not a folder to drop the part before."""
    return safe_file_name(re.sub(r"[/\\]", "_", text or ""), max_bytes)


def _shorten(value: str, max_bytes: int) -> str:
    """Cut the stem (never the extension, when it is short) so the UTF-8 name fits `max_bytes`."""
    if len(value.encode("utf-8")) <= max_bytes:
        return value
    stem, dot, suffix = value.rpartition(".")
    if not dot or len(suffix) > 10:
        stem, suffix = value, ""
    tail = f".{suffix}" if suffix else ""
    budget = max_bytes - len(tail.encode("utf-8"))
    cut = stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore").rstrip(" .")
    return (cut or FALLBACK_NAME) + tail


def unique_name(folder: Path, name: str) -> str:
    """`name`, or 'name (2).ext', 'name (3).ext' … when a file of that name is already in `folder`."""
    candidate = name
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    number = 2
    while (folder / candidate).exists():
        candidate = f"{stem} ({number}).{suffix}" if suffix else f"{stem} ({number})"
        number += 1
    return candidate


def inside(folder: Path, path: Path) -> bool:
    """True when `path` resolves to somewhere under `folder` (symlinks and '..' followed)."""
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True
