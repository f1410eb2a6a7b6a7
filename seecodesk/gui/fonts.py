"""The bundled fonts: Korean, so Hangul shows on a machine with no Korean font installed, and the bundled
Noto Emoji as its fallback, so an emoji typed in a name shows as itself and not as an empty box (the PDFs
draw emoji with the same font, reports.glyphs)."""

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from seecodesk.paths import font_file


def _load(name: str) -> list[str]:
    font_id = QFontDatabase.addApplicationFont(str(font_file(name)))
    return QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []


def install_korean_font(app: QApplication, point_size: int = 10) -> str:
    """Load NanumGothic (and Noto Emoji behind it) into Qt and make it the application font; returns the family."""
    families = _load("NanumGothic.ttf")
    _load("NanumGothicBold.ttf")
    family = families[0] if families else app.font().family()
    emoji = _load("NotoEmoji.ttf")  # ~2 ms: Qt reads the tables when an emoji is first drawn
    font = QFont(family, point_size)
    # Qt looks a missing character up in the families in order before any system fallback.
    font.setFamilies([family, *emoji[:1]])
    # Outlines as drawn, without NanumGothic's bytecode hinting: the same metrics as the printed PDFs,
    # and each Hangul glyph rasterised without running its hinting program (~4 ms of the first screen).
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    return family
