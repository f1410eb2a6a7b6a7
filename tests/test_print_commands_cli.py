"""Every `seecodesk print …` command, when the output cannot be written: one Korean sentence, exit 1, no file."""

from pathlib import Path

import pytest

from seecodesk.cli.main import main

COMMANDS = {
    "minutes": ["minutes", "1"],
    "notice": ["notice", "1"],
    "signin": ["signin", "1"],
    "agreement": ["agreement", "1"],
    "labels": ["labels"],
    "receipt": ["receipt", "2026", "1"],
    "dues-notice": ["dues-notice", "2026"],
    "contacts": ["contacts", "이사회"],
    "form": ["form", "peer-consulting"],
    "network": ["network"],
}


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs a folder that refuses new files (Linux /proc)")
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_print_to_a_place_that_cannot_hold_files_is_one_korean_sentence(command, demo_path, capsys):
    out = Path("/proc/seecodesk-test.pdf")
    code = main(["print", *COMMANDS[command], str(out), "--db", str(demo_path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "저장하지 못했습니다" in err and str(out) in err
    assert "예기치" not in err


@pytest.mark.parametrize("command", ["minutes", "labels", "agreement"])
def test_print_into_a_missing_folder_is_refused_before_any_work(command, demo_path, tmp_path, capsys):
    out = tmp_path / "없는 폴더" / "결과.pdf"
    code = main(["print", *COMMANDS[command], str(out), "--db", str(demo_path)])
    assert code == 1 and "저장할 폴더가 없습니다" in capsys.readouterr().err
    assert not out.parent.exists()


def test_print_contacts_as_a_table_names_the_file_not_a_pdf(demo_path, capsys):
    code = main(["print", "contacts", "이사회", "/proc/연락망.csv", "--db", str(demo_path)])
    err = capsys.readouterr().err
    assert code == 1 and "파일을 저장하지 못했습니다: /proc/연락망.csv" in err


@pytest.mark.parametrize("number", ["0", "-3", "abc", "1.5"])
def test_a_meeting_number_that_is_not_one_is_a_usage_error(number, demo_path, tmp_path, capsys):
    with pytest.raises(SystemExit) as exited:
        main(["print", "minutes", number, str(tmp_path / "m.pdf"), "--db", str(demo_path)])
    assert exited.value.code == 2 and "회의 번호는" in capsys.readouterr().err
    assert not (tmp_path / "m.pdf").exists()
