"""The meeting editor: header (Designer form), roll call, agenda and minutes, action items, attachments.

Ctrl+S saves and stays open, Ctrl+Enter saves and closes, Ctrl+P previews the minutes. On bad input
the dialog stays open with everything typed, and the Korean message names what to fix.
"""

from dataclasses import replace

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.errors import ValidationErrors
from seecodesk.core.josa import josa
from seecodesk.core.meetings import MEETING_KINDS, PLACE_LENGTH, Meeting
from seecodesk.core.minutes_checks import minutes_problems
from seecodesk.gui.forms.ui_meeting_header import Ui_MeetingHeader
from seecodesk.gui.meetings.action_table import ActionTable
from seecodesk.gui.meetings.agenda import AgendaEditor
from seecodesk.gui.meetings.roll_call import RollCall
from seecodesk.gui.meetings.side_dialogs import AttachmentPanel, CarryOverDialog, ask_task_target, preview_pdf
from seecodesk.gui.messages import confirm, show_error
from seecodesk.gui.widgets.form_dialog import form_names
from seecodesk.gui.widgets.screen_fit import fit_to_screen
from seecodesk.reports.minutes import write_minutes
from seecodesk.reports.signin import write_signin
from seecodesk.services import meeting_files
from seecodesk.services.meeting_print import minutes_sheet, signin_sheet
from seecodesk.services.meeting_tasks import action_to_task, plan_choices
from seecodesk.services.meetings import MeetingService
from seecodesk.services.notices import meeting_chat_notice, print_notice
from seecodesk.services.workspace import Workspace

ROLL_TAB, AGENDA_TAB, ACTIONS_TAB, FILES_TAB, NOTES_TAB = range(5)
_FIELD_NAMES = {"kind": "회의 종류", "date": "날짜", "start_time": "시작 시각", "end_time": "끝 시각", "number": "회차",
                "title": "회의 제목", "place": "장소", "link": "온라인 회의 주소", "notes": "메모", "attendees": "참석자",
                "actions": "조치 사항"}


class MeetingDialog(QDialog):
    """Edit one meeting; `saved` holds the stored version after a save."""

    def __init__(self, workspace: Workspace, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = MeetingService(workspace.db)
        self.meeting = meeting
        self.saved: Meeting | None = None
        self._dirty = False
        self._loading = True
        self.setLocale(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))
        people = self.service.people()
        self.bodies = self.service.bodies()
        self.header_widget = QWidget()
        self.header = Ui_MeetingHeader()
        self.header.setupUi(self.header_widget)
        self.roll_call = RollCall(people)
        self.agenda = AgendaEditor(people)
        self.actions = ActionTable(people, self.bodies)
        self.files = AttachmentPanel(self._add_file, self._remove_file, self._file_path)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText("기타 메모 (회의록 '논의 내용' 끝에 인쇄됩니다)")
        self.notes.setTabChangesFocus(True)
        self.tabs = QTabWidget()
        for widget, label in ((self.roll_call, "출석(&1)"), (self.agenda, "안건·회의록(&2)"),
                              (self.actions, "조치 사항(&3)"), (self.files, "첨부(&4)"), (self.notes, "메모(&5)")):
            self.tabs.addTab(widget, label)
        self._fill_choices(people)
        self._build_buttons()
        self.problems_label = QLabel()
        self.problems_label.setObjectName("minutesProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet("background: #fff4d6; color: #7a4b00; padding: 4px 6px;")
        self.problems_label.hide()
        self._quorum = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_widget)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.button_row)
        self.load(meeting)
        self._connect()
        self.resize(1000, 720)
        fit_to_screen(self)

    def _fill_choices(self, people: list) -> None:  # type: ignore[type-arg]
        h = self.header
        h.kindCombo.addItems(list(MEETING_KINDS))
        h.bodyCombo.addItem("(협의회 전체)", None)
        for body_id, name, _kind in self.bodies:
            h.bodyCombo.addItem(name, body_id)
        for combo in (h.chairCombo, h.recorderCombo):
            combo.addItem("(없음)", None)
            for person in people:
                combo.addItem(f"{person.name} · {person.organisation or person.affiliation}", person.person_id)

    def _build_buttons(self) -> None:
        self.show_phones = QCheckBox("명부에 연락처 모두 표시")
        self.button_row = QHBoxLayout()
        for label, slot, key in (("회의록 미리보기(&P)", self.preview_minutes, "Ctrl+P"),
                                 ("참석자 명부 미리보기", self.preview_signin, None),
                                 ("안내문 복사", self.copy_notice, "Ctrl+Shift+C"),
                                 ("안내 공문…", self.print_notice_letter, None)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            button.setAutoDefault(False)  # Enter in a field saves; it used to open this preview
            self.button_row.addWidget(button)
            if key:
                QShortcut(QKeySequence(key), self, activated=slot)
        self.button_row.addWidget(self.show_phones)
        self.button_row.addStretch(1)
        for label, slot in (("저장(&S)", self.save), ("저장 후 닫기", self.save_and_close), ("닫기", self.reject)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            button.setAutoDefault(False)
            button.setDefault(slot == self.save)  # Enter saves and keeps the meeting open
            self.button_row.addWidget(button)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.save_and_close)
        self.notice_message = QLabel()
        self.notice_message.setObjectName("notice_message")
        self.button_row.insertWidget(self.button_row.count() - 3, self.notice_message)

    def _connect(self) -> None:
        h = self.header
        h.bodyCombo.currentIndexChanged.connect(self._body_changed)
        h.dateEdit.dateChanged.connect(lambda _d: self._update_quorum())
        h.dateEdit.dateChanged.connect(lambda _d: self._suggest_number())
        h.kindCombo.currentIndexChanged.connect(lambda _i: self._suggest_number())
        for signal in (h.kindCombo.currentIndexChanged, h.numberSpin.valueChanged, h.titleEdit.textEdited,
                       h.dateEdit.dateChanged, h.startEdit.timeChanged, h.endEdit.timeChanged, h.onlineCheck.toggled,
                       h.placeEdit.textEdited, h.linkEdit.textEdited, h.chairCombo.currentIndexChanged,
                       h.recorderCombo.currentIndexChanged, self.roll_call.changed, self.agenda.changed,
                       self.actions.changed, self.notes.textChanged):
            signal.connect(self._mark_dirty)
        h.onlineCheck.toggled.connect(h.linkEdit.setEnabled)
        h.placeEdit.inputRejected.connect(self._place_full)
        self.roll_call.changed.connect(self._update_quorum)
        self.agenda.changed.connect(self._update_problems)
        self.roll_call.reload_requested.connect(self.reload_roster)
        self.agenda.carry_over_requested.connect(self.offer_carry_over)
        self.actions.make_task_requested.connect(self.make_task)

    def load(self, meeting: Meeting) -> None:
        """Show `meeting` in every part of the editor."""
        self._loading = True
        self.meeting = meeting
        h = self.header
        h.kindCombo.setCurrentText(meeting.kind)
        h.bodyCombo.setCurrentIndex(max(0, h.bodyCombo.findData(meeting.body_id)) if meeting.body_id else 0)
        h.numberSpin.setValue(meeting.number or 0)
        h.titleEdit.setText(meeting.title)
        h.titleEdit.setPlaceholderText(meeting.display_title)
        h.dateEdit.setDate(QDate.fromString(meeting.date, "yyyy-MM-dd"))
        for edit, value in ((h.startEdit, meeting.start_time), (h.endEdit, meeting.end_time)):
            edit.setTime(QTime.fromString(value or "00:00", "HH:mm"))
        h.onlineCheck.setChecked(meeting.online)
        h.linkEdit.setEnabled(meeting.online)
        # Qt lays a one-line field out again on every key, so a 10,000-character 장소 made each key take tens of
        # milliseconds and Esc or 저장 waited behind the typing; a stored longer place is still shown whole.
        h.placeEdit.setMaxLength(max(PLACE_LENGTH, len(meeting.place)))
        h.placeEdit.setText(meeting.place)
        h.linkEdit.setText(meeting.link)
        for combo, person_id in ((h.chairCombo, meeting.chair_id), (h.recorderCombo, meeting.recorder_id)):
            combo.setCurrentIndex(max(0, combo.findData(person_id)) if person_id else 0)
        self.roll_call.set_attendees(meeting.attendees)
        self.agenda.set_items(meeting.agenda)
        self.actions.set_actions(meeting.actions)
        self.files.set_attachments(meeting.attachments)
        self.notes.setPlainText(meeting.notes)
        self.files.setEnabled(meeting.id is not None)
        self.setWindowTitle(f"회의 — {meeting.display_title}" if meeting.id else "새 회의")
        self._implied_kind = self.service.kind_for_body(meeting.body_id)
        self._suggested_number = meeting.number or 0
        self._loading = False
        self._dirty = meeting.id is None
        self._update_quorum()

    def current_meeting(self) -> Meeting:
        """The meeting as the editor shows it now (not saved)."""
        h = self.header
        times = [e.time().toString("HH:mm") for e in (h.startEdit, h.endEdit)]
        return replace(self.meeting, kind=h.kindCombo.currentText(), body_id=h.bodyCombo.currentData(),
                       body_name=h.bodyCombo.currentText() if h.bodyCombo.currentData() else "",
                       number=h.numberSpin.value() or None, title=h.titleEdit.text(),
                       date=h.dateEdit.date().toString("yyyy-MM-dd"),
                       start_time="" if times[0] == "00:00" else times[0], end_time="" if times[1] == "00:00" else times[1],
                       online=h.onlineCheck.isChecked(), place=h.placeEdit.text(), link=h.linkEdit.text(),
                       chair_id=h.chairCombo.currentData(), recorder_id=h.recorderCombo.currentData(),
                       attendees=self.roll_call.attendees(), agenda=self.agenda.items(),
                       actions=self.actions.actions(), notes=self.notes.toPlainText())

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self.header.titleEdit.setPlaceholderText(self.current_meeting().display_title)

    def _place_full(self) -> None:
        self.notice_message.setText(f"장소는 {PLACE_LENGTH:,}자까지 적을 수 있습니다.")

    def _body_changed(self, _index: int) -> None:
        if self._loading:
            return
        meeting = self.current_meeting()
        if meeting.body_id is not None and all(a.status == "invited" for a in meeting.attendees):
            self.reload_roster()
        if meeting.id is None:
            self._follow_body_kind(meeting.body_id)
            self._suggest_number(force=True)
        self._update_quorum()

    def _follow_body_kind(self, body_id: int | None) -> None:
        """A new meeting's 종류 follows its 기구 (a 분과 meets in 분과모임) unless the user chose another 종류."""
        kinds = self.header.kindCombo
        if kinds.currentText() == self._implied_kind:
            self._implied_kind = self.service.kind_for_body(body_id)
            kinds.setCurrentText(self._implied_kind)

    def _suggest_number(self, force: bool = False) -> None:
        """A new meeting's 회차 is the next of its 기구, 종류 and year, until the user types another."""
        meeting = self.current_meeting()
        spin = self.header.numberSpin
        if self._loading or meeting.id is not None or not (force or spin.value() == self._suggested_number):
            return
        on, kind = meeting.date, meeting.kind
        self._suggested_number = self.service.next_number(meeting.body_id, on, kind) if meeting.body_id else 0
        spin.setValue(self._suggested_number)

    def reload_roster(self) -> None:
        """Fill the roll call with the body's current members, keeping statuses already set and guests."""
        meeting = self.current_meeting()
        if meeting.body_id is None:
            return
        self.roll_call.set_attendees(self.service.invitees_from_roster(meeting.body_id, meeting.date,
                                                                       keep=meeting.attendees))
        self._mark_dirty()
        self._update_quorum()

    def _update_quorum(self) -> None:
        if self._loading:
            return
        result = self.service.quorum(self.current_meeting())
        label = self.header.quorumLabel
        label.setText(result.text if result else "")
        label.setStyleSheet("" if result is None or result.met else "color: #b00020;")
        self._quorum = result
        self._update_problems()

    def _update_problems(self, *_args: object) -> None:
        """Show what contradicts itself (decisions without a quorum, too many votes) while it is typed."""
        if self._loading:
            return
        problems = minutes_problems(self.current_meeting(), self._quorum)
        self.problems_label.setText("\n".join(f"※ {p}" for p in problems))
        self.problems_label.setVisible(bool(problems))

    def offer_carry_over(self) -> None:
        meeting = self.current_meeting()
        candidates = self.service.carry_over_candidates(meeting)
        if not candidates:
            QMessageBox.information(self, "이월 안건", "이월할 미완료 조치 사항이 없습니다 (같은 기구의 이전 회의 기준).")
            return
        chosen = CarryOverDialog.ask(self, candidates)
        if chosen:
            self.agenda.set_items(self.service.carry_over(meeting, chosen).agenda)
            self._mark_dirty()

    def make_task(self, row: int) -> None:
        """Turn the action item on `row` into a plan task (the meeting is saved first)."""
        if not self.save():
            return
        action = self.meeting.actions[row]
        plans = plan_choices(self.workspace.db)
        target = ask_task_target(self, plans) if plans else (None, None)
        if target is None or action.id is None:
            return
        try:
            task_id = action_to_task(self.workspace.db, action.id, *target)
        except Exception as error:  # noqa: BLE001 - shown to the user
            show_error(self, error, "과제 만들기")
            return
        self.actions.link_task(row, task_id)
        self.meeting.actions[row].task_id = task_id

    def save(self) -> bool:
        """Validate and store; on an error the dialog keeps everything typed."""
        try:
            stored = self.service.save(self.current_meeting())
        except Exception as error:  # noqa: BLE001 - Korean message or crash dialog
            if isinstance(error, ValidationErrors) and "agenda" in error.errors:
                self.agenda.point_at_problem()  # the item comes forward, the cursor on what to fix
            h = self.header
            names = form_names(self.header_widget, {"title": h.titleEdit, "place": h.placeEdit, "date": h.dateEdit})
            show_error(self, error, "저장할 수 없습니다", {**_FIELD_NAMES, **names})
            return False
        self.saved = stored
        self.load(stored)
        return True

    def save_and_close(self) -> None:
        if self.save():
            self.accept()

    def reject(self) -> None:
        """닫기, Esc and the window's close button all come here (QDialog's closeEvent calls reject): ask once."""
        if self._dirty and not confirm(self, "저장하지 않은 변경", "저장하지 않은 내용이 있습니다. 버리고 닫을까요?"):
            return
        super().reject()

    def preview_minutes(self) -> None:
        sheet = minutes_sheet(self.workspace.db, self.current_meeting())
        preview_pdf(self, f"회의록 {sheet.meeting.display_title}", lambda path: write_minutes(path, sheet),
                    warnings=minutes_problems(sheet.meeting, sheet.quorum))

    def copy_notice(self) -> None:
        """안내문 복사: the notice for the group chat (단톡방) onto the clipboard, ready to paste."""
        text = meeting_chat_notice(self.workspace.db, self.current_meeting())
        QApplication.clipboard().setText(text)
        self.notice_message.setText("안내문을 복사했습니다. 단톡방에 붙여 넣으세요.")

    def print_notice_letter(self) -> None:
        """The 개최 안내 공문, numbered in the 발송 대장 (the meeting is saved first)."""
        if self.meeting.id is None or self._dirty:
            if not self.save():
                return
        meeting_id = self.meeting.id or 0
        holder: list[str] = []

        def write(path: str) -> None:
            holder.append(print_notice(self.workspace.db, meeting_id, path).number)

        preview_pdf(self, f"안내 공문 {self.meeting.display_title}", write)
        if holder:
            self.notice_message.setText(f"발송 대장에 {holder[0]}{josa(holder[0], '으로')} 기록했습니다.")

    def preview_signin(self) -> None:
        sheet, withheld = signin_sheet(self.workspace.db, self.current_meeting(), self.show_phones.isChecked())
        preview_pdf(self, f"참석자 명부 {sheet.meeting.display_title}", lambda path: write_signin(path, sheet),
                    withheld.notice())

    def _add_file(self, path: str):  # type: ignore[no-untyped-def]
        return meeting_files.add_attachment(self.workspace.db, self.workspace.data_folder, self.meeting.id or 0, path)

    def _remove_file(self, attachment_id: int) -> None:
        meeting_files.remove_attachment(self.workspace.db, self.workspace.data_folder, attachment_id)

    def _file_path(self, attachment):  # type: ignore[no-untyped-def]
        return meeting_files.attachment_path(self.workspace.data_folder, self.meeting.id or 0, attachment)

    @classmethod
    def edit(cls, parent: QWidget | None, workspace: Workspace, meeting: Meeting) -> Meeting | None:
        """Open the editor; the stored meeting when something was saved, else None."""
        dialog = cls(workspace, meeting, parent)
        dialog.exec()
        return dialog.saved
