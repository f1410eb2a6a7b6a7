"""The right-hand card of the selected organisation: who, what, where, how they are doing, and its people.

Nonsan's "minimum knowledge" of a member — 이름, 기업명, 뭘 하는지, 어디 있는지, 요즘 어떤지 — read at a glance;
editing happens in the organisation form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.dates import paper_date

if TYPE_CHECKING:
    from seecodesk.core.members import Organisation, Person


def escape(text: str) -> str:
    """`text` safe inside the card's rich text, a long run without spaces (a pasted address, 가나다… ×2,000)
    given a place to wrap every 10 characters (an e-mail or web address under 40 stays as typed, for copying):
    unbroken, it widened the card past its panel, and every line beside it with it."""
    import re
    from html import escape as escape_html  # loaded with the first card, after the first paint

    def breakable(run: re.Match[str]) -> str:
        word = run.group()
        return "\u200b".join(word[i:i + 10] for i in range(0, len(word), 10))

    return escape_html(re.sub(r"\S{40,}", breakable, text))


def day(value: str) -> str:
    """A stored date in the window's style ('2026. 3. 5.(목)'), escaped; text that is not a date is kept."""
    return escape(paper_date(value))


def _row(label: str, value: str) -> str:
    return f"<tr><td style='color:#555; padding-right:10px'>{label}</td><td>{value}</td></tr>" if value else ""


def _dues_text(org: Organisation) -> str:
    return "<br>".join(f"{d.year}년 {d.amount:,}원 · " + (f"{day(d.paid_on)} 납부" if d.paid_on else
                       "<span style='color:#b00020'>미납</span>") for d in org.dues)


def _membership_text(org: Organisation) -> str:
    periods = [f"{day(p.joined_on)} 가입" + (f" ~ {day(p.left_on)} 탈퇴" if p.left_on else "") for p in org.memberships]
    return "<br>".join([f"<b>{org.membership_status}</b>", *periods])


def organisation_html(org: Organisation) -> str:
    """The card as rich text; every user-typed value is escaped."""
    e = escape
    designations = "<br>".join(
        e(" ".join(x for x in (d.kind, f"({d.subtype})" if d.subtype else "", d.number,
                                f"{paper_date(d.designated_on)} 지정" if d.designated_on else "") if x))
        for d in org.designations)
    contact = " · ".join(e(x) for x in (org.phone, f"팩스 {org.fax}" if org.fax else "") if x)
    rows = "".join((
        _row("법인형태", e(org.legal_form) + (" · 지원기관" if org.is_support_body else "")),
        _row("인증·지정", designations), _row("대표자", e(org.representative)),
        _row("사업자번호", e(org.business_number)), _row("법인번호", e(org.corporation_number)),
        _row("업종", e(org.industry)), _row("주 사업분야", e(org.service_field)), _row("설립일", day(org.founded_on)),
        _row("주소", e(org.address) + (f" ({e(org.district)})" if org.district else "")),
        _row("전화", contact), _row("이메일", e(org.email)), _row("홈페이지", e(org.homepage)),
        _row("회원", _membership_text(org)), _row("회비", _dues_text(org)),
    ))
    news = (f"<p style='background:#fff8e1; padding:6px'><b>요즘 소식</b><br>{e(org.news).replace(chr(10), '<br>')}</p>"
            if org.news else "")
    return f"<h2 style='margin-bottom:4px'>{e(org.name)}</h2>{news}<table cellspacing='3'>{rows}</table>"


def person_line(person: Person) -> str:
    """'한도윤 · 대표 · 010-1234-5678 · 회장' as the people list shows it."""
    current_roles = [r.role for r in person.roles if not r.ended_on]
    parts = [person.name, person.title, person.mobile or person.phone, ", ".join(current_roles),
             "단톡방" if person.in_group_chat else ""]
    return " · ".join(p for p in parts if p)


class OrganisationDetail(QWidget):
    """The selected organisation's card, an 수정 button and the list of its people."""

    edit_requested = Signal()
    add_person_requested = Signal()
    edit_person_requested = Signal(int)
    delete_person_requested = Signal(int)
    history_requested = Signal()
    person_history_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = QLabel()
        self.card.setObjectName("organisationCard")
        self.card.setWordWrap(True)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card.setContentsMargins(8, 4, 8, 4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.card)
        self.edit_button = QPushButton("회원사 정보 수정…")
        self.edit_button.setToolTip("기업명, 인증·지정, 회원 기간, 회비 등을 고칩니다 (Enter)")
        self.edit_button.clicked.connect(self.edit_requested)
        self.history_button = QPushButton("변경 이력…")
        self.history_button.setToolTip("이 회원사와 인증·회원 기간·회비가 언제 어떻게 바뀌었는지 봅니다")
        self.history_button.clicked.connect(self.history_requested)
        self.people_list = QListWidget()
        self.people_list.setObjectName("organisationPeople")
        self.people_list.itemActivated.connect(self._edit_current_person)
        people_box = QGroupBox("사람")
        box_layout = QVBoxLayout(people_box)
        box_layout.addWidget(self.people_list)
        buttons = QHBoxLayout()
        self.add_person_button = QPushButton("사람 추가…")
        self.edit_person_button = QPushButton("수정…")
        self.delete_person_button = QPushButton("삭제")
        self.person_history_button = QPushButton("이력…")
        self.person_history_button.setToolTip("고른 사람의 변경 이력")
        self.person_history_button.clicked.connect(self._current_person_history)
        self.add_person_button.clicked.connect(self.add_person_requested)
        self.edit_person_button.clicked.connect(self._edit_current_person)
        self.delete_person_button.clicked.connect(self._delete_current_person)
        for button in (self.add_person_button, self.edit_person_button, self.delete_person_button,
                       self.person_history_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box_layout.addLayout(buttons)
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.people_list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete_current_person)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 3)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button, 1)
        edit_row.addWidget(self.history_button)
        layout.addLayout(edit_row)
        layout.addWidget(people_box, 1)
        self.show_organisation(None, [])

    def show_organisation(self, org: Organisation | None, people: list[Person]) -> None:
        """Show `org` (None: the hint to pick one) and its people."""
        self.card.setText(organisation_html(org) if org else
                          "<p style='color:#555'>왼쪽 목록에서 회원사를 고르면 여기에 자세한 정보가 나옵니다.<br>"
                          "새 회원사는 Ctrl+N으로 추가합니다.</p>")
        self.people_list.clear()
        for person in people:
            item = QListWidgetItem(person_line(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.people_list.addItem(item)
        for widget in (self.edit_button, self.add_person_button, self.edit_person_button, self.delete_person_button,
                       self.history_button, self.person_history_button):
            widget.setEnabled(org is not None)

    def current_person_id(self) -> int | None:
        item = self.people_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _edit_current_person(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self.edit_person_requested.emit(person_id)

    def _current_person_history(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self.person_history_requested.emit(person_id)

    def _delete_current_person(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self.delete_person_requested.emit(person_id)
