"""The question after a damaged file was set aside: the newest sound backup (with its date and counts), or a fresh start."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from seecodesk.core.backups import BackupInfo, format_when

RESTORE, FRESH = "restore", "fresh"


class DamagedFileDialog(QDialog):
    """Says the file was damaged and where it went; offers the newest sound backup or an empty file."""

    def __init__(self, db_path: Path, aside: Path, newest: BackupInfo | None, problem: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("데이터베이스 파일이 손상되었습니다")
        self.setObjectName("damaged_dialog")
        self.choice: str | None = None
        layout = QVBoxLayout(self)
        text = (f"<p><b>{db_path.name}</b> 파일이 손상되어 열지 않았습니다. 손상된 파일은 지우거나 고치지 않고 "
                f"<b>{aside.name}</b> 이름으로 같은 폴더에 그대로 보관했습니다.</p>"
                f"<p style='color:#666'>SQLite가 찾은 문제: {_escape(problem)}</p>")
        if newest is not None and newest.counts is not None:
            text += (f"<p>검사를 통과한 가장 최근 백업은 <b>{format_when(newest.taken_at)}</b>에 만든 것입니다 "
                     f"({newest.counts.describe()}). 그 뒤에 입력한 내용은 이 백업에 없습니다.</p>"
                     "<p>백업으로 복원할까요?</p>")
        else:
            text += "<p>검사를 통과한 백업이 없습니다. 빈 파일로 새로 시작하거나, 다른 파일을 열 수 있습니다.</p>"
        message = QLabel(text)
        message.setObjectName("damaged_message")
        message.setWordWrap(True)
        layout.addWidget(message)
        buttons = QDialogButtonBox()
        if newest is not None:
            self.restore_button = QPushButton("백업으로 복원(&R)")
            self.restore_button.setObjectName("restore_newest")
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.clicked.connect(lambda: self._choose(RESTORE))
            self.restore_button.setDefault(True)
        self.fresh_button = QPushButton("새로 시작(&N)")
        self.fresh_button.setObjectName("start_fresh")
        self.fresh_button.setToolTip("같은 이름의 빈 데이터베이스를 만듭니다")
        buttons.addButton(self.fresh_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.fresh_button.clicked.connect(lambda: self._choose(FRESH))
        close = buttons.addButton("닫기", QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, db_path: Path, aside: Path, newest: BackupInfo | None, problem: str,
            parent: QWidget | None = None) -> str | None:
        """RESTORE, FRESH, or None when closed."""
        dialog = cls(db_path, aside, newest, problem, parent)
        dialog.exec()
        return dialog.choice


def _escape(text: str) -> str:
    from html import escape

    return escape(text)
