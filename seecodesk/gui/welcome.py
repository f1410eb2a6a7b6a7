"""The first-run screen: new network, the demo network, or open a file."""

from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

from seecodesk.core.errors import ValidationError
from seecodesk.core.filenames import name_for_file
from seecodesk.core.validation import clean_name
from seecodesk.gui.forms.ui_welcome_dialog import Ui_WelcomeDialog

DB_FILTER = "SeeCoDesk 데이터베이스 (*.seecodesk *.db *.sqlite);;모든 파일 (*)"


class WelcomeDialog(QDialog):
    """Returns the user's choice in `choice`: "new", "demo", "open" (with `path`) or None."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomeDialog()
        self.ui.setupUi(self)
        self.choice: str | None = None
        self.ui.newButton.clicked.connect(lambda: self._choose("new"))
        self.ui.demoButton.clicked.connect(lambda: self._choose("demo"))
        self.ui.openButton.clicked.connect(lambda: self._choose("open"))
        self.ui.quitButton.clicked.connect(self.reject)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> str | None:
        dialog = cls(parent)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_new_network(parent: QWidget | None, folder: str) -> tuple[str, str] | None:
    """File path and network name for a new, empty network; None when cancelled."""
    name = ask_network_name(parent)
    if name is None:
        return None
    # The name is free text ('가람/서산 협의회', 'A:B?'); the suggested file name must be one a disk takes,
    # with every part of the name kept (a '/' would have made the part before it a missing folder).
    path, _ = QFileDialog.getSaveFileName(parent, "새 네트워크 파일", f"{folder}/{name_for_file(name)}.seecodesk", DB_FILTER)
    return (path, name) if path else None


def ask_network_name(parent: QWidget | None) -> str | None:
    """The network's name, checked as every name is (NFC, length, no 주민등록번호); asked again with the
    reason after a wrong one, None when cancelled."""
    typed = ""
    while True:
        typed, ok = QInputDialog.getText(parent, "새 네트워크", "네트워크 이름 (예: 가람시사회적경제기업협의회):",
                                         text=typed)
        if not ok:
            return None
        try:
            name = clean_name(typed, "network_name")
        except ValidationError as error:
            QMessageBox.warning(parent, "새 네트워크", f"네트워크 이름: {error.message}")
            continue
        if name:
            return name
        QMessageBox.warning(parent, "새 네트워크", "네트워크 이름을 입력해 주세요.")


def ask_open_file(parent: QWidget | None, folder: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "네트워크 파일 열기", folder, DB_FILTER)
    return path or None
