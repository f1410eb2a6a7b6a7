"""What an empty list says: how to begin when there is nothing yet, and how to get rows back when a
filter hides them all ("필터에 맞는 항목이 없습니다" with a 필터 지우기 button)."""

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

NO_MATCH = "필터에 맞는 항목이 없습니다."
CLEAR_FILTERS = "필터 지우기"


class EmptyNotice(QFrame):
    """A line above an empty table; hidden while the table has rows."""

    def __init__(self, nothing_yet: str, clear_filters: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyNotice")
        self.nothing_yet = nothing_yet
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.clear_button = QPushButton(CLEAR_FILTERS)
        self.clear_button.clicked.connect(clear_filters)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.hide()

    def update_for(self, shown: int, filtered: bool) -> None:
        """Say what to do when no row is shown: clear the filters, or (with no filter) how to begin."""
        if shown:
            self.hide()
            return
        if not self.styleSheet():  # styled when first shown: a style sheet costs start-up time
            self.setStyleSheet("#emptyNotice { background: #fff8e1; border: 1px solid #e6d48f; border-radius: 4px; }")
        self.label.setText(NO_MATCH if filtered else self.nothing_yet)
        self.clear_button.setVisible(filtered)
        self.show()
