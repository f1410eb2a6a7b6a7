"""The 회의 section: the meeting list and calendar, open action items, attendance statistics and the
발송 대장 (register of letters sent).

Shortcuts: Ctrl+N new meeting, Enter open, Delete delete (asks first; Ctrl+Z brings it back),
Ctrl+P print the selected meeting's minutes, Ctrl+Shift+P its sign-in sheet.
"""

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from seecodesk.core.meetings import Meeting
from seecodesk.gui.meetings.editor import MeetingDialog
from seecodesk.gui.meetings.letter_register import LetterRegister
from seecodesk.gui.meetings.list_view import MeetingList
from seecodesk.gui.meetings.open_actions import OpenActions
from seecodesk.gui.meetings.side_dialogs import preview_pdf
from seecodesk.gui.meetings.stats_view import AttendanceStats
from seecodesk.gui.messages import confirm, show_error
from seecodesk.services.letters import LetterService
from seecodesk.services.meeting_print import print_minutes, print_signin, signin_withheld
from seecodesk.services.meetings import MeetingService
from seecodesk.services.workspace import Workspace

LIST_TAB, ACTIONS_TAB, STATS_TAB, LETTERS_TAB = range(4)


class MeetingsPage(QWidget):
    """Everything about meetings in three tabs."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setLocale(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
        self.service = MeetingService(workspace.db)
        self.list = MeetingList(self.service)
        self.actions = OpenActions(self.service)
        self.stats = AttendanceStats(self.service)
        self.letters = LetterRegister(LetterService(workspace.db))
        self.message = QLabel()
        self.show_phones = QCheckBox("명부 연락처 모두 표시")
        self.tabs = QTabWidget()
        list_tab = QWidget()
        list_layout = QVBoxLayout(list_tab)
        buttons = QHBoxLayout()
        for label, slot in (("새 회의(&N)", self.new_meeting), ("열기", self.open_selected),
                            ("삭제", self.delete_selected), ("회의록 인쇄(&P)…", self.print_minutes),
                            ("참석자 명부…", self.print_signin), ("변경 이력…", self.show_history)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addWidget(self.show_phones)
        buttons.addStretch(1)
        buttons.addWidget(self.message)
        list_layout.addLayout(buttons)
        list_layout.addWidget(self.list, 1)
        self.tabs.addTab(list_tab, "회의 목록")
        self.tabs.addTab(self.actions, "미완료 조치 사항")
        self.tabs.addTab(self.stats, "출석 통계")
        self.tabs.addTab(self.letters, "발송 대장")
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>회의</h2>"))
        layout.addWidget(self.tabs, 1)
        self.list.open_requested.connect(self.open_meeting)
        self.actions.open_meeting.connect(self.open_meeting)
        for key, slot in ((QKeySequence.StandardKey.New, self.new_meeting), (QKeySequence("Return"), self.open_selected),
                          (QKeySequence.StandardKey.Delete, self.delete_selected),
                          (QKeySequence.StandardKey.Print, self.print_minutes),
                          (QKeySequence("Ctrl+Shift+P"), self.print_signin)):
            QShortcut(key, self.list.table, activated=slot)
        self.refresh()

    def refresh(self) -> None:
        """Reload what the current tab shows (called when the section is shown)."""
        index = self.tabs.currentIndex()
        if index == LIST_TAB:
            self.list.fill_filters()
            self.list.reload()
        elif index == ACTIONS_TAB:
            self.actions.reload()
        elif index == LETTERS_TAB:
            self.letters.reload()
        else:
            self.stats.fill_bodies()
            self.stats.reload()

    def new_meeting(self) -> None:
        body_id = self.list.body_filter.currentData()
        meeting = self.service.new_meeting(body_id, date.today().isoformat())
        self._edit(meeting)

    def open_selected(self) -> None:
        ids = self.list.selected_ids()
        if ids:
            self.open_meeting(ids[0])

    def open_meeting(self, meeting_id: int) -> None:
        try:
            meeting = self.service.meeting(meeting_id)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error)
            return
        self._edit(meeting)

    def _edit(self, meeting: Meeting) -> None:
        saved = MeetingDialog.edit(self, self.workspace, meeting)
        self.refresh()
        if saved is not None and saved.id is not None:
            self.list.select_id(saved.id)
            self.message.setText(f"저장했습니다: {saved.display_title}")

    def delete_selected(self) -> None:
        ids = self.list.selected_ids()
        if not ids or not confirm(self, "회의 삭제", f"선택한 회의 {len(ids)}건을 삭제할까요? (Ctrl+Z로 되돌릴 수 있습니다)"):
            return
        self.service.delete(ids)
        self.refresh()
        self.message.setText(f"회의 {len(ids)}건을 삭제했습니다. Ctrl+Z로 되돌립니다.")

    def undo(self) -> None:
        """Ctrl+Z: bring back the meetings deleted last."""
        restored = self.service.undo_delete()
        if restored:
            self.refresh()
            self.message.setText(f"회의 {len(restored)}건을 되살렸습니다.")

    def _selected_meeting(self) -> int | None:
        ids = self.list.selected_ids()
        if not ids:
            self.message.setText("먼저 목록에서 회의를 고르세요.")
            return None
        return ids[0]

    def print_minutes(self) -> None:
        meeting_id = self._selected_meeting()
        if meeting_id is not None:
            preview_pdf(self, f"회의록 {meeting_id}", lambda path: print_minutes(self.workspace.db, meeting_id, path))

    def print_signin(self) -> None:
        meeting_id = self._selected_meeting()
        if meeting_id is not None:
            show = self.show_phones.isChecked()
            notice = signin_withheld(self.workspace.db, meeting_id).notice()
            preview_pdf(self, f"참석자 명부 {meeting_id}",
                        lambda path: print_signin(self.workspace.db, meeting_id, path, show_phones=show), notice)


    def show_history(self) -> None:
        """변경 이력 of the selected meeting (its attendees, agenda and actions included), with 되살리기."""
        meeting_id = self._selected_meeting()
        if meeting_id is None:
            return
        from seecodesk.gui.history.dialog import show_record_history

        title = self.service.require(meeting_id).display_title
        if show_record_history(self, self.workspace, "meetings", meeting_id, title):
            self.refresh()


def create_page(workspace: Workspace, parent: QWidget | None = None) -> QWidget:
    """The 회의 section's page."""
    return MeetingsPage(workspace, parent)
