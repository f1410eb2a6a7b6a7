"""Importing the trade survey sheet: every row checked and shown before anything is stored; rows with
an error are red and the import stays off until the file is fixed (all rows or none)."""

from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QLabel, QWidget

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.exchange.trade_import import TRADE_FIELDS, TradeImportPreview
from seecodesk.gui.trade.tables import _cell, new_table
from seecodesk.gui.widgets.import_preview_layout import lay_out_import_preview
from seecodesk.gui.widgets.screen_fit import fit_to_screen
from seecodesk.services.trade import TradeService

HEADERS = ("행", "구매 기관", "판매 기관", "거래일", "품목", "금액(원)", "확인할 점")


class TradeImportDialog(QDialog):
    """The preview of one file; `imported` is the number of trades stored after 가져오기."""

    def __init__(self, parent: QWidget | None, service: TradeService, preview: TradeImportPreview) -> None:
        super().__init__(parent)
        self.setWindowTitle("거래 기록 가져오기")
        self.setObjectName("tradeImportDialog")
        self.service, self.preview = service, preview
        self.imported = 0
        table = preview.table
        encoding = f", {table.encoding_label}" if table.kind == "CSV" else ""
        mapped = ", ".join(f"{h} → {TRADE_FIELDS[f]}" for f, h in preview.columns.items()) or "(없음)"
        about = QLabel(f"<b>{table.path.name}</b> ({table.kind}{encoding}, 머리글 {table.header_row}행)<br>열 연결: {mapped}")
        about.setWordWrap(True)
        self.summary = QLabel(preview.summary() if preview.can_commit else f"{preview.summary()}<br><b>{preview.refusal()}</b>")
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.rows = new_table(HEADERS, "importRows", 6)
        self._fill()
        self.error, self.import_button = lay_out_import_preview(
            self, (about, self.summary, self.rows), f"{len(preview.rows):,}건 가져오기", preview.can_commit, self._import)
        self.resize(980, 560)
        fit_to_screen(self)  # a laptop at 125% has 582 of Qt's pixels of height for it

    def _fill(self) -> None:
        self.rows.setRowCount(len(self.preview.rows))
        red = QColor("#fde7e9")
        for index, row in enumerate(self.preview.rows):
            trade = row.trade
            values = (row.row, row.buyer, row.seller, trade.traded_on if trade else "", trade.item if trade else "",
                      f"{trade.amount:,}" if trade else "", " / ".join(p.message for p in row.problems))
            for column, value in enumerate(values):
                item = _cell(value)
                if row.has_errors:
                    item.setBackground(red)
                self.rows.setItem(index, column, item)

    def _import(self) -> None:
        try:
            self.imported = self.service.import_trades(self.preview)
        except SeeCoDeskError as error:
            self.error.setText(str(error))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, service: TradeService, path: str | Path) -> int:
        """Preview `path` and import it if the secretary agrees; returns the number of trades stored."""
        try:
            preview = service.preview_trade_file(path)
        except SeeCoDeskError as error:
            from seecodesk.gui.messages import show_error

            show_error(parent, error, "가져올 수 없습니다")
            return 0
        dialog = cls(parent, service, preview)
        dialog.exec()
        return dialog.imported



