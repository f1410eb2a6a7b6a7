"""`seecodesk export report PRESET OUT.csv|OUT.xlsx --db PATH [--year YYYY | --from YYYY-MM --to YYYY-MM]
[--encoding utf-8-sig|cp949]`: one report preset for city hall."""

import argparse
import sys
from datetime import date

from seecodesk.core.report_period import ReportPeriod
from seecodesk.exchange.member_export import EXPORT_ENCODINGS
from seecodesk.services.report_files import export_report
from seecodesk.services.reports.base import ReportOptions
from seecodesk.storage.database import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("preset", metavar="PRESET", help="보고서 이름 (seecodesk export presets 로 목록을 봅니다)")
    parser.add_argument("out", metavar="OUT", help="만들 파일 (.csv 또는 .xlsx)")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--year", type=int, help="한 해 (기본: 올해)")
    group.add_argument("--from", dest="start", metavar="YYYY-MM", help="시작 월 (--to와 함께)")
    parser.add_argument("--to", dest="end", metavar="YYYY-MM", help="끝 월 (--from과 함께)")
    parser.add_argument("--encoding", choices=EXPORT_ENCODINGS, default=None,
                        help="CSV 인코딩 (기본 utf-8-sig: 한글 엑셀에서 바로 열립니다; cp949는 오래된 프로그램용)")
    parser.add_argument("--thousand-won", action="store_true", help="금액을 천원 단위로 (머리글에 단위를 적습니다)")
    parser.add_argument("--dotted-dates", action="store_true", help="날짜를 2026. 3. 5. 처럼 씁니다")


def run(args: argparse.Namespace) -> int:
    if (args.start is None) != (args.end is None):
        sys.stderr.write("사용법 오류: --from과 --to는 함께 써야 합니다.\n")
        return 2
    period = ReportPeriod.months(args.start, args.end) if args.start else ReportPeriod.year(args.year or date.today().year)
    if args.encoding and args.out.lower().endswith(".xlsx"):
        sys.stderr.write("참고: 엑셀(XLSX) 파일에는 인코딩을 지정하지 않아도 됩니다. --encoding은 무시합니다.\n")
    options = ReportOptions(period, thousand_won=args.thousand_won, dotted_dates=args.dotted_dates)
    db = open_database(args.db, create=False)
    try:
        report, written = export_report(db, args.preset, args.out, options, args.encoding or "utf-8-sig")
    finally:
        db.close()
    print(f"{report.heading}: {written.describe()}")
    for note in report.notes:
        print(f"  {note}")
    if written.kind == "CSV" and len(report.tables) > 1:
        others = ", ".join(t.title for t in report.tables[1:])
        print(f"  참고: 집계 표({others})는 엑셀(XLSX)로 내보낼 때 다른 시트에 함께 들어갑니다.")
    return 0
