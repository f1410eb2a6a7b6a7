"""The directory table: search-as-you-type, filters by 인증·지정 / 회원 상태 / 업종, sorting, a count.

The rows come from `MemberService.directory()` (or a worker reading the same, see
directory_loader); searching and filtering only swap the model's list of visible rows.
"""

from operator import attrgetter

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.search_index import SearchIndex
from seecodesk.core.vocab import DESIGNATION_KINDS, INDUSTRIES, MEMBERSHIP_STATUSES
from seecodesk.gui.members.table_model import Column, FilteredTableModel
from seecodesk.gui.widgets.empty_notice import EmptyNotice
from seecodesk.storage.directory import DirectoryRow

ALL = ""
NO_DESIGNATION = "(인증·지정 없음)"
SUPPORT_BODY = "(지원기관)"
COLUMNS: tuple[Column[DirectoryRow], ...] = (
    Column("기업명", lambda r: r.name),
    Column("인증·지정", lambda r: ", ".join(r.designations)),
    Column("대표자", lambda r: r.representative),
    Column("전화", lambda r: r.phone),
    Column("읍/면/동", lambda r: r.district),
    Column("업종", lambda r: r.industry),
    Column("회원 상태", lambda r: r.membership_status),
    Column("인원", lambda r: f"{r.people}명", sort_key=lambda r: r.people, align_right=True),
)
COLUMN_WIDTHS = (170, 128, 64, 106, 64, 110, 66, 46)


def search_text(row: DirectoryRow) -> tuple[str, ...]:
    """What a search looks in. Address and 업종 are left out: 'ㄱㄹ' should find 가람…, not every
    가람시 address or '여가관련' (업종 has its own filter)."""
    return (row.name, row.representative, row.district, *row.designations, row.phone, row.business_number)


def count_text(shown: int, total: int) -> str:
    """'30곳 중 12곳', or '전체 30곳' when nothing is filtered out."""
    return f"전체 {total:,}곳" if shown == total else f"{total:,}곳 중 {shown:,}곳"


class FilterCombo(QComboBox):
    """A filter whose popup is as wide as its longest choice (measured when first opened)."""

    def showPopup(self) -> None:  # noqa: N802 - Qt's name
        view = self.view()
        view.setMinimumWidth(view.sizeHintForColumn(0) + 24)  # choices added later (업종) count too
        super().showPopup()


def _combo(first: str, values: list[str], tooltip: str) -> QComboBox:
    combo = FilterCombo()
    combo.addItem(first, ALL)
    for value in values:
        combo.addItem(value, value)
    combo.setToolTip(tooltip)
    # Long 업종 names would otherwise squeeze the search box; the popup still shows them in full.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(9)
    combo.setMinimumWidth(70)  # in a narrow window the combos give way before the search box does
    return combo


class DirectoryView(QWidget):
    """Search box, filter combos, count label and the table of organisations."""

    current_changed = Signal(object)  # org id or None
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: FilteredTableModel[DirectoryRow] = FilteredTableModel(COLUMNS, search_text, self,
                                                                          id_of=attrgetter("id"))
        self._loading = False
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("memberSearch")
        self.search_edit.setPlaceholderText("검색: 기업명·대표자·지역·업종, 초성도 됩니다 (예: ㄱㄹ)   Ctrl+F")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(150)
        self.designation_filter = _combo("모든 인증·지정", [*DESIGNATION_KINDS, NO_DESIGNATION, SUPPORT_BODY],
                                         "인증·지정 구분으로 거르기")
        self.status_filter = _combo("모든 회원 상태", list(MEMBERSHIP_STATUSES), "회원 상태로 거르기")
        self.industry_filter = _combo("모든 업종", list(INDUSTRIES), "업종으로 거르기")
        self.count_label = QLabel()
        self.count_label.setObjectName("memberCount")
        # As wide as the longest count from the start ('88,888곳 중 88,887곳', not '전체 88,888곳'): a label
        # that grew or shrank with each keystroke moved the filters beside it and repainted the whole page.
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(count_text(88_887, 88_888)) + 8)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table = self._build_table()
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        for widget in (self.designation_filter, self.status_filter, self.industry_filter, self.count_label):
            filters.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        self.empty_notice = EmptyNotice("아직 회원사가 없습니다. '새 회원사…'(Ctrl+N)나 '가져오기…'로 시작하세요.",
                                        self.clear_filters)
        layout.addWidget(self.empty_notice)
        layout.addWidget(self.table, 1)
        self.search_edit.textChanged.connect(self._search)
        for combo in (self.designation_filter, self.status_filter, self.industry_filter):
            combo.currentIndexChanged.connect(self._apply_filters)

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("directoryTable")
        # A viewport made here is one Python already knows: asking for Qt's own would make PySide
        # work out its class among every widget class (~7 ms of the first paint).
        viewport = QWidget()
        # What Qt does for its own viewport: painted in Base by itself. A see-through one made every
        # repaint (each keystroke) draw the tab pane, the frame and their gradients beneath it first.
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        table.setViewport(viewport)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        # Fixed row heights and widths: sizing 20,000 rows to their contents would take seconds.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            table.setColumnWidth(column, width)
        table.selectionModel().currentRowChanged.connect(lambda *_: self.current_changed.emit(self.current_id()))
        table.doubleClicked.connect(lambda index: self.activated.emit(self.model.record(index.row()).id))
        return table

    def set_rows(self, rows: list[DirectoryRow], index: SearchIndex | None = None,
                 industries: set[str] | None = None) -> None:
        """New rows from the database (by name, as `directory_rows` gives them), with their search index
        when a worker built it; the selection stays on the same organisation when it can."""
        keep = self.current_id()
        known = {self.industry_filter.itemData(i) for i in range(self.industry_filter.count())}
        for industry in sorted((industries or {r.industry for r in rows if r.industry}) - known):
            self.industry_filter.addItem(industry, industry)
        self.model.set_records(rows, index, sorted_by=(0, Qt.SortOrder.AscendingOrder))
        self._after_reset(keep)
        if index is None:
            # Fold the search keys once the window is idle, so the first keystroke is as quick as the rest.
            QTimer.singleShot(150, self.model.build_search_keys)

    def set_loading(self, loading: bool) -> None:
        """While the rest of a big directory is read, the count says so (searches see the first screen)."""
        self._loading = loading
        self._after_reset(self.current_id())

    def loading(self) -> bool:
        """True while the directory is being read (the table may hold only its first screen)."""
        return self._loading

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.record(index.row()).id if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.record(r).id for r in rows]
        current = self.current_id()
        return ids or ([current] if current is not None else [])

    def select_id(self, org_id: int | None) -> bool:
        """Make the organisation current and visible; False when it is filtered out."""
        row = -1 if org_id is None else self.model.row_of_id(org_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def clear_filters(self) -> None:
        """Empty the search box and set every filter back to 모두, so every organisation shows."""
        for combo in (self.designation_filter, self.status_filter, self.industry_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.model.set_query("")
        self._apply_filters()

    def _search(self, text: str) -> None:
        keep = self.current_id()
        self.model.set_query(text)
        self._after_reset(keep)

    def _apply_filters(self) -> None:
        keep = self.current_id()
        designation = self.designation_filter.currentData()
        status = self.status_filter.currentData()
        industry = self.industry_filter.currentData()
        if designation == ALL and status == ALL and industry == ALL:
            self.model.set_predicate(None)
        else:
            self.model.set_predicate(lambda r: (
                (designation == ALL or designation in r.designations
                 or (designation == NO_DESIGNATION and not r.designations)
                 or (designation == SUPPORT_BODY and r.is_support_body))
                and (status == ALL or r.membership_status == status)
                and (industry == ALL or r.industry == industry)))
        self._after_reset(keep)

    def filtered(self) -> bool:
        """True while the search box or a filter hides rows."""
        return bool(self.search_edit.text().strip()) or any(
            c.currentIndex() > 0 for c in (self.designation_filter, self.status_filter, self.industry_filter))

    def _after_reset(self, keep: int | None) -> None:
        self.count_label.setText("불러오는 중…" if self._loading
                                 else count_text(self.model.visible_count(), self.model.total_count()))
        if self._loading:  # no row yet may only mean: not read yet
            self.empty_notice.hide()
        else:
            self.empty_notice.update_for(self.model.visible_count(), self.filtered())
        if not self.select_id(keep):
            self.current_changed.emit(self.current_id())
