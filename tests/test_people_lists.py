"""The people export (consent-filtered), a body's 연락망 (masked phones) and mailing labels inside their cells."""

import re
import sqlite3
import subprocess
import unicodedata

import pandas as pd
import pytest
from openpyxl import load_workbook
from reportlab.lib.units import mm

from seecodesk.cli.main import main
from seecodesk.core.contact_release import masked_phone
from seecodesk.core.errors import NotFoundError
from seecodesk.core.label_sheets import LABEL_SHEETS, sheet_named
from seecodesk.reports.labels import MailingLabel, write_labels


def word_boxes(path):
    """(page number, x0, y0, x1, y1, word) of every word, y from the top of the page, in points."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    boxes = []
    for number, page in enumerate(html.split("<page ")[1:], start=1):
        for x0, y0, x1, y1, word in re.findall(
                r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page):
            boxes.append((number, float(x0), float(y0), float(x1), float(y1), word))
    return boxes


def cells_in_points(sheet):
    return [tuple(v * mm for v in sheet.cell(i)) for i in range(sheet.per_page)]


def inside(box, cell, slack=0.5):
    _page, x0, y0, x1, y1, _word = box
    left, top, width, height = cell
    return left - slack <= x0 and x1 <= left + width + slack and top - slack <= y0 and y1 <= top + height + slack


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_every_sheet_lies_on_a4_and_unknown_names_list_the_sheets():
    assert all(sheet.fits_a4() for sheet in LABEL_SHEETS)
    assert {"2x8", "3x7"} <= {s.name for s in LABEL_SHEETS} and sheet_named("3 × 7").per_page == 21
    assert sheet_named("2x8").per_page == 16
    with pytest.raises(NotFoundError, match="2x8.*3x7"):
        sheet_named("4x4")


@pytest.mark.parametrize("sheet", LABEL_SHEETS, ids=lambda s: s.name)
def test_every_word_of_every_label_lands_inside_its_own_cell(sheet, tmp_path):
    awkward = [
        MailingLabel("충청남도 가람시 중앙동 들꽃길 157, " + "가람사회적경제혁신타운 " * 40, "<b>아주&긴</b> 이름의 협동조합" * 3, "홍길동"),
        MailingLabel("서울특별시 😀 마포구 월드컵북로 " + "1" * 300, unicodedata.normalize("NFD", "한울장터협동조합"), ""),
        MailingLabel("=SUM(A1) 주소", "짧은곳", "김"),
    ] + [MailingLabel(f"충청남도 가람시 {n}번길", f"회원사{n:02d}", f"대표{n}") for n in range(sheet.per_page)]
    out = write_labels(tmp_path / "labels.pdf", sheet, awkward, "네트워크")
    boxes = word_boxes(out)
    cells = cells_in_points(sheet)
    for box in boxes:
        assert any(inside(box, cell) for cell in cells), box
    for index, label in enumerate(awkward[3:], start=3):  # each name sits in the cell of its turn
        page, cell = index // sheet.per_page + 1, cells[index % sheet.per_page]
        assert any(b[5] == label.name and b[0] == page and inside(b, cell) for b in boxes), label.name
    text = pdf_text(out)
    assert "<b>아주&긴</b>" in text and "…" in text  # printed literally; the endless address shortened


def test_the_labels_command_prints_member_addresses_on_the_sheet_asked_for(demo_path, tmp_path, capsys):
    out = tmp_path / "labels.pdf"
    assert main(["print", "labels", str(out), "--db", str(demo_path), "--sheet", "3x7"]) == 0
    assert "주소 라벨" in capsys.readouterr().out
    with sqlite3.connect(demo_path) as conn:
        members = conn.execute("SELECT count(*) FROM organisations o WHERE EXISTS (SELECT 1 FROM membership_periods m "
                               "WHERE m.organisation_id = o.id AND m.left_on = '')").fetchone()[0]
    boxes = word_boxes(out)
    assert max(b[0] for b in boxes) == -(-members // 21)
    assert sum(1 for b in boxes if b[5] == "귀하") == members
    cells = cells_in_points(sheet_named("3x7"))
    assert all(any(inside(b, c) for c in cells) for b in boxes)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes " in line for line in fonts)
    assert main(["print", "labels", str(out), "--db", str(demo_path), "--sheet", "5x5"]) == 1
    assert "쓸 수 있는 용지: 2x8" in capsys.readouterr().err


def test_the_people_export_keeps_contacts_only_under_third_party_consent(demo_path, tmp_path, capsys):
    with sqlite3.connect(demo_path) as conn:
        agreed, refused = (conn.execute(
            "SELECT p.name, p.mobile FROM people p JOIN consents c ON c.person_id = p.id "
            "WHERE c.third_party = ? AND p.mobile != '' ORDER BY p.id LIMIT 1", [flag]).fetchone() for flag in (1, 0))
        conn.execute("UPDATE people SET title = '=HYPERLINK(\"x\")', phone = '02-123-4567' WHERE name = ?", [agreed[0]])
    out = tmp_path / "people.xlsx"
    assert main(["export", "people", str(out), "--db", str(demo_path)]) == 0
    said = capsys.readouterr().out
    assert "비워 둔 연락처" in said
    sheet = load_workbook(out).active
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows[agreed[0]][4] == agreed[1] and rows[agreed[0]][5] == "02-123-4567"  # leading zero kept, text
    assert rows[agreed[0]][3] == "=HYPERLINK(\"x\")"  # as stored, a text cell: Excel shows it and never runs it
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)
    assert rows[refused[0]][4] is None
    for encoding in ("utf-8-sig", "cp949"):
        csv_out = tmp_path / f"people-{encoding}.csv"
        assert main(["export", "people", str(csv_out), "--db", str(demo_path), "--encoding", encoding]) == 0
        frame = pd.read_csv(csv_out, encoding=encoding, dtype=str)
        assert list(frame.columns[:3]) == ["이름", "소속 기관", "소속 구분"]
        row = frame[frame["이름"] == agreed[0]].iloc[0]
        assert row["직함"].startswith("'=") and row["전화"] == "02-123-4567"


def test_an_exported_list_imports_again_without_doubling_anyone(demo_path, tmp_path, capsys):
    out = tmp_path / "people.csv"
    assert main(["export", "people", str(out), "--db", str(demo_path)]) == 0
    with sqlite3.connect(demo_path) as conn:
        before = conn.execute("SELECT count(*) FROM people").fetchone()[0]
    assert main(["import", "people", str(out), "--db", str(demo_path)]) == 0
    assert "아무것도 바꾸지 않았습니다" in capsys.readouterr().out
    with sqlite3.connect(demo_path) as conn:
        assert conn.execute("SELECT count(*) FROM people").fetchone()[0] == before


def test_the_contact_list_masks_phones_without_consent(demo_path, tmp_path, capsys):
    out = tmp_path / "tft.pdf"
    assert main(["print", "contacts", "공공구매TFT", str(out), "--db", str(demo_path)]) == 0
    assert "가린 연락처 1건" in capsys.readouterr().out
    text = pdf_text(out)
    assert "공공구매TFT 연락망" in text and "041-***-" in text and "팀장 2021" in text
    assert re.search(r"\d{4}\. \d{1,2}\. \d{1,2}\.\([월화수목금토일]\)", text)  # the paper date in the footer
    csv_out = tmp_path / "education.csv"
    assert main(["print", "contacts", "교육 소통 분과", str(csv_out), "--db", str(demo_path)]) == 0
    frame = pd.read_csv(csv_out, encoding="utf-8-sig", dtype=str).fillna("")
    masked = frame[frame["휴대전화"].str.contains(r"\*")]
    assert len(masked) == 1 and masked.iloc[0]["이메일"] == ""
    assert (frame["휴대전화"].str.match(r"010-\d{4}-\d{4}")).sum() == len(frame) - 1


def test_an_unknown_body_or_file_type_is_one_korean_sentence(demo_path, tmp_path, capsys):
    assert main(["print", "contacts", "없는분과", str(tmp_path / "x.pdf"), "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("오류: 분과·기구 '없는분과'") and "교육소통분과" in err and "이사회" in err
    assert main(["print", "contacts", "4", str(tmp_path / "x.txt"), "--db", str(demo_path)]) == 1
    assert ".pdf, .csv 또는 .xlsx" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["print", "contacts", "이사회", "--db", str(demo_path)])
    assert exit_.value.code == 2


def test_masked_phone_keeps_the_first_and_last_groups():
    assert masked_phone("010-1234-5678") == "010-****-5678"
    assert masked_phone("041-730-1234") == "041-***-1234"
    assert masked_phone("01012345678") == "010-****-5678"
