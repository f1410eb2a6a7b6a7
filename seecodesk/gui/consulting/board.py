"""The applications board: one column per status (접수 · 매칭 · 진행 · 완료 · 취소), searchable (초성 too)."""

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QPainter, QPalette, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from seecodesk.core.consulting import STATUSES, Application
from seecodesk.core.dates import paper_date
from seecodesk.core.korean_search import SearchKey, filter_keys

STATUS_COLOURS = {"접수": "#e8f0fe", "매칭": "#fff4d6", "진행": "#e3f5e1", "완료": "#eeeeee", "취소": "#fbe4e4"}


def card_text(app: Application, field_names: dict[int, str]) -> str:
    """Two lines of a card: number and company, then fields and date."""
    fields = [field_names[f] for f in app.field_ids if f in field_names]
    if app.other_checked:
        fields.append(f"기타({app.other_field})" if app.other_field else "기타")
    member = "" if app.organisation_id is not None else " · 비회원"
    return f"{app.company_name}{member}\n{', '.join(fields) or '분야 없음'} · {paper_date(app.applied_on)}"


class CardDelegate(QStyledItemDelegate):
    """Draws a card wrapping at spaces, or anywhere when a word is too long: company names such as
    가람돌봄사회적협동조합 have no space to wrap at and would otherwise be cut off in a narrow column."""

    PAD = 4

    def _document(self, option: QStyleOptionViewItem, text: str, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDocumentMargin(0)
        document.setDefaultFont(option.font)  # type: ignore[attr-defined]
        document.setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        wrap = document.defaultTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        document.setDefaultTextOption(wrap)
        document.setPlainText(text)
        document.setTextWidth(max(width - 2 * self.PAD, 20))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        view = self.parent()
        width = view.viewport().width() - 2 * view.spacing() if isinstance(view, QListView) else 120
        height = self._document(opt, opt.text, width).size().height()  # type: ignore[attr-defined]
        return QSize(width, int(height) + 2 * self.PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, rect, widget = opt.text, opt.rect, opt.widget  # type: ignore[attr-defined]
        opt.text = ""  # type: ignore[attr-defined]  # the style draws background, selection and focus only
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        document = self._document(opt, text, rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))  # type: ignore[attr-defined]
        painter.save()
        painter.translate(rect.left() + self.PAD, rect.top() + self.PAD)
        document.documentLayout().draw(painter, context)
        painter.restore()


class StatusBoard(QWidget):
    """Five lists of application cards; emits the id of the card chosen or opened."""

    selected = Signal(int)
    opened = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("boardSearch")
        self.search.setPlaceholderText("기업명 검색 (초성도 됩니다: ㅅㅂㅃ)")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._fill())
        columns = QHBoxLayout()
        self.headers: dict[str, QLabel] = {}
        self.lists: dict[str, QListWidget] = {}
        for status in STATUSES:
            column = QVBoxLayout()
            header = QLabel(status)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStyleSheet(f"background: {STATUS_COLOURS[status]}; font-weight: bold; padding: 4px;")
            listing = QListWidget()
            listing.setObjectName(f"board_{status}")
            listing.setWordWrap(True)
            listing.setItemDelegate(CardDelegate(listing))
            listing.setResizeMode(QListView.ResizeMode.Adjust)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setSpacing(2)
            listing.currentItemChanged.connect(self._current_changed)
            listing.itemActivated.connect(lambda item: self.opened.emit(item.data(Qt.ItemDataRole.UserRole)))
            column.addWidget(header)
            column.addWidget(listing, 1)
            columns.addLayout(column, 1)
            self.headers[status], self.lists[status] = header, listing
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(columns, 1)
        self._apps: list[Application] = []
        self._names: dict[int, str] = {}
        self._keys: list[SearchKey] = []

    def show_applications(self, apps: list[Application], field_names: dict[int, str], keep: int | None = None) -> None:
        """Refill the board, keeping application `keep` selected when it is still there."""
        self._apps, self._names = apps, field_names
        self._keys = [SearchKey(a.company_name, a.receipt_number) for a in apps]
        self._fill(keep)

    def _fill(self, keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_id()
        visible = set(filter_keys(self._keys, self.search.text()))
        for listing in self.lists.values():
            listing.blockSignals(True)
            listing.clear()
        for index, app in enumerate(self._apps):
            if index not in visible:
                continue
            item = QListWidgetItem(card_text(app, self._names))
            item.setData(Qt.ItemDataRole.UserRole, app.id)
            item.setBackground(QColor(STATUS_COLOURS[app.status]))
            tip = f"접수번호 {app.receipt_number}"
            item.setToolTip(f"{tip}\n취소 사유: {app.cancel_reason}" if app.cancel_reason else tip)
            self.lists[app.status].addItem(item)
            if app.id == keep:
                self.lists[app.status].setCurrentItem(item)
        for status, listing in self.lists.items():
            listing.blockSignals(False)
            self.headers[status].setText(f"{status} ({listing.count()})")

    def _current_changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        owner = current.listWidget()
        for listing in self.lists.values():
            if listing is not owner:
                listing.blockSignals(True)
                listing.setCurrentItem(None)
                listing.clearSelection()
                listing.blockSignals(False)
        self.selected.emit(current.data(Qt.ItemDataRole.UserRole))

    def current_id(self) -> int | None:
        """The id of the selected card, if any."""
        for listing in self.lists.values():
            item = listing.currentItem()
            if item is not None and item.isSelected():
                return int(item.data(Qt.ItemDataRole.UserRole))
        return None

    def select(self, app_id: int) -> bool:
        """Select the card of `app_id`; False when it is not shown."""
        for listing in self.lists.values():
            for row in range(listing.count()):
                if listing.item(row).data(Qt.ItemDataRole.UserRole) == app_id:
                    listing.setCurrentRow(row)
                    return True
        return False
