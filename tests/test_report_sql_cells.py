"""A report preset written to CSV from cells SQLite finished (ReportOptions.for_csv) is byte for byte the
file the Python writer makes from the built report, in every style, column choice and encoding; a
value only Python formats, or a character CP949 cannot hold, is handled the Python way."""


import pytest

from seecodesk.core.errors import ExportError
from seecodesk.core.figures import ProcurementRecord
from seecodesk.core.report_period import ReportPeriod
from seecodesk.services.report_files import export_report, save_report
from seecodesk.services.reports import build_report
from seecodesk.services.reports.base import ReportOptions
from seecodesk.storage import procurement as store

AWKWARD = ["=1+1", "+82", "-3", "@x", "<b>&amp;</b>", "따옴표\"와, 쉼표", "줄\n바꿈\r끝", "\t탭", "0012345", "가" * 10_000, ""]


@pytest.fixture
def records(db):
    for i, text in enumerate(AWKWARD * 3):
        store.insert_record(db, ProcurementRecord(
            year=2025, month=i % 12 + 1, institution=text or "가람시청", department=AWKWARD[(i + 1) % len(AWKWARD)],
            supplier=text, item=AWKWARD[(i + 2) % len(AWKWARD)], contract_method="수의계약",
            amount=[2500, 1500, 500, 3499, 0, 12_345_500][i % 6], is_local=i % 2 == 0))
    return db


def _both_ways(db, tmp_path, options, encoding="utf-8-sig"):
    fast, slow = tmp_path / "fast.csv", tmp_path / "slow.csv"
    _report, written = export_report(db, "procurement", fast, options, encoding)
    built = build_report(db, "procurement", options)
    assert built.main.sql_cells is None and written.rows == len(built.main.rows)
    save_report(built, slow, options, encoding)
    return fast.read_bytes(), slow.read_bytes()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp949"])
@pytest.mark.parametrize(("thousand_won", "dotted_dates"), [(False, False), (True, True)])
@pytest.mark.parametrize("columns", [None, ["amount", "supplier", "year"], ["item"]])
def test_unit_sql_cells_equal_the_python_writer(records, tmp_path, encoding, thousand_won, dotted_dates, columns):
    options = ReportOptions(ReportPeriod.year(2025), thousand_won=thousand_won, dotted_dates=dotted_dates, columns=columns)
    fast, slow = _both_ways(records, tmp_path, options, encoding)
    assert fast == slow and len(fast) > 30_000


def test_unit_the_csv_report_holds_no_rows_but_counts_them(records):
    report = build_report(records, "procurement", ReportOptions(ReportPeriod.year(2025), for_csv=True))
    assert report.main.rows == [] and report.main.row_count == len(AWKWARD) * 3
    assert [t.title for t in report.tables] == ["공공구매 내역", "월별 집계", "기관별 집계", "업체별 실적"]
    full = build_report(records, "procurement", ReportOptions(ReportPeriod.year(2025)))
    assert report.notes == full.notes and report.main.totals == full.main.totals


def test_unit_a_value_only_python_formats_sends_the_file_the_python_way(records, tmp_path):
    records.execute("UPDATE procurement_records SET amount = 1.5 WHERE id = 2")
    fast, slow = _both_ways(records, tmp_path, ReportOptions(ReportPeriod.year(2025)))
    assert fast == slow and b",1.5," in fast  # a real amount SQLite passes on as it is
    fast, slow = _both_ways(records, tmp_path, ReportOptions(ReportPeriod.year(2025), thousand_won=True))
    assert fast == slow  # in 천원 it is Python's to round


def test_unit_cp949_refusal_names_the_row_and_column_and_writes_nothing(records, tmp_path):
    store.insert_record(records, ProcurementRecord(year=2025, month=12, institution="가람시청", supplier="웃음😀",
                                                   amount=1000))
    with pytest.raises(ExportError) as error:
        export_report(records, "procurement", tmp_path / "p.csv", ReportOptions(ReportPeriod.year(2025)), "cp949")
    assert "'구매 업체' 열" in str(error.value) and "😀" in str(error.value)
    assert list(tmp_path.iterdir()) == []
