"""The 연도별 현황 tab of the organisation form: one row per year of 유급근로자, 취약계층, 매출액,
공공구매 매출, 사회적목적 유형 and 사회공헌 활동 — the figures behind the city reports.

The tab is added to the form in code (the form's .ui stays as it is). Its rows are checked before
the organisation is saved and stored right after it, so a wrong number keeps the form open with
the message under the table.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QTabWidget, QVBoxLayout, QWidget

from seecodesk.core.errors import ValidationErrors
from seecodesk.core.figures import CONTRIBUTION_CATEGORIES, SOCIAL_PURPOSES, OrgFigures
from seecodesk.core.josa import josa
from seecodesk.gui.members.field_errors import ERROR_STYLE
from seecodesk.gui.members.record_table import CellSpec, RecordTable, parse_money
from seecodesk.services.figures import FigureService, check_figures

TAB_TITLE = "연도별 현황"
SPECS = [
    CellSpec("연도", width=60), CellSpec("유급근로자", width=80), CellSpec("취약계층", width=70),
    CellSpec("취약계층 유형", width=130), CellSpec("매출액(원)", money=True, width=120),
    CellSpec("공공구매 매출(원)", money=True, width=120), CellSpec("사회적목적 유형", choices=("", *SOCIAL_PURPOSES), width=120),
    CellSpec("사회공헌 활동", width=200), CellSpec("사회공헌 분류", choices=("", *CONTRIBUTION_CATEGORIES), width=110),
    CellSpec("수혜 대상", width=100),
]


class FiguresTab(QWidget):
    """Rows of yearly figures for one organisation, read from and stored through `FigureService`."""

    def __init__(self, service: FigureService, organisation_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.organisation_id = service, organisation_id
        layout = QVBoxLayout(self)
        hint = QLabel("시청 보고(회원사 고용·사회공헌 현황)에 쓰는 숫자입니다. 한 해에 한 줄씩 적고, "
                      "모르는 칸은 비워 두세요 (0과 다릅니다).")
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.table = QTableWidget()
        self.table.setObjectName("figuresTable")
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("한 해 추가")
        self.add_button.setObjectName("addFiguresButton")
        self.remove_button = QPushButton("선택한 해 삭제")
        self.remove_button.setObjectName("removeFiguresButton")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.error_label = QLabel()
        self.error_label.setObjectName("figuresErrorLabel")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        layout.addWidget(self.error_label)
        self.records = RecordTable(self.table, self.add_button, self.remove_button, SPECS,
                                   new_row=[str(date.today().year - 1), *[""] * (len(SPECS) - 1)])
        rows = service.figures_of(organisation_id) if organisation_id is not None else []
        self.records.set_rows([_cells(f) for f in rows])
        self._loaded = self.snapshot()

    def collect(self) -> list[OrgFigures]:
        """The rows as typed; `ValidationErrors` ({'figures': message}) for a cell that is not a number."""
        figures = []
        for cells in self.records.rows():
            year_text = str(cells[0]).strip()
            if not year_text.isdigit():
                raise ValidationErrors({"figures": f"연도 '{year_text}'{josa(year_text, '을')} 2025처럼 숫자로 적어 주세요."})
            values: list[int | None] = []
            for text, label, money in ((cells[1], "유급근로자", False), (cells[2], "취약계층", False),
                                       (cells[4], "매출액", True), (cells[5], "공공구매 매출", True)):
                text = str(text).strip()
                number = parse_money(text) if money else (int(text) if text.isdigit() else None)
                if text and number is None:
                    raise ValidationErrors({"figures": f"{year_text}년 {label} '{text}'{josa(text, '을')} 숫자로 적어 주세요."})
                values.append(number if text else None)
            figures.append(OrgFigures(organisation_id=self.organisation_id or 0, year=int(year_text),
                                      paid_workers=values[0], vulnerable_workers=values[1],
                                      vulnerable_types=str(cells[3]), revenue=values[2], public_revenue=values[3],
                                      social_purpose=str(cells[6]), contribution=str(cells[7]),
                                      contribution_category=str(cells[8]), beneficiaries=str(cells[9])))
        return figures

    def problem(self) -> str:
        """Why the rows cannot be stored ('' when they can); shown under the table."""
        try:
            check_figures(self.organisation_id or 0, self.collect())
        except ValidationErrors as error:
            message = error.errors.get("figures", str(error))
            self.error_label.setText(message)
            return message
        self.error_label.setText("")
        return ""

    def store(self, organisation_id: int) -> None:
        """Save the rows for the (now stored) organisation — only when they changed, so that 실행 취소 after
        saving the other tabs undoes that save, not a rewrite of the same figures."""
        if organisation_id == self.organisation_id and self.snapshot() == self._loaded:
            return
        self.organisation_id = organisation_id
        self.service.save_figures_of(organisation_id, self.collect())

    def snapshot(self) -> str:
        """What is typed, to tell whether anything changed."""
        return repr(self.records.rows())


def attach_figures_tab(tabs: QTabWidget, service: FigureService, organisation_id: int | None) -> FiguresTab:
    """Add the tab at the end of the form's tabs and return it."""
    tab = FiguresTab(service, organisation_id, tabs)
    tabs.addTab(tab, TAB_TITLE)
    return tab


def mark_tab(tabs: QTabWidget, tab: FiguresTab, has_problem: bool) -> None:
    """Colour the tab's title red while it holds a problem, and bring it forward."""
    index = tabs.indexOf(tab)
    tabs.tabBar().setTabTextColor(index, QColor("#b00020") if has_problem else QColor())
    if has_problem:
        tabs.setCurrentIndex(index)


def _cells(f: OrgFigures) -> list[str]:
    def text(value: int | None) -> str:
        return "" if value is None else str(value)

    return [str(f.year), text(f.paid_workers), text(f.vulnerable_workers), f.vulnerable_types, text(f.revenue),
            text(f.public_revenue), f.social_purpose, f.contribution, f.contribution_category, f.beneficiaries]
