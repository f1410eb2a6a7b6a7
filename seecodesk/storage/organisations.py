"""SQL for organisations and what hangs off them (designations, membership periods, dues)."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING, Any

from seecodesk.core.errors import DuplicateError, NotFoundError, SeeCoDeskError
from seecodesk.core.josa import josa
from seecodesk.core.members import Designation, DuesPayment, MembershipPeriod, Organisation
from seecodesk.core.validation import name_key
from seecodesk.storage.history_triggers import inserts_recorded_by_caller, record_bulk_inserts
from seecodesk.storage.rows import child_rows, insert_row, insert_rows, update_row, without

if TYPE_CHECKING:
    import sqlite_utils

_ORG_COLUMNS = (
    "name", "legal_form", "business_number", "corporation_number", "representative", "address",
    "district", "phone", "fax", "email", "homepage", "industry", "service_field", "founded_on",
    "is_support_body", "news", "notes",
)


def _org_row(org: Organisation) -> dict[str, Any]:
    row = {column: getattr(org, column) for column in _ORG_COLUMNS}
    row["is_support_body"] = int(bool(org.is_support_body))
    row["name_key"] = name_key(org.name)
    return row


_CHILDREN = (("designations", "designations"), ("membership_periods", "memberships"), ("dues", "dues"))


class BatchInsertError(SeeCoDeskError):
    """`insert_organisations` failed on one organisation: `index` is its place in the batch, `cause` the error."""

    def __init__(self, index: int, cause: SeeCoDeskError | sqlite3.Error) -> None:
        super().__init__(str(cause))
        self.index = index
        self.cause = cause


def duplicate_number(number: str, holder: str) -> DuplicateError:
    """The refusal of a business number that `holder` (an organisation's name) already has."""
    return DuplicateError(f"사업자등록번호 {number}{josa(number, '은')} 이미 '{holder}'에 등록되어 있습니다.")


def check_unique(db: sqlite_utils.Database, org: Organisation) -> None:
    """Refuse a business number another live organisation already has."""
    if not org.business_number:
        return
    clash = db.execute(
        # `business_number != ''` lets SQLite use the partial unique index instead of scanning every row
        "SELECT name FROM organisations WHERE business_number = ? AND business_number != '' "
        "AND deleted_at IS NULL AND id IS NOT ?",
        [org.business_number, org.id],
    ).fetchone()
    if clash:
        raise duplicate_number(org.business_number, clash[0])


def number_holders(db: sqlite_utils.Database) -> dict[str, tuple[int, str]]:
    """business number → (id, name) of every live organisation that has one: what a batch checks against."""
    rows = db.execute("SELECT business_number, id, name FROM organisations "
                      "WHERE business_number != '' AND deleted_at IS NULL").fetchall()
    return {number: (org_id, name) for number, org_id, name in rows}


def insert_organisations(db: sqlite_utils.Database, orgs: list[Organisation]) -> list[int]:
    """Store many new organisations with their children, one statement per table (an import's
    thousands of rows); returns their ids in order. The caller checks business numbers first
    (`number_holders`); the unique index still refuses a clash. Raises `BatchInsertError`."""
    if not orgs:
        return []
    with db.atomic():
        # The ids SQLite itself would give (INTEGER PRIMARY KEY: the largest + 1), so undo and redo see usual ids.
        first = int(db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM organisations").fetchone()[0])
        ids = list(range(first, first + len(orgs)))
        # The import records the history of what it adds itself, in one statement a table.
        with inserts_recorded_by_caller(db, ["organisations", *(table for table, _ in _CHILDREN)]) as recorded:
            try:
                insert_rows(db, "organisations", [{"id": i, **_org_row(org)} for i, org in zip(ids, orgs, strict=True)])
            except (SeeCoDeskError, sqlite3.Error) as error:
                stored = db.execute("SELECT COUNT(*) FROM organisations WHERE id >= ?", [first]).fetchone()[0]
                raise BatchInsertError(int(stored), error) from error
            if "organisations" in recorded:
                record_bulk_inserts(db, "organisations", first)
            _insert_children(db, ids, orgs, recorded)
    return ids


def _insert_children(db: sqlite_utils.Database, ids: list[int], orgs: list[Organisation], recorded: set[str]) -> None:
    """The children of the new organisations `ids`, one statement per table (and its history, for `recorded` tables)."""
    for table, attribute in _CHILDREN:
        owners = [i for i, org in zip(ids, orgs, strict=True) for _item in getattr(org, attribute)]
        rows = [row for i, org in zip(ids, orgs, strict=True)
                for row in child_rows(getattr(org, attribute), "organisation_id", i)]
        start = int(db.execute(f"SELECT coalesce(max(rowid), 0) + 1 FROM {table}").fetchone()[0])
        try:
            insert_rows(db, table, rows)
        except (SeeCoDeskError, sqlite3.Error) as error:
            stored = db.execute(f"SELECT COUNT(*) FROM {table} WHERE organisation_id >= ?", [ids[0]]).fetchone()[0]
            raise BatchInsertError(ids.index(owners[int(stored)]), error) from error
        if table in recorded and rows:
            record_bulk_inserts(db, table, start, owners_added=True)


def insert_organisation(db: sqlite_utils.Database, org: Organisation) -> int:
    """Store a new organisation with its children; returns its id."""
    check_unique(db, org)
    with db.atomic():
        org_id = insert_row(db, "organisations", _org_row(org))
        _write_children(db, org_id, org)
    return org_id


def update_organisation(db: sqlite_utils.Database, org: Organisation) -> None:
    """Replace the stored organisation `org.id` and its children with `org`."""
    if org.id is None or not exists(db, org.id):
        raise NotFoundError("수정하려는 회원사를 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")
    check_unique(db, org)
    with db.atomic():
        update_row(db, "organisations", org.id, _org_row(org), stamp=True)
        for table in ("designations", "membership_periods", "dues"):
            db.execute(f"DELETE FROM {table} WHERE organisation_id = ?", [org.id])
        _write_children(db, org.id, org)


def _write_children(db: sqlite_utils.Database, org_id: int, org: Organisation) -> None:
    for table, attribute in _CHILDREN:
        insert_rows(db, table, child_rows(getattr(org, attribute), "organisation_id", org_id))


def exists(db: sqlite_utils.Database, org_id: int) -> bool:
    """True for a live (not deleted) organisation."""
    return db.execute("SELECT 1 FROM organisations WHERE id = ? AND deleted_at IS NULL", [org_id]).fetchone() is not None


def get_organisation(db: sqlite_utils.Database, org_id: int) -> Organisation:
    """The organisation with its designations, membership periods and dues."""
    row = db.execute(
        f"SELECT id, {', '.join(_ORG_COLUMNS)} FROM organisations WHERE id = ? AND deleted_at IS NULL", [org_id]
    ).fetchone()
    if row is None:
        raise NotFoundError("회원사를 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")
    values = dict(zip(("id", *_ORG_COLUMNS), row, strict=False))
    values["is_support_body"] = bool(values["is_support_body"])
    org = Organisation(**values)
    org.designations = [Designation(**r) for r in _children(db, "designations", org_id, "designated_on, id")]
    org.memberships = [MembershipPeriod(**r) for r in _children(db, "membership_periods", org_id, "joined_on, id")]
    org.dues = [DuesPayment(**r) for r in _children(db, "dues", org_id, "year")]
    return org


def _children(db: sqlite_utils.Database, table: str, org_id: int, order: str) -> list[dict[str, Any]]:
    rows = db.query(f"SELECT * FROM {table} WHERE organisation_id = ? ORDER BY {order}", [org_id])
    return [without(r, "organisation_id") for r in rows]


def soft_delete(db: sqlite_utils.Database, org_id: int) -> None:
    """Hide the organisation from every list; `restore` brings it back."""
    if not exists(db, org_id):
        raise NotFoundError("삭제하려는 회원사를 찾을 수 없습니다.")
    db.execute("UPDATE organisations SET deleted_at = datetime('now') WHERE id = ?", [org_id])


def check_restorable(db: sqlite_utils.Database, org_id: int) -> None:
    """Refuse to bring back an organisation whose business number another one took meanwhile."""
    row = db.execute("SELECT business_number, id FROM organisations WHERE id = ?", [org_id]).fetchone()
    if row is None:
        raise NotFoundError("되살릴 회원사를 찾을 수 없습니다.")
    check_unique(db, Organisation(name="", business_number=row[0], id=row[1]))


def restore(db: sqlite_utils.Database, org_id: int) -> None:
    """Undo `soft_delete`, unless another organisation took its business number meanwhile."""
    check_restorable(db, org_id)
    db.execute("UPDATE organisations SET deleted_at = NULL WHERE id = ?", [org_id])


def match_keys(db: sqlite_utils.Database) -> list[tuple[int, str, str, str, str]]:
    """(id, name, name_key, representative, business_number) of every live organisation, oldest first:
    what an import compares its rows with to find the organisations already in the directory."""
    return db.execute(
        "SELECT id, name, name_key, representative, business_number FROM organisations "
        "WHERE deleted_at IS NULL ORDER BY id"
    ).fetchall()


def organisation_lookup(db: sqlite_utils.Database) -> list[tuple[int, str, str, str]]:
    """(id, name, name_key, business number) of every live organisation, to match imported names."""
    return [(r[0], r[1], r[2], r[3]) for r in db.execute(
        "SELECT id, name, name_key, business_number FROM organisations WHERE deleted_at IS NULL ORDER BY id")]


def support_body_ids(db: sqlite_utils.Database) -> set[int]:
    """Ids of the live organisations that are support bodies (지원기관)."""
    return {r[0] for r in db.execute("SELECT id FROM organisations WHERE is_support_body AND deleted_at IS NULL")}


def mailing_rows(db: sqlite_utils.Database) -> list[tuple[str, str, str]]:
    """(name, representative, address) of every live member organisation (a membership period still open), by name."""
    return [(r[0], r[1], r[2]) for r in db.execute(
        "SELECT name, representative, address FROM organisations o WHERE deleted_at IS NULL AND EXISTS "
        "(SELECT 1 FROM membership_periods m WHERE m.organisation_id = o.id AND m.left_on = '') ORDER BY name_key, id")]
