"""Export of the agreements (협약 목록) or the trade records (거래 기록, one year or all) from the window.

What `seecodesk export agreements|trades` writes, with the same formats and rules as the member
export (formula-like text neutralised, CP949 checked before anything is written, no partial file);
the dialog itself is the shared export dialog (gui/widgets/export_file_dialog.py) with a year.
"""

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from seecodesk.exchange.trade_export import export_agreements, export_trades
from seecodesk.gui.widgets.export_file_dialog import ExportFileDialog, Writer
from seecodesk.services.trade import TradeService
from seecodesk.services.workspace import Workspace

WHAT = {"agreements": ("협약 목록 내보내기", "협약목록"), "trades": ("거래 기록 내보내기", "거래기록")}


class TradeExportDialog(ExportFileDialog):
    """Choose the year (trades), the format and the file, then write the agreements or the trades."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, what: str = "trades") -> None:
        super().__init__(workspace, parent, WHAT[what][0])
        self.what = what
        self.year = QComboBox()
        self.year.setObjectName("exportYear")
        if what == "trades":
            self.year.addItem("모든 해", None)
            for year in sorted(TradeService(workspace.db).trade_years(), reverse=True):
                self.year.addItem(f"{year}년", year)
            self.year.currentIndexChanged.connect(lambda _i: self.name_file(fresh=True))
            row = QHBoxLayout()
            caption = QLabel("거래 연도(&Y):")
            caption.setBuddy(self.year)
            row.addWidget(caption)
            row.addWidget(self.year)
            row.addStretch(1)
            self.body.addLayout(row)
        self.add_format_and_file()
        self.add_buttons()
        self.export_button.setObjectName("tradeExportButton")
        self.set_format("xlsx")

    def file_stem(self) -> str:
        year = self.year.currentData()
        return f"{self.workspace.network_name}_{WHAT[self.what][1]}" + (f"_{year}년" if year else "")

    def writer(self) -> Writer:
        if self.what == "agreements":
            return export_agreements
        year = self.year.currentData()
        return lambda db, path, encoding: export_trades(db, path, encoding, year)
