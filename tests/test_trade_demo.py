"""The demo's mutual trade agrees with its minutes: ten ceremony agreements, seven trades of ~840만원, islands."""

from datetime import date

from seecodesk.services.network import NetworkService, Period
from seecodesk.services.trade import TradeService, renewals_due


def test_demo_ceremony_trades_and_islands_match_the_minutes(demo_db):
    service = TradeService(demo_db)
    (ceremony,) = [c for c in service.ceremonies() if c.held_on == "2021-10-05"]
    made = service.ceremony_agreements(int(ceremony.id))
    assert len(made) == 10 and len({frozenset(a.member_ids) for a in made}) == 10
    ids = {a.id for a in made}
    under = [t for t in service.trades() if t.agreement_id in ids]
    minutes = demo_db.execute("SELECT min(m.date) FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id "
                              "WHERE a.discussion LIKE '%협약 이후 거래 7건, 약 840만원%'").fetchone()[0]
    assert len(under) == 7 and sum(t.amount for t in under) == 8_400_000
    assert sum(t.amount for t in under if "급식" in t.item) * 2 == 8_400_000
    assert all(t.traded_on < minutes for t in under)
    assert {a.status for a in service.agreements()} == {"유효", "만료", "해지"}
    assert any(p.is_outside for a in service.agreements() for p in a.parties)
    assert {r.status for r in service.requests()} == {"접수", "협약", "거래", "종결"}
    assert len(renewals_due(demo_db, 60, date(2026, 11, 24))) >= 1
    figures = NetworkService(demo_db).picture(Period.year(2026), with_layout=False).figures
    assert len(figures.islands) >= 2
