"""Who made a change, what 실행 취소 would undo, and a long undo in a worker that stops with nothing undone."""

import csv
import sqlite3

import pytest

from seecodesk.core.errors import StorageProblem
from seecodesk.core.history import LARGE_UNDO_ROWS, UndoPlan, undo_question
from seecodesk.core.origins import COMMAND, OTHER, WINDOW, origin_session, origin_text, origin_words
from seecodesk.services.history import HistoryError, HistoryService
from seecodesk.services.history_origin import acting_as, is_own, this_origin
from seecodesk.services.history_undo import undo_file, undo_plan
from seecodesk.services.workspace import open_workspace
from seecodesk.storage import history as store


def _plan(**changes):
    values = dict(operation_id=7, label="회원사 수정 (가람)", created_at="2026-12-07 09:05:10", rows=3,
                  effect="회원사 1곳 되돌림", origin="window:abc", own=True, is_import=False)
    return UndoPlan(**{**values, **changes})


def _csv(path, rows):
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows([["기업명", "대표자", "전화"],
                                      *[[f"명령줄협동조합{i}", f"대표{i}", f"041-731-{i:04d}"] for i in range(rows)]])
    return path


def _count(path, sql="SELECT count(*) FROM organisations"):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


# --- words ---------------------------------------------------------------------------------------
def test_unit_an_origin_names_its_run_and_its_program():
    assert origin_text(COMMAND, "a1", "seecodesk import members") == "command:a1:seecodesk import members"
    assert origin_session("command:a1:seecodesk import members") == "a1"
    assert origin_session("window:b2") == "b2" and origin_session(None) == "" and origin_session("other:") == ""
    assert origin_words("command:a1:seecodesk import members") == "명령줄 (seecodesk import members)"
    assert origin_words("command:a1") == "명령줄"
    assert origin_words(origin_text(WINDOW, "b2")).startswith("SeeCoDesk의 다른 창")
    assert origin_words("program:c3") == "SeeCoDesk"
    assert origin_words(origin_text(OTHER, "")).startswith("다른 프로그램")
    assert origin_words(None).startswith("알 수 없음")


def test_unit_only_a_small_change_of_this_run_is_undone_without_asking():
    assert not _plan().needs_question and not _plan().large
    assert _plan(rows=LARGE_UNDO_ROWS).needs_question is False
    assert _plan(rows=LARGE_UNDO_ROWS + 1).needs_question and _plan(rows=LARGE_UNDO_ROWS + 1).large
    assert _plan(is_import=True, rows=3).needs_question and _plan(is_import=True, rows=3).large
    assert _plan(own=False, rows=1).needs_question and not _plan(own=False, rows=1).large


def test_unit_the_question_names_what_when_how_many_and_who():
    question, details = undo_question(_plan(own=False, label="가져오기: 회원사 80,000곳", rows=80_000, is_import=True,
                                            origin="command:a1:seecodesk import members", effect="회원사 80,000곳 지움"))
    assert question == "이 창에서 한 것이 아닌 가져오기를 되돌릴까요?"
    assert "작업: 가져오기: 회원사 80,000곳" in details and "한 곳: 명령줄 (seecodesk import members)" in details
    assert "때: 2026. 12. 7. 09:05" in details and "바뀐 기록: 80,000건" in details
    assert "되돌리면: 회원사 80,000곳 지움" in details and "가장 나중의 변경부터" in details
    question, details = undo_question(_plan(rows=500, effect=""))
    assert question == "이 창에서 한 큰 변경을 되돌릴까요?"
    assert "한 곳: 이 창" in details and "되돌리면" not in details and "가장 나중의 변경부터" not in details


# --- who made it -----------------------------------------------------------------------------------
def test_operations_of_this_run_are_its_own_and_a_commands_are_not(db):
    history = HistoryService(db)
    with history.operation("회원사 추가 (가람)"):
        db.execute("INSERT INTO organisations (name, name_key) VALUES ('가람', '가람')")
    plan = undo_plan(history)
    assert plan.own and plan.origin == this_origin() and plan.rows == 1 and not plan.needs_question
    with acting_as(COMMAND, "seecodesk import members") as command, history.operation("가져오기: 회원사 1곳"):
        db.execute("INSERT INTO organisations (name, name_key) VALUES ('나래', '나래')")
    plan = undo_plan(history)
    assert plan.origin == command and not plan.own and plan.is_import and plan.needs_question
    assert is_own(this_origin()) and not is_own(command) and not is_own(None)
    assert undo_plan(HistoryService(db)).effect == "회원사 1곳 지움"


def test_an_edit_of_this_window_and_another_programs_write_are_filed_apart(demo_path):
    workspace = open_workspace(demo_path, lock=False)
    try:
        history = workspace.history
        history.labels()
        workspace.db.execute("UPDATE meetings SET place = '새 장소' WHERE id = (SELECT min(id) FROM meetings)")
        other = sqlite3.connect(demo_path)
        other.executemany("INSERT INTO organisations (name, name_key) VALUES (?, ?)", [("외부1", "외부1"), ("외부2", "외부2")])
        other.commit()
        other.close()
        assert history.labels()[0] == "변경: 회원사 2곳"  # the newest change is on top
        plan = undo_plan(history)
        assert not plan.own and origin_words(plan.origin).startswith("다른 프로그램") and plan.rows == 2
        history.undo(plan.operation_id)
        plan = undo_plan(history)
        assert plan.label == "변경: 회의 1건" and plan.own and not plan.needs_question
    finally:
        workspace.close()


def test_an_import_by_the_command_line_is_not_the_windows_own(tmp_path):
    from seecodesk.cli.main import main
    from seecodesk.demo import write_demo_database

    network = tmp_path / "n.seecodesk"
    write_demo_database(network)
    assert main(["import", "members", str(_csv(tmp_path / "명단.csv", 3)), "--db", str(network)]) == 0
    workspace = open_workspace(network, lock=False)
    try:
        plan = undo_plan(workspace.history)
        assert plan.label == "가져오기: 회원사 3곳" and plan.is_import and not plan.own
        assert origin_words(plan.origin) == "명령줄 (seecodesk import members)"
        assert undo_question(plan)[0] == "이 창에서 한 것이 아닌 가져오기를 되돌릴까요?"
    finally:
        workspace.close()


# --- undoing in a worker ----------------------------------------------------------------------------
def _imported(tmp_path, rows):
    from seecodesk.demo import write_demo_database
    from seecodesk.exchange.member_import import build_preview
    from seecodesk.exchange.reading import read_table
    from seecodesk.services.member_import import import_members
    from seecodesk.storage.database import open_database

    network = tmp_path / "n.seecodesk"
    write_demo_database(network)
    db = open_database(network)
    import_members(db, build_preview(read_table(_csv(tmp_path / "명단.csv", rows)), db))
    operation = store.top(db, store.DONE).id
    db.close()
    return network, operation


def test_a_long_undo_tells_its_progress_and_undoes_everything(tmp_path):
    network, operation = _imported(tmp_path, 600)
    before = _count(network)
    seen = []
    done = undo_file(network, operation, lambda d, t: seen.append((d, t)))
    assert done.label == "가져오기: 회원사 600곳" and done.effect == "회원사 600곳 지움"
    assert _count(network) == before - 600
    assert seen[-1] == (600, 600) and len(seen) >= 3 and all(t == 600 for _, t in seen)


def test_a_stopped_undo_leaves_nothing_undone(tmp_path):
    network, operation = _imported(tmp_path, 600)
    before = _count(network), _count(network, "SELECT count(*) FROM history_changes")

    def stop(done, _total):
        if done >= 300:
            raise KeyboardInterrupt  # what a cancel raises in the worker, as far as the service knows

    with pytest.raises(KeyboardInterrupt):
        undo_file(network, operation, stop)
    assert (_count(network), _count(network, "SELECT count(*) FROM history_changes")) == before
    conn = sqlite3.connect(network)
    assert store.top(conn, store.DONE).id == operation  # still on top, still undoable
    conn.close()


def test_an_undo_of_another_operation_than_the_one_agreed_to_is_refused(tmp_path):
    network, operation = _imported(tmp_path, 3)
    with pytest.raises(HistoryError, match="그사이 다른 변경"):
        undo_file(network, operation + 1000)
    assert _count(network, "SELECT count(*) FROM organisations WHERE name LIKE '명령줄협동조합%'") == 3


def test_an_undo_while_another_program_holds_the_file_says_so_in_korean(tmp_path, monkeypatch):
    import seecodesk.storage.database as database

    network, operation = _imported(tmp_path, 3)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(network)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageProblem) as raised:
            undo_file(network, operation)
    finally:
        holder.rollback()
        holder.close()
    assert str(raised.value).startswith("다른 프로그램이 데이터베이스 파일을 쓰고 있어")
    assert undo_file(network, operation).label == "가져오기: 회원사 3곳"
