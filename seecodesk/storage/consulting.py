"""SQL for peer consulting: the field list, mentor offers, applications and their status history."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seecodesk.core.consulting import Application, ConsultingField, MentorOffer, StatusChange
from seecodesk.core.errors import DuplicateError, NotFoundError
from seecodesk.storage.rows import insert_row, update_row

if TYPE_CHECKING:
    import sqlite_utils

_APP_COLUMNS = (
    "receipt_number", "organisation_id", "company_name", "certification", "certification_number", "representative",
    "phone", "address", "email", "fax", "org_form", "support_status", "support_year", "past_participation",
    "manager_name", "manager_email", "manager_phone", "manager_mobile", "other_checked", "other_field",
    "request", "applied_on", "signed", "status", "cancel_reason",
)
_OFFER_COLUMNS = ("organisation_id", "person_id", "other_fields", "capacity", "availability", "starts_on",
                  "ends_on", "note")


# --- fields -------------------------------------------------------------------------------------

def list_fields(db: sqlite_utils.Database, include_inactive: bool = False) -> list[ConsultingField]:
    """The consulting fields in their printed order."""
    where = "" if include_inactive else "WHERE active = 1"
    return [ConsultingField(name=r[1], sort_order=r[2], active=bool(r[3]), id=r[0]) for r in
            db.execute(f"SELECT id, name, sort_order, active FROM consulting_fields {where} ORDER BY sort_order, id")]


def save_field(db: sqlite_utils.Database, item: ConsultingField) -> int:
    """Insert or rename a field; refuses a name another field already has."""
    clash = db.execute("SELECT 1 FROM consulting_fields WHERE name = ? AND id IS NOT ?", [item.name, item.id]).fetchone()
    if clash:
        raise DuplicateError(f"'{item.name}' 분야는 이미 있습니다.")
    if item.id is None:
        return insert_row(db, "consulting_fields",
                          {"name": item.name, "sort_order": item.sort_order, "active": int(item.active)})
    db.execute("UPDATE consulting_fields SET name = ?, sort_order = ?, active = ? WHERE id = ?",
               [item.name, item.sort_order, int(item.active), item.id])
    return item.id


def field_in_use(db: sqlite_utils.Database, field_id: int) -> bool:
    """True when an application or a mentor offer names the field."""
    sql = ("SELECT EXISTS(SELECT 1 FROM consulting_application_fields WHERE field_id = ?) "
           "OR EXISTS(SELECT 1 FROM mentor_offer_fields WHERE field_id = ?)")
    return bool(db.execute(sql, [field_id, field_id]).fetchone()[0])


def delete_field(db: sqlite_utils.Database, field_id: int) -> None:
    db.execute("DELETE FROM consulting_fields WHERE id = ?", [field_id])


# --- mentor offers --------------------------------------------------------------------------------

# CROSS JOIN: walk the few offers and look their organisations up, not the whole directory in name order
_OFFER_SQL = """
SELECT m.id, m.organisation_id, m.person_id, m.other_fields, m.capacity, m.availability, m.starts_on, m.ends_on,
       m.note, o.name, coalesce(p.name, ''), coalesce(p.title, ''),
       (SELECT group_concat(field_id) FROM mentor_offer_fields f WHERE f.mentor_offer_id = m.id)
FROM mentor_offers m CROSS JOIN organisations o ON o.id = m.organisation_id
LEFT JOIN people p ON p.id = m.person_id AND p.deleted_at IS NULL
WHERE m.deleted_at IS NULL {extra}
ORDER BY o.name, m.id
"""


def _offer(r: tuple) -> MentorOffer:
    return MentorOffer(id=r[0], organisation_id=r[1], person_id=r[2], other_fields=r[3], capacity=r[4],
                       availability=r[5], starts_on=r[6], ends_on=r[7], note=r[8], organisation_name=r[9],
                       person_name=r[10], person_title=r[11],
                       field_ids=sorted(map(int, r[12].split(","))) if r[12] else [])


def list_offers(db: sqlite_utils.Database) -> list[MentorOffer]:
    """Every live mentor offer of a live organisation, by organisation name (what matching proposes from)."""
    return [_offer(r) for r in db.execute(_OFFER_SQL.format(extra="AND o.deleted_at IS NULL"))]


def get_offer(db: sqlite_utils.Database, offer_id: int) -> MentorOffer:
    row = db.execute(_OFFER_SQL.format(extra="AND m.id = ?"), [offer_id]).fetchone()
    if row is None:
        raise NotFoundError("멘토 정보를 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.")
    return _offer(row)


def save_offer(db: sqlite_utils.Database, offer: MentorOffer) -> int:
    """Insert or replace a mentor offer with its fields; returns its id."""
    row = {c: getattr(offer, c) for c in _OFFER_COLUMNS}
    with db.atomic():
        if offer.id is None:
            offer_id = insert_row(db, "mentor_offers", row)
        else:
            offer_id = offer.id
            get_offer(db, offer_id)
            update_row(db, "mentor_offers", offer_id, row)
            db.execute("DELETE FROM mentor_offer_fields WHERE mentor_offer_id = ?", [offer_id])
        for field_id in offer.field_ids:
            db.execute("INSERT INTO mentor_offer_fields (mentor_offer_id, field_id) VALUES (?, ?)", [offer_id, field_id])
    return offer_id


def set_offer_deleted(db: sqlite_utils.Database, offer_id: int, deleted: bool) -> None:
    """Soft-delete (or restore) a mentor offer; its past matches keep pointing at it."""
    db.execute("UPDATE mentor_offers SET deleted_at = CASE WHEN ? THEN datetime('now') END WHERE id = ?",
               [int(deleted), offer_id])


# --- applications ------------------------------------------------------------------------------------

def _app_row(app: Application) -> dict[str, Any]:
    row = {c: getattr(app, c) for c in _APP_COLUMNS}
    row["other_checked"], row["signed"] = int(bool(app.other_checked)), int(bool(app.signed))
    return row


def next_receipt_number(db: sqlite_utils.Database, year: int) -> str:
    """접수번호 of the next application of `year`: 2022-003."""
    count = db.execute("SELECT count(*) FROM consulting_applications WHERE receipt_number LIKE ?",
                       [f"{year}-%"]).fetchone()[0]
    return f"{year}-{count + 1:03d}"


def insert_application(db: sqlite_utils.Database, app: Application) -> int:
    """Store a new application with its fields; returns its id."""
    with db.atomic():
        app_id = insert_row(db, "consulting_applications", _app_row(app))
        _write_fields(db, app_id, app.field_ids)
    return app_id


def update_application(db: sqlite_utils.Database, app: Application) -> None:
    """Replace the stored application `app.id` (status included) with `app`."""
    get_application(db, int(app.id or 0))
    with db.atomic():
        update_row(db, "consulting_applications", app.id, _app_row(app), stamp=True)
        db.execute("DELETE FROM consulting_application_fields WHERE application_id = ?", [app.id])
        _write_fields(db, int(app.id or 0), app.field_ids)


def _write_fields(db: sqlite_utils.Database, app_id: int, field_ids: list[int]) -> None:
    for field_id in field_ids:
        db.execute("INSERT INTO consulting_application_fields (application_id, field_id) VALUES (?, ?)",
                   [app_id, field_id])


def _application(r: tuple, field_ids: list[int]) -> Application:
    values = dict(zip(("id", *_APP_COLUMNS), r, strict=False))
    values["other_checked"], values["signed"] = bool(values["other_checked"]), bool(values["signed"])
    return Application(**values, field_ids=field_ids)


def get_application(db: sqlite_utils.Database, app_id: int) -> Application:
    """The live application `app_id`, or `NotFoundError`."""
    row = db.execute(f"SELECT id, {', '.join(_APP_COLUMNS)} FROM consulting_applications "
                     "WHERE id = ? AND deleted_at IS NULL", [app_id]).fetchone()
    if row is None:
        raise NotFoundError(f"동료컨설팅 신청서 {app_id}번을 찾을 수 없습니다.")
    ids = [r[0] for r in db.execute("SELECT field_id FROM consulting_application_fields WHERE application_id = ? "
                                    "ORDER BY field_id", [app_id])]
    return _application(row, ids)


def list_applications(db: sqlite_utils.Database) -> list[Application]:
    """Every live application, newest first."""
    fields: dict[int, list[int]] = {}
    for app_id, field_id in db.execute("SELECT application_id, field_id FROM consulting_application_fields "
                                       "ORDER BY field_id"):
        fields.setdefault(app_id, []).append(field_id)
    rows = db.execute(f"SELECT id, {', '.join(_APP_COLUMNS)} FROM consulting_applications "
                      "WHERE deleted_at IS NULL ORDER BY applied_on DESC, id DESC")
    return [_application(r, fields.get(r[0], [])) for r in rows]


def set_application_deleted(db: sqlite_utils.Database, app_id: int, deleted: bool) -> None:
    db.execute("UPDATE consulting_applications SET deleted_at = CASE WHEN ? THEN datetime('now') END WHERE id = ?",
               [int(deleted), app_id])


# --- status history ----------------------------------------------------------------------------------

def add_status_change(db: sqlite_utils.Database, app_id: int, change: StatusChange) -> int:
    return insert_row(db, "consulting_status_history", {
        "application_id": app_id, "status": change.status, "changed_on": change.changed_on, "reason": change.reason})


def delete_status_change(db: sqlite_utils.Database, change_id: int) -> None:
    db.execute("DELETE FROM consulting_status_history WHERE id = ?", [change_id])


def status_history(db: sqlite_utils.Database, app_id: int) -> list[StatusChange]:
    """The application's status changes, oldest first."""
    return [StatusChange(status=r[1], changed_on=r[2], reason=r[3], id=r[0]) for r in
            db.execute("SELECT id, status, changed_on, reason FROM consulting_status_history "
                       "WHERE application_id = ? ORDER BY changed_on, id", [app_id])]
