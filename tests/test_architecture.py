"""The hard line between domain and GUI, and generated forms kept up to date."""

import re
from pathlib import Path

import seecodesk
from seecodesk.gui.forms.compile import UI_DIR, compile_form, generated_name

PACKAGE = Path(seecodesk.__file__).parent
QT_IMPORT = re.compile(r"^\s*(from|import)\s+PySide6", re.MULTILINE)
SQL_CALL = re.compile(r"\bdb\.(execute|query|executescript)\(|\bdb\[|\.conn\.execute")
# storage/ is where SQL lives; demo/ builds fictional data directly; the workspace checkpoints the WAL on close.
SQL_ALLOWED = ("storage/", "demo/", "services/workspace.py")


def test_nothing_outside_gui_and_app_imports_qt():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith("gui/") or relative in ("app.py",):
            continue
        if QT_IMPORT.search(path.read_text(encoding="utf-8")):
            offenders.append(relative)
    assert offenders == []


def test_sql_runs_only_in_storage():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative.startswith(SQL_ALLOWED):
            continue
        offenders += [f"{relative}:{n}" for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                      if SQL_CALL.search(line)]
    assert offenders == []


def test_generated_forms_match_their_ui_files():
    ui_files = sorted(UI_DIR.glob("*.ui"))
    assert ui_files, "ui/ holds the Designer forms"
    stale = [f.name for f in ui_files
             if not generated_name(f).exists() or generated_name(f).read_text(encoding="utf-8") != compile_form(f)]
    assert stale == [], "run: python -m seecodesk.gui.forms.compile"


def test_the_window_start_path_leaves_heavy_libraries_for_later():
    """What the first screen (홈) needs is imported before it paints; sqlite_utils, ReportLab and pandas are not.
    The 회원 page stays as light: it is one click away."""
    import subprocess
    import sys

    code = ("import sys; from seecodesk.cli.main import window_options; window_options(['--db', 'x']); "
            "import seecodesk.app, seecodesk.gui.home.page, seecodesk.gui.members.page; "
            "print(' '.join(m for m in ('sqlite_utils', 'reportlab', 'pandas', 'openpyxl', 'seecodesk.gui.help_dialogs', "
            "'seecodesk.gui.crash_dialog', 'seecodesk.gui.file_dialogs', 'seecodesk.gui.welcome', "
            "'PySide6.QtPdf') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert loaded == []


def test_the_home_screen_is_built_without_heavy_libraries(tmp_path):
    """Painting 홈 on the demo network (its queries and its page) wakes no sqlite_utils, ReportLab or pandas."""
    import subprocess
    import sys

    from seecodesk.demo import write_demo_database

    path = tmp_path / "demo.seecodesk"
    write_demo_database(path)
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; "
            "from seecodesk.app import make_application; from seecodesk.services.workspace import open_workspace; "
            "from seecodesk.gui.home.page import create_page; make_application(); "
            f"page = create_page(open_workspace({str(path)!r}, lock=False)); page.show(); "
            "assert page.line_buttons; "
            "print(' '.join(m for m in ('sqlite_utils', 'reportlab', 'pandas', 'openpyxl') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == []
