"""Entry point of the `seecodesk` command."""

from __future__ import annotations

import gc
import importlib
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from seecodesk.core.errors import SeeCoDeskError

if TYPE_CHECKING:
    import argparse

    from seecodesk.cli.parser import KoreanArgumentParser

# Each command lives in its own module with `add_arguments(parser)` and `run(args) -> int`; the module is
# imported only when the command line names it (build_parser), so `--help` and `check` never load ReportLab.
TOP_COMMANDS = {
    "demo": ("seecodesk.cli.demo_command", "데모 네트워크 데이터베이스를 만듭니다"),
    "check": ("seecodesk.cli.check_command", "데이터베이스 무결성을 검사합니다"),
    "backup": ("seecodesk.cli.backup_command", "검사를 마친 백업을 지금 만듭니다"),
    "backups": ("seecodesk.cli.backups_command", "백업 목록을 보여 줍니다"),
    "restore": ("seecodesk.cli.restore_command", "백업으로 되돌립니다 (지금 파일은 안전 사본으로 보관)"),
    "archive": ("seecodesk.cli.archive_command", "한 해 기록을 인수인계 자료(zip)로 묶습니다"),
}
IMPORT_COMMANDS = {
    "members": ("seecodesk.cli.import_members", "회원사 명단(CSV/XLSX)을 가져옵니다"),
    "trades": ("seecodesk.cli.import_trades", "상호거래 실적 조사표(CSV/XLSX)를 가져옵니다"),
    "figures": ("seecodesk.cli.import_figures", "회원사 연도별 현황(고용·매출·사회공헌)을 가져옵니다"),
    "people": ("seecodesk.cli.import_people", "사람 명단(이름, 소속 기관, 연락처, 역할)을 CSV/XLSX에서 가져옵니다"),
}
EXPORT_COMMANDS = {
    "members": ("seecodesk.cli.export_members", "회원사 명단을 CSV/XLSX로 내보냅니다"),
    "agreements": ("seecodesk.cli.export_agreements", "업무협약 목록을 CSV/XLSX로 내보냅니다"),
    "trades": ("seecodesk.cli.export_trades", "상호거래 기록을 CSV/XLSX로 내보냅니다"),
    "presets": ("seecodesk.cli.export_presets", "시청 제출용 보고서 목록"),
    "report": ("seecodesk.cli.export_report", "시청 제출용 보고서를 CSV/XLSX로 내보냅니다"),
    "dues": ("seecodesk.cli.export_dues", "한 해의 회비 대장을 CSV/XLSX로 내보냅니다"),
    "people": ("seecodesk.cli.export_people", "사람 명단을 CSV/XLSX로 내보냅니다 (동의한 연락처만)"),
}
PRINT_COMMANDS = {
    "schedule": ("seecodesk.cli.print_schedule", "진행 일정표 PDF"),
    "minutes": ("seecodesk.cli.print_minutes", "회의록 PDF"),
    "signin": ("seecodesk.cli.print_signin", "참석자 명부 PDF"),
    "form": ("seecodesk.cli.print_form", "서식 PDF (peer-consulting)"),
    "consulting-report": ("seecodesk.cli.print_consulting_report", "동료컨설팅 결과보고서 PDF"),
    "catalog": ("seecodesk.cli.print_catalog", "회원사 카탈로그 PDF"),
    "dues-notice": ("seecodesk.cli.print_dues_notice", "회비 납부 안내 PDF (회원사마다 한 쪽)"),
    "receipt": ("seecodesk.cli.print_receipt", "회비 영수증 PDF"),
    "notice": ("seecodesk.cli.print_notice", "회의 개최 안내 공문 PDF (발송 대장 번호)"),
    "network": ("seecodesk.cli.print_network", "네트워크 관계망 그림과 지표 PDF"),
    "agreement": ("seecodesk.cli.print_agreement", "업무협약서 PDF"),
    "contacts": ("seecodesk.cli.print_contacts", "분과·기구 연락망 PDF (또는 CSV·XLSX)"),
    "labels": ("seecodesk.cli.print_labels", "회원사 주소 라벨 PDF (A4 라벨 용지)"),
}
PERSON_COMMANDS = {
    "export": ("seecodesk.cli.person_export", "한 사람에 관해 보관 중인 모든 정보를 JSON으로 저장합니다"),
    "forget": ("seecodesk.cli.person_forget", "한 사람의 개인정보를 파기합니다 (이력과 파일 속 흔적까지)"),
}
GROUPS = {
    "import": (IMPORT_COMMANDS, "파일에서 가져오기"),
    "export": (EXPORT_COMMANDS, "파일로 내보내기"),
    "print": (PRINT_COMMANDS, "PDF로 인쇄하기"),
    "person": (PERSON_COMMANDS, "개인정보: 열람(export)과 파기(forget)"),
}


def _add_command(subparsers: argparse._SubParsersAction, name: str, module_name: str, help_text: str,
                 wanted: bool) -> None:
    parser = subparsers.add_parser(name, help=help_text, description=help_text)
    if not wanted:  # listed in the help with its name and line; its options are added only when it runs
        return
    module = importlib.import_module(module_name)
    module.add_arguments(parser)
    parser.set_defaults(run=module.run)


def build_parser(argv: Sequence[str] | None = None) -> KoreanArgumentParser:
    """The whole command line; a command's own module (and what it imports: ReportLab, sqlite-utils …)
    is imported only when `argv` names it, so help and `check` start as fast as Python does.

    Without `argv`, every command's module is imported and every option added.
    """
    from seecodesk.cli.parser import KoreanArgumentParser

    words = None if argv is None else set(argv)
    parser = KoreanArgumentParser(prog="seecodesk", description="SeeCoDesk — 사회적경제 네트워크 사무국 프로그램")
    parser.add_argument("--db", help="열 데이터베이스 파일 (창 모드)")
    parser.add_argument("--demo", action="store_true", help="데모 네트워크의 새 사본으로 창을 엽니다")
    from seecodesk.build_info import version_line

    parser.add_argument("--version", action="version", version=version_line(), help="버전을 보여 주고 끝냅니다")
    subparsers = parser.add_subparsers(dest="command", metavar="명령", parser_class=KoreanArgumentParser)
    for name, (module_name, help_text) in TOP_COMMANDS.items():
        _add_command(subparsers, name, module_name, help_text, words is None or name in words)
    for group, (commands, help_text) in GROUPS.items():
        group_parser = subparsers.add_parser(group, help=help_text, description=help_text)
        group_sub = group_parser.add_subparsers(dest="what", metavar="대상", required=True,
                                                parser_class=KoreanArgumentParser)
        for name, (module_name, sub_help) in commands.items():
            wanted = words is None or (group in words and name in words)
            _add_command(group_sub, name, module_name, sub_help, wanted)
    return parser


class WindowOptions(NamedTuple):
    db: str | None = None
    demo: bool = False


def window_options(argv: Sequence[str]) -> WindowOptions | None:
    """The window's options when `argv` holds nothing but `--db PATH` and `--demo`; None otherwise.

    The window needs no parser at all (not even argparse); anything else (a command, --help, a
    mistake) goes to the parser, which imports only the module of the command named.
    """
    db, demo, words = None, False, list(argv)
    while words:
        word = words.pop(0)
        if word == "--demo":
            demo = True
        elif word == "--db" and words and not words[0].startswith("-"):
            db = words.pop(0)
        elif word.startswith("--db="):
            db = word.removeprefix("--db=")
        else:
            return None
    return WindowOptions(db, demo)


def start_window(options: WindowOptions) -> int:
    """Open the window and return its exit code when it closes."""
    # Start-up builds thousands of long-lived objects (Qt classes, enums, the first screen) and the
    # collector would sweep them again and again for nothing; run_window turns it back on once the
    # window has painted.
    gc.disable()
    if options.db:  # opened (unless the demo is asked for) on a thread while the window's modules load; its
        # quick check is started too, held until the window has painted
        from seecodesk.storage.early_check import start_quick_check

        start_quick_check(options.db, hold=True)
        if not options.demo:
            from seecodesk.services.early_open import start_opening

            start_opening(options.db)
    from seecodesk.app import run_window

    return run_window(db_path=options.db, demo=options.demo)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command (or the window) and return the process exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    window = window_options(argv)
    if window is not None:
        return start_window(window)
    args = build_parser(argv).parse_args(argv)
    if args.command is None:
        return start_window(WindowOptions(args.db, args.demo))
    try:
        return _run(args)
    except SeeCoDeskError as error:
        sys.stderr.write(f"오류: {error}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("중단되었습니다.\n")
        return 1
    except Exception as error:  # noqa: BLE001 - the last line of defence: never a traceback on the console
        from seecodesk.storage.problems import known_problem

        problem = known_problem(error)
        if problem is not None:  # a full disk or a read-only folder while writing a PDF or an export
            sys.stderr.write(f"오류: {problem}\n")
            return 1
        log_path = _log_crash()
        sys.stderr.write(f"오류: 예기치 못한 문제가 생겼습니다 ({type(error).__name__}). 자세한 내용: {log_path}\n")
        return 1


def _run(args: argparse.Namespace) -> int:
    """Run the command, its changes recorded as the command's (a window asks before undoing them); a print
    command also says which characters no bundled font has (printed as □)."""
    from seecodesk.core.origins import COMMAND
    from seecodesk.services.history_origin import acting_as

    named = " ".join(["seecodesk", args.command, *([args.what] if getattr(args, "what", None) else [])])
    with acting_as(COMMAND, named):
        return _run_command(args)


def _run_command(args: argparse.Namespace) -> int:
    if args.command != "print":
        return int(args.run(args) or 0)
    from seecodesk.reports.glyphs import collecting_missing, missing_warning

    with collecting_missing() as missing:
        code = int(args.run(args) or 0)
    if missing:
        sys.stderr.write(f"경고: {missing_warning(missing)}\n")
    return code


def _log_crash() -> str:
    from seecodesk.logs import file_logger
    from seecodesk.paths import log_file

    file_logger("ERROR").exception("명령 실행 중 오류")
    return str(log_file())
