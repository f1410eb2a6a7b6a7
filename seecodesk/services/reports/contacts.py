"""Contact details for reports handed outside the network, filtered by each person's consent.

A phone or e-mail is filled only when the person's consent in force today names it and agrees to
제3자 제공 (seecodesk.core.consent); every value held back is counted so the user sees it before saving.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from seecodesk.core.consent import Item, Use, allows
from seecodesk.storage import people as people_store
from seecodesk.storage import report_queries as queries

if TYPE_CHECKING:
    import sqlite_utils


@dataclass
class ContactCells:
    """What a report may show of one organisation's contact person."""

    name: str = ""
    phone: str = ""
    email: str = ""


class ContactFilter:
    """Looks up each organisation's contact person once and applies the consent rule."""

    def __init__(self, db: sqlite_utils.Database, phone: bool, email: bool, on: date | None = None) -> None:
        self.db, self.phone, self.email = db, phone, email
        self.on = on or date.today()
        self.people = queries.contact_people(db)
        self.withheld = 0

    def cells(self, organisation_id: int) -> ContactCells:
        """The contact's name, and the phone/e-mail asked for where consent allows (else blank, counted)."""
        person_id = self.people.get(organisation_id)
        if person_id is None:
            return ContactCells()
        person = people_store.get_person(self.db, person_id)
        cells = ContactCells(name=person.name)
        number = person.mobile or person.phone
        if self.phone and number:
            if allows(person.consents, Item.PHONE, Use.THIRD_PARTY, self.on):
                cells.phone = number
            else:
                self.withheld += 1
        if self.email and person.email:
            if allows(person.consents, Item.EMAIL, Use.THIRD_PARTY, self.on):
                cells.email = person.email
            else:
                self.withheld += 1
        return cells
