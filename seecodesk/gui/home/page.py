"""홈: what needs the secretary today and in the next 14 days, one box per group, each line a button
that opens its record in its own section.

This is the window's first paint, so it reads through the workspace's plain connection and its
modules import no sqlite_utils, ReportLab or pandas.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.meeting_titles import WEEKDAYS
from seecodesk.gui.widgets.first_paint import AfterFirstPaint
from seecodesk.services.home import HomeGroup, HomeLine, home_groups, section_counts
from seecodesk.services.workspace import Workspace

_LINE_STYLE = """
QPushButton[homeLine="true"] { text-align: left; border: none; padding: 5px 8px; border-radius: 4px; }
QPushButton[homeLine="true"]:hover { background: #e6eefb; }
QPushButton[urgent="true"] { color: #b00020; }
QGroupBox { font-weight: bold; border: 1px solid #d5dbe3; border-radius: 6px; margin-top: 12px; padding-top: 6px; }
QGroupBox::title { subcontrol-origin: margin; left: 10px; padding: 0 4px; }
"""

# How a line opens its record: the page method (or steps) of the line's section.
OPENERS = {
    "meeting": lambda page, record_id: (page.list.select_id(record_id), page.open_meeting(record_id)),
    "action": lambda page, record_id: (page.list.select_id(record_id), page.open_meeting(record_id)),
    "task": lambda page, record_id: page.open_task(record_id),
    "application": lambda page, record_id: (page.board.select(record_id), page.show_application(record_id)),
    "dues": lambda page, record_id: page.show_organisation(record_id),
    "agreement": lambda page, record_id: _open_agreement(page, record_id),
    "retention": lambda page, record_id: _open_retention(page),
}
# '더 보기' opens the tab that lists what its group lists, not the section's first tab.
MORE_TABS = {"actions": "미완료 조치 사항", "plan": "이번 분기"}
LATE_DELAY_MS = 400  # the groups needing sqlite_utils come in after the first paint
_RUNNING: set[Any] = set()  # the late groups' workers, kept until they return


def _open_agreement(page: QWidget, agreement_id: int) -> None:
    from seecodesk.gui.trade.tables import select_id

    page.tabs.setCurrentIndex(0)
    select_id(page.agreements_table, agreement_id)
    page.edit_agreement()


def _open_retention(page: QWidget) -> None:
    from seecodesk.gui.privacy.retention_dialog import RetentionDialog

    RetentionDialog(page.workspace, page.window()).exec()


def _point_at(button: QPushButton) -> None:
    from PySide6.QtCore import Qt

    button.setCursor(Qt.CursorShape.PointingHandCursor)


def _line_button(line: HomeLine) -> QPushButton:
    button = QPushButton(f"{line.text}\n    {line.detail}" if line.detail else line.text)
    # a long line is cut at the box's edge (the full text is in the tooltip), never widening the page
    button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    button.setProperty("homeLine", True)
    button.setProperty("urgent", line.urgent)
    button.setToolTip(f"{line.text}\n{line.detail}\n(눌러서 엽니다)")
    button.setFlat(True)
    return button


class HomePage(QWidget):
    """The groups of the home screen; `badges_changed` carries the sidebar counts."""

    badges_changed = Signal(dict)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._today = today
        self._loaded_at: tuple[int, date] | None = None
        self.groups: list[HomeGroup] = []
        self._plain_groups: list[HomeGroup] = []
        self.line_buttons: list[tuple[HomeLine, QPushButton]] = []
        self.heading = QLabel()  # its text starts with <h2>: shown as rich text
        self.body = QWidget()
        self.grid = QGridLayout(self.body)
        self.grid.setColumnStretch(0, 1)
        self.grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(scroll, 1)
        self.late: list[HomeGroup] = []
        self._painted = False
        self.reload()
        self.body.setStyleSheet(_LINE_STYLE)  # once the boxes are in: set sooner, it polished each box as it came
        QTimer.singleShot(LATE_DELAY_MS, self, self.load_late)
        AfterFirstPaint(self.heading, self._after_first_paint)

    def _after_first_paint(self) -> None:
        # The lines get their hand cursor once on screen: naming any Qt.* value builds every enum of the Qt
        # namespace (~94, 12-15 ms), which the window's first paint does without.
        self._painted = True
        for _line, button in self.line_buttons:
            _point_at(button)

    @property
    def today(self) -> date:
        return self._today or date.today()

    def refresh(self) -> None:
        """Shown again: reload when something changed since (or the day turned)."""
        if self._loaded_at != (self.workspace.change_count(), self.today):
            self.reload()

    def load_late(self) -> None:
        """Add the groups that need the full storage layer (renewals, 파기 대상), after the first paint:
        read by a worker with its own connection when the network is a file, so the window stays usable."""
        path, today = self.workspace.path, self.today
        if path is not None:
            from seecodesk.gui.tasks import BackgroundTask
            from seecodesk.services.home_late import late_groups_of_file

            task = BackgroundTask(lambda _control: late_groups_of_file(path, today))
            _RUNNING.add(task)
            for signal in (task.signals.finished, task.signals.failed, task.signals.cancelled):
                signal.connect(lambda *_args, t=task: _RUNNING.discard(t))
            task.signals.finished.connect(self._late_loaded)  # bound methods: forgotten if the page goes
            task.signals.failed.connect(self._load_late_here)
            task.start()
            return
        self._load_late_here()

    def _load_late_here(self, _error: object = None) -> None:
        """The late groups read on the GUI thread (an in-memory network, or the worker failed: a real
        problem then shows as it always did)."""
        import sqlite3

        from seecodesk.services.home_late import late_groups

        try:
            self._late_loaded(late_groups(self.workspace.db, self.today))
        except sqlite3.ProgrammingError:
            return  # the network was closed (another file opened) before the timer fired

    def _late_loaded(self, groups: list[HomeGroup]) -> None:
        self.late = groups
        self._show_groups(self.today)

    def reload(self, keep_late: bool = False) -> None:
        today = self.today
        if not keep_late and self.late:
            from seecodesk.services.home_late import late_groups

            self.late = late_groups(self.workspace.db, today)
        # read ahead when the window's start opened the file (services/early_open.py), if nothing changed since
        self._plain_groups = self.workspace.take_first_home(today) or home_groups(self.workspace.conn, today)
        self._loaded_at = (self.workspace.change_count(), today)
        self._show_groups(today)

    def _show_groups(self, today: date) -> None:
        self.groups = self._plain_groups + self.late
        total = sum(g.total for g in self.groups)
        self.heading.setText(f"<h2>홈 <span style='font-weight:normal; font-size:11pt'>{today.year}년 {today.month}월 "
                             f"{today.day}일({WEEKDAYS[today.weekday()]}) · 살펴볼 일 {total}건</span></h2>")
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.line_buttons = []
        for index, group in enumerate(self.groups):
            self.grid.addWidget(self._group_box(group), index // 2, index % 2)
        self.grid.setRowStretch(len(self.groups) // 2 + 1, 1)
        self.badges_changed.emit(self.badge_counts())

    def badge_counts(self) -> dict[str, int]:
        """Items per sidebar section, and the total under 'home'."""
        return section_counts(self.groups)

    def _group_box(self, group: HomeGroup) -> QGroupBox:
        box = QGroupBox(f"{group.title} ({group.total})")
        box.setObjectName(f"home_{group.key}")
        layout = QVBoxLayout(box)
        layout.setSpacing(1)
        if not group.lines:
            empty = QLabel(group.empty_text)
            empty.setStyleSheet("color: #666; padding: 5px 8px;")
            layout.addWidget(empty)
        for line in group.lines:
            button = _line_button(line)
            if self._painted:
                _point_at(button)
            button.clicked.connect(lambda _=False, ln=line: self.open_line(ln))
            layout.addWidget(button)
            self.line_buttons.append((line, button))
        if group.total > len(group.lines):
            more = QPushButton(f"외 {group.total - len(group.lines)}건 더 보기…")
            more.setProperty("homeLine", True)
            more.setFlat(True)
            more.clicked.connect(lambda _=False, shown=group: self.show_more(shown))
            layout.addWidget(more)
        layout.addStretch(1)
        return box

    def _show_section(self, key: str) -> QWidget | None:
        show = getattr(self.window(), "show_section", None)
        return show(key) if callable(show) else None

    def show_more(self, group: HomeGroup) -> None:
        """Switch to the group's section, on the tab listing all of it."""
        tabs = getattr(self._show_section(group.section), "tabs", None)
        label = MORE_TABS.get(group.key)
        if label and isinstance(tabs, QTabWidget):
            found = [i for i in range(tabs.count()) if tabs.tabText(i).replace("&", "").startswith(label)]
            tabs.setCurrentIndex(found[0] if found else tabs.currentIndex())

    def open_line(self, line: HomeLine) -> None:
        """Switch to the line's section and open (or select) its record there."""
        page = self._show_section(line.section)
        if page is not None and line.kind in OPENERS:
            OPENERS[line.kind](page, line.record_id)


def create_page(workspace: Workspace, parent: QWidget | None = None) -> QWidget:
    """The 홈 section's page."""
    return HomePage(workspace, parent)
