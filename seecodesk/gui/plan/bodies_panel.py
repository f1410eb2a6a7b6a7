"""Bodies (분과, TFT, 이사회 …): a list, and an editor for name, kind, purpose, cadence, notes and
members with their role, term and period (anyone in the directory, e.g. a city official)."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.bodies import CADENCE_PERIODS, MEMBER_ROLES, Body, BodyMember
from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.josa import josa
from seecodesk.core.vocab import BODY_KINDS
from seecodesk.gui.members.record_table import CellSpec, RecordTable
from seecodesk.gui.messages import confirm, show_error
from seecodesk.services.bodies import BodyService

_FIELD_NAMES = {"name": "이름", "purpose": "목적", "cadence": "모임 주기", "notes": "메모", "members": "구성원"}


class BodiesPanel(QWidget):
    """List of bodies with an editor beside it."""

    def __init__(self, service: BodyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.current: Body | None = None
        self._shown: tuple[object, ...] = ()  # the form as loaded, to tell typed changes from none
        self.list = QListWidget()
        self.list.setAccessibleName("분과·기구 목록")
        self.list.currentItemChanged.connect(self._selection_changed)
        new_button, delete_button = QPushButton("새 분과·기구(&W)"), QPushButton("삭제")
        new_button.clicked.connect(self.new_body)
        delete_button.clicked.connect(self.delete_body)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(delete_button)
        left.addLayout(buttons)
        left_box = QWidget()
        left_box.setLayout(left)
        splitter = QSplitter()
        splitter.addWidget(left_box)
        splitter.addWidget(self._editor())
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _editor(self) -> QWidget:
        box = QWidget()
        form = QFormLayout()
        self.name, self.kind, self.purpose = QLineEdit(), QComboBox(), QLineEdit()
        self.kind.addItems(list(BODY_KINDS))
        self.cadence, self.cadence_period, self.notes = QLineEdit(), QComboBox(), QPlainTextEdit()
        for key, label in CADENCE_PERIODS.items():
            self.cadence_period.addItem(label, key)
        self.cadence.setPlaceholderText("예: 매월 둘째 주 화요일")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.chair, self.tasks = QLabel(), QLabel()
        self.tasks.setWordWrap(True)
        cadence_row = QHBoxLayout()
        cadence_row.addWidget(self.cadence_period)
        cadence_row.addWidget(self.cadence, 1)
        for label, widget in (("이름(&N)", self.name), ("종류(&K)", self.kind), ("목적(&P)", self.purpose)):
            form.addRow(label, widget)
        cadence_label = QLabel("모임 주기(&C)")
        cadence_label.setBuddy(self.cadence_period)
        form.addRow(cadence_label, cadence_row)
        form.addRow("메모", self.notes)
        form.addRow("대표", self.chair)
        form.addRow("담당 과제", self.tasks)
        self.members_table = QTableWidget()
        self.members_table.setAccessibleName("구성원")
        add, remove, save = QPushButton("구성원 추가(&A)"), QPushButton("구성원 빼기"), QPushButton("저장(&S)")
        self._people = self.service.people_choices()
        self._person_ids = {label: pid for pid, label in self._people}
        self.members = RecordTable(self.members_table, add, remove, [
            CellSpec("사람 (회원 아니어도 됨)", choices=tuple(self._person_ids), width=240),
            CellSpec("역할", choices=MEMBER_ROLES, width=90), CellSpec("임기", width=60),
            CellSpec("시작일", width=95), CellSpec("종료일", width=95)], new_row=["", "위원", "", "", ""])
        save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        for button in (add, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(save)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addWidget(QLabel("구성원 — 분과장·팀장은 역할과 임기(예: 2021)로 적습니다"))
        layout.addWidget(self.members_table, 1)
        layout.addLayout(buttons)
        return box

    def refresh(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else (self.current.id if self.current else None)
        self.list.blockSignals(True)
        self.list.clear()
        for body in self.service.bodies():
            item = QListWidgetItem(f"{body.name} ({body.kind})")
            item.setData(Qt.ItemDataRole.UserRole, body.id)
            self.list.addItem(item)
            if body.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_selected()

    def _selection_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        kept = self._keep_typed()
        if kept is None:  # 취소: stay on the body being edited, once the click has finished selecting
            QTimer.singleShot(0, lambda: self._reselect(previous))
        elif kept:
            self.refresh(current.data(Qt.ItemDataRole.UserRole))
        else:
            self._show_selected()

    def _reselect(self, item: QListWidgetItem | None) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(item)  # current and highlighted again
        self.list.blockSignals(False)

    def _form_state(self) -> tuple[object, ...]:
        return (self.name.text(), self.kind.currentText(), self.purpose.text(), self.cadence.text(),
                self.cadence_period.currentData(), self.notes.toPlainText(), self.members.rows())

    def _keep_typed(self) -> bool | None:
        """Before the form shows another body: what was typed is saved (True), dropped (False) or the
        move is called off (None). Nothing typed: False, without asking."""
        if self.current is None or self._form_state() == self._shown:
            return False
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton
        name = self.name.text().strip() or "새 분과·기구"
        answer = QMessageBox.question(self, "분과·기구", f"'{name}'에 저장하지 않은 내용이 있습니다. 저장할까요?",
                                      buttons.Yes | buttons.No | buttons.Cancel, buttons.Yes)
        if answer == buttons.No:
            return False
        if answer != buttons.Yes:
            return None
        try:
            self.service.save(self.body_from_form())
        except SeeCoDeskError as error:
            show_error(self, error, "분과·기구 저장")
            return None
        return True

    def _show_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.load(self.service.body(item.data(Qt.ItemDataRole.UserRole)))

    def load(self, body: Body) -> None:
        self.current = body
        self.name.setText(body.name)
        self.kind.setCurrentText(body.kind)
        self.purpose.setText(body.purpose)
        self.cadence.setText(body.cadence)
        self.cadence_period.setCurrentIndex(max(0, self.cadence_period.findData(body.cadence_period)))
        self.notes.setPlainText(body.notes)
        self.chair.setText(body.chair_label or "(정하지 않음)")
        tasks = self.service.tasks_of(body.id) if body.id else []
        by_plan: dict[str, list[str]] = {}
        for plan, code, title in tasks:
            by_plan.setdefault(plan, []).append(f"{code} {title}")
        self.tasks.setText("\n".join(f"{plan}: {', '.join(items)}" for plan, items in by_plan.items()) or "없음")
        labels = {pid: label for pid, label in self._people}
        self.members.set_rows([[labels.get(m.person_id, m.person_name), m.role, m.term, m.started_on, m.ended_on]
                               for m in body.members])
        self._shown = self._form_state()

    def body_from_form(self) -> Body:
        members = []
        for person, role, term, start, end in self.members.rows():
            if person not in self._person_ids:
                raise SeeCoDeskError(f"'{person}'{josa(person, '을')} 사람 목록에서 찾을 수 없습니다. 목록에서 골라 주세요.")
            members.append(BodyMember(self._person_ids[str(person)], str(role), str(term), str(start), str(end)))
        base = self.current or Body(name="")
        return Body(name=self.name.text(), kind=self.kind.currentText(), purpose=self.purpose.text(),
                    cadence=self.cadence.text(), cadence_period=self.cadence_period.currentData(),
                    notes=self.notes.toPlainText(), sort_order=base.sort_order, members=members, id=base.id)

    def save(self) -> None:
        try:
            saved = self.service.save(self.body_from_form())
        except SeeCoDeskError as error:
            show_error(self, error, "분과·기구 저장", _FIELD_NAMES)
            return
        self.refresh(saved.id)

    def new_body(self) -> None:
        kept = self._keep_typed()
        if kept is None:
            return
        if kept:
            self.refresh()  # the list shows the saved name
        self.list.clearSelection()
        self.load(Body(name="", kind="분과"))
        self.name.setFocus()

    def delete_body(self) -> None:
        if self.current is None or self.current.id is None:
            return
        if confirm(self, "분과·기구 삭제", f"'{self.current.name}'{josa(self.current.name, '을')} 지울까요? 담당 과제는 계획에 남고 담당만 비워집니다."):
            self.service.delete(self.current.id)
            self.current = None
            self.refresh()
