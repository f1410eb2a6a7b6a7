"""Lists of people and addresses handed out: the people export, a body's 연락망 and mailing labels.

Contact details follow one rule (core/consent.py): the people export goes outside the network like
the city-hall exports, so a phone or e-mail is written only when the person's consent covers
제3자 제공; the 연락망 stays inside the network, so a phone shows when consent covers it and is
masked (010-****-5678) otherwise. Each output says how many values it left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from seecodesk.core.consent import Item, Use
from seecodesk.core.contact_release import Withheld, person_phone, person_value
from seecodesk.core.errors import ExportError, NotFoundError, SeeCoDeskError
from seecodesk.core.josa import josa
from seecodesk.core.label_sheets import DEFAULT_SHEET, sheet_named
from seecodesk.exchange.table_export import TableExport, write_table
from seecodesk.reports.labels import MailingLabel, write_labels
from seecodesk.reports.table_sheet import build_table_pdf
from seecodesk.services.settings import network_name
from seecodesk.storage import bodies as body_store
from seecodesk.storage import people as people_store
from seecodesk.storage.organisations import mailing_rows
from seecodesk.storage.personal_data import consents_by_person

if TYPE_CHECKING:
    import sqlite_utils

    from seecodesk.core.bodies import Body

# The import's columns, one row per role, so an exported list can be imported again.
PEOPLE_HEADERS = ["이름", "소속 기관", "소속 구분", "직함", "휴대전화", "전화", "이메일", "역할", "기구", "시작", "끝"]
PEOPLE_EXPORT_USE = Use.THIRD_PARTY
CONTACT_USE = Use.NETWORK
CONTACT_HEADERS = ["이름", "소속", "직함", "역할", "휴대전화", "이메일"]
_CONTACT_WIDTHS = (16, 30, 18, 14, 22, 30)


def people_rows(db: sqlite_utils.Database, on: date | None = None) -> tuple[list[list[object]], Withheld]:
    """Every live person as export rows (one per role), phones and e-mails kept only under 제3자 제공 consent."""
    consents = consents_by_person(db)
    roles = people_store.roles_by_person(db)
    withheld = Withheld()
    rows: list[list[object]] = []
    for p in people_store.all_people_brief(db):
        held = consents.get(p["id"], [])
        contact = [person_value(p[key], held, item, PEOPLE_EXPORT_USE, withheld, on)
                   for key, item in (("mobile", Item.PHONE), ("phone", Item.PHONE), ("email", Item.EMAIL))]
        base = [p["name"], p["organisation"], p["affiliation"], p["title"], *contact]
        role_cells = [[r.role, r.scope, r.started_on, r.ended_on] for r in roles.get(p["id"], [])]
        rows += [base + cells for cells in role_cells or [["", "", "", ""]]]
    return rows, withheld


def export_people(db: sqlite_utils.Database, out_path: str | Path, encoding: str = "utf-8-sig") -> tuple[TableExport, Withheld]:
    """The people list as CSV/XLSX for Korean Excel, consent-filtered; returns what was written and withheld."""
    rows, withheld = people_rows(db)
    result = write_table(out_path, PEOPLE_HEADERS, rows, "사람 명단", encoding,
                         {"소속 기관": 26, "직함": 20, "이메일": 26, "기구": 18})
    return result, withheld


def find_body(db: sqlite_utils.Database, reference: str) -> Body:
    """The body named `reference` (spaces ignored) or numbered so; NotFoundError listing the bodies otherwise."""
    bodies = body_store.list_bodies(db)
    wanted = reference.strip().replace(" ", "")
    for body in bodies:
        if body.name.replace(" ", "") == wanted or str(body.id) == wanted:
            return body
    names = ", ".join(f"{b.name}({b.id})" for b in bodies) or "(없음)"
    raise NotFoundError(f"분과·기구 '{reference}'{josa(reference, '을')} 찾을 수 없습니다. 있는 분과·기구(번호): {names}")


@dataclass
class ContactList:
    """A body's 연락망 as rows, and how many phones or e-mails it hides."""

    body: str
    rows: list[list[str]]
    withheld: Withheld

    def notice(self) -> str:
        if not self.withheld.count:
            return ""
        return (f"개인정보 동의 범위 밖이라 가린 연락처 {self.withheld.count:,}건 "
                "(전화번호는 가운데를 ****로, 이메일은 비워 둡니다)")


def contact_list(db: sqlite_utils.Database, reference: str, on: date | None = None) -> ContactList:
    """The current members of a body with their phone (masked without consent) and e-mail (blank without)."""
    body = find_body(db, reference)
    day = on or date.today()
    seats = body.current_members(day.isoformat())
    consents = consents_by_person(db, [s.person_id for s in seats])
    withheld = Withheld()
    rows = []
    for seat in seats:
        person = people_store.get_person(db, seat.person_id)
        held = consents.get(seat.person_id, [])
        role = f"{seat.role} {seat.term}".strip()
        rows.append([person.name, seat.affiliation, person.title, role,
                     person_phone(person.mobile or person.phone, held, CONTACT_USE, withheld, day),
                     person_value(person.email, held, Item.EMAIL, CONTACT_USE, withheld, day)])
    return ContactList(body=body.name, rows=rows, withheld=withheld)


def print_contacts(db: sqlite_utils.Database, reference: str, out_path: str | Path) -> ContactList:
    """Write a body's 연락망: PDF (A4) for .pdf, a table for .csv/.xlsx."""
    contacts = contact_list(db, reference)
    if not contacts.rows:
        raise SeeCoDeskError(f"'{contacts.body}'에 지금 활동하는 사람이 없어 연락망을 만들 수 없습니다.")
    suffix = Path(out_path).suffix.lower()
    if suffix in (".csv", ".xlsx"):
        write_table(out_path, CONTACT_HEADERS, list(contacts.rows), f"{contacts.body} 연락망", "utf-8-sig",
                    {"소속": 26, "이메일": 26, "휴대전화": 16})
    elif suffix == ".pdf":
        subtitle = f"{len(contacts.rows)}명 · 내부용 (돌려 보고 파기해 주세요)"
        if contacts.withheld.count:
            subtitle += " · 동의하지 않은 연락처는 가렸습니다"
        build_table_pdf(out_path, f"{contacts.body} 연락망", subtitle, network_name(db), CONTACT_HEADERS,
                        contacts.rows, _CONTACT_WIDTHS, landscape_page=False, font_size=9.5)
    else:
        raise ExportError(f"파일 이름은 .pdf, .csv 또는 .xlsx로 끝나야 합니다: {Path(out_path).name}")
    return contacts


@dataclass
class LabelsResult:
    """What a labels print holds."""

    labels: int
    pages: int
    without_address: list[str]


def mailing_labels(db: sqlite_utils.Database) -> tuple[list[MailingLabel], list[str]]:
    """A label for every member organisation with an address, and the names of those without one."""
    labels, missing = [], []
    for name, representative, address in mailing_rows(db):
        if address.strip():
            labels.append(MailingLabel(address=address.strip(), name=name, representative=representative.strip()))
        else:
            missing.append(name)
    return labels, missing


def print_labels(db: sqlite_utils.Database, out_path: str | Path, sheet_name: str = DEFAULT_SHEET,
                 outlines: bool = False) -> LabelsResult:
    """Write the member organisations' mailing labels on the named A4 label sheet."""
    sheet = sheet_named(sheet_name)
    labels, missing = mailing_labels(db)
    if not labels:
        raise SeeCoDeskError("주소가 있는 회원사가 없어 라벨을 만들 수 없습니다.")
    write_labels(out_path, sheet, labels, network_name(db), outlines)
    return LabelsResult(labels=len(labels), pages=-(-len(labels) // sheet.per_page), without_address=missing)
