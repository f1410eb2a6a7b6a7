"""The 사람 tab: everyone the network deals with, including people with no member organisation
(시청 주무관, 지원센터 직원, 연구진), searchable like the directory."""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.vocab import AFFILIATIONS
from seecodesk.gui.members.table_model import Column, FilteredTableModel

PersonBrief = dict[str, Any]
NO_ORGANISATION = "(소속 기관 없음)"
COLUMNS: tuple[Column[PersonBrief], ...] = (
    Column("이름", lambda p: p["name"]),
    Column("소속 기관", lambda p: p["organisation"] or "—"),
    Column("소속 구분", lambda p: p["affiliation"]),
    Column("직함", lambda p: p["title"]),
    Column("휴대전화", lambda p: p["mobile"]),
    Column("전화", lambda p: p["phone"]),
    Column("이메일", lambda p: p["email"]),
)
COLUMN_WIDTHS = (90, 210, 80, 170, 120, 115, 190)


class PeopleView(QWidget):
    """Search, a 소속 filter and the table of all people, with add/edit/delete buttons."""

    add_requested = Signal()
    edit_requested = Signal(int)
    delete_requested = Signal(int)
    history_requested = Signal(int)
    import_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: FilteredTableModel[PersonBrief] = FilteredTableModel(
            COLUMNS, lambda p: (p["name"], p["organisation"], p["title"], p["affiliation"], p["mobile"], p["phone"], p["email"]),
            self)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("peopleSearch")
        self.search_edit.setPlaceholderText("검색: 이름·소속·직함·연락처, 초성도 됩니다   Ctrl+F")
        self.search_edit.setClearButtonEnabled(True)
        self.affiliation_filter = QComboBox()
        self.affiliation_filter.addItem("모든 소속", "")
        for affiliation in AFFILIATIONS:
            self.affiliation_filter.addItem(affiliation, affiliation)
        self.affiliation_filter.addItem(NO_ORGANISATION, NO_ORGANISATION)
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setObjectName("peopleTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self._emit_current(self.edit_requested))
        delete_key = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(lambda: self._emit_current(self.delete_requested))
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.affiliation_filter)
        top.addWidget(self.count_label)
        buttons = QHBoxLayout()
        for label, handler in (("사람 추가…", self.add_requested.emit),
                               ("수정…", lambda: self._emit_current(self.edit_requested)),
                               ("삭제", lambda: self._emit_current(self.delete_requested)),
                               ("변경 이력…", lambda: self._emit_current(self.history_requested)),
                               ("사람 명단 가져오기…", self.import_requested.emit)):
            button = QPushButton(label)
            button.clicked.connect(handler)
            buttons.addWidget(button)
        button.setObjectName("importPeopleButton")
        button.setToolTip("CSV·엑셀 명단에서 이름·소속 기관·직함·연락처·역할을 가져옵니다 (미리보기 뒤 모두 또는 하나도 없이)")
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.search_edit.textChanged.connect(self._refilter)
        self.affiliation_filter.currentIndexChanged.connect(self._refilter)

    def set_people(self, people: list[PersonBrief]) -> None:
        keep = self.current_id()
        self.model.set_records(people)
        self._update_count()
        self.select_id(keep)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return int(self.model.record(index.row())["id"]) if index.isValid() else None

    def select_id(self, person_id: int | None) -> bool:
        row = -1 if person_id is None else self.model.row_of(lambda p: p["id"] == person_id)
        if row >= 0:
            self.table.selectRow(row)
        return row >= 0

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _refilter(self) -> None:
        keep = self.current_id()
        wanted = self.affiliation_filter.currentData()
        self.model.set_query(self.search_edit.text())
        if not wanted:
            self.model.set_predicate(None)
        elif wanted == NO_ORGANISATION:
            self.model.set_predicate(lambda p: not p["organisation"])
        else:
            self.model.set_predicate(lambda p: p["affiliation"] == wanted)
        self._update_count()
        self.select_id(keep)

    def _update_count(self) -> None:
        shown, total = self.model.visible_count(), self.model.total_count()
        self.count_label.setText(f"전체 {total:,}명" if shown == total else f"{total:,}명 중 {shown:,}명")

    def _emit_current(self, signal: Any) -> None:
        person_id = self.current_id()
        if person_id is not None:
            signal.emit(person_id)
