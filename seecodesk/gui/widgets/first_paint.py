"""Work that waits until a widget is on screen: the rest of a big list, the start-up's deferred chores, and
the menus (with a key pressed sooner)."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Calls `callback` once, just after `widget` has painted for the first time."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


class FirstKey(QObject):
    """Calls `callback` when a key is about to be looked up among the shortcuts: its ShortcutOverride, which
    goes up from the focus widget to `window` when no widget on the way takes the key. What a window puts
    in after its first paint (menus and their shortcuts) is then in before a key pressed sooner is looked
    up. Ends with `window.removeEventFilter(it)`; the window keeps no reference to it in Python (a cycle the
    collector could break on a worker thread, deleting the window there)."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)  # on the window alone: a filter on the application sees every event

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride:
            self._callback()
        return False
