"""The 업무협약서 and the network page: one page, fonts embedded, party and island names extractable."""

from seecodesk.cli.main import main
from seecodesk.core.trade import Agreement, AgreementParty
from seecodesk.services.network import NetworkService, Period
from seecodesk.services.trade import TradeService
from seecodesk.services.trade_print import print_agreement, print_network
from tests.consulting_helpers import fonts, pdf_text, pdfinfo
from tests.trade_helpers import add_orgs


def squash(value: str) -> str:
    return "".join(value.split())


def pages(pdf) -> int:
    return int(next(line.split()[1] for line in pdfinfo(pdf).splitlines() if line.startswith("Pages:")))


def test_agreement_prints_parties_articles_and_a_signature_block_each(demo_db, tmp_path):
    service = TradeService(demo_db)
    agreement = next(a for a in service.agreements() if a.kind == "상생협약")
    out = tmp_path / "협약서.pdf"
    print_agreement(demo_db, int(agreement.id), out)
    words = squash(pdf_text(out))
    assert pages(out) == 1 and all(embedded == "yes" for _name, embedded in fonts(out))
    for party in agreement.parties:
        assert squash(party.label) in words
    for heading in ("상생협약서", "제1조(목적)", "제2조(협력내용)", "제3조(협약기간)", "제4조(기타)", "2026.4.20.(월)"):
        assert heading in words
    assert words.count("(서명또는인)") == 3 and "(병)가람상공회의소" in words


def test_ten_parties_and_markup_in_names_still_fit_one_page(db, tmp_path):
    ids = add_orgs(db, *[f"<b>기관{i}</b> & 협동조합" for i in range(9)])
    saved = TradeService(db).save_agreement(Agreement(
        title="열 기관 다자 협약", kind="상생협약", signed_on="2026-03-02", scope="공동 판매 " * 60,
        parties=[AgreementParty(organisation_id=i) for i in ids] + [AgreementParty(outside_name="가람시청")]))
    out = tmp_path / "ten.pdf"
    print_agreement(db, int(saved.id), out)
    words = squash(pdf_text(out))
    assert pages(out) == 1 and words.count("(서명또는인)") == 10
    assert squash("<b>기관8</b> & 협동조합") in words and "(계)가람시청" in words


def test_network_page_is_a4_landscape_with_islands_named(demo_db, tmp_path):
    out = tmp_path / "관계망.pdf"
    print_network(demo_db, out, 2026)
    info = pdfinfo(out)
    assert "841.89 x 595.276" in info and pages(out) == 1
    assert all(embedded == "yes" for _name, embedded in fonts(out))
    words = squash(pdf_text(out))
    islands = NetworkService(demo_db).picture(Period.year(2026), with_layout=False)
    for island in islands.figures.islands:
        assert squash(islands.names[island]) in words
    assert "섬처럼떨어진기관" in words and "전년대비" in words and "밀도" in words


def test_print_commands_and_their_korean_errors(demo_path, tmp_path, capsys):
    out = tmp_path / "n.pdf"
    assert main(["print", "network", str(out), "--db", str(demo_path), "--year", "2026", "--ties", "agreement,trade"]) == 0
    assert "협약×3,거래×2" in squash(pdf_text(out)) and "회의함께참석" not in squash(pdf_text(out))
    assert main(["print", "network", str(out), "--db", str(demo_path), "--ties", "friends"]) == 1
    assert "알 수 없는 관계 종류" in capsys.readouterr().err
    assert main(["print", "agreement", "999", str(tmp_path / "a.pdf"), "--db", str(demo_path)]) == 1
    assert "협약 999번을 찾을 수 없습니다" in capsys.readouterr().err
    assert main(["print", "agreement", "3", str(tmp_path / "a.pdf"), "--db", str(demo_path)]) == 0
