"""Text the bundled Korean font cannot draw: emoji through the bundled Noto Emoji, anything else as a
visible mark, never silently dropped; zero-width and control characters removed before printing.

`markup()` is what every Paragraph of user text goes through (reports.base.text); `font_runs()`
splits a plain run for the catalog's directly drawn lines. Characters replaced by the mark are
collected while `collecting_missing()` is open (collections nest: a command's and a file's), and every
PDF written through reports.base.write_atomically remembers its own, so the command line and each
print preview can say so before the file is saved elsewhere or printed (`missing_for(path)`).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from seecodesk.paths import font_file

EMOJI_FONT = "NotoEmoji"
MISSING_MARK = "□"  # drawn where neither bundled font has the character
# zero-width spaces and joiners, word joiner, BOM, variation selectors, bidi controls, C0/C1 controls but \t \n
_INVISIBLE = re.compile("[\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f"
                        "\x00-\x08\x0b-\x1f\x7f-\x9f\U000e0000-\U000e007f]")
_missing: ContextVar[tuple[set[str], ...]] = ContextVar("missing_glyphs", default=())
_by_file: dict[str, frozenset[str]] = {}  # PDF path → characters it printed as the mark
_by_file_lock = threading.Lock()


def clean_for_print(value: str) -> str:
    """`value` without the characters that print as gaps or nothing (zero-width, controls)."""
    return _INVISIBLE.sub("", value)


@lru_cache(maxsize=4)
def _cmap(file_name: str) -> frozenset[int]:
    return frozenset(TTFont("_cmap_" + file_name, str(font_file(file_name))).face.charToGlyph)


def _korean_has(char: str) -> bool:
    return ord(char) < 0x2000 or ord(char) in _cmap("NanumGothic.ttf")


def _emoji_has(char: str) -> bool:
    return ord(char) in _cmap("NotoEmoji.ttf")


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """ReportLab's ToUnicode CMap with characters past U+FFFF written as UTF-16 (surrogate pairs).

    ReportLab 4–5 writes them as 5 hex digits, which readers cut to 4: a copied or extracted 🍓 (U+1F353)
    came out as ἵ (U+1F35). Same CMap otherwise, so Hangul and every BMP character are unchanged.
    """
    entries = [f"<{i:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for i, v in enumerate(subset)]
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange", f"<00> <{len(subset) - 1:02X}>",
        "endcodespacerange", f"{len(subset)} beginbfchar", *entries, "endbfchar", "endcmap",
        "CMapName currentdict /CMap defineresource pop", "end", "end"])


def register_emoji_font() -> None:
    """Register the bundled monochrome emoji font with ReportLab, once, when first needed (with the CMap fix
    that keeps its characters extractable)."""
    if EMOJI_FONT not in pdfmetrics.getRegisteredFontNames():
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap
        pdfmetrics.registerFont(TTFont(EMOJI_FONT, str(font_file("NotoEmoji.ttf"))))


def font_runs(value: str) -> list[tuple[str, bool]]:
    """`value` cleaned and cut into runs: (text, True) where the emoji font must draw it. Characters
    neither font has become the visible mark and are collected."""
    cleaned = clean_for_print(value)
    korean = _cmap("NanumGothic.ttf")
    if all(ord(char) < 0x2000 or ord(char) in korean for char in set(cleaned)):  # the usual case: one run
        return [(cleaned, False)] if cleaned else []
    runs: list[tuple[list[str], bool]] = []
    for char in cleaned:
        emoji = False
        if not _korean_has(char):
            if _emoji_has(char):
                emoji = True
            else:
                _note_missing(char)
                char = MISSING_MARK
        if runs and runs[-1][1] == emoji:
            runs[-1][0].append(char)
        else:
            runs.append(([char], emoji))
    if any(emoji for _, emoji in runs):
        register_emoji_font()
    return [("".join(chars), emoji) for chars, emoji in runs]


def markup(value: str) -> str:
    """Paragraph markup for user text: escaped, emoji in the emoji font, gaps and controls removed."""
    if value.isascii() and not _INVISIBLE.search(value):
        return escape(value)
    return "".join(f'<font name="{EMOJI_FONT}">{escape(part)}</font>' if emoji else escape(part)
                   for part, emoji in font_runs(value))


def _note_missing(char: str) -> None:
    for seen in _missing.get():
        seen.add(char)


@contextmanager
def collecting_missing() -> Iterator[set[str]]:
    """Collect, while open, the characters printed as the mark because no bundled font has them
    (an enclosing collection sees them too)."""
    seen: set[str] = set()
    token = _missing.set((*_missing.get(), seen))
    try:
        yield seen
    finally:
        _missing.reset(token)


def _key(path: str | Path) -> str:
    return str(Path(path).resolve())


def remember_missing(path: str | Path, chars: set[str]) -> None:
    """Keep which characters the PDF at `path` printed as the mark (written on any thread)."""
    with _by_file_lock:
        _by_file[_key(path)] = frozenset(chars)


def missing_for(path: str | Path) -> set[str]:
    """The characters the PDF at `path` printed as the mark, as remembered when this program wrote it."""
    with _by_file_lock:
        return set(_by_file.get(_key(path), frozenset()))


def missing_warning(chars: set[str]) -> str:
    """The Korean sentence saying which characters printed as the mark ('' when none)."""
    if not chars:
        return ""
    # with the code point: a screen without the character shows an empty box too, and U+13000 can be searched
    shown = ", ".join(f"{c}(U+{ord(c):04X})" for c in sorted(chars)[:10]) + (" …" if len(chars) > 10 else "")
    return f"글꼴에 없는 문자 {len(chars)}종은 {MISSING_MARK}로 인쇄됩니다: {shown}"
