"""SQL for personal data: consents by person, what is held about one person, 파기 and 익명화, the privacy log.

파기 removes the person from every table that refers to people (found from the schema's foreign
keys, so tables added later are covered), the copies of their name and numbers kept beside those
references (a presenter's or an action owner's name, a consulting form's 담당자), and every history
row that holds any of it; the writes themselves are not recorded. `compact` then makes the file
forget the bytes: secure_delete, WAL checkpoint (TRUNCATE), VACUUM, checkpoint again.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from seecodesk.core.contact_release import ContactOwner
from seecodesk.core.members import Consent
from seecodesk.core.validation import digits_of
from seecodesk.storage.history_triggers import quote_name

if TYPE_CHECKING:
    from seecodesk.storage.database import Queryable

ANONYMOUS_NAME = "(익명)"
CONSENT_COLUMNS = ("consented_on", "items", "purpose", "retention", "third_party", "withdrawn_on", "id")


@dataclass(frozen=True)
class PersonFacts:
    """What identifies a person in text: their name and their own numbers and address."""

    id: int
    name: str
    mobile: str
    phone: str
    email: str
    organisation_id: int | None

    @property
    def needles(self) -> list[str]:
        """Strings that must not survive a 파기 (the name, the numbers as stored and as bare digits, the address)."""
        values = [self.name, self.mobile, self.phone, self.email]
        values += [digits_of(v) for v in (self.mobile, self.phone)]
        return [v for v in dict.fromkeys(values) if v and len(v) >= 2]


def person_facts(db: Queryable, person_id: int) -> PersonFacts | None:
    """The person's name, numbers and organisation, deleted (hidden) or not; None when there is no such row."""
    row = db.execute("SELECT id, name, mobile, phone, email, organisation_id FROM people WHERE id = ?",
                     [person_id]).fetchone()
    return PersonFacts(*row) if row else None


def consents_by_person(db: Queryable, person_ids: Iterable[int] | None = None) -> dict[int, list[Consent]]:
    """person id → their consent records (all people when `person_ids` is None).

    The ids go to SQLite as one JSON array: a list of any length, where an IN list stops at SQLite's
    limit on bound values.
    """
    sql = f"SELECT person_id, {', '.join(CONSENT_COLUMNS)} FROM consents"
    params: list[Any] = []
    if person_ids is not None:
        wanted = sorted(set(person_ids))
        if not wanted:
            return {}
        sql += " WHERE person_id IN (SELECT value FROM json_each(?))"
        params = [json.dumps(wanted)]
    found: dict[int, list[Consent]] = {}
    for row in db.execute(sql + " ORDER BY consented_on, id", params):
        found.setdefault(row[0], []).append(consent_of(row[1:]))
    return found


def consent_of(row: Sequence[Any], columns: Sequence[str] = CONSENT_COLUMNS) -> Consent:
    """A consent from its `columns` (CONSENT_COLUMNS or some of them) in that order."""
    values = dict(zip(columns, row, strict=True))
    values["third_party"] = bool(values["third_party"])
    return Consent(**values)


def contact_owners(db: Queryable) -> dict[int, list[ContactOwner]]:
    """organisation id → its live people as owners of numbers and addresses (to spot them in the organisation's data)."""
    consents = consents_by_person(db)
    owners: dict[int, list[ContactOwner]] = {}
    for person_id, org_id, mobile, phone, email in db.execute(
            "SELECT id, organisation_id, mobile, phone, email FROM people "
            "WHERE organisation_id IS NOT NULL AND deleted_at IS NULL"):
        owners.setdefault(org_id, []).append(ContactOwner.of((mobile, phone), (email,), consents.get(person_id, [])))
    return owners


# --- retention ------------------------------------------------------------------------------------
def retention_rows(db: Queryable) -> list[dict[str, Any]]:
    """Every person with at least one consent: id, name, organisation, and when their membership ended.

    The membership ends on the earliest of: the person deleted, their organisation deleted, the
    last period of their organisation's membership ended (all periods closed).
    """
    return [dict(zip(("id", "name", "organisation", "person_deleted", "org_deleted", "periods", "open_periods",
                      "last_left"), row, strict=True)) for row in db.execute(
        "SELECT p.id, p.name, coalesce(o.name, ''), p.deleted_at, o.deleted_at, "
        "(SELECT count(*) FROM membership_periods m WHERE m.organisation_id = o.id), "
        "(SELECT count(*) FROM membership_periods m WHERE m.organisation_id = o.id AND m.left_on = ''), "
        "(SELECT max(left_on) FROM membership_periods m WHERE m.organisation_id = o.id) "
        "FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id "
        "WHERE p.name != ? AND EXISTS (SELECT 1 FROM consents c WHERE c.person_id = p.id) ORDER BY p.name, p.id",
        [ANONYMOUS_NAME])]


# --- one person's data on request -------------------------------------------------------------------
def _rows(db: Queryable, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def person_references(db: Queryable) -> list[tuple[str, str, str]]:
    """(table, column, ON DELETE action) of every foreign key that points at people."""
    found = []
    for (table,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"):
        for row in db.execute(f"PRAGMA foreign_key_list({quote_name(table)})"):
            if row[2] == "people":
                found.append((table, row[3], str(row[6]).upper()))
    return found


def person_record(db: Queryable, person_id: int) -> dict[str, Any]:
    """Everything held about one person, as plain data (for 개인정보 열람 요청)."""
    facts = person_facts(db, person_id)
    if facts is None:
        return {}
    record: dict[str, Any] = {"person": _rows(db, "SELECT * FROM people WHERE id = ?", [person_id])[0]}
    record["organisation"] = _rows(db, "SELECT id, name FROM organisations WHERE id = ?", [facts.organisation_id])
    record["roles"] = _rows(db, "SELECT * FROM person_roles WHERE person_id = ?", [person_id])
    record["consents"] = _rows(db, "SELECT * FROM consents WHERE person_id = ?", [person_id])
    record["body_memberships"] = _rows(
        db, "SELECT b.name AS body, m.* FROM body_members m JOIN bodies b ON b.id = m.body_id WHERE m.person_id = ?",
        [person_id])
    record["attendance"] = _rows(
        db, "SELECT m.date, m.title, m.kind, a.status, a.note FROM meeting_attendees a "
            "JOIN meetings m ON m.id = a.meeting_id WHERE a.person_id = ? ORDER BY m.date", [person_id])
    for table, column, _action in person_references(db):
        if table in ("people", "person_roles", "consents", "body_members", "meeting_attendees"):
            continue
        rows = _rows(db, f"SELECT * FROM {quote_name(table)} WHERE {quote_name(column)} = ?", [person_id])
        if rows:
            record.setdefault("other", {}).setdefault(f"{table}.{column}", rows)
    record["consulting_forms"] = _rows(db, *_consulting_match(facts, "SELECT * FROM consulting_applications WHERE "))
    if _has_table(db, "history_changes"):
        record["history"] = _rows(
            db, "SELECT changed_at, table_name, action, before, after FROM history_changes "
                "WHERE (table_name = 'people' AND record_id = ?) OR (owner_table = 'people' AND owner_id = ?) "
                "ORDER BY id", [person_id, person_id])
    return record


def _has_table(db: Queryable, name: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [name]).fetchone() is not None


def _consulting_match(facts: PersonFacts, head: str) -> tuple[str, list[Any]]:
    """Consulting forms whose 담당자 is this person: same number or address, or same name at the same organisation."""
    numbers = [digits_of(v) for v in (facts.mobile, facts.phone) if digits_of(v)]
    clauses = ["(manager_name = ? AND organisation_id IS ?)"]
    params: list[Any] = [facts.name, facts.organisation_id]
    for column in ("manager_phone", "manager_mobile"):
        for number in numbers:
            clauses.append(f"replace(replace({column}, '-', ''), ' ', '') = ?")
            params.append(number)
    if facts.email:
        clauses.append("lower(manager_email) = lower(?)")
        params.append(facts.email)
    return head + " OR ".join(clauses), params


# --- 파기 and 익명화 -----------------------------------------------------------------------------------
def _scrub_copies(db: Queryable, facts: PersonFacts) -> None:
    """Blank the copies of the person's name and numbers kept beside references to them."""
    db.execute("UPDATE agenda_items SET presenter_name = '' WHERE presenter_id = ?", [facts.id])
    db.execute("UPDATE action_items SET owner_name = '' WHERE owner_person_id = ?", [facts.id])
    sql, params = _consulting_match(facts, "UPDATE consulting_applications SET manager_name = '', manager_email = '', "
                                           "manager_phone = '', manager_mobile = '' WHERE ")
    db.execute(sql, params)
    numbers = [digits_of(v) for v in (facts.mobile, facts.phone) if digits_of(v)]
    for number in numbers:
        db.execute("UPDATE meeting_attendees SET guest_phone = '' "
                   "WHERE replace(replace(guest_phone, '-', ''), ' ', '') = ?", [number])


def _scrub_history(db: Queryable, facts: PersonFacts) -> int:
    """Remove every history row about the person or holding their name or numbers; returns how many."""
    if not _has_table(db, "history_changes"):
        return 0
    clauses = ["(table_name = 'people' AND record_id = ?)", "(owner_table = 'people' AND owner_id = ?)"]
    params: list[Any] = [facts.id, facts.id]
    for needle in facts.needles:
        clauses.append("instr(coalesce(before, '') || coalesce(after, ''), ?) > 0")
        params.append(needle)
    removed = db.execute(f"DELETE FROM history_changes WHERE {' OR '.join(clauses)}", params).rowcount
    for needle in facts.needles:
        db.execute("UPDATE history_operations SET label = replace(label, ?, '(파기됨)') WHERE instr(label, ?) > 0",
                   [needle, needle])
    db.execute("DELETE FROM history_operations WHERE state = 'log' AND id NOT IN "
               "(SELECT DISTINCT operation_id FROM history_changes WHERE operation_id IS NOT NULL)")
    return int(removed)


def forget_person(db: Queryable, person_id: int) -> PersonFacts | None:
    """Remove the person from every table and the history (call with history recording paused)."""
    facts = person_facts(db, person_id)
    if facts is None:
        return None
    _scrub_copies(db, facts)
    db.execute("DELETE FROM meeting_attendees WHERE person_id = ?", [person_id])  # SET NULL would leave a nameless row
    for table, column, action in person_references(db):
        if action not in ("CASCADE", "SET NULL") and table != "people":
            db.execute(f"DELETE FROM {quote_name(table)} WHERE {quote_name(column)} = ?", [person_id])
    db.execute("DELETE FROM people WHERE id = ?", [person_id])
    _scrub_history(db, facts)
    return facts


def anonymise_person(db: Queryable, person_id: int) -> PersonFacts | None:
    """Keep the person as '(익명)' in attendance and roles, without name, numbers, notes or consents."""
    facts = person_facts(db, person_id)
    if facts is None:
        return None
    _scrub_copies(db, facts)
    db.execute("UPDATE people SET name = ?, title = '', mobile = '', phone = '', email = '', gender = '', notes = '', "
               "in_group_chat = 0 WHERE id = ?", [ANONYMOUS_NAME, person_id])
    db.execute("DELETE FROM consents WHERE person_id = ?", [person_id])
    _scrub_history(db, facts)
    return facts


def log_privacy_action(db: Queryable, action: str, count: int, reason: str) -> None:
    """Record that personal data was destroyed or anonymised: when and how many, never who."""
    db.execute("INSERT INTO privacy_log (action, people_count, reason) VALUES (?, ?, ?)", [action, count, reason])


def privacy_log(db: Queryable, limit: int = 50) -> list[tuple[str, str, int, str]]:
    """(when, action, how many, reason), newest first."""
    return [tuple(r) for r in db.execute(  # type: ignore[misc]
        "SELECT done_at, action, people_count, reason FROM privacy_log ORDER BY id DESC LIMIT ?", [limit])]


def set_secure_delete(conn: sqlite3.Connection, on: bool) -> None:
    """Overwrite deleted content with zeros (this connection, until turned off)."""
    conn.execute(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")


def compact(conn: sqlite3.Connection) -> bool:
    """Make the file forget deleted bytes: checkpoint the WAL into it and empty it, VACUUM, and again.

    Returns False when another connection kept part of the WAL from being written back (busy).
    """
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    conn.execute("VACUUM")
    busy_after = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    return not busy and not busy_after


def file_holds_person(path: Path, facts: PersonFacts) -> bool:
    """True when the SeeCoDesk file at `path` (a backup, opened read-only) still has this person."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    except sqlite3.Error:
        return False
    try:
        sql = "SELECT 1 FROM people WHERE (id = ? AND name = ?)"
        params: list[Any] = [facts.id, facts.name]
        numbers = [v for v in (facts.mobile, facts.phone) if v]
        if numbers:
            marks = ", ".join("?" * len(numbers))
            sql += f" OR (name = ? AND (mobile IN ({marks}) OR phone IN ({marks})))"
            params += [facts.name, *numbers, *numbers]
        return conn.execute(sql + " LIMIT 1", params).fetchone() is not None
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def remaining_mentions(db: Queryable, facts: PersonFacts) -> dict[tuple[str, str], int]:
    """(table, column) → rows whose text still holds the name or a number (typed into minutes, a representative …)."""
    found: dict[tuple[str, str], int] = {}
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                       "AND name NOT LIKE 'history_%' AND name != 'privacy_log'")]
    for table in tables:
        for row in db.execute(f"PRAGMA table_info({quote_name(table)})"):
            column, kind = row[1], str(row[2]).upper()
            if "TEXT" not in kind and kind:
                continue
            clauses = " OR ".join(f"instr({quote_name(column)}, ?) > 0" for _ in facts.needles)
            if not clauses:
                continue
            count = db.execute(f"SELECT count(*) FROM {quote_name(table)} WHERE {clauses}", facts.needles).fetchone()[0]
            if count:
                found[(table, column)] = int(count)
    return found
