"""`seecodesk print form peer-consulting` and `print consulting-report`: files written, Korean errors, exit codes."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from seecodesk.services.consulting import ConsultingService
from seecodesk.storage.database import open_database
from tests.consulting_helpers import pdf_text, pdfinfo

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args, cwd):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "seecodesk", *args], capture_output=True, text=True, cwd=cwd, env=env)


@pytest.fixture
def demo_ids(demo_path):
    db = open_database(demo_path)
    service = ConsultingService(db)
    apps = {a.status: a for a in service.applications()}
    done = apps["완료"]
    ids = {"app": int(done.id), "match": int(service.work.matches(int(done.id))[0].id)}
    db.close()
    return ids


def test_blank_and_filled_forms_are_written(demo_path, demo_ids, tmp_path):
    blank = run_cli("print", "form", "peer-consulting", "blank.pdf", "--db", str(demo_path), cwd=tmp_path)
    assert blank.returncode == 0, blank.stderr
    assert "빈 서식" in blank.stdout and "Pages:           1" in pdfinfo(tmp_path / "blank.pdf")
    filled = run_cli("print", "form", "peer-consulting", "filled.pdf", "--application", str(demo_ids["app"]),
                     "--db", str(demo_path), cwd=tmp_path)
    assert filled.returncode == 0, filled.stderr
    assert "새벽빵협동조합" in pdf_text(tmp_path / "filled.pdf")


def test_result_report_is_written(demo_path, demo_ids, tmp_path):
    result = run_cli("print", "consulting-report", str(demo_ids["match"]), "r.pdf", "--db", str(demo_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "동료컨설팅 결과보고서" in pdf_text(tmp_path / "r.pdf")


@pytest.mark.parametrize("args,message", [
    (("print", "form", "membership", "x.pdf"), "알 수 없는 서식"),
    (("print", "form", "peer-consulting", "x.pdf", "--application", "999"), "찾을 수 없습니다"),
    (("print", "form", "peer-consulting", "no/such/dir/x.pdf"), "폴더가 없습니다"),
    (("print", "consulting-report", "999", "x.pdf"), "매칭 999번"),
])
def test_user_errors_are_one_korean_line_and_exit_1(demo_path, tmp_path, args, message):
    result = run_cli(*args, "--db", str(demo_path), cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.startswith("오류: ") and message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_missing_database_and_bad_usage(tmp_path):
    missing = run_cli("print", "form", "peer-consulting", "x.pdf", "--db", "none.seecodesk", cwd=tmp_path)
    assert missing.returncode == 1 and "찾을 수 없습니다" in missing.stderr
    assert not (tmp_path / "none.seecodesk").exists()
    bad_id = run_cli("print", "form", "peer-consulting", "x.pdf", "--application", "abc", "--db", "d", cwd=tmp_path)
    assert bad_id.returncode == 2 and "숫자" in bad_id.stderr
    no_out = run_cli("print", "consulting-report", "--db", "d", cwd=tmp_path)
    assert no_out.returncode == 2 and "사용법 오류" in no_out.stderr


def test_a_long_application_says_which_answers_continue_on_the_continuation_sheet(demo_path, tmp_path, capsys):
    from dataclasses import replace

    from seecodesk.cli.main import main

    db = open_database(demo_path)
    service = ConsultingService(db)
    app = service.applications()[0]
    past = "\n".join(f"{year}년 판로 지원 사업 참여 (컨설팅 {year - 2000}회)" for year in range(2001, 2060))
    service.save_application(replace(service.application(int(app.id)), past_participation=past))
    db.close()
    out = tmp_path / "form.pdf"
    assert main(["print", "form", "peer-consulting", str(out), "--application", str(app.id), "--db", str(demo_path)]) == 0
    printed = capsys.readouterr().out
    assert "참고: 칸에 다 들어가지 않은 내용(과거 참여 내역)은 별지(신청서 계속)에 이어 인쇄했습니다." in printed
    assert "2059년판로" in pdf_text(out).replace(" ", "") and "Pages:           1\n" not in pdfinfo(out)
