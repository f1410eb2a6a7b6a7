"""The 내보내기 section: report presets for city hall (preview, columns, period, save), the member
directory, the agreements and the trade records as XLSX or CSV, the people lists (사람 명단, 연락망,
주소 라벨) and the year's handover archive.

One button opens the export dialog, the one place where the format is chosen (the page used to
offer a button per format and the dialog then asked again); the last file written is named on the
page so the secretary can find it again.
"""

from PySide6.QtCore import Qt
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

from seecodesk.gui.export.people_box import PeopleListsBox
from seecodesk.gui.export.report_panel import ReportPanel
from seecodesk.gui.file_dialogs import wrappable
from seecodesk.gui.members.export_dialog import MemberExportDialog
from seecodesk.gui.ui_settings import UiSettings
from seecodesk.services.reports import PresetInfo, available_presets
from seecodesk.services.workspace import Workspace

EXPLANATION = (
    "<p><b>시청에 보낼 때는 엑셀 파일(XLSX)</b>을 쓰세요. 시청의 한글 엑셀에서 그대로 열리고, "
    "사업자등록번호와 전화번호의 앞자리 0도 그대로 남습니다.</p>"
    "<p>CSV가 필요하면 <b>CSV, UTF-8 (BOM)</b>을 먼저 쓰세요. 엑셀 2016 이후에서 더블클릭으로 바로 열립니다. "
    "BOM 없는 UTF-8 CSV는 한글 엑셀에서 글자가 깨지므로 만들지 않습니다.</p>"
    "<p><b>CSV, CP949</b>는 오래된 엑셀이나 CSV만 받는 행정 시스템에서 글자가 깨질 때만 쓰세요. "
    "이모지(😀)나 일부 특수문자는 CP949에 없어서, 그런 글자가 있으면 몇 행 어느 열인지 알려 드리고 "
    "파일을 만들지 않습니다.</p>"
    "<p>=, +, -, @로 시작하는 칸은 엑셀이 수식으로 실행하지 않도록 앞에 작은따옴표(')를 붙입니다.</p>"
)


class ExportPage(QWidget):
    """Buttons for the member directory export, with the explanation of formats."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, settings: UiSettings | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        outer = QHBoxLayout(self)
        side = QVBoxLayout()
        side.addWidget(QLabel("<h2>내보내기</h2>"))
        side.addWidget(QLabel("<b>시청 제출용 보고서</b>"))
        self.presets = QListWidget()
        self.presets.setObjectName("report_presets")
        self.presets.setMaximumWidth(300)
        self.presets.currentItemChanged.connect(self._preset_chosen)
        side.addWidget(self.presets, 1)
        box = QGroupBox("회원사 명단 (모든 항목)")
        box.setMaximumWidth(300)
        box_layout = QVBoxLayout(box)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        box_layout.addWidget(self.count_label)
        self.export_button = QPushButton("회원사 명단 내보내기(&E)…")
        self.export_button.setObjectName("export_members")
        self.export_button.setToolTip(EXPLANATION)
        self.export_button.clicked.connect(lambda: self.export())
        box_layout.addWidget(self.export_button)
        side.addWidget(box)
        self.people_lists = PeopleListsBox(workspace)
        self.people_lists.setMaximumWidth(300)
        side.addWidget(self.people_lists)
        side.addWidget(self._trade_box())
        self.archive_button = QPushButton("인수인계 자료 만들기…")
        self.archive_button.setObjectName("archive_button")
        self.archive_button.setMaximumWidth(300)
        self.archive_button.clicked.connect(self.make_archive)
        side.addWidget(self.archive_button)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        self.last_label.setMaximumWidth(300)
        side.addWidget(self.last_label)
        outer.addLayout(side)
        self.panel = ReportPanel(workspace, settings or UiSettings())
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.panel)
        outer.addWidget(scroll, 1)
        self._fill_presets()
        self._show_count()

    def _trade_box(self) -> QGroupBox:
        box = QGroupBox("상호거래 (협약·거래 기록)")
        box.setMaximumWidth(300)
        box_layout = QVBoxLayout(box)
        for what, label in (("agreements", "협약 목록 내보내기…"), ("trades", "거래 기록 내보내기…")):
            button = QPushButton(label)
            button.setObjectName(f"export_{what}")
            button.setToolTip(EXPLANATION)
            button.clicked.connect(lambda _checked, w=what: self.export_trade(w))
            box_layout.addWidget(button)
        return box

    def _fill_presets(self) -> None:
        for info in available_presets(self.workspace.db):
            item = QListWidgetItem(info.title)
            item.setToolTip(info.description)
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.presets.addItem(item)
        self.presets.setCurrentRow(0)

    def _preset_chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            info: PresetInfo = item.data(Qt.ItemDataRole.UserRole)
            self.panel.show_preset(info)

    def make_archive(self) -> None:
        """The handover archive dialog (also 파일 → 인수인계 자료 만들기)."""
        from seecodesk.gui.export.archive_dialog import ArchiveDialog

        result = ArchiveDialog.ask(self.workspace, self)
        if result is not None:
            self.last_label.setText(wrappable(f"✔ {result.describe()}"))

    def refresh(self) -> None:
        """Show how many organisations an export would hold, and the chosen preset's preview anew (records
        entered in another section since it was built show up)."""
        self.people_lists.refresh()
        if self.panel.preset is not None and self.panel.built_at != self.workspace.file_version():
            self.panel.rebuild()
        self._show_count()

    def _show_count(self) -> None:
        count = len(self.workspace.members.directory())
        self.count_label.setText(f"지금 명단의 조직 {count:,}곳을 내보냅니다 (기업명 순, 삭제한 곳 제외). "
                                 "형식 설명은 단추 위에 마우스를 올려 보세요.")

    def export(self, format_key: str = "xlsx") -> bool:
        """Open the export dialog (XLSX chosen, the others one click away); True when a file was written."""
        dialog = MemberExportDialog(self.workspace, self, format_key)
        if dialog.exec() != MemberExportDialog.DialogCode.Accepted or dialog.result_info is None:
            return False
        self.last_label.setText(wrappable(f"✔ {dialog.result_info.describe()}"))
        return True


    def export_trade(self, what: str) -> bool:
        """The agreements or trade records export dialog; True when a file was written."""
        from seecodesk.gui.export.trade_export_dialog import TradeExportDialog

        dialog = TradeExportDialog(self.workspace, self, what)
        if dialog.exec() != TradeExportDialog.DialogCode.Accepted or dialog.result_info is None:
            return False
        self.last_label.setText(wrappable(f"✔ {dialog.result_info.describe()}"))
        return True


def create_page(workspace: Workspace, parent: QWidget | None = None) -> QWidget:
    """The 내보내기 section page (see seecodesk.gui.sections)."""
    return ExportPage(workspace, parent)
