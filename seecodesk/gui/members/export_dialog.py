"""The member directory export dialog: file name, CSV or XLSX, encoding; a clear Korean message on a
CP949 problem, and how many contacts are left out for lack of 제3자 제공 consent.

The formats, the file box and the writing (in the background, no partial file) are the shared
export dialog's (gui/widgets/export_file_dialog.py).
"""

from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from seecodesk.exchange.member_export import export_members, withheld_in_export
from seecodesk.gui.widgets.export_file_dialog import ERROR_STYLE, FORMATS, ExportFileDialog, Writer
from seecodesk.services.workspace import Workspace

__all__ = ["ERROR_STYLE", "FORMATS", "MemberExportDialog", "run_export_dialog"]


class MemberExportDialog(ExportFileDialog):
    """Choose format and file, then write the member directory."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, format_key: str = "xlsx") -> None:
        super().__init__(workspace, parent, "회원사 명단 내보내기")
        self.add_format_and_file()
        notice = withheld_in_export(workspace.db).notice()
        self.withheld_label = QLabel(f"{notice}: 제3자 제공 동의가 없는 사람의 번호·주소는 비워 둡니다." if notice else "")
        self.withheld_label.setObjectName("withheldNotice")
        self.withheld_label.setWordWrap(True)
        self.withheld_label.setStyleSheet("color: #8a4b00;")
        self.withheld_label.setVisible(bool(notice))
        self.body.addWidget(self.withheld_label)
        self.add_buttons()
        self.set_format(format_key)

    def file_stem(self) -> str:
        return f"{self.workspace.network_name}_회원사명단"

    def writer(self) -> Writer:
        return export_members


def run_export_dialog(parent: QWidget | None, workspace: Workspace, format_key: str = "xlsx") -> bool:
    """Show the export dialog; True when a file was written (then says where)."""
    dialog = MemberExportDialog(workspace, parent, format_key)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_info is None:
        return False
    QMessageBox.information(parent, "내보내기", dialog.result_info.describe())
    return True
