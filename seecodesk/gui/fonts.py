"""The bundled Korean font, so Hangul shows on a machine with no Korean font installed."""

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from seecodesk.paths import font_file


def install_korean_font(app: QApplication, point_size: int = 10) -> str:
    """Load NanumGothic into Qt and make it the application font; returns the family name."""
    families: list[str] = []
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(font_file(name)))
        if font_id >= 0 and not families:
            families = QFontDatabase.applicationFontFamilies(font_id)
    family = families[0] if families else app.font().family()
    font = QFont(family, point_size)
    # Outlines as drawn, without NanumGothic's bytecode hinting: the same metrics as the printed PDFs,
    # and each Hangul glyph rasterised without running its hinting program (~4 ms of the first screen).
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    app.setFont(font)
    return family
