"""Keep a window inside the screen: a dialog taller than a 1280x800 laptop screen hides its 저장 button."""

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = 40  # the window manager's title bar and borders, outside the widget's own size


def available_area(window: QWidget) -> QRect | None:
    """The part of the window's screen not taken by panels and task bars (tests stand in a laptop's)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fit_to_screen(window: QWidget) -> None:
    """Shrink `window` (never below its minimum size) so it fits the available area of its screen."""
    area = available_area(window)
    if area is None:
        return
    width = min(window.width(), area.width() - FRAME_ALLOWANCE // 4)
    height = min(window.height(), area.height() - FRAME_ALLOWANCE)
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
