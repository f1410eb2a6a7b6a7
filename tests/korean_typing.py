"""Typing Hangul into a widget as a Korean input method does: a committed string per syllable run.

QTest's key clicks map characters to key codes and stop the process on anything outside ASCII, and
a Korean keyboard does not send key codes for syllables anyway: the input method composes them and
commits the text (QInputMethodEvent), which is what this sends.
"""

from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_korean(widget: QWidget, text: str) -> None:
    """Give `widget` focus and commit `text` to it through the input method, as typing it would."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)
