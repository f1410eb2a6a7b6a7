"""The command line as people script it: demo, check, usage errors, Korean messages, exit codes."""

import subprocess
import sys


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "seecodesk", *args], capture_output=True, text=True, cwd=cwd)


def test_demo_writes_a_checked_database_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "demo.seecodesk"
    made = run_cli("demo", str(target))
    assert made.returncode == 0, made.stderr
    assert "데모 네트워크를 만들었습니다" in made.stdout
    checked = run_cli("check", "--db", str(target))
    assert checked.returncode == 0
    assert "이상 없음" in checked.stdout
    size = target.stat().st_size
    again = run_cli("demo", str(target))
    assert again.returncode == 1
    assert "덮어쓰지 않" in again.stderr
    assert "Traceback" not in again.stderr
    assert target.stat().st_size == size


def test_check_on_a_missing_file_is_one_korean_line(tmp_path):
    result = run_cli("check", "--db", str(tmp_path / "nothing.seecodesk"))
    assert result.returncode == 1
    assert result.stderr.startswith("오류: ")
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "nothing.seecodesk").exists()


def test_bad_usage_exits_2_in_korean():
    result = run_cli("check")
    assert result.returncode == 2
    assert "사용법 오류" in result.stderr
    assert run_cli("frobnicate").returncode == 2


def test_help_is_korean():
    result = run_cli("print", "--help")
    assert result.returncode == 0
    assert "사용법:" in result.stdout and "옵션" in result.stdout
    assert "usage:" not in result.stdout and "show this help" not in result.stdout


def test_every_command_is_documented_in_the_readme():
    from pathlib import Path

    from seecodesk.cli.main import GROUPS, TOP_COMMANDS

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    names = [f"seecodesk {name}" for name in TOP_COMMANDS]
    names += [f"seecodesk {group} {name}" for group, (commands, _) in GROUPS.items() for name in commands]
    assert [name for name in names if name not in readme] == []


def test_the_window_options_are_read_without_the_command_parser():
    from seecodesk.cli.main import window_options

    assert window_options([]) == (None, False)
    assert window_options(["--db", "가람.seecodesk"]) == ("가람.seecodesk", False)
    assert window_options(["--db=가람.seecodesk", "--demo"]) == ("가람.seecodesk", True)
    # commands, help and mistakes go to the full parser (Korean help and errors)
    for argv in (["demo", "x.seecodesk"], ["--db", "x", "check"], ["--help"], ["--db"], ["--db", "--demo"], ["--colour"]):
        assert window_options(argv) is None



def test_help_lists_every_command_and_every_group_lists_its_own():
    from seecodesk.cli.main import GROUPS, TOP_COMMANDS

    top = run_cli("--help")
    assert top.returncode == 0
    for name in [*TOP_COMMANDS, *GROUPS]:
        assert f"    {name} " in top.stdout or f"    {name}\n" in top.stdout, name
    for group, (commands, _) in GROUPS.items():
        listed = run_cli(group, "--help").stdout
        assert [name for name in commands if f"    {name} " not in listed and f"    {name}\n" not in listed] == []


LAZY_CHILD = """
import sys
from seecodesk.cli.main import build_parser, main
build_parser(sys.argv[1:2]).format_help()
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = sorted(m for m in ("reportlab", "sqlite_utils", "PIL", "openpyxl", "PySide6") if m in sys.modules)
print(",".join(heavy) or "none")
"""


def test_help_and_check_import_nothing_heavy(tmp_path):
    """The parser imports a command's module only when that command runs: help and `check` start fast."""
    made = run_cli("demo", str(tmp_path / "demo.seecodesk"))
    assert made.returncode == 0, made.stderr
    for argv in (["--help"], ["print", "--help"], ["check", "--db", str(tmp_path / "demo.seecodesk")]):
        child = subprocess.run([sys.executable, "-c", LAZY_CHILD, *argv], capture_output=True, text=True)
        assert child.stdout.splitlines()[-1] == "none", (argv, child.stdout, child.stderr)


def test_each_command_has_the_same_options_built_alone_as_in_the_whole_parser():
    from seecodesk.cli.main import GROUPS, TOP_COMMANDS, build_parser

    whole = build_parser()
    paths = [[name] for name in TOP_COMMANDS]
    paths += [[group, name] for group, (commands, _) in GROUPS.items() for name in commands]
    for path in paths:
        alone = build_parser([*path, "--help"])
        assert _command_help(alone, path) == _command_help(whole, path), path


def _command_help(parser, path):
    for word in path:
        subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
        parser = subparsers.choices[word]
    return parser.format_help()
