"""The printed schedule and task sheets: the command line, paper sizes, embedded fonts,
extractable Hangul titles, literal user text, headers repeated on every page."""

import re
import subprocess

import pytest
from plan_helpers import long_plan, small_plan

from seecodesk.cli.main import main
from seecodesk.core.periods import Period
from seecodesk.services.plan_print import ScheduleRequest, print_schedule
from seecodesk.storage.database import open_database
from tests.pdf_layout import print_faults


def pdf_text(path, first=None, last=None, raw=False):
    args = ["pdftotext", "-raw" if raw else "-layout"]
    if first:
        args += ["-f", str(first), "-l", str(last or first)]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def pdf_info(path):
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def fonts_embedded(path):
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    return bool(rows) and all(row.split()[-5] == "yes" for row in rows)


def test_cli_prints_demo_schedule_a4_landscape(demo_path, tmp_path, capsys):
    out = tmp_path / "일정.pdf"
    code = main(["print", "schedule", str(out), "--db", str(demo_path), "--from", "2021Q3", "--to", "2022Q4"])
    assert code == 0
    assert "진행 일정표를 만들었습니다" in capsys.readouterr().out
    assert pdf_info(out)["Page size"].split("pts")[0].split() == ["841.89", "x", "595.276"]
    assert fonts_embedded(out)
    text = pdf_text(out)
    squeezed = "".join(pdf_text(out, raw=True).split())  # long titles wrap inside their cell
    for title in ("모두의 단톡방 운영", "동료 컨설팅 진행", "사회적경제 공공구매 사업단 운영(민·관 공공구매TFT)*",
                  "2021년", "3분기", "교육소통분과"):
        assert "".join(title.split()) in squeezed
    assert "가람시사회적경제기업협의회" in text and re.search(r"1\s*/\s*\d", text)


def test_cli_a3_body_and_half_year(demo_path, tmp_path):
    out = tmp_path / "tft.pdf"
    code = main(["print", "schedule", str(out), "--db", str(demo_path), "--body", "공공구매TFT", "--grain", "half",
                 "--from", "2021Q3", "--to", "2022Q4", "--paper", "A3"])
    assert code == 0
    assert pdf_info(out)["Page size"].split("pts")[0].split() == ["1190.55", "x", "841.89"]
    text = pdf_text(out)
    assert "기업별 제품·서비스 소개" in text and "하반기" in text
    assert "모두의 단톡방 운영" not in text  # another body's task


def test_cli_sheets_follow_the_plan_order(demo_path, tmp_path):
    out = tmp_path / "sheets.pdf"
    assert main(["print", "schedule", str(out), "--db", str(demo_path), "--from", "2021Q3", "--to", "2022Q4",
                 "--sheets"]) == 0
    pages = int(pdf_info(out)["Pages"])
    assert pages >= 11
    last = pdf_text(out, pages)
    assert "3-2. 정례적 민-관 소통을" in last  # the plan's last task, on the last page
    assert "1-1. 모두의 단톡방 운영" in pdf_text(out, 3)  # the first sheet follows the table
    sheet = pdf_text(out, pages - 1)
    assert "□ 목적 및 목표" in sheet and "□ 필요예산 및 인력" in sheet and "41,800,000" in sheet
    assert "(단위 : 원)" in sheet, "a budget table says its unit"


@pytest.mark.parametrize("argv, message", [
    (["--from", "2021Q5"], "기간으로 읽을 수 없습니다"),
    (["--from", "2022Q4", "--to", "2021Q3"], "앞섭니다"),
    (["--body", "없는분과"], "분과·기구가 없습니다"),
])
def test_cli_user_errors_exit_1_in_korean(demo_path, tmp_path, capsys, argv, message):
    out = tmp_path / "x.pdf"
    assert main(["print", "schedule", str(out), "--db", str(demo_path), *argv]) == 1
    err = capsys.readouterr().err
    assert err.startswith("오류: ") and message in err and "Traceback" not in err
    assert not out.exists()


def test_cli_bad_usage_exits_2(demo_path, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["print", "schedule", str(tmp_path / "x.pdf"), "--db", str(demo_path), "--grain", "week"])
    assert exit_info.value.code == 2


def test_cli_missing_database(tmp_path, capsys):
    assert main(["print", "schedule", str(tmp_path / "x.pdf"), "--db", str(tmp_path / "none.seecodesk")]) == 1
    assert capsys.readouterr().err.startswith("오류: ")


def test_user_text_prints_literally(db, tmp_path):
    service, plan, strategy, task, other, acts = small_plan(db)
    node = service.node(task.id)
    node.title = "<b>교육</b> & 소통"
    service.save_node(node)
    service.mark([(acts[0].id, Period(2021, 3, "quarter"))], on=True)
    out = tmp_path / "literal.pdf"
    print_schedule(db, out, ScheduleRequest(sheets=True))
    text = pdf_text(out)
    assert "<b>교육</b> & 소통" in text


def test_long_plan_repeats_the_header_on_every_page(db, tmp_path):
    long_plan(db, tasks=30, activities=5, months=24)
    out = tmp_path / "long.pdf"
    print_schedule(db, out, ScheduleRequest(grain="quarter"))
    pages = int(pdf_info(out)["Pages"])
    assert pages >= 3
    for page in (2, pages):
        text = pdf_text(out, page)
        assert "세부활동" in text and "2021년" in text and "1분기" in text
        assert re.search(rf"{page}\s*/\s*{pages}", text)
    assert fonts_embedded(out)


def test_month_grain_has_quarter_band_and_month_numbers(db, tmp_path):
    long_plan(db, tasks=3, activities=2, months=18)
    out = tmp_path / "months.pdf"
    print_schedule(db, out, ScheduleRequest(grain="month", paper="A3"))
    text = pdf_text(out, 1)
    assert "2022년" in text and "4분기" in text and " 12 " in text


def test_demo_database_is_unchanged_by_printing(demo_path, tmp_path):
    db = open_database(demo_path)
    before = db.execute("SELECT count(*) FROM plan_months").fetchone()[0]
    db.close()
    main(["print", "schedule", str(tmp_path / "a.pdf"), "--db", str(demo_path)])
    db = open_database(demo_path)
    assert db.execute("SELECT count(*) FROM plan_months").fetchone()[0] == before
    db.close()


def test_a_sheet_with_nothing_written_says_so_under_every_heading(db, tmp_path):
    service, plan, strategy, task, other, acts = small_plan(db)
    service.mark([(acts[0].id, Period(2021, 3, "quarter"))], on=True)
    out = tmp_path / "sheets.pdf"
    print_schedule(db, out, ScheduleRequest(sheets=True))
    sheet = pdf_text(out, 2)
    purpose = sheet.split("□ 목적 및 목표", 1)[1].split("□ 진행 과정 및 내용", 1)[0]
    assert "(적지 않음)" in purpose, "an empty section must not look like a printing error"


@pytest.mark.parametrize("months", [60, 84, 120])
def test_every_span_up_to_ten_years_prints_or_is_refused_with_a_way_that_fits(demo_path, tmp_path, capsys, months):
    start_year, end = 2021, 2021 * 12 + months - 1
    out = tmp_path / "일정.pdf"
    argv = ["print", "schedule", str(out), "--db", str(demo_path), "--grain", "month",
            "--from", f"{start_year}-01", "--to", f"{end // 12}-{end % 12 + 1:02d}"]
    code = main(argv)
    message = capsys.readouterr().err
    assert code == 1 and not out.exists()
    assert f"{months}개월" in message and "--grain quarter" in message
    assert main([*argv[:5], "--grain", "quarter", *argv[7:]]) == 0
    assert f"{end // 12}년 4분기 · 분기 단위" in pdf_text(out, 1)


def test_a_body_continued_overleaf_repeats_its_band_marked_continued(demo_path, tmp_path):
    out = tmp_path / "일정.pdf"
    assert main(["print", "schedule", str(out), "--db", str(demo_path), "--from", "2021Q1", "--to", "2022Q4",
                 "--grain", "month"]) == 0
    pages = int(pdf_info(out)["Pages"])
    assert pages >= 2
    for page in range(2, pages + 1):
        lines = [line.strip() for line in pdf_text(out, page).splitlines() if line.strip()]
        first_row = lines[3]  # after the three header rows (year, quarter, month)
        assert first_row.endswith("(계속)") or "분과" in first_row or "TFT" in first_row or "이사회" in first_row, \
            f"page {page} starts with '{first_row}', not with the body it belongs to"
    assert "(계속)" in pdf_text(out, 2, pages)


def test_a_body_without_tasks_prints_a_line_saying_so(demo_path, tmp_path):
    out = tmp_path / "총회.pdf"
    assert main(["print", "schedule", str(out), "--db", str(demo_path), "--body", "총회"]) == 0
    assert "총회에 맡겨진 과제가 이 계획에 없습니다" in pdf_text(out)


def test_half_years_over_two_unlabelled_cells(demo_path, tmp_path, capsys):
    out = tmp_path / "반기.pdf"
    assert main(["print", "schedule", str(out), "--db", str(demo_path), "--grain", "half", "--cells", "2",
                 "--from", "2021H2", "--to", "2024H1"]) == 0
    assert "반기 단위(한 칸을 2칸으로)" in capsys.readouterr().out
    lines = [line for line in pdf_text(out, 1).splitlines() if line.strip()]
    halves = ["하반기", "상반기", "하반기", "상반기", "하반기", "상반기"]
    row = next(i for i, line in enumerate(lines) if line.split() == halves)  # one label per half-year
    assert not re.search(r"\d분기|\s\d{1,2}\s", lines[row + 1]), "no row of sub-cell labels under the half-years"
    assert print_faults(out) == []
    db = open_database(demo_path)
    from seecodesk.services.plan_print import schedule_document

    document = schedule_document(db, ScheduleRequest(grain="half", cells=2, start="2021H2", end="2024H1", plan_id=1))
    db.close()
    assert document.label_grain == "half" and len(document.periods) == 12
    assert {p.grain for p in document.periods} == {"quarter"}


def test_quarters_over_three_month_cells_and_cells_that_do_not_divide_are_refused(demo_path, tmp_path, capsys):
    out = tmp_path / "분기.pdf"
    argv = ["print", "schedule", str(out), "--db", str(demo_path), "--from", "2021Q3", "--to", "2022Q4"]
    assert main([*argv, "--grain", "quarter", "--cells", "3"]) == 0
    header = next(line for line in pdf_text(out, 1).splitlines() if "3분기" in line and "1분기" in line)
    assert header.split()[-6:] == ["3분기", "4분기", "1분기", "2분기", "3분기", "4분기"]
    capsys.readouterr()
    assert main([*argv, "--grain", "quarter", "--cells", "2"]) == 1
    err = capsys.readouterr().err
    assert "분기 단위를 2칸으로 나눌 수 없습니다" in err and err.count("\n") == 1
    with pytest.raises(SystemExit) as exit_info:
        main([*argv, "--group", "year"])
    assert exit_info.value.code == 2


def test_rows_grouped_by_strategy_repeat_the_strategy_band_overleaf(demo_path, tmp_path):
    out = tmp_path / "전략.pdf"
    assert main(["print", "schedule", str(out), "--db", str(demo_path), "--from", "2021Q1", "--to", "2022Q4",
                 "--grain", "month", "--group", "strategy", "--plan", "2021–2022 중장기 실행계획"]) == 0
    text = pdf_text(out, raw=True)
    bands = [line.strip() for line in text.splitlines() if re.match(r"^\d\. ", line.strip())]
    assert [b for b in bands if "(계속)" not in b][:3] == ["1. 친목과 정보공유", "2. 상호거래 상호협력",
                                                          "3. 민-관 거버넌스 구축"]
    pages = int(pdf_info(out)["Pages"])
    assert pages >= 2
    for page in range(2, pages + 1):
        lines = [line.strip() for line in pdf_text(out, page).splitlines() if line.strip()]
        assert re.match(r"^\d\. ", lines[3]), f"page {page} starts with '{lines[3]}', not with its strategy"
    assert "(계속)" in pdf_text(out, 2, pages)
    assert print_faults(out) == []


def test_a_strategy_without_tasks_prints_a_line_saying_so(db, tmp_path):
    service, plan, strategy, task, other, acts = small_plan(db)
    service.add_node(plan.id, "strategy", "빈 전략", code="2")
    out = tmp_path / "빈전략.pdf"
    document = print_schedule(db, out, ScheduleRequest(group="strategy"))
    assert [name for name, _tasks in document.groups] == ["1. 친목과 정보공유", "2. 빈 전략"]
    text = pdf_text(out)
    assert "2. 빈 전략" in text and "이 전략에 속한 과제가 아직 없습니다" in text
    assert "전체 분과 · 전략별" in text
