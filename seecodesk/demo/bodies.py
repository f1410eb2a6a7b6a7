"""Demo bodies: three subcommittees/TFT, the board and the general assembly, with chairs and members."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils


BODIES = (
    ("교육소통분과", "분과", "회원사 교육, 단톡방 운영, 상호방문과 사례 공유", "매월", "monthly"),
    ("상호협력분과", "분과", "기업 DB 구축, 동료컨설팅, 상호거래와 공동프로젝트", "매월", "monthly"),
    ("공공구매TFT", "TFT", "제품·서비스 조사와 공공구매 사업단 (민·관)", "격월", "bimonthly"),
    ("이사회", "이사회", "협의회 운영, 회비 안정화와 회원 확대 논의", "분기 1회", "quarterly"),
    ("총회", "총회", "정기총회: 사업계획, 예산, 정관 개정", "연 1회", "yearly"),
)


def _person_id(db: sqlite_utils.Database, name: str) -> int:
    return db.execute("SELECT id FROM people WHERE name = ? ORDER BY id LIMIT 1", [name]).fetchone()[0]


def populate(db: sqlite_utils.Database, rng: random.Random) -> None:
    """Bodies with a chair (term 2021) and members; one member is a city official."""
    rep_of = {r[0]: r[1] for r in db.execute("SELECT o.name, o.representative FROM organisations o")}
    rosters = {
        "교육소통분과": (rep_of["(주)햇살두레푸드"], [rep_of["솔내들영농조합법인"], rep_of["들꽃공방협동조합"], rep_of["푸른손자연학교"]]),
        "상호협력분과": (rep_of["가람로컬푸드협동조합"], [rep_of["새벽빵협동조합"], rep_of["은하마을협동조합"], rep_of["한울장터협동조합"]]),
        "공공구매TFT": (rep_of["은빛인쇄(주)"], [rep_of["(주)바른청소"], rep_of["가람로컬푸드협동조합"], "류재석", "김나연"]),
        "이사회": (rep_of["(주)햇살두레푸드"], [rep_of[n] for n in ("가람돌봄사회적협동조합", "은하마을협동조합",
                                                             "(주)바른청소", "(주)다온문화기획", "가람로컬푸드협동조합")]),
        "총회": (rep_of["(주)햇살두레푸드"], []),
    }
    for order, (name, kind, purpose, cadence, period) in enumerate(BODIES):
        body_id = db.table("bodies").insert({"name": name, "kind": kind, "purpose": purpose, "cadence": cadence,
                                      "cadence_period": period, "sort_order": order}).last_pk
        chair, members = rosters[name]
        chair_role = "회장" if kind in ("이사회", "총회") else ("팀장" if kind == "TFT" else "분과장")
        rows = [{"body_id": body_id, "person_id": _person_id(db, chair), "role": chair_role, "term": "2021",
                 "started_on": "2021-03-05"}]
        rows += [{"body_id": body_id, "person_id": _person_id(db, m), "role": "위원", "started_on": "2021-03-05"}
                 for m in members]
        if name == "공공구매TFT":
            rows[-2]["ended_on"] = "2022-06-30"
            rows[-1]["started_on"] = "2022-07-01"
        blank = {"role": "위원", "term": "", "started_on": "", "ended_on": ""}
        db.table("body_members").insert_all([{**blank, **row} for row in rows])
