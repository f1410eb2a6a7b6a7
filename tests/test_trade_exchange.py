"""`seecodesk import trades`, `export agreements` and `export trades`: all rows or none, Korean Excel files."""

import csv
import sqlite3

import pandas as pd
import pytest
from openpyxl import Workbook, load_workbook

from seecodesk.cli.main import main


def write_csv(path, rows, encoding="cp949"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return path


def trade_count(path):
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM trades WHERE deleted_at IS NULL").fetchone()[0]


def business_number(path, name):
    with sqlite3.connect(path) as conn:
        number = conn.execute("SELECT business_number FROM organisations WHERE name = ?", [name]).fetchone()[0]
    return number


def test_survey_sheet_with_title_row_imports_and_links_agreements(demo_path, tmp_path, capsys):
    before = trade_count(demo_path)
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["2026년 회원사 상호거래 실적 조사"])
    sheet.append(["연번", "구매처", "판매처", "판매처 사업자등록번호", "거래일자", "거래품목", "거래금액", "비고"])
    sheet.append([1, "가람로컬푸드협동조합", "", business_number(demo_path, "은하골수제맥주협동조합"), "2026-11-20",
                  "가람 보리 에일", 600000, ""])
    sheet.append([2, "㈜ 초록에너지", "가람목공 협동조합", "", "2026.11.21", "원목 도마 10개", "32만원", "<견적 포함> & 배송"])
    source = tmp_path / "조사표.xlsx"
    workbook.save(source)
    assert main(["import", "trades", str(source), "--db", str(demo_path), "--dry-run"]) == 0
    assert trade_count(demo_path) == before
    assert main(["import", "trades", str(source), "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "협약에 연결되는 거래: 1건" in out and "거래 2건을 더했습니다" in out
    with sqlite3.connect(demo_path) as conn:
        rows = conn.execute("SELECT item, amount, agreement_id IS NOT NULL, note FROM trades ORDER BY id DESC LIMIT 2").fetchall()
    assert rows == [("원목 도마 10개", 320000, 0, "<견적 포함> & 배송"), ("가람 보리 에일", 600000, 1, "")]
    assert main(["import", "trades", str(source), "--db", str(demo_path)]) == 1
    assert "이미 기록된 거래" in capsys.readouterr().err and trade_count(demo_path) == before + 2


def test_bad_rows_refuse_the_whole_file_with_row_numbers(demo_path, tmp_path, capsys):
    before = trade_count(demo_path)
    source = write_csv(tmp_path / "bad.csv", [
        ["구매기관", "판매기관", "거래일", "품목", "금액"],
        ["새벽빵협동조합", "은빛인쇄(주)", "2026-10-01", "리플릿", "300,000"],
        ["없는협동조합", "은빛인쇄(주)", "2026-10-02", "리플릿", "300,000"],
        ["새벽빵협동조합", "새벽빵협동조합", "2026-10-03", "빵", "1000"],
        ["새벽빵협동조합", "은빛인쇄(주)", "2026-02-30", "리플릿", "삼십만원"],
        ["새벽빵협동조합", "은빛인쇄(주)", "2026-10-05", "담당 900101-1234567", "1000"],
    ])
    assert main(["import", "trades", str(source), "--db", str(demo_path)]) == 1
    err = capsys.readouterr().err
    assert "3행 [구매기관] 오류" in err and "4행 [판매기관] 오류" in err and "5행 [거래일] 오류" in err
    assert "5행 [금액] 오류" in err and "6행 [품목] 오류: 주민등록번호" in err and "1234567" not in err
    assert "(3, 4, 5, 6행)" in err and "아무것도 가져오지 않았습니다" in err
    assert trade_count(demo_path) == before


def test_missing_columns_and_unreadable_files_are_korean_errors(demo_path, tmp_path, capsys):
    source = write_csv(tmp_path / "x.csv", [["구매기관", "품목"], ["새벽빵협동조합", "빵"]])
    assert main(["import", "trades", str(source), "--db", str(demo_path)]) == 1
    assert "필요한 열이 없습니다: 판매 기관, 거래일, 금액" in capsys.readouterr().err
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really")
    assert main(["import", "trades", str(broken), "--db", str(demo_path)]) == 1
    assert "읽을 수 없는 파일입니다: broken.xlsx" in capsys.readouterr().err


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp949"])
def test_agreements_export_opens_in_korean_excel(demo_path, tmp_path, encoding):
    out = tmp_path / "협약.csv"
    assert main(["export", "agreements", str(out), "--db", str(demo_path), "--encoding", encoding]) == 0
    frame = pd.read_csv(out, encoding=encoding)
    assert list(frame.columns[:6]) == ["번호", "협약일", "협약명", "유형", "당사자A", "당사자B"]
    ceremony = frame[frame["협약일"] == "2021-10-05"]
    assert len(ceremony) == 10 and ceremony["거래실적 합계(원)"].sum() == 8_400_000
    assert set(frame["상태"]) == {"유효", "만료", "해지"}


def test_trades_export_by_year_keeps_amounts_numeric_and_neutralises_formulas(demo_path, tmp_path, capsys):
    source = write_csv(tmp_path / "f.csv", [["구매기관", "판매기관", "거래일", "품목", "금액"],
                                            ["새벽빵협동조합", "은빛인쇄(주)", "2026-10-01", "=HYPERLINK(\"x\")", "1000"]])
    assert main(["import", "trades", str(source), "--db", str(demo_path)]) == 0
    out = tmp_path / "거래.xlsx"
    assert main(["export", "trades", str(out), "--db", str(demo_path), "--year", "2026"]) == 0
    assert "거래 기록" in capsys.readouterr().out
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in r), strict=False)) for r in sheet.iter_rows(min_row=2)]
    assert rows and all(r["거래일"].startswith("2026") for r in rows)
    assert all(isinstance(r["금액(원)"], int) for r in rows)
    item = next(c for r in sheet.iter_rows(min_row=2) for c in r if c.value == "=HYPERLINK(\"x\")")
    assert item.data_type == "s" and item.quotePrefix, "the item reads as typed and is never run as a formula"
    frame = pd.read_excel(out)
    assert frame["금액(원)"].sum() == sum(r["금액(원)"] for r in rows)


def test_cp949_export_refuses_an_emoji_and_writes_nothing(demo_path, tmp_path, capsys):
    source = write_csv(tmp_path / "e.csv", [["구매기관", "판매기관", "거래일", "품목", "금액"],
                                            ["새벽빵협동조합", "은빛인쇄(주)", "2026-11-02", "리플릿 😀", "1000"]], "utf-8-sig")
    assert main(["import", "trades", str(source), "--db", str(demo_path)]) == 0
    out = tmp_path / "t.csv"
    assert main(["export", "trades", str(out), "--db", str(demo_path), "--encoding", "cp949"]) == 1
    err = capsys.readouterr().err
    assert "('2026-11-02')의 '품목' 열" in err and "😀" in err and not out.exists()
