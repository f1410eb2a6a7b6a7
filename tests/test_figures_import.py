"""`seecodesk import figures`: the survey sheet matched to the directory, all rows or none."""

import openpyxl

from seecodesk.cli.main import main
from seecodesk.storage.database import open_database

HEADER = "기업명,사업자등록번호,유급근로자 수,취약계층 근로자 수,취약계층 유형,매출액(천원),공공구매 매출(천원),사회공헌활동 내용\n"


def _figures(path, year):
    db = open_database(path)
    try:
        return {r[0]: r[1:] for r in db.execute(
            "SELECT o.name, f.paid_workers, f.vulnerable_workers, f.revenue, f.public_revenue, f.contribution "
            "FROM organisation_figures f JOIN organisations o ON o.id = f.organisation_id WHERE f.year = ?", [year])}
    finally:
        db.close()


def test_survey_sheet_is_imported_with_thousand_won_scaled(demo_path, tmp_path, capsys):
    source = tmp_path / "survey.csv"
    source.write_text("2027년 회원사 현황 조사\n" + HEADER
                      + '( 주 )햇살두레푸드,,12,5,"고령자, 장애인","1,250,000",300000,=HYPERLINK("x")\n'
                      + "새벽빵 협동조합,,8,3,장애인,420000,,빵 나눔\n", encoding="cp949")
    assert main(["import", "figures", str(source), "--db", str(demo_path), "--year", "2027", "--dry-run"]) == 0
    assert _figures(demo_path, 2027) == {}
    assert main(["import", "figures", str(source), "--db", str(demo_path), "--year", "2027"]) == 0
    assert "2곳" in capsys.readouterr().out
    stored = _figures(demo_path, 2027)
    assert stored["(주)햇살두레푸드"] == (12, 5, 1_250_000_000, 300_000_000, '=HYPERLINK("x")')
    assert stored["새벽빵협동조합"][:4] == (8, 3, 420_000_000, None)


def test_any_bad_row_imports_nothing(demo_path, tmp_path, capsys):
    source = tmp_path / "bad.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["기업명", "유급근로자 수", "취약계층 근로자 수", "비고"])
    sheet.append(["(주)햇살두레푸드", 10, 4, ""])
    sheet.append(["없는회사", 3, 1, ""])
    sheet.append(["새벽빵협동조합", "열", 1, ""])
    sheet.append(["(주)바른청소", 5, 9, ""])
    sheet.append(["(주)초록에너지", 5, 1, "900101-1234567"])
    book.save(source)
    assert main(["import", "figures", str(source), "--db", str(demo_path), "--year", "2027"]) == 1
    err = capsys.readouterr().err
    assert "3행" in err and "찾지 못했습니다" in err
    assert "4행" in err and "숫자로 읽을 수 없습니다" in err
    assert "5행" in err and "유급근로자" in err
    assert "6행" in err and "주민등록번호" in err
    assert "아무것도 가져오지 않았습니다" in err
    assert _figures(demo_path, 2027) == {}


def test_a_sheet_without_figure_columns_is_refused(demo_path, tmp_path, capsys):
    source = tmp_path / "x.csv"
    source.write_text("기업명,주소\n(주)햇살두레푸드,가람\n", encoding="utf-8-sig")
    assert main(["import", "figures", str(source), "--db", str(demo_path), "--year", "2027"]) == 1
    assert "현황 열" in capsys.readouterr().err
