"""The lower half every row-by-row import preview shares (people, trades): the error line, 가져오기/취소,
and the dialog's column of widgets."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget


def lay_out_import_preview(dialog: QDialog, widgets: Sequence[QWidget], import_label: str, can_commit: bool,
                           on_import: Callable[[], None]) -> tuple[QLabel, QPushButton]:
    """Put `widgets`, a red error line and the buttons in `dialog`; returns (error line, 가져오기 button)."""
    error = QLabel()
    error.setStyleSheet("color: #b00020;")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    import_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
    import_button.setText(import_label)
    import_button.setEnabled(can_commit)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("취소")
    buttons.accepted.connect(on_import)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (*widgets, error, buttons):
        layout.addWidget(widget)
    return error, import_button
