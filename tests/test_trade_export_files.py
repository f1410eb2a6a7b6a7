"""Agreements and trades written as files for 시청 (exchange/trade_export.py): which row and cell holds
what, amounts as numbers, formulas never run, CP949 refused with the row named (unit tests)."""

import csv

import pytest
from openpyxl import load_workbook

from seecodesk.core.errors import ExportError
from seecodesk.core.trade import Agreement, AgreementParty, Ceremony, Trade
from seecodesk.exchange.trade_export import export_agreements, export_trades
from seecodesk.services.trade import TradeService
from tests.trade_helpers import add_orgs


@pytest.fixture
def trades(db):
    service = TradeService(db)
    a, b, c = add_orgs(db, "가람협동조합", "나눔", "다온")
    _, (paired,) = service.hold_ceremony(Ceremony(title="상생협약식", held_on="2022-03-02", organisation_ids=[a, b]),
                                         Agreement(title="가람·나눔 협약", kind="상호거래 협약"))
    outside = service.save_agreement(Agreement(
        title="=청소년 협약", kind="업무협약", signed_on="2021-05-29", priority_purchase=True, auto_renew=True,
        parties=[AgreementParty(organisation_id=c), AgreementParty(outside_name="가람시 청소년지원센터")]))
    later = service.save_agreement(Agreement(title="같은 날 협약", signed_on="2022-03-02",
                                             parties=[AgreementParty(organisation_id=a), AgreementParty(organisation_id=c)]))
    service.save_trade(Trade(buyer_id=a, seller_id=b, traded_on="2026-03-05", item="두부", amount=2500,
                             agreement_id=paired))
    service.save_trade(Trade(buyer_id=b, seller_id=a, traded_on="2025-12-31", item="-할인 쿠키", amount=1000,
                             agreement_id=paired, note="메모 😀"))
    service.save_trade(Trade(buyer_id=c, seller_id=a, traded_on="2026-01-02", item="세탁", amount=700))
    return {"paired": paired, "outside": outside.id, "later": later.id}


def csv_rows(path, encoding="utf-8-sig"):
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


def test_unit_agreements_csv_has_parties_totals_and_ceremony_per_row(db, trades, tmp_path):
    result = export_agreements(db, tmp_path / "a.csv")
    rows = csv_rows(tmp_path / "a.csv")
    assert result.rows == 3 and [r["번호"] for r in rows] == [str(trades[k]) for k in ("outside", "paired", "later")]
    outside, paired, later = rows
    assert (outside["협약명"], outside["당사자A"], outside["당사자B"]) == ("'=청소년 협약", "다온", "가람시 청소년지원센터")
    assert (outside["당사자 수"], outside["우선구매"], outside["자동연장"], outside["협약식"]) == ("2", "예", "예", "")
    assert (outside["거래 건수"], outside["거래실적 합계(원)"]) == ("0", "0")
    assert (paired["당사자 전체"], paired["협약식"]) == ("가람협동조합, 나눔", "2022-03-02 상생협약식")
    assert (paired["우선구매"], paired["자동연장"], paired["거래 건수"], paired["거래실적 합계(원)"]) == ("", "", "2", "3500")
    assert (paired["협약일"], paired["유형"], later["상태"]) == ("2022-03-02", "상호거래 협약", "체결")


def test_unit_trades_are_oldest_first_with_names_agreement_and_numeric_amounts(db, trades, tmp_path):
    export_trades(db, tmp_path / "t.csv")
    rows = csv_rows(tmp_path / "t.csv")
    assert [(r["거래일"], r["구매 기관"], r["판매 기관"], r["품목"], r["금액(원)"]) for r in rows] == [
        ("2025-12-31", "나눔", "가람협동조합", "'-할인 쿠키", "1000"), ("2026-01-02", "다온", "가람협동조합", "세탁", "700"),
        ("2026-03-05", "가람협동조합", "나눔", "두부", "2500")]
    assert (rows[0]["협약 번호"], rows[0]["협약명"], rows[0]["메모"]) == (str(trades["paired"]), "가람협동조합 · 나눔 상호거래 협약",
                                                                "메모 😀")
    assert (rows[1]["협약 번호"], rows[1]["협약명"]) == ("", "")
    assert all(r["번호"].isdigit() for r in rows) and len({r["번호"] for r in rows}) == 3
    year = export_trades(db, tmp_path / "y.csv", year=2026)
    assert year.rows == 2 and [r["거래일"] for r in csv_rows(tmp_path / "y.csv")] == ["2026-01-02", "2026-03-05"]


def test_unit_trades_xlsx_keeps_amounts_numeric_and_names_the_year(db, trades, tmp_path):
    result = export_trades(db, tmp_path / "t.xlsx", year=2026)
    assert (result.rows, result.encoding) == (2, "")
    sheet = load_workbook(tmp_path / "t.xlsx").active
    assert sheet.title == "2026년 상호거래"
    assert [c.value for c in sheet[2]][:6] == [sheet["A2"].value, "2026-01-02", "다온", "가람협동조합", "세탁", 700]
    assert sheet["F2"].data_type == "n" and sheet["C2"].number_format == "@"
    assert sheet.column_dimensions["C"].width == 24
    export_trades(db, tmp_path / "all.xlsx")
    assert load_workbook(tmp_path / "all.xlsx").active.title == "상호거래"
    export_agreements(db, tmp_path / "a.xlsx")
    agreements = load_workbook(tmp_path / "a.xlsx").active
    # in Excel the title reads as typed, no apostrophe, and stays text (never a formula) when edited
    assert agreements.title == "업무협약" and agreements["C2"].value == "=청소년 협약"
    assert agreements["C2"].data_type == "s" and agreements["C2"].quotePrefix and agreements["V3"].value == 3500


def test_unit_cp949_refuses_an_emoji_naming_its_row_and_writes_nothing(db, trades, tmp_path):
    with pytest.raises(ExportError) as refused:
        export_trades(db, tmp_path / "t.csv", "cp949")
    assert "2행" in str(refused.value) and "'메모'" in str(refused.value) and "2025-12-31" in str(refused.value)
    assert list(tmp_path.iterdir()) == []
    result = export_agreements(db, tmp_path / "a.csv", "cp949")
    assert result.encoding == "cp949" and csv_rows(tmp_path / "a.csv", "cp949")[1]["당사자A"] == "가람협동조합"
    assert "3건" in result.describe() and "CP949" in result.describe()


@pytest.mark.parametrize(("name", "encoding"), [("t.txt", "utf-8-sig"), ("t.csv", "euc-kr"), ("없는 폴더/t.csv", "cp949")])
def test_unit_a_wrong_name_encoding_or_folder_is_refused(db, trades, tmp_path, name, encoding):
    named = {"t.txt": "t.txt", "t.csv": "euc-kr"}.get(name, "없는 폴더")
    for export in (export_trades, export_agreements):
        with pytest.raises(ExportError) as refused:
            export(db, tmp_path / name, encoding)
        assert named in str(refused.value)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("name", "encoding"), [("t.csv", "utf-8-sig"), ("t.csv", "cp949"), ("t.xlsx", "utf-8-sig")])
def test_unit_the_result_describes_what_was_written_where(db, trades, tmp_path, name, encoding):
    result = export_agreements(db, tmp_path / name, encoding)
    assert str(tmp_path / name) in result.describe() and "3" in result.describe() and "협약" in result.describe()


def test_unit_a_cp949_refusal_names_the_agreement_and_the_result_says_what_was_written(db, trades, tmp_path):
    lone, other = add_orgs(db, "라온", "마루")
    TradeService(db).save_agreement(Agreement(title="라온 협약", signed_on="2020-01-01", notes="메모 😀", parties=[
        AgreementParty(organisation_id=lone), AgreementParty(organisation_id=other)]))
    with pytest.raises(ExportError) as refused:
        export_agreements(db, tmp_path / "a.csv", "cp949")
    assert "라온 협약" in str(refused.value) and "2행" in str(refused.value)
    assert "협약" in export_agreements(db, tmp_path / "a.csv").describe()
    assert "거래" in export_trades(db, tmp_path / "t.csv").describe()
