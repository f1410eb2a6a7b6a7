"""The font every XLSX we write uses: 맑은 고딕 11, Korean Excel's own default, in every cell.

openpyxl starts a workbook with Calibri as its Normal font. Hangul has no glyphs in Calibri, so each
program picks its own stand-in (LibreOffice without a Korean fallback shows boxes); 맑은 고딕 is what
a Korean Excel user's own files hold, and Excel on any Windows finds it by that name. The Normal
font is set once for the workbook, so the plain cells of a streamed sheet cost nothing extra; the
styled cells (bold header, title, totals) name it themselves, as a Font without a name would fall
back to the program's default.

The Normal font is also Excel's unit of column width (the width of its widest digit), which
exchange/sheet_printing.py turns into points on paper.
"""

from __future__ import annotations

from typing import Any

FONT_NAME = "맑은 고딕"
FONT_SIZE = 11.0
_HANGUL_CHARSET = 129  # what Korean Excel writes beside 맑은 고딕 (Windows' HANGUL_CHARSET)
_SWISS = 2  # the font family class Excel records for 맑은 고딕


def korean_font(bold: bool = False, size: float = FONT_SIZE) -> Any:
    """An openpyxl Font in 맑은 고딕 (bold and size as asked), with no theme font that could override it."""
    from openpyxl.styles import Font
    from openpyxl.styles.colors import Color

    return Font(name=FONT_NAME, size=size, bold=bold, family=_SWISS, charset=_HANGUL_CHARSET, color=Color(theme=1))


def korean_workbook(write_only: bool = True) -> Any:
    """A new openpyxl Workbook whose Normal font (every cell without a font of its own) is 맑은 고딕 11."""
    from openpyxl import Workbook
    from openpyxl.utils.indexed_list import IndexedList

    workbook = Workbook(write_only=write_only)
    normal = korean_font()
    # openpyxl has no public setting for the Normal font: font 0 is what unstyled cells and the
    # 'Normal' named style point at, so it is replaced before any cell is styled
    workbook._fonts = IndexedList([normal])
    workbook._named_styles["Normal"].font = normal
    return workbook


def footer_font() -> str:
    """The font part of a header/footer code ('&"맑은 고딕,Regular"'), so page numbers match the cells."""
    return f"{FONT_NAME},Regular"
