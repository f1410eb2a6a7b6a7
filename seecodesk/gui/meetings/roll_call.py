"""The roll call (출석부): the body's members and guests as a checklist with a status per person.

Ticking a name marks 참석; unticking marks 불참 (a 사유불참 stays as it is). The status column also
offers 지각 and 미정 (not decided yet, for a meeting still to come). The 회신 column keeps what each
person answered to the notice before the meeting (참석/불참/미정), so the roll call on the day shows
who said they would come.
"""

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.meetings import ATTENDEE_GROUPS, REPLIES, STATUS_LABELS, Attendee
from seecodesk.services.meetings import RosterMember

CHECK, NAME, ORGANISATION, GROUP, STATUS, REPLY = range(6)
REPLY_CHOICES = ("", *REPLIES)
NO_REPLY = "(회신 없음)"
STATUS_ORDER = ("present", "late", "excused", "absent", "invited")


class RollCall(QWidget):
    """Edits a meeting's invitee list; `attendees()` returns it as the table shows it."""

    changed = Signal()
    reload_requested = Signal()

    def __init__(self, people: list[RosterMember], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attendees: list[Attendee] = []
        self._people = {p.person_id: p for p in people}
        self._filling = False
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(["출석", "이름", "소속", "구분", "상태", "회신"])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._item_changed)
        self.summary = QLabel()
        self.person_picker = QComboBox()
        self.person_picker.setEditable(True)
        self.person_picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_picker.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.person_picker.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        for person in people:
            self.person_picker.addItem(f"{person.name} · {person.organisation or person.affiliation}", person.person_id)
        self.person_picker.setCurrentIndex(-1)
        self.person_picker.lineEdit().setPlaceholderText("명부에서 사람 찾기")
        buttons = QHBoxLayout()
        for label, slot, tip in (("추가", self.add_picked, "고른 사람을 초대 명단에 넣습니다"),
                                 ("외부 참석자", self.add_guest, "명부에 없는 사람 (이름은 표에서 입력)"),
                                 ("빼기", self.remove_selected, "선택한 줄을 명단에서 뺍니다"),
                                 ("모두 참석", self.mark_all_present, "미정인 사람을 모두 참석으로"),
                                 ("위원 다시 불러오기", self.reload_requested.emit, "기구의 현재 위원을 명단에 채웁니다")):
            button = QPushButton(label)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        picker_row = QHBoxLayout()
        picker_row.addWidget(self.person_picker, 1)
        picker_row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(picker_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)

    def set_attendees(self, attendees: list[Attendee]) -> None:
        """Show `attendees` (copies are kept; the caller's list is not changed)."""
        self._attendees = [replace(a) for a in attendees]
        self._fill()

    def attendees(self) -> list[Attendee]:
        """The invitees with their statuses, guests' names as typed."""
        return [replace(a) for a in self._attendees]

    def _fill(self) -> None:
        self._filling = True
        self.table.setRowCount(len(self._attendees))
        for row, attendee in enumerate(self._attendees):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            check.setCheckState(Qt.CheckState.Checked if attendee.attended else Qt.CheckState.Unchecked)
            self.table.setItem(row, CHECK, check)
            guest = attendee.person_id is None
            for column, value in ((NAME, attendee.name or attendee.guest_name),
                                  (ORGANISATION, attendee.organisation or attendee.guest_organisation)):
                item = QTableWidgetItem(value)
                if not guest:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                else:
                    item.setToolTip("외부 참석자: 두 번 눌러 고칩니다")
                self.table.setItem(row, column, item)
            self.table.setCellWidget(row, GROUP, self._combo(ATTENDEE_GROUPS, attendee.affiliation, row, GROUP))
            labels = [STATUS_LABELS[s] for s in STATUS_ORDER]
            self.table.setCellWidget(row, STATUS, self._combo(labels, STATUS_LABELS[attendee.status], row, STATUS))
            replies = [r or NO_REPLY for r in REPLY_CHOICES]
            self.table.setCellWidget(row, REPLY, self._combo(replies, attendee.reply or NO_REPLY, row, REPLY))
        self.table.resizeColumnToContents(CHECK)
        self._filling = False
        self._summarise()

    def _combo(self, choices: tuple[str, ...] | list[str], current: str, row: int, column: int) -> QComboBox:
        combo = QComboBox()
        combo.addItems(list(choices))
        combo.setCurrentText(current)
        combo.currentIndexChanged.connect(lambda _i, r=row, c=column: self._combo_changed(r, c))
        return combo

    def status_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, STATUS)  # type: ignore[return-value]

    def reply_combo(self, row: int) -> QComboBox:
        return self.table.cellWidget(row, REPLY)  # type: ignore[return-value]

    def _combo_changed(self, row: int, column: int) -> None:
        if self._filling or row >= len(self._attendees):
            return
        combo: QComboBox = self.table.cellWidget(row, column)  # type: ignore[assignment]
        if column == GROUP:
            self._attendees[row].affiliation = combo.currentText()
        elif column == REPLY:
            self._attendees[row].reply = REPLY_CHOICES[combo.currentIndex()]
        else:
            self._attendees[row].status = STATUS_ORDER[combo.currentIndex()]
            self._filling = True
            checked = Qt.CheckState.Checked if self._attendees[row].attended else Qt.CheckState.Unchecked
            self.table.item(row, CHECK).setCheckState(checked)
            self._filling = False
        self._summarise()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        attendee = self._attendees[item.row()]
        if item.column() == CHECK:
            ticked = item.checkState() == Qt.CheckState.Checked
            if ticked and not attendee.attended:
                attendee.status = "present"
            elif not ticked and attendee.attended:
                attendee.status = "absent"
            self._filling = True
            self.status_combo(item.row()).setCurrentIndex(STATUS_ORDER.index(attendee.status))
            self._filling = False
        elif item.column() == NAME:
            attendee.guest_name = attendee.name = item.text()
        elif item.column() == ORGANISATION:
            attendee.guest_organisation = attendee.organisation = item.text()
        self._summarise()

    def add_picked(self) -> None:
        """Invite the person chosen in the picker (once)."""
        person_id = self.person_picker.currentData()
        if person_id is None or any(a.person_id == person_id for a in self._attendees):
            return
        person = self._people[person_id]
        group = person.affiliation if person.affiliation in ATTENDEE_GROUPS else "기타"
        self._attendees.append(Attendee(person_id=person_id, name=person.name, organisation=person.organisation,
                                        title=person.title, affiliation=group))
        self.person_picker.setCurrentIndex(-1)
        self._fill()

    def add_guest(self, name: str = "") -> None:
        """A guest row; the name is typed in the table."""
        self._attendees.append(Attendee(guest_name=name or "", name=name or "", affiliation="기타"))
        self._fill()
        self.table.setCurrentCell(len(self._attendees) - 1, NAME)
        if not name:
            self.table.editItem(self.table.item(len(self._attendees) - 1, NAME))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            del self._attendees[row]
        if rows:
            self._fill()

    def mark_all_present(self) -> None:
        for attendee in self._attendees:
            if attendee.status == "invited":
                attendee.status = "present"
        self._fill()

    def _summarise(self) -> None:
        came = sum(a.attended for a in self._attendees)
        total = len(self._attendees)
        decided = sum(a.status != "invited" for a in self._attendees)
        undecided = total - decided
        if undecided and decided:  # a rate over the answers only would read 100% while some have not answered
            rate = f" (응답 {decided}명 중 {came / decided:.0%}) · 미정 {undecided}명"
        elif undecided:
            rate = f" · 미정 {undecided}명"
        else:
            rate = f" ({came / decided:.0%})" if decided else ""
        replies = " · ".join(f"{r} {sum(a.reply == r for a in self._attendees)}" for r in REPLIES)
        waiting = sum(not a.reply for a in self._attendees)
        self.summary.setText(f"초대 {total}명 · 참석 {came}명{rate}    회신: {replies} · 무응답 {waiting}")
        if not self._filling:
            self.changed.emit()
