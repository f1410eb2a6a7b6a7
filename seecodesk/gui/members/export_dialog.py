"""The member directory export dialog: file name, CSV or XLSX, encoding; a clear Korean message on a
CP949 problem, and how many contacts are left out for lack of 제3자 제공 consent.

The formats, the file box and the writing (in the background, no partial file) are the shared
export dialog's (gui/widgets/export_file_dialog.py).

Which phones are withheld is worked out once, when the dialog opens (a fifth of a second at 100,000
organisations), and the export reuses it. It is worked out again only when the file has changed
since (through this window or another connection: Workspace.file_version) or the day has (a consent
can run out): the dialog looks every second while it is on screen, and once more on 내보내기, so the
count on screen is always the one the file is written with.
"""

from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QWidget

from seecodesk.core.contact_release import Withheld
from seecodesk.exchange.member_export import export_members, withheld_phones
from seecodesk.gui.widgets.export_file_dialog import ERROR_STYLE, FORMATS, ExportFileDialog, Writer
from seecodesk.services.workspace import Workspace

__all__ = ["ERROR_STYLE", "FORMATS", "MemberExportDialog", "run_export_dialog"]

RECHECK_MS = 1000  # PRAGMA data_version costs microseconds: the count follows a change within a second


class MemberExportDialog(ExportFileDialog):
    """Choose format and file, then write the member directory."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, format_key: str = "xlsx") -> None:
        super().__init__(workspace, parent, "회원사 명단 내보내기")
        self.add_format_and_file()
        self.withheld_label = QLabel("")
        self.withheld_label.setObjectName("withheldNotice")
        self.withheld_label.setWordWrap(True)
        self.withheld_label.setStyleSheet("color: #8a4b00;")
        self.body.addWidget(self.withheld_label)
        self._withheld_mark: object = None
        self._withheld_ids: frozenset[int] = frozenset()
        self.current_withheld()
        self.add_buttons()
        self.set_format(format_key)
        self._recheck = QTimer(self)  # runs only while the dialog is on screen
        self._recheck.setInterval(RECHECK_MS)
        self._recheck.timeout.connect(self.current_withheld)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.current_withheld()
        self._recheck.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        self._recheck.stop()
        super().hideEvent(event)

    def current_withheld(self) -> frozenset[int]:
        """The organisations whose phone the export leaves blank, for the data as it is now (worked out
        again only when the file or the day has moved since the last time), and said on screen."""
        mark = (self.workspace.file_version(), date.today())
        if mark != self._withheld_mark:
            self._withheld_ids = frozenset(withheld_phones(self.workspace.db))
            self._withheld_mark = mark
            notice = Withheld(len(self._withheld_ids)).notice()
            self.withheld_label.setText(f"{notice}: 제3자 제공 동의가 없는 사람의 번호·주소는 비워 둡니다." if notice else "")
            self.withheld_label.setVisible(bool(notice))
        return self._withheld_ids

    def file_stem(self) -> str:
        return f"{self.workspace.network_name}_회원사명단"

    def writer(self) -> Writer:
        withheld_ids = self.current_withheld()
        return lambda db, path, encoding: export_members(db, path, encoding, withheld_ids=withheld_ids)


def run_export_dialog(parent: QWidget | None, workspace: Workspace, format_key: str = "xlsx") -> bool:
    """Show the export dialog; True when a file was written (then says where)."""
    dialog = MemberExportDialog(workspace, parent, format_key)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_info is None:
        return False
    QMessageBox.information(parent, "내보내기", dialog.result_info.describe())
    return True
