"""`seecodesk print schedule OUT.pdf --db PATH [--body NAME] [--grain month|quarter|half] [--cells N]
[--group body|strategy] [--from 2021Q3 --to 2022Q4] [--paper A4|A3] [--plan NAME] [--sheets]`: the printed
진행 일정표, rows grouped by body or by strategy, with the one-page task sheets after it when --sheets is given."""

import argparse
import sys

from seecodesk.services.plan_print import ScheduleRequest, print_schedule
from seecodesk.storage.database import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The command's options."""
    parser.add_argument("out", metavar="OUT.pdf", help="만들 PDF 파일")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    parser.add_argument("--body", default="", help="이 분과·기구의 과제만 (예: 교육소통분과)")
    parser.add_argument("--grain", choices=("month", "quarter", "half"), help="일정 단위 (기본: 계획의 단위)")
    parser.add_argument("--cells", type=int, default=1, metavar="N",
                        help="기간 한 칸을 N칸으로 나눔: 반기 2(분기)·6(월), 분기 3(월) (기본 1)")
    parser.add_argument("--group", choices=("body", "strategy"), default="body",
                        help="행을 묶는 기준: body 분과별(기본), strategy 전략별 (전략 → 과제 → 세부활동)")
    parser.add_argument("--from", dest="start", default="", help="첫 기간 (예: 2021Q3, 2021H2, 2021-10)")
    parser.add_argument("--to", dest="end", default="", help="마지막 기간 (예: 2022Q4)")
    parser.add_argument("--paper", choices=("A4", "A3"), default="A4", type=str.upper, help="용지 (가로로 인쇄)")
    parser.add_argument("--plan", default="", help="계획 이름 (기본: 기간이 겹치는 계획, 없으면 최근 계획)")
    parser.add_argument("--sheets", action="store_true", help="표 뒤에 과제마다 한 쪽짜리 과제 카드를 붙입니다")


def run(args: argparse.Namespace) -> int:
    """Write the PDF and say what it holds."""
    db = open_database(args.db, create=False)
    try:
        request = ScheduleRequest(plan_name=args.plan, body_name=args.body, grain=args.grain or "", start=args.start,
                                  end=args.end, paper=args.paper, sheets=args.sheets, group=args.group,
                                  cells=args.cells)
        document = print_schedule(db, args.out, request)
    finally:
        db.close()
    sheets = f", 과제 카드 {len(document.sheets)}장" if document.sheets else ""
    sys.stdout.write(f"진행 일정표를 만들었습니다: {args.out} ({document.subtitle}{sheets})\n")
    return 0
