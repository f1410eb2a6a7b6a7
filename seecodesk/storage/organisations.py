"""SQL for organisations and what hangs off them (designations, membership periods, dues)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seecodesk.core.errors import DuplicateError, NotFoundError
from seecodesk.core.members import Designation, DuesPayment, MembershipPeriod, Organisation
from seecodesk.core.validation import name_key
from seecodesk.storage.rows import child_rows, insert_row, update_row, without

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
        raise DuplicateError(f"사업자등록번호 {org.business_number}는 이미 '{clash[0]}'에 등록되어 있습니다.")


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
    for table, items in (("designations", org.designations), ("membership_periods", org.memberships), ("dues", org.dues)):
        rows = child_rows(items, "organisation_id", org_id)
        if rows:
            for row in rows:  # not sqlite-utils' insert_all: it reads the whole schema (every trigger's SQL) per call
                insert_row(db, table, row)


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
