"""Trade survey rows (exchange/trade_import.py): the trade each row becomes, the agreement it joins,
every problem in its row and column, and all rows or none stored (unit tests)."""

import sqlite3
from pathlib import Path

import pytest

from seecodesk.core.errors import ImportFileError
from seecodesk.core.members import Organisation
from seecodesk.core.trade import Agreement, AgreementParty
from seecodesk.exchange.member_rows import ERROR, WARNING
from seecodesk.exchange.reading import SourceRecord, SourceTable
from seecodesk.exchange.trade_import import TRADE_FIELDS, build_trade_preview, commit_trade_import
from seecodesk.services.trade import TradeService
from seecodesk.storage import organisations as org_store
from seecodesk.storage import trade as trade_store
from tests.trade_helpers import add_orgs

HEADERS = ["구매처", "판매처", "거래일자", "품목", "금액", "관련협약", "비고"]


@pytest.fixture
def orgs(db):
    return dict(zip(("가람", "나눔", "다온", "라온"), add_orgs(db, "가람", "나눔", "다온", "라온"), strict=True))


def table_of(rows, headers=HEADERS, name="조사표.csv"):
    records = [SourceRecord(row=i + 2, line=i + 2, cells=cells) for i, cells in enumerate(rows)]
    return SourceTable(path=Path(name), kind="CSV", encoding="utf-8", headers=headers, header_row=1, records=records)


def row(buyer="가람", seller="나눔", day="2026-03-05", item="두부", amount="32만원", agreement="", note=""):
    return [buyer, seller, day, item, amount, agreement, note]


def problems_at(preview, number):
    found = [p for p in preview.problems() if p.row == number]
    assert all(p.message for p in found)  # every problem says what is wrong
    return [(p.column, p.severity) for p in found]


def agree(db, a, b, title="협약", signed_on="2025-01-01", status="체결", status_on=""):
    return TradeService(db).save_agreement(Agreement(
        title=title, signed_on=signed_on, status=status, status_on=status_on,
        parties=[AgreementParty(organisation_id=a), AgreementParty(organisation_id=b)])).id


def test_unit_a_row_becomes_the_trade_it_names(db, orgs):
    preview = build_trade_preview(table_of([row(buyer="㈜ 가람", day="2026.3.5", note=" <견적> & 배송 ")]), db)
    (first,) = preview.rows
    trade = first.trade
    assert (trade.buyer_id, trade.seller_id, trade.traded_on, trade.item, trade.amount) == (
        orgs["가람"], orgs["나눔"], "2026-03-05", "두부", 320_000)
    assert (trade.note, trade.agreement_id, first.buyer, first.seller) == ("<견적> & 배송", None, "가람", "나눔")
    assert preview.can_commit and preview.problems() == []
    assert "320,000원" in preview.summary()


def test_unit_a_title_row_blank_rows_and_unknown_columns(db, orgs):
    table = table_of([["실적 조사", "", "", "", "", "", "", ""], [*HEADERS, "색깔"], row(), [""] * 7, row(item="빵")],
                     headers=["2026년 상호거래", "", "", "", "", "", "", ""])
    preview = build_trade_preview(table, db)
    assert preview.table.header_row == 3 and [r.row for r in preview.rows] == [4, 6] and preview.blank_rows == 1
    assert preview.unknown_columns == ["색깔"] and preview.columns["buyer"] == "구매처"


def test_unit_each_bad_value_is_an_error_in_its_own_column(db, orgs):
    preview = build_trade_preview(table_of([
        row(buyer="없는곳"), row(seller="없는곳"), row(buyer="", seller=""), row(seller="가람"),
        row(day="2026-02-30"), row(amount="삼십만원"), row(item=""), row(item="담당 900101-1234567", amount="x"),
        row(note="x" * 1001), row() + ["밀린 칸"],
    ]), db)
    assert problems_at(preview, 2) == [("구매처", ERROR)] and problems_at(preview, 3) == [("판매처", ERROR)]
    assert (preview.rows[0].buyer, preview.rows[0].seller, preview.rows[1].seller) == ("없는곳", "나눔", "없는곳")
    assert preview.rows[0].cells == dict(zip(HEADERS, row(buyer="없는곳"), strict=True))
    assert problems_at(preview, 4) == [("구매처", ERROR), ("판매처", ERROR)]
    assert problems_at(preview, 5) == [("판매처", ERROR)] and problems_at(preview, 6) == [("거래일자", ERROR)]
    assert problems_at(preview, 7) == [("금액", ERROR)] and problems_at(preview, 8) == [("품목", ERROR)]
    assert problems_at(preview, 9) == [("품목", ERROR)] and problems_at(preview, 10) == [("비고", ERROR)]
    assert problems_at(preview, 11) == [("", ERROR)]
    assert all(r.trade is None for r in preview.rows[:-1]) and len(preview.blocking_rows) == 10
    with pytest.raises(ImportFileError):
        commit_trade_import(db, preview)
    assert TradeService(db).trades() == []


def test_unit_a_row_repeated_in_the_file_is_a_warning_and_a_stored_trade_an_error(db, orgs):
    preview = build_trade_preview(table_of([row(), row(amount="1000"), row(), row(amount="320,000")]), db)
    assert problems_at(preview, 2) == [] and problems_at(preview, 3) == []
    assert problems_at(preview, 4) == [("", WARNING)] and problems_at(preview, 5) == [("", WARNING)]
    assert ["2"] == [w.message.split("행")[0] for w in preview.problems(WARNING)][:1]
    assert commit_trade_import(db, preview, source="설문") == 4
    stored = TradeService(db).trades()
    assert len(stored) == 4 and {t.source for t in stored} == {"설문"}
    again = build_trade_preview(table_of([row(amount="1000"), row(item="새 품목")]), db)
    assert problems_at(again, 2) == [("", ERROR)] and problems_at(again, 3) == []
    commit_trade_import(db, build_trade_preview(table_of([row(item="새 품목")]), db))
    assert max(TradeService(db).trades(), key=lambda t: t.id).source == "조사표.csv"


def test_unit_a_trade_joins_the_one_agreement_in_force_between_its_parties(db, orgs):
    one = agree(db, orgs["가람"], orgs["나눔"], signed_on="2026-03-05")
    agree(db, orgs["가람"], orgs["다온"])
    agree(db, orgs["가람"], orgs["다온"], title="둘째")
    agree(db, orgs["가람"], orgs["라온"], signed_on="2026-03-06")
    preview = build_trade_preview(table_of([row(), row(seller="다온"), row(seller="라온"),
                                            row(day="2026-03-04")]), db)
    assert [r.trade.agreement_id for r in preview.rows] == [one, None, None, None]


@pytest.mark.parametrize(("status", "status_on", "linked"), [
    ("유효", "", True), ("만료", "2026-03-05", True), ("해지", "2026-03-04", False), ("만료", "", False),
])
def test_unit_an_ended_agreement_takes_trades_up_to_its_end(db, orgs, status, status_on, linked):
    made = agree(db, orgs["가람"], orgs["나눔"], status=status, status_on=status_on)
    (first,) = build_trade_preview(table_of([row()]), db).rows
    assert first.trade.agreement_id == (made if linked else None)


def test_unit_an_agreement_named_in_the_file_is_used_or_refused(db, orgs):
    first = agree(db, orgs["가람"], orgs["다온"], title="가람·다온 협약")
    second = agree(db, orgs["가람"], orgs["다온"], title="둘째 협약")
    other = agree(db, orgs["나눔"], orgs["라온"], title="남의 협약")
    preview = build_trade_preview(table_of([
        row(seller="다온", agreement=f" {second} "), row(seller="다온", agreement="가람·다온 협약"),
        row(seller="다온", agreement=str(other)), row(seller="다온", agreement="없는 협약")]), db)
    assert [r.trade.agreement_id if r.trade else None for r in preview.rows] == [second, first, None, None]
    assert problems_at(preview, 4) == [("관련협약", ERROR)] and problems_at(preview, 5) == [("관련협약", ERROR)]


def test_unit_missing_columns_refuse_the_file(db, orgs):
    preview = build_trade_preview(table_of([["가람", "두부"]], headers=["구매처", "품목"]), db)
    assert not preview.can_commit and "판매 기관, 거래일, 금액" in preview.refusal()
    assert (preview.rows[0].buyer, preview.rows[0].seller) == ("가람", "") and problems_at(preview, 2) == [("", ERROR)]
    sellers_only = build_trade_preview(table_of([["나눔"]], headers=["판매처"]), db)
    assert sellers_only.rows[0].buyer == "" and problems_at(sellers_only, 2) == [("", ERROR)]
    with pytest.raises(ImportFileError):
        commit_trade_import(db, preview)


def test_unit_the_summary_counts_only_rows_that_will_be_stored(db, orgs):
    commit_trade_import(db, build_trade_preview(table_of([row(amount="1000")]), db))
    preview = build_trade_preview(table_of([row(amount="1000"), row(item="빵", amount="2500")]), db)
    assert "가져올 행 1 " in preview.summary() and "2,500원" in preview.summary() and "3,500원" not in preview.summary()


def test_unit_a_business_number_column_finds_the_organisation_whatever_the_name(db, orgs):
    numbered = org_store.insert_organisation(db, Organisation(name="마온", business_number="124-81-00998"))
    table = table_of([["아무 이름", "1248100998", "나눔", "2026-03-05", "두부", "1000"]],
                     headers=["구매처", "구매처 사업자등록번호", "판매처", "거래일", "품목", "금액"])
    assert build_trade_preview(table, db).rows[0].trade.buyer_id == numbered


def test_unit_a_blank_party_is_named_in_its_message(db, orgs):
    preview = build_trade_preview(table_of([row(buyer="", seller="")]), db)
    buyer, seller = preview.problems()
    assert TRADE_FIELDS["buyer"] in buyer.message and TRADE_FIELDS["seller"] in seller.message


def test_unit_dates_of_an_agreement_decide_when_it_is_in_force(db, orgs):
    service = TradeService(db)
    later = service.save_agreement(Agreement(title="4월부터", starts_on="2026-04-01", parties=[
        AgreementParty(organisation_id=orgs["가람"]), AgreementParty(organisation_id=orgs["나눔"])])).id
    undated = service.save_agreement(Agreement(title="날짜 없음", parties=[
        AgreementParty(organisation_id=orgs["가람"]), AgreementParty(organisation_id=orgs["다온"])])).id
    preview = build_trade_preview(table_of([row(), row(day="2026-04-01"), row(seller="다온")]), db)
    assert [r.trade.agreement_id for r in preview.rows] == [None, later, undated]


def test_unit_a_long_agreement_name_is_shown_to_forty_characters(db, orgs):
    preview = build_trade_preview(table_of([row(agreement="협" * 40 + "약")]), db)
    assert "협" * 40 + "'" in preview.problems()[0].message


def test_unit_blank_rows_short_rows_and_empty_extra_cells(db, orgs):
    preview = build_trade_preview(table_of([[""] * 7, row()[:5], [""] * 7, row(item="빵") + ["", ""]]), db)
    assert preview.blank_rows == 2 and preview.problems() == []
    assert (preview.rows[0].trade.note, preview.rows[0].trade.agreement_id) == ("", None)


def test_unit_a_failure_while_storing_names_the_row_and_stores_nothing(db, orgs, monkeypatch):
    preview = build_trade_preview(table_of([row(), row(item="빵"), row(item="떡")]), db)
    insert = trade_store.insert_trade

    def failing(db, trade):
        if trade.item == "빵":
            raise sqlite3.OperationalError("disk I/O error")
        return insert(db, trade)

    monkeypatch.setattr(trade_store, "insert_trade", failing)
    with pytest.raises(ImportFileError) as refused:
        commit_trade_import(db, preview)
    assert "3행" in str(refused.value) and TradeService(db).trades() == []


def test_unit_a_refused_commit_says_why(db, orgs):
    preview = build_trade_preview(table_of([row(buyer="없는곳")]), db)
    with pytest.raises(ImportFileError) as refused:
        commit_trade_import(db, preview)
    assert str(refused.value) == preview.refusal()


def test_unit_optional_columns_left_out_store_blanks_and_a_missing_date_column_refuses_beside_no_column(db, orgs):
    agree(db, orgs["가람"], orgs["나눔"])
    five = build_trade_preview(table_of([row()[:5]], headers=HEADERS[:5]), db)
    assert five.rows[0].trade.note == "" and five.problems() == [] and five.rows[0].trade.agreement_id is not None
    dateless = build_trade_preview(table_of([["가람", "나눔", "두부", "1000"]], headers=["구매처", "판매처", "품목", "금액"]), db)
    assert problems_at(dateless, 2) == [("", ERROR)] and not dateless.can_commit
