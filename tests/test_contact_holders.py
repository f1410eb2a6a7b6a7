"""The member export's withheld phones come from SQLite's narrowed candidates (storage/contact_holders.py), and
are exactly the ones core's rule withholds when it is asked about every organisation and every person (unit
tests over generated networks: consents given, withdrawn, not yet given, without 제3자 제공 or without the
phone; people sharing a number; numbers with dashes, spaces, +82, brackets and full-width digits)."""

import random
from datetime import date

import pytest

from seecodesk.core.consent import Item, Use
from seecodesk.core.contact_release import MOBILE_PREFIXES, Withheld, organisation_value
from seecodesk.exchange.member_export import withheld_phones
from seecodesk.storage.contact_holders import mobile_holders
from seecodesk.storage.database import open_database
from seecodesk.storage.personal_data import contact_owners

TODAY = date.today().isoformat()
NUMBERS = ("010-1234-5678", "016-222-3333", "041-730-1234", "02-000-0000", "0101-234-5678", "019-1-2")
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def spelled(rng: random.Random, number: str) -> str:
    """`number` as a secretary might type it: mostly as stored, else without dashes, with spaces, +82,
    brackets, full-width digits, blank or not a number."""
    if rng.random() < 0.5:
        return number
    digits = number.replace("-", "")
    return rng.choice((digits, number.replace("-", " "), "+82 " + number[1:], f"({number[:3]}){number[4:]}",
                       number.translate(FULL_WIDTH), "-" + number, number + " ", "0-" + digits[1:], "전화 " + number,
                       "", "-", "없음"))


def consent(rng: random.Random) -> tuple[str, str, int, str]:
    """(consented_on, items, third_party, withdrawn_on): in force or not yet, withdrawn or not, any items."""
    given = rng.choice(("2024-01-02", TODAY, "2999-01-01", ""))
    withdrawn = rng.choice(("", "", "2024-06-01", TODAY, "2999-01-01"))
    items = rng.choice(("연락처", "이메일", "전화, 이메일", "휴대폰", "이름", "", "E-MAIL, 핸드폰"))
    return given, items, int(rng.random() < 0.6), withdrawn


def make_network(path, seed: int):
    """60 organisations whose phones and people's numbers are drawn from a few numbers, so many are shared."""
    rng = random.Random(seed)
    db = open_database(path)
    for org in range(1, 61):
        deleted = "2025-01-01" if rng.random() < 0.1 else None
        db.execute("INSERT INTO organisations (id, name, name_key, phone, deleted_at) VALUES (?, ?, ?, ?, ?)",
                   [org, f"기업{org}", f"기업{org}", spelled(rng, rng.choice(NUMBERS)), deleted])
        for n in range(rng.randint(0, 3)):
            person = db.execute(
                "INSERT INTO people (organisation_id, name, mobile, phone, deleted_at) VALUES (?, ?, ?, ?, ?)",
                [org, f"사람{org}-{n}", spelled(rng, rng.choice(NUMBERS)), spelled(rng, rng.choice(NUMBERS)),
                 "2025-01-01" if rng.random() < 0.1 else None]).lastrowid
            for _ in range(rng.randint(0, 2)):
                db.execute("INSERT INTO consents (person_id, consented_on, items, third_party, withdrawn_on) "
                           "VALUES (?, ?, ?, ?, ?)", [person, *consent(rng)])
    return db


def withheld_by_core_alone(db) -> set[int]:
    """Core's rule asked about every live organisation's phone with every live person of it (a blank phone:
    nothing withheld)."""
    owners, counter = contact_owners(db), Withheld()
    phones = db.execute("SELECT id, phone FROM organisations WHERE deleted_at IS NULL").fetchall()
    return {org_id for org_id, phone in phones
            if phone and not organisation_value(phone, owners.get(org_id, []), Item.PHONE, Use.THIRD_PARTY, counter)}


@pytest.mark.parametrize("seed", range(25))
def test_unit_the_export_withholds_exactly_the_phones_core_withholds_asked_about_everyone(tmp_path, seed):
    db = make_network(tmp_path / "net.seecodesk", seed)
    expected = withheld_by_core_alone(db)
    assert withheld_phones(db) == expected
    if seed == 0:  # the networks hold phones back and keep others; SQLite is sure of some holders, not of others
        sure = {h.sure for h in mobile_holders(db, MOBILE_PREFIXES)}
        assert expected and len(expected) < 40 and sure == {0, 1}


def test_unit_sqlite_passes_on_every_number_it_cannot_read_as_core_does(tmp_path):
    db = open_database(tmp_path / "net.seecodesk")
    org_phones = {1: "010-1234-5678", 2: "０１０-１２３４-５６７８", 3: "+82 10-1234-5678", 4: "041-730-1234",
                  5: "(010)1234-5678", 6: "010-1234-5678", 7: "010-1234-5678"}
    people = {1: ("010 1234 5678", ""), 2: ("01012345678", ""), 3: ("010-1234-5678", ""), 4: ("", "041-730-1234"),
              5: ("010-1234-5678", ""), 6: ("010-9999-0000", "010-12345678"), 7: ("010-9999-0000", "")}
    for org, phone in org_phones.items():
        db.execute("INSERT INTO organisations (id, name, name_key, phone) VALUES (?, ?, ?, ?)", [org, f"기{org}", f"기{org}", phone])
        db.execute("INSERT INTO people (organisation_id, name, mobile, phone) VALUES (?, ?, ?, ?)", [org, "이", *people[org]])
    holders = {h.organisation_id: (h.organisation_phone, h.sure) for h in mobile_holders(db, MOBILE_PREFIXES)}
    # 3 (+82: core reads 8210…, no mobile) goes to core too; 4 (an office number) and 7 (nobody holds it) do not;
    # SQLite is sure only where every number is ASCII digits and dashes
    assert holders == {1: (org_phones[1], 0), 2: (org_phones[2], 0), 3: (org_phones[3], 0), 5: (org_phones[5], 0),
                       6: (org_phones[6], 1)}
    assert withheld_phones(db) == {1, 2, 5, 6} == withheld_by_core_alone(db)
