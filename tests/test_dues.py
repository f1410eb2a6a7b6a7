"""회비: the rule, a year's sheet, 납부 확인 with receipts numbered in order and never reused (across
restarts and deletions), arrears across years, notices, receipts and the export, with their commands."""

import subprocess
from datetime import date

import pandas as pd
import pytest
from openpyxl import load_workbook

from seecodesk.cli.main import main
from seecodesk.core.dues import DuesRule, check_year, due_date, korean_amount, parse_amount
from seecodesk.core.errors import ValidationError
from seecodesk.core.members import Designation, MembershipPeriod, Organisation
from seecodesk.services.dues import DuesService, DuesSettings
from seecodesk.services.members import MemberService
from seecodesk.storage.database import open_database


def pdf_text(path):
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def network(db):
    """Three members (a 사회적기업, a 협동조합, a plain one joined 2024) and one that left in 2023."""
    members = MemberService(db)
    ids = {}
    for name, kinds, legal_form, joined, left in (
            ("가람두레(주)", ["사회적기업"], "주식회사", "2020-03-05", ""),
            ("솔내협동조합", ["협동조합"], "협동조합", "2021-03-05", ""),
            ("새벽공방", [], "개인사업자", "2024-05-01", ""),
            ("떠난마을", ["마을기업"], "영농조합법인", "2019-03-05", "2023-02-28")):
        org = members.save_organisation(Organisation(name=name, legal_form=legal_form,
                                                     designations=[Designation(k) for k in kinds],
                                                     memberships=[MembershipPeriod(joined, left)]))
        ids[name] = org.id
    service = DuesService(db)
    service.save_settings(DuesSettings(rule=DuesRule(100_000, [("사회적기업", 200_000), ("협동조합", 150_000)]),
                                       due_day="04-30", bank_account="가람농협 301-0000-1111-22"))
    return service, ids


def test_the_rule_gives_each_member_its_categorys_amount(network):
    service, ids = network
    sheet = {line.name: line for line in service.sheet(2025)}
    assert set(sheet) == {"가람두레(주)", "솔내협동조합", "새벽공방"}  # 떠난마을 left in 2023
    assert (sheet["가람두레(주)"].category, sheet["가람두레(주)"].due) == ("사회적기업", 200_000)
    assert (sheet["솔내협동조합"].category, sheet["솔내협동조합"].due) == ("협동조합", 150_000)
    assert (sheet["새벽공방"].category, sheet["새벽공방"].due) == ("기본", 100_000)
    assert all(line.status == "미납" and not line.charged for line in sheet.values())
    assert "떠난마을" in {line.name for line in service.sheet(2022)}  # still a member that year
    assert "새벽공방" not in {line.name for line in service.sheet(2023)}  # joined 2024


def test_charging_keeps_an_amount_changed_by_hand_and_a_changed_rule_does_not_touch_charged_years(network):
    service, ids = network
    assert service.charge(2025) == 3
    service.set_due(2025, ids["새벽공방"], 50_000)  # a reduction agreed by the board
    assert service.charge(2025) == 0
    settings = service.settings()
    settings.rule.default_amount = 130_000
    service.save_settings(settings)
    sheet = {line.name: line for line in service.sheet(2025)}
    assert sheet["새벽공방"].due == 50_000 and sheet["새벽공방"].charged
    assert {line.name: line.due for line in service.sheet(2026)}["새벽공방"] == 130_000


def test_bulk_confirmation_pays_the_balance_and_numbers_receipts_in_order(network):
    service, ids = network
    service.charge(2025)
    part = service.record_payment(2025, ids["가람두레(주)"], 80_000, "2025-03-02", "계좌이체", "1차분")
    made = service.confirm_paid(2025, [ids["가람두레(주)"], ids["솔내협동조합"]], "2025-04-10", "현금")
    assert part.receipt_number == "2025-001"
    assert [(p.receipt_number, p.amount) for p in made] == [("2025-002", 120_000), ("2025-003", 150_000)]
    sheet = {line.name: line for line in service.sheet(2025)}
    assert sheet["가람두레(주)"].status == "완납" and sheet["가람두레(주)"].receipts == ["2025-001", "2025-002"]
    assert sheet["새벽공방"].status == "미납"
    assert service.confirm_paid(2025, [ids["솔내협동조합"]], "2025-05-01") == []  # nothing left to pay
    with pytest.raises(ValidationError):
        service.confirm_paid(2025, [ids["새벽공방"]], "2025-13-40")
    assert service.line(2025, ids["새벽공방"]).paid == 0  # the bad date changed nothing


def test_receipt_numbers_are_never_reused_after_a_deletion_or_a_restart(tmp_path):
    path = tmp_path / "net.seecodesk"
    db = open_database(path)
    org = MemberService(db).save_organisation(Organisation(name="가람두레(주)",
                                                           memberships=[MembershipPeriod("2020-01-01")]))
    service = DuesService(db)
    service.save_settings(DuesSettings(rule=DuesRule(100_000)))
    first = service.record_payment(2026, org.id, 30_000, "2026-02-01")
    second = service.record_payment(2026, org.id, 30_000, "2026-02-02")
    service.delete_payment(second.id)
    db.close()
    db = open_database(path)  # the program closed and started again
    service = DuesService(db)
    third = service.record_payment(2026, org.id, 40_000, "2026-03-01")
    numbers = [first.receipt_number, second.receipt_number, third.receipt_number]
    assert numbers == ["2026-001", "2026-002", "2026-003"]
    assert [p.receipt_number for p in service.payments(2026)] == ["2026-001", "2026-003"]
    assert service.receipts_issued(2026) == 3
    other_year = service.record_payment(2027, org.id, 10_000, "2027-01-05")
    assert other_year.receipt_number == "2027-001"
    db.close()


def test_undoing_a_deletion_brings_back_the_payment_with_its_own_number(network):
    service, ids = network
    payment = service.confirm_paid(2025, [ids["새벽공방"]], "2025-04-01")[0]
    service.delete_payment(payment.id)
    assert service.line(2025, ids["새벽공방"]).status == "미납"
    restored = service.undo_delete()
    assert restored.receipt_number == payment.receipt_number
    assert service.line(2025, ids["새벽공방"]).status == "완납"


def test_arrears_list_every_year_still_owed(network, db):
    service, ids = network
    for year in (2023, 2024, 2025):
        service.charge(year)
    service.confirm_paid(2024, [ids["가람두레(주)"]], "2024-04-01")
    service.record_payment(2025, ids["가람두레(주)"], 50_000, "2025-04-01")
    arrears = {a.name: a for a in service.arrears(2025)}
    assert arrears["가람두레(주)"].years == [(2023, 200_000), (2025, 150_000)]
    assert arrears["가람두레(주)"].total == 350_000
    assert arrears["새벽공방"].years == [(2024, 100_000), (2025, 100_000)]


def test_amounts_in_words_and_typed_amounts():
    assert korean_amount(120_000) == "일십이만"
    assert korean_amount(1_050_000) == "일백오만"
    assert korean_amount(30_500) == "삼만오백"
    assert parse_amount("120,000원") == 120_000 and parse_amount("12만") == 120_000
    with pytest.raises(ValidationError):
        parse_amount("십이만")


def test_dues_commands_write_notices_receipts_and_the_sheet(demo_path, tmp_path, capsys):
    db = open_database(demo_path)
    service = DuesService(db)
    year = date.today().year  # the demo charges the current year
    sheet = service.sheet(year)
    unpaid = [line for line in sheet if line.balance > 0]
    paid = next(line for line in sheet if line.receipts)
    db.close()
    assert unpaid and len(unpaid) < len(sheet)
    notices = tmp_path / "notices.pdf"
    assert main(["print", "dues-notice", str(year), str(notices), "--db", str(demo_path), "--unpaid-only"]) == 0
    text = pdf_text(notices)
    assert text.count("회비 납부 안내") == len(unpaid)
    assert all(line.name in text for line in unpaid) and "가람농협" in text
    receipt = tmp_path / "receipt.pdf"
    assert main(["print", "receipt", str(year), str(paid.organisation_id), str(receipt), "--db", str(demo_path)]) == 0
    text = pdf_text(receipt)
    assert paid.receipts[0] in text and paid.name in text and "영수증" in text
    out = tmp_path / "dues.csv"
    assert main(["export", "dues", str(year), str(out), "--db", str(demo_path)]) == 0
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert len(frame) == len(sheet) and frame["미납액"].sum() == sum(line.balance for line in sheet)
    xlsx = tmp_path / "dues.xlsx"
    assert main(["export", "dues", str(year), str(xlsx), "--db", str(demo_path)]) == 0
    assert load_workbook(xlsx).active.max_row == len(sheet) + 1
    capsys.readouterr()
    no_payment = unpaid[0] if not unpaid[0].paid else unpaid[-1]
    if not no_payment.paid:
        assert main(["print", "receipt", str(year), str(no_payment.organisation_id), str(receipt),
                     "--db", str(demo_path)]) == 1
        assert "영수증을 만들 수 없습니다" in capsys.readouterr().err


def test_receipt_words_for_one_won_and_for_whole_hundred_millions_and_trillions():
    assert korean_amount(0) == "영" and korean_amount(1) == "일"
    assert korean_amount(100_000_000) == "일억"
    assert korean_amount(1_000_000_000_000) == "일조"
    assert korean_amount(300_020_000) == "삼억이만"


def test_typed_amounts_with_spaces_blank_and_the_limits_of_the_dues_box():
    assert parse_amount("12 0000 원") == 120_000 and parse_amount("") == 0 and parse_amount("0") == 0
    assert parse_amount("1,000,000,000") == 1_000_000_000
    for bad in ("1,000,000,001", "-1", "12a"):
        with pytest.raises(ValidationError) as refused:
            parse_amount(bad)
        assert refused.value.field == "dues" and refused.value.message


def test_dues_years_from_2000_to_2100_are_accepted_and_others_refused_beside_the_dues_box():
    assert check_year(2000) == 2000 and check_year(2100) == 2100
    for bad in (1999, 2101):
        with pytest.raises(ValidationError) as refused:
            check_year(bad)
        assert refused.value.field == "dues" and refused.value.message


def test_the_due_date_setting_falls_back_to_march_31st_when_blank_or_wrong():
    assert due_date(2026, "05-15") == "2026-05-15"
    assert due_date(2026, "") == "2026-03-31"
    assert due_date(2026, "0515") == "2026-03-31" and due_date(2026, "02-30") == "2026-03-31"


def test_a_blank_or_partial_stored_rule_reads_as_no_amounts():
    assert DuesRule.from_json("") == DuesRule()
    assert DuesRule.from_json('{"categories": [["사회적기업", 150000]]}') == DuesRule(0, [("사회적기업", 150_000)])
    assert DuesRule.from_json('{"default": 100000}') == DuesRule(100_000, [])
