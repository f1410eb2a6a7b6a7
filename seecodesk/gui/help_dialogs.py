"""The 도움말 menu's dialogs: 사용 안내 (the main tasks step by step) and 정보 (version, files, folders)."""

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from seecodesk import __version__
from seecodesk.build_info import build_date
from seecodesk.gui.widgets.screen_fit import fit_to_screen
from seecodesk.paths import data_dir, log_file

GUIDE_HTML = """
<h2>SeeCoDesk 사용 안내</h2>
<p>사회적경제 네트워크 사무국의 회원 명단, 분과와 사업계획, 회의, 동료컨설팅, 카탈로그를 한 파일(네트워크 데이터베이스)에 모아 관리합니다.
왼쪽 목록에서 일을 고르고, 저장 버튼을 누르면 바로 파일에 기록됩니다.</p>

<h3>1. 처음 시작하기</h3>
<ol>
<li><b>파일 → 데모 네트워크 열기</b>로 가상의 ‘가람시’ 네트워크를 열어 둘러봅니다. 데모는 따로 복사한 파일이라 마음껏 고쳐도 됩니다.</li>
<li>실제 업무는 <b>파일 → 새 네트워크</b>로 네트워크 이름과 파일 위치(예: 문서 폴더)를 정해 시작합니다.</li>
<li>다음부터는 프로그램을 열면 마지막으로 쓴 파일이 열립니다. 다른 파일은 <b>파일 → 최근 파일</b>이나 <b>열기(Ctrl+O)</b>로 엽니다.</li>
</ol>

<h3>2. 회원 명단 ({members})</h3>
<ol>
<li><b>새 회원사…</b>를 눌러 조직명, 대표자, 사업자등록번호, 연락처, 인증·지정, 가입 기간, 회비를 적고 <b>저장</b>합니다.
잘못 적은 칸은 빨간 글씨로 알려 줍니다.</li>
<li>시·도 포털의 명단(CSV·엑셀)은 <b>가져오기…</b>로 한 번에 넣습니다. 미리보기에서 열과 행을 확인한 뒤 가져옵니다.</li>
<li>시청 제출용 명단은 <b>내보내기…</b>로 엑셀(XLSX)이나 CSV로 저장합니다.</li>
<li>지운 회원사는 <b>편집 → 실행 취소(Ctrl+Z)</b>로 되살립니다. 이 창에서 하지 않은 변경(명령줄 가져오기,
다른 프로그램)이나 가져오기·큰 변경은 무엇을, 언제, 몇 건 되돌리는지 먼저 묻고, 오래 걸리면 진행 상황을 보여 주며
<b>취소</b>하면 아무것도 바뀌지 않습니다.</li>
</ol>

<h3>3. 분과·과제 ({plan})</h3>
<p>분과·TFT·이사회를 만들고, 전략 → 실행과제 → 세부활동을 적은 뒤 월별 칸을 눌러 진행 일정을 표시합니다. <b>인쇄</b>로 진행 일정표 PDF를 만듭니다.</p>

<h3>4. 회의 ({meetings})</h3>
<p>회의를 만들고 안건, 참석 여부, 결정 사항을 적습니다. 참석자 명부와 회의록을 PDF로 인쇄할 수 있습니다.</p>

<h3>5. 동료컨설팅 ({consulting})</h3>
<p>신청서를 받고 멘토를 매칭한 뒤 상담 기록을 남기고 결과보고서를 인쇄합니다.</p>

<h3>6. 인쇄·카탈로그 ({catalog})</h3>
<p>박람회용 회원사 카탈로그를 분류·인증별로 골라 미리 보고 PDF로 저장합니다.</p>

<h3>파일과 안전</h3>
<ul>
<li>네트워크 파일은 한 번에 한 창에서만 열립니다. OneDrive·Dropbox 같은 동기화 폴더에 두면 동기화 중에 저장이 잠시 막힐 수 있습니다. 그때는 잠시 뒤 다시 저장하세요.</li>
<li>주민등록번호는 어떤 칸에도 저장하지 않습니다.</li>
<li>파일 위치와 데이터 폴더는 <b>도움말 → 정보</b>에서 볼 수 있습니다.</li>
</ul>
<h3>단축키</h3>
<p>Ctrl+O 열기 · Ctrl+Z 실행 취소 · Ctrl+1~{last} 화면 이동 ({home} 홈) · Ctrl+Q 끝내기 · F1 사용 안내</p>
"""


def guide_html() -> str:
    """The guide with each section's key as the 이동 menu gives it (Ctrl+1 is 홈, the first in the sidebar)."""
    from seecodesk.gui.sections import SECTIONS

    keys = {section.key: f"Ctrl+{number}" for number, section in enumerate(SECTIONS, start=1)}
    return GUIDE_HTML.format(last=len(SECTIONS), **keys)


class GuideDialog(QDialog):
    """사용 안내: a short Korean guide to the main tasks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("사용 안내")
        self.setObjectName("guide_dialog")
        self.resize(640, 560)
        fit_to_screen(self)  # a laptop at 125% has 582 of Qt's pixels of height for it
        self.text = QTextBrowser()
        self.text.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText("닫기")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


class AboutDialog(QDialog):
    """정보: version, build date, the open database, the data folder and a button that opens it."""

    def __init__(self, parent: QWidget | None, database: Path | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("SeeCoDesk 정보")
        self.setObjectName("about_dialog")
        self.folder = data_dir()
        built = build_date()
        rows = (("버전", __version__), ("빌드 날짜", built or "개발판 (소스에서 실행)"),
                ("데이터베이스", str(database) if database else "메모리 데이터베이스 (저장되지 않음)"),
                ("데이터 폴더", str(self.folder)), ("오류 기록 파일", str(log_file())))
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for label, value in rows:
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
            self.values[label] = shown
        title = QLabel("<h2>SeeCoDesk</h2><p>사회적경제 네트워크 사무국을 위한 데스크톱 프로그램</p>")
        buttons = QDialogButtonBox()
        self.open_data_button = buttons.addButton("데이터 폴더 열기", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_database_button = buttons.addButton("파일 있는 폴더 열기", QDialogButtonBox.ButtonRole.ActionRole)
        self.open_database_button.setEnabled(database is not None)
        close = buttons.addButton("닫기", QDialogButtonBox.ButtonRole.RejectRole)
        self.open_data_button.clicked.connect(lambda: open_folder(self.folder))
        if database is not None:
            self.open_database_button.clicked.connect(lambda: open_folder(database.parent))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)
        # Enter closes: 닫기 starts with the focus (else the first button, 데이터 폴더 열기, had it and took Enter).
        close.setDefault(True)
        close.setFocus()


def open_folder(folder: Path) -> bool:
    """Show `folder` in the system's file manager (탐색기, Finder, Files)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
