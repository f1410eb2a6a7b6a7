"""One consulting session: date, hours, place or online, what was covered, fee, and both sign-offs."""

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from seecodesk.core.consulting import Session
from seecodesk.gui.widgets.form_dialog import GuardedDialog, form_names, lay_out_form, save_or_show_error


def date_edit(value: str) -> QDateEdit:
    """A calendar date box showing `value` (today when blank)."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    day = QDate.fromString(value, "yyyy-MM-dd")
    edit.setDate(day if day.isValid() else QDate.currentDate())
    return edit


class SessionDialog(GuardedDialog):
    """Edit a session record; `saved` is the stored session after 저장."""

    def __init__(self, parent: QWidget | None, session: Session, save) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setWindowTitle("상담 기록")
        self.session, self._save = session, save
        self.saved: Session | None = None
        self.held_on = date_edit(session.held_on)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 24)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(" 시간")
        self.hours.setValue(session.hours)
        self.place = QLineEdit(session.place)
        self.place.setPlaceholderText("예: 멘토 기업 사무실")
        self.online = QCheckBox("온라인(&O)")
        self.online.setChecked(session.online)
        self.topics = QPlainTextEdit(session.topics)
        self.topics.setTabChangesFocus(True)
        self.fee = QSpinBox()
        self.fee.setRange(0, 10_000_000)
        self.fee.setSingleStep(10_000)
        self.fee.setGroupSeparatorShown(True)
        self.fee.setSuffix(" 원")
        self.fee.setValue(session.fee)
        self.paid = QCheckBox("지급함")
        self.paid.setChecked(bool(session.paid_on))
        self.paid_on = date_edit(session.paid_on or session.held_on)
        self.paid_on.setEnabled(self.paid.isChecked())
        self.paid.toggled.connect(self.paid_on.setEnabled)
        self.mentor_signed = QCheckBox("멘토 확인(서명)")
        self.mentor_signed.setChecked(session.mentor_signed)
        self.mentee_signed = QCheckBox("멘티 확인(서명)")
        self.mentee_signed.setChecked(session.mentee_signed)
        self._layout()
        self.remember_unchanged()

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow("날짜(&D)", self.held_on)
        form.addRow("시간(&H)", self.hours)
        place_row = QHBoxLayout()
        place_row.addWidget(self.place, 1)
        place_row.addWidget(self.online)
        place_label = QLabel("장소(&P)")
        place_label.setBuddy(self.place)  # a row of two widgets has no buddy of its own: the '&' would show
        form.addRow(place_label, place_row)
        form.addRow("다룬 내용(&T)", self.topics)
        paid_row = QHBoxLayout()
        paid_row.addWidget(self.paid)
        paid_row.addWidget(self.paid_on)
        form.addRow("컨설팅비(&F)", self.fee)
        form.addRow("지급", paid_row)
        signs = QHBoxLayout()
        signs.addWidget(self.mentor_signed)
        signs.addWidget(self.mentee_signed)
        form.addRow("확인", signs)
        self.error = lay_out_form(self, form, self.save)

    def collect(self) -> Session:
        return replace(self.session, held_on=self.held_on.date().toString("yyyy-MM-dd"), hours=self.hours.value(),
                       place=self.place.text(), online=self.online.isChecked(), topics=self.topics.toPlainText(),
                       fee=self.fee.value(),
                       paid_on=self.paid_on.date().toString("yyyy-MM-dd") if self.paid.isChecked() else "",
                       mentor_signed=self.mentor_signed.isChecked(), mentee_signed=self.mentee_signed.isChecked())

    def save(self) -> None:
        def store() -> None:
            self.saved = self._save(self.collect())

        save_or_show_error(self, self.error, store, form_names(self, {"held_on": self.held_on, "place": self.place, "topics": self.topics, "paid_on": self.paid_on}))

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, save) -> Session | None:  # type: ignore[no-untyped-def]
        dialog = cls(parent, session, save)
        return dialog.saved if dialog.exec() == QDialog.DialogCode.Accepted else None
