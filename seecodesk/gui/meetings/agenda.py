"""The agenda (안건) as a reorderable list, with the minutes and decision of the selected item beside it.

Items move by drag and drop or Ctrl+↑/Ctrl+↓. Votes (찬성/반대/기권) are kept only when 표결 is ticked.
"""

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.meetings import DECISIONS, AgendaItem, agenda_item_errors
from seecodesk.core.validation import resident_number_span
from seecodesk.gui.widgets.form_dialog import bring_forward
from seecodesk.services.meetings import RosterMember

ITEM_ROLE = Qt.ItemDataRole.UserRole
NEW_TITLE = "새 안건"  # the title a new item starts with, until the secretary types one


class AgendaEditor(QWidget):
    """Edits the ordered agenda; `items()` returns it in the order shown."""

    changed = Signal()
    carry_over_requested = Signal()

    def __init__(self, people: list[RosterMember], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        # The list holds a key per item; the items live here, so a drag (which copies item data
        # through MIME) never has to carry Python objects.
        self._by_key: dict[int, AgendaItem] = {}
        self._next_key = 0
        self.list = QListWidget()
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.currentItemChanged.connect(self._show)
        self.list.model().rowsMoved.connect(lambda *_: self._renumber())
        self.title = QLineEdit()
        self.presenter = QComboBox()
        self.presenter.addItem("(없음)", None)
        for person in people:
            self.presenter.addItem(f"{person.name} · {person.organisation or person.affiliation}", person.person_id)
        self.discussion = QPlainTextEdit()
        self.discussion.setPlaceholderText("논의 내용 (줄바꿈은 그대로 인쇄됩니다)")
        self.decision = QComboBox()
        self.decision.addItems(["(없음)", *DECISIONS[1:]])
        self.voted = QCheckBox("표결")
        self.votes = [QSpinBox() for _ in range(3)]
        self.resolution = QPlainTextEdit()
        self.resolution.setPlaceholderText("결정 내용 (예: 원안대로 승인)")
        self.resolution.setMaximumHeight(70)
        for plain in (self.discussion, self.resolution):
            plain.setTabChangesFocus(True)  # Tab goes on to the next field; a tab character is not what minutes need
        self._build_layout()
        self.title.textChanged.connect(self._store)
        for plain in (self.discussion, self.resolution):
            plain.textChanged.connect(self._store)
        for combo in (self.presenter, self.decision):
            combo.currentIndexChanged.connect(self._store)
        self.voted.toggled.connect(self._store)
        for spin in self.votes:
            spin.setRange(0, 9999)
            spin.valueChanged.connect(self._store)
        self.list.installEventFilter(self)
        self.title.installEventFilter(self)
        self._enable(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Ctrl+↑ / Ctrl+↓ in the list move the selected item; a click on the untouched '새 안건' selects it."""
        if watched is self.title and event.type() == QEvent.Type.MouseButtonRelease:
            # A click places the cursor and would drop the selection: typing must replace the stand-in title.
            if self.title.text() == NEW_TITLE and not self.title.hasSelectedText():
                self.title.selectAll()
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.modifiers() & Qt.KeyboardModifier.ControlModifier and \
                    key_event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if key_event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        for label, slot in (("추가", self.add_item), ("삭제", self.remove_current), ("▲", lambda: self.move_current(-1)),
                            ("▼", lambda: self.move_current(1)), ("이월 안건…", self.carry_over_requested.emit)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        votes = QHBoxLayout()
        votes.addWidget(self.voted)
        for label, spin in zip(("찬성", "반대", "기권"), self.votes, strict=True):
            spin.setPrefix(f"{label} ")
            votes.addWidget(spin)
        self.detail = QWidget()
        form = QFormLayout(self.detail)
        form.addRow("안건(&A)", self.title)
        form.addRow("발표", self.presenter)
        form.addRow("논의 내용", self.discussion)
        form.addRow("결정", self.decision)
        form.addRow("", votes)
        form.addRow("결정 내용", self.resolution)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_items(self, items: list[AgendaItem]) -> None:
        self.list.clear()
        self._by_key.clear()
        for item in items:
            self._append(replace(item))
        if items:
            self.list.setCurrentRow(0)
        self._renumber()

    def items(self) -> list[AgendaItem]:
        """The agenda in the order shown."""
        return [replace(self._item(self.list.item(row))) for row in range(self.list.count())]

    def _item(self, entry: QListWidgetItem) -> AgendaItem:
        return self._by_key[int(entry.data(ITEM_ROLE))]

    def _append(self, item: AgendaItem) -> QListWidgetItem:
        self._next_key += 1
        self._by_key[self._next_key] = item
        entry = QListWidgetItem(item.title)
        entry.setData(ITEM_ROLE, self._next_key)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        self.list.addItem(entry)
        return entry

    def add_item(self, title: str = "") -> None:
        """A new item at the end, its title ready to type."""
        entry = self._append(AgendaItem(title=title or NEW_TITLE))
        self.list.setCurrentItem(entry)
        self._renumber()
        self.title.setFocus()
        self.title.selectAll()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._renumber()
            self.changed.emit()

    def move_current(self, step: int) -> None:
        """Move the selected item up (-1) or down (+1)."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        entry = self.list.takeItem(row)
        self.list.insertItem(target, entry)
        self.list.setCurrentRow(target)
        self._renumber()
        self.changed.emit()

    def _renumber(self) -> None:
        for row in range(self.list.count()):
            entry = self.list.item(row)
            entry.setText(f"{row + 1}. {self._item(entry).title}")

    def _show(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self._enable(current is not None)
        if current is None:
            return
        item = self._item(current)
        self._loading = True
        self.title.setText(item.title)
        index = self.presenter.findData(item.presenter_id) if item.presenter_id else 0
        self.presenter.setCurrentIndex(max(0, index))
        self.discussion.setPlainText(item.discussion)
        self.decision.setCurrentIndex(DECISIONS.index(item.decision) if item.decision in DECISIONS else 0)
        self.voted.setChecked(item.voted)
        for spin, value in zip(self.votes, (item.votes_for, item.votes_against, item.votes_abstain), strict=True):
            spin.setValue(value or 0)
        self.resolution.setPlainText(item.resolution)
        self._loading = False

    def _store(self) -> None:
        current = self.list.currentItem()
        for spin in self.votes:
            spin.setEnabled(self.voted.isChecked())
        if self._loading or current is None:
            return
        item = self._item(current)
        voted = self.voted.isChecked()
        counts = [spin.value() if voted else None for spin in self.votes]
        item = replace(item, title=self.title.text(), presenter_id=self.presenter.currentData(),
                       discussion=self.discussion.toPlainText(), decision=DECISIONS[self.decision.currentIndex()],
                       resolution=self.resolution.toPlainText(), votes_for=counts[0], votes_against=counts[1],
                       votes_abstain=counts[2])
        self._by_key[int(current.data(ITEM_ROLE))] = item
        current.setText(f"{self.list.row(current) + 1}. {item.title}")
        self.changed.emit()

    def point_at_problem(self) -> str:
        """Select the first item with a problem and put the cursor in the field holding it (on the
        주민등록번호 itself, selected, where it can be found); returns that item's message ("" when none)."""
        for row in range(self.list.count()):
            problems = agenda_item_errors(self._item(self.list.item(row)), row + 1)
            if problems:
                field, message = next(iter(problems.items()))
                self.list.setCurrentRow(row)
                self._put_cursor(field)
                return message
        return ""

    def _put_cursor(self, field: str) -> None:
        widget = {"title": self.title, "discussion": self.discussion, "resolution": self.resolution,
                  "decision": self.decision, "votes": self.votes[0]}.get(field, self.presenter)
        bring_forward(widget)
        if isinstance(widget, QPlainTextEdit):
            span = resident_number_span(widget.toPlainText())
            cursor = widget.textCursor()
            cursor.setPosition(span[0] if span else 0)
            if span:
                cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()
        elif isinstance(widget, QLineEdit) and (span := resident_number_span(widget.text())):
            widget.setSelection(span[0], span[1] - span[0])

    def _enable(self, enabled: bool) -> None:
        self.detail.setEnabled(enabled)
