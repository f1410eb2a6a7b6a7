"""Importing a list the directory already partly holds: 이미 있음 rows skipped or updated, the row
filter, designation columns whatever their header, and every import column refusing a 주민등록번호."""

import csv
import unicodedata

import pytest

from seecodesk.cli.main import main
from seecodesk.core.members import Designation, MembershipPeriod, Organisation
from seecodesk.exchange.fields import FIELD_LABELS, IGNORE
from seecodesk.exchange.member_import import ERROR, UPDATE, build_preview, commit_import
from seecodesk.exchange.member_mapping import apply_overrides, suggest_mapping
from seecodesk.exchange.reading import read_table
from seecodesk.services.members import MemberService

HEADER = ["기업명", "대표자", "사업자등록번호", "전화", "시군구"]
ROWS = [["가람두레협동조합", "김하나", "124-81-00998", "041-730-1111", "논산시"],
        ["들꽃마을", "박둘", "", "041-730-2222", "논산시"],
        ["새싹공방", "최셋", "", "041-730-3333", "공주시"]]


def write_csv(path, rows, encoding="utf-8-sig"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(rows)
    return path


def live(db):
    return db.execute("SELECT count(*) FROM organisations WHERE deleted_at IS NULL").fetchone()[0]


@pytest.fixture
def source(tmp_path):
    return write_csv(tmp_path / "list.csv", [HEADER, *ROWS])


def test_importing_the_same_file_again_adds_nothing_and_says_so(db, source):
    first = commit_import(db, build_preview(read_table(source), db))
    assert (first.added, first.skipped) == (3, 0)
    again = build_preview(read_table(source), db)
    assert [r.existing.id for r in again.rows] == first.added_ids
    assert "이미 있음 3(건너뜀)" in again.summary() and not again.can_commit
    result = commit_import(db, again)
    assert (result.added, result.updated, result.skipped) == (0, 0, 3) and live(db) == 3
    assert "이미 있는 3곳은 건너뛰었습니다" in result.describe()


def test_a_row_matches_by_business_number_even_under_another_name(db, tmp_path):
    MemberService(db).save_organisation(Organisation(name="옛이름조합", business_number="124-81-00998"))
    preview = build_preview(read_table(write_csv(tmp_path / "a.csv", [HEADER, ROWS[0]])), db)
    assert preview.rows[0].existing.name == "옛이름조합" and preview.problems(ERROR) == []


def test_without_a_number_the_same_name_needs_the_same_representative(db, tmp_path):
    service = MemberService(db)
    service.save_organisation(Organisation(name="들꽃 마을", representative="박 둘"))
    service.save_organisation(Organisation(name="새싹공방", representative="다른사람"))
    preview = build_preview(read_table(write_csv(tmp_path / "a.csv", [HEADER, *ROWS[1:]])), db)
    assert preview.rows[0].existing is not None  # spacing does not count
    assert preview.rows[1].existing is None  # another 대표자: another organisation, warned about
    assert any("이름이 같은" in p.message for p in preview.rows[1].problems)


def test_an_nfd_name_from_a_mac_is_the_same_organisation(db, tmp_path):
    MemberService(db).save_organisation(Organisation(name="가람두레협동조합", representative="김하나"))
    mac = [unicodedata.normalize("NFD", cell) for cell in ["가람두레협동조합", "김하나", "", "", ""]]
    preview = build_preview(read_table(write_csv(tmp_path / "mac.csv", [HEADER, mac])), db)
    assert preview.rows[0].existing is not None and preview.rows[0].organisation.name == "가람두레협동조합"


def test_two_same_named_rows_match_two_stored_ones_one_to_one(db, tmp_path):
    rows = [HEADER, ["해피케어", "", "", "", "논산시"], ["해피케어", "", "", "", "공주시"]]
    path = write_csv(tmp_path / "twins.csv", rows)
    commit_import(db, build_preview(read_table(path), db))
    again = build_preview(read_table(path), db)
    assert len({r.existing.id for r in again.rows}) == 2
    rows.append(["해피케어", "", "", "", "부여군"])
    third = build_preview(read_table(write_csv(tmp_path / "three.csv", rows)), db)
    assert [r.existing is None for r in third.rows] == [False, False, True]


def test_update_fills_what_the_file_has_and_keeps_the_rest(db, source):
    service = MemberService(db)
    stored = service.save_organisation(Organisation(
        name="가람두레협동조합", business_number="124-81-00998", address="가람시 1", notes="손으로 쓴 메모",
        designations=[Designation("마을기업")], memberships=[MembershipPeriod("2020-01-01")]))
    preview = build_preview(read_table(source), db)
    preview.on_existing = UPDATE
    result = commit_import(db, preview)
    assert (result.added, result.updated, result.skipped) == (2, 1, 0) and result.updated_ids == [stored.id]
    after = service.organisation(stored.id)
    assert (after.phone, after.representative) == ("041-730-1111", "김하나")  # filled from the file
    assert (after.address, after.notes) == ("가람시 1", "손으로 쓴 메모")  # blank in the file: kept
    assert after.designation_kinds == ["마을기업"] and after.memberships[0].joined_on == "2020-01-01"
    assert "이미 있는 1곳의 정보를 고쳤습니다" in result.describe() and live(db) == 3


def test_the_row_filter_keeps_one_value_of_one_column(db, tmp_path):
    broken = ["깨진행", "", "116-82-00278", "", "공주시"]  # a bad number, in a row the filter leaves out
    preview = build_preview(read_table(write_csv(tmp_path / "all.csv", [HEADER, *ROWS, broken])), db)
    assert preview.is_blocked and preview.filter_values("시군구") == [("공주시", 2), ("논산시", 2)]
    preview.keep_only("시군구", "논산시")
    assert [r.name for r in preview.rows_to_import] == ["가람두레협동조합", "들꽃마을"] and preview.can_commit
    assert "'시군구 = 논산시' 아닌 행 2 제외" in preview.summary()
    assert commit_import(db, preview).added == 2 and live(db) == 2
    preview.keep_only(None)
    assert preview.is_blocked


def test_cli_only_and_update_existing(demo_path, tmp_path, capsys):
    source = write_csv(tmp_path / "list.csv", [HEADER, *ROWS], "cp949")
    args = ["import", "members", str(source), "--db", str(demo_path)]
    assert main([*args, "--only", "시군구=논산시"]) == 0
    assert "2곳을 회원 명단에 더했습니다" in capsys.readouterr().out
    assert main([*args, "--only", "시군구=논산시"]) == 0
    assert "이미 있는 2곳은 건너뛰었습니다" in capsys.readouterr().out
    assert main([*args, "--update-existing"]) == 0
    assert "1곳을 회원 명단에 더했습니다, 이미 있는 2곳의 정보를 고쳤습니다" in capsys.readouterr().out
    assert main([*args, "--only", "없는열=값"]) == 1
    assert "'없는열' 열이 없습니다" in capsys.readouterr().err


@pytest.mark.parametrize("header", ["조직형태", "인증구분", "기업 분류", "유형"])
def test_a_column_of_designations_fills_the_designations_whatever_its_header(db, tmp_path, header):
    rows = [["기업명", header], ["가람", "사회적기업"], ["나래", "마을기업"], ["다온", "협동조합"]]
    preview = build_preview(read_table(write_csv(tmp_path / "d.csv", rows)), db)
    orgs = [r.organisation for r in preview.rows]
    assert [o.designation_kinds for o in orgs] == [["사회적기업"], ["마을기업"], ["협동조합"]]
    if header == "조직형태":  # a legal-form column keeps what is a legal form
        assert [o.legal_form for o in orgs] == ["", "", "협동조합"]


def test_a_legal_form_column_of_legal_forms_stays_a_legal_form(db, tmp_path):
    rows = [["기업명", "조직형태"], ["가람", "주식회사"], ["나래", "사단법인"]]
    preview = build_preview(read_table(write_csv(tmp_path / "l.csv", rows)), db)
    assert [(r.organisation.legal_form, r.organisation.designations) for r in preview.rows] == [
        ("주식회사", []), ("사단법인", [])]


IMPORT_FIELDS = [key for key in FIELD_LABELS if key not in (IGNORE, "name")]


@pytest.mark.parametrize("key", IMPORT_FIELDS)
@pytest.mark.parametrize("typed", ["900101-1234567", "900101 – 1234567", "900101.1234567", "９００１０１１２３４５６７"])
def test_every_import_column_refuses_a_resident_number_and_masks_it(db, tmp_path, key, typed):
    path = write_csv(tmp_path / "r.csv", [["기업명", "칸"], ["가람", typed]])
    table = read_table(path)
    preview = build_preview(table, db, apply_overrides(suggest_mapping(table), table.headers, [f"칸={key}"]))
    errors = preview.problems(ERROR)
    assert [p.row for p in errors] == [2] and "주민등록번호" in errors[0].message
    shown = " ".join([*preview.rows[0].cells.values(), *(p.text() for p in preview.problems())])
    assert "1234567" not in shown and "１２３４５６７" not in shown
    assert not preview.can_commit


def test_the_name_column_refuses_a_resident_number_too(db, tmp_path):
    preview = build_preview(read_table(write_csv(tmp_path / "n.csv", [["기업명"], ["김하나 900101_1234567"]])), db)
    assert [p.row for p in preview.problems(ERROR)] == [2] and "1234567" not in preview.rows[0].name


def test_a_real_corporation_number_shaped_like_a_birth_date_is_kept(db, tmp_path):
    rows = [["기업명", "법인등록번호"], ["가람", "110111-4006246"]]
    preview = build_preview(read_table(write_csv(tmp_path / "c.csv", rows)), db)
    assert preview.problems(ERROR) == [] and preview.rows[0].organisation.corporation_number == "110111-4006246"


@pytest.mark.parametrize("number", ["000-00-00000", "124-00-00998", "124-81-00000"])
def test_an_all_zero_business_number_is_refused_beside_its_column(db, tmp_path, number):
    preview = build_preview(read_table(write_csv(tmp_path / "b.csv", [["기업명", "사업자번호"], ["가람", number]])), db)
    assert [(p.row, p.column) for p in preview.problems(ERROR)] == [(2, "사업자번호")]
