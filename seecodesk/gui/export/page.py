"""The 내보내기 section: the member directory as XLSX or CSV, with which file city hall's Excel opens.

One button opens the export dialog, the one place where the format is chosen (the page used to
offer a button per format and the dialog then asked again); the last file written is named on the
page so the secretary can find it again.
"""

from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from seecodesk.gui.members.export_dialog import MemberExportDialog
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

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>내보내기</h2>"))
        box = QGroupBox("회원사 명단")
        box_layout = QVBoxLayout(box)
        self.count_label = QLabel()
        box_layout.addWidget(self.count_label)
        self.export_button = QPushButton("회원사 명단 내보내기(&E)…")
        self.export_button.setObjectName("export_members")
        self.export_button.setMaximumWidth(360)
        self.export_button.clicked.connect(lambda: self.export())
        box_layout.addWidget(self.export_button)
        layout.addWidget(box)
        explanation = QLabel(EXPLANATION)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.last_label = QLabel()
        self.last_label.setWordWrap(True)
        layout.addWidget(self.last_label)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Show how many organisations an export would hold."""
        count = len(self.workspace.members.directory())
        self.count_label.setText(f"지금 명단의 조직 {count:,}곳을 내보냅니다 (기업명 순, 삭제한 곳 제외).")

    def export(self, format_key: str = "xlsx") -> bool:
        """Open the export dialog (XLSX chosen, the others one click away); True when a file was written."""
        dialog = MemberExportDialog(self.workspace, self, format_key)
        if dialog.exec() != MemberExportDialog.DialogCode.Accepted or dialog.result_info is None:
            return False
        self.last_label.setText(f"✔ {dialog.result_info.describe()}")
        return True


def create_page(workspace: Workspace, parent: QWidget | None = None) -> QWidget:
    """The 내보내기 section page (see seecodesk.gui.sections)."""
    return ExportPage(workspace, parent)
