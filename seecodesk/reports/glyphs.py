"""Text the bundled Korean font cannot draw: emoji through the bundled Noto Emoji, anything else as a
visible mark, never silently dropped; zero-width and control characters removed before printing.

`markup()` is what every Paragraph of user text goes through (reports.base.text); `font_runs()`
splits a plain run for the catalog's directly drawn lines. Characters replaced by the mark are
collected while `collecting_missing()` is open, so a command or a preview can say so before saving.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from seecodesk.paths import font_file

EMOJI_FONT = "NotoEmoji"
MISSING_MARK = "□"  # drawn where neither bundled font has the character
# zero-width spaces and joiners, word joiner, BOM, variation selectors, bidi controls, C0/C1 controls but \t \n
_INVISIBLE = re.compile("[\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff\ufe00-\ufe0f"
                        "\x00-\x08\x0b-\x1f\x7f-\x9f\U000e0000-\U000e007f]")
_missing: ContextVar[set[str] | None] = ContextVar("missing_glyphs", default=None)


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


def register_emoji_font() -> None:
    """Register the bundled monochrome emoji font with ReportLab, once, when first needed."""
    if EMOJI_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(EMOJI_FONT, str(font_file("NotoEmoji.ttf"))))


def font_runs(value: str) -> list[tuple[str, bool]]:
    """`value` cleaned and cut into runs: (text, True) where the emoji font must draw it. Characters
    neither font has become the visible mark and are collected."""
    runs: list[tuple[str, bool]] = []
    for char in clean_for_print(value):
        emoji = False
        if not _korean_has(char):
            if _emoji_has(char):
                emoji = True
            else:
                _note_missing(char)
                char = MISSING_MARK
        if runs and runs[-1][1] == emoji:
            runs[-1] = (runs[-1][0] + char, emoji)
        else:
            runs.append((char, emoji))
    if any(emoji for _, emoji in runs):
        register_emoji_font()
    return runs


def markup(value: str) -> str:
    """Paragraph markup for user text: escaped, emoji in the emoji font, gaps and controls removed."""
    if value.isascii() and not _INVISIBLE.search(value):
        return escape(value)
    return "".join(f'<font name="{EMOJI_FONT}">{escape(part)}</font>' if emoji else escape(part)
                   for part, emoji in font_runs(value))


def _note_missing(char: str) -> None:
    seen = _missing.get()
    if seen is not None:
        seen.add(char)


@contextmanager
def collecting_missing() -> Iterator[set[str]]:
    """Collect, while open, the characters printed as the mark because no bundled font has them."""
    seen: set[str] = set()
    token = _missing.set(seen)
    try:
        yield seen
    finally:
        _missing.reset(token)


def missing_warning(chars: set[str]) -> str:
    """The Korean sentence saying which characters printed as the mark ('' when none)."""
    if not chars:
        return ""
    shown = " ".join(sorted(chars)[:10]) + (" …" if len(chars) > 10 else "")
    return f"글꼴에 없는 문자 {len(chars)}종은 {MISSING_MARK}로 인쇄됩니다: {shown}"
