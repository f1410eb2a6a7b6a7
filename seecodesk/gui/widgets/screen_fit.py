"""Keep a window inside the screen: a dialog taller than a 1280x800 laptop screen hides its 저장 button."""

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = 40  # the window manager's title bar and borders, outside the widget's own size


def fit_to_screen(window: QWidget) -> None:
    """Shrink `window` (never below its minimum size) so it fits the available area of its screen."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    area = screen.availableGeometry()
    width = min(window.width(), area.width() - FRAME_ALLOWANCE // 4)
    height = min(window.height(), area.height() - FRAME_ALLOWANCE)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
