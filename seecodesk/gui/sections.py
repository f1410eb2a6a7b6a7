"""The sidebar's sections. Each section is a module with `create_page(workspace, parent) -> QWidget`.

A page may also offer `undo()` (Ctrl+Z) and `refresh()` (shown again); the main window calls
them when present. A page with `badge_counts()` and a `badges_changed` signal puts counts beside
the sections' names (the home screen does: "회의 (3)").
"""

from typing import NamedTuple


class Section(NamedTuple):
    key: str
    label: str
    module: str
    description: str


SECTIONS = (
    Section("home", "홈", "seecodesk.gui.home.page", "오늘과 앞으로 14일: 회의, 지난 기한, 과제, 신청, 미납 회비"),
    Section("members", "회원", "seecodesk.gui.members.page", "회원사와 사람, 회비, 가입·탈퇴"),
    Section("dues", "회비", "seecodesk.gui.dues.page", "회비 규칙, 연도별 회비 대장, 납부 확인과 영수증, 미납 현황"),
    Section("plan", "분과·과제", "seecodesk.gui.plan.page", "분과·TFT, 전략과 과제, 진행 일정"),
    Section("meetings", "회의", "seecodesk.gui.meetings.page", "이사회·분과모임·워크숍, 출석과 회의록"),
    Section("consulting", "동료컨설팅", "seecodesk.gui.consulting.page", "신청서, 멘토, 매칭, 상담 기록"),
    Section("trade", "상호거래", "seecodesk.gui.trade.page", "업무협약과 거래 기록, 네트워크 관계망, 공공구매 실적과 목표"),
    Section("catalog", "인쇄·카탈로그", "seecodesk.gui.catalog.page", "박람회용 회원사 카탈로그와 인쇄물"),
    Section("export", "내보내기", "seecodesk.gui.export.page", "시청 제출용 CSV·엑셀 파일"),
)
