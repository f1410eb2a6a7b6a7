"""SQL for the consulting work itself: matches, sessions, result reports, and the yearly counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seecodesk.core.consulting import Match, ResultReport, Session
from seecodesk.core.errors import DuplicateError, NotFoundError
from seecodesk.storage.rows import insert_row, update_row

if TYPE_CHECKING:
    import sqlite_utils

_MATCH_SQL = """
SELECT x.id, x.application_id, x.mentor_offer_id, x.confirmed_on, x.explanation, a.company_name,
       o.name || CASE WHEN p.name IS NULL THEN '' ELSE ' ' || p.name || CASE WHEN p.title = '' THEN ''
                      ELSE ' ' || p.title END END,
       a.status
FROM consulting_matches x
JOIN consulting_applications a ON a.id = x.application_id
JOIN mentor_offers m ON m.id = x.mentor_offer_id
JOIN organisations o ON o.id = m.organisation_id
LEFT JOIN people p ON p.id = m.person_id
WHERE a.deleted_at IS NULL {extra}
ORDER BY x.confirmed_on, x.id
"""
_SESSION_COLUMNS = ("match_id", "held_on", "hours", "place", "online", "topics", "fee", "paid_on",
                    "mentor_signed", "mentee_signed")
_REPORT_COLUMNS = ("match_id", "problem", "actions", "outcome", "follow_up", "written_on", "author")


def _match(r: tuple) -> Match:
    return Match(id=r[0], application_id=r[1], mentor_offer_id=r[2], confirmed_on=r[3], explanation=r[4],
                 company_name=r[5], mentor_label=r[6], application_status=r[7])


def insert_match(db: sqlite_utils.Database, match: Match) -> int:
    exists = db.execute("SELECT 1 FROM consulting_matches WHERE application_id = ? AND mentor_offer_id = ?",
                        [match.application_id, match.mentor_offer_id]).fetchone()
    if exists:
        raise DuplicateError("이 멘토는 이미 이 신청에 매칭되어 있습니다.")
    return insert_row(db, "consulting_matches", {
        "application_id": match.application_id, "mentor_offer_id": match.mentor_offer_id,
        "confirmed_on": match.confirmed_on, "explanation": match.explanation})


def delete_match(db: sqlite_utils.Database, match_id: int) -> None:
    db.execute("DELETE FROM consulting_matches WHERE id = ?", [match_id])


def get_match(db: sqlite_utils.Database, match_id: int) -> Match:
    row = db.execute(_MATCH_SQL.format(extra="AND x.id = ?"), [match_id]).fetchone()
    if row is None:
        raise NotFoundError(f"매칭 {match_id}번을 찾을 수 없습니다.")
    return _match(row)


def matches_of(db: sqlite_utils.Database, app_id: int) -> list[Match]:
    return [_match(r) for r in db.execute(_MATCH_SQL.format(extra="AND x.application_id = ?"), [app_id])]


def open_mentees(db: sqlite_utils.Database, statuses: tuple[str, ...]) -> dict[int, int]:
    """offer id → how many of its matches belong to a live application in one of `statuses`."""
    marks = ", ".join("?" * len(statuses))
    return {int(r[0]): int(r[1]) for r in db.execute(
        "SELECT x.mentor_offer_id, count(*) FROM consulting_matches x JOIN consulting_applications a "
        f"ON a.id = x.application_id WHERE a.deleted_at IS NULL AND a.status IN ({marks}) GROUP BY 1", statuses)}


def pairings(db: sqlite_utils.Database, app_id: int) -> list[tuple[int, int | None, str]]:
    """(offer id, applicant organisation id, company name) of every live, not cancelled match of an application
    other than `app_id` (no GROUP BY: sorting the names costs more than counting them in Python)."""
    return db.execute(
        "SELECT x.mentor_offer_id, a.organisation_id, a.company_name FROM consulting_matches x "
        "JOIN consulting_applications a ON a.id = x.application_id WHERE a.deleted_at IS NULL AND a.id != ? "
        "AND a.status != '취소'", [app_id]).fetchall()


# --- sessions -------------------------------------------------------------------------------------

def save_session(db: sqlite_utils.Database, session: Session) -> int:
    row = {c: getattr(session, c) for c in _SESSION_COLUMNS}
    for flag in ("online", "mentor_signed", "mentee_signed"):
        row[flag] = int(bool(row[flag]))
    if session.id is None:
        return insert_row(db, "consulting_sessions", row)
    update_row(db, "consulting_sessions", session.id, row)
    return session.id


def _session(r: tuple) -> Session:
    values = dict(zip(("id", *_SESSION_COLUMNS), r, strict=False))
    for flag in ("online", "mentor_signed", "mentee_signed"):
        values[flag] = bool(values[flag])
    return Session(**values)


def sessions_of(db: sqlite_utils.Database, match_id: int) -> list[Session]:
    """The sessions of a match, in date order."""
    return [_session(r) for r in db.execute(f"SELECT id, {', '.join(_SESSION_COLUMNS)} FROM consulting_sessions "
                                            "WHERE match_id = ? ORDER BY held_on, id", [match_id])]


def get_session(db: sqlite_utils.Database, session_id: int) -> Session:
    row = db.execute(f"SELECT id, {', '.join(_SESSION_COLUMNS)} FROM consulting_sessions WHERE id = ?",
                     [session_id]).fetchone()
    if row is None:
        raise NotFoundError("상담 기록을 찾을 수 없습니다.")
    return _session(row)


def delete_session(db: sqlite_utils.Database, session_id: int) -> None:
    db.execute("DELETE FROM consulting_sessions WHERE id = ?", [session_id])


# --- result reports -------------------------------------------------------------------------------

def get_report(db: sqlite_utils.Database, match_id: int) -> ResultReport | None:
    row = db.execute(f"SELECT id, {', '.join(_REPORT_COLUMNS)} FROM consulting_reports WHERE match_id = ?",
                     [match_id]).fetchone()
    return ResultReport(**dict(zip(("id", *_REPORT_COLUMNS), row, strict=False))) if row else None


def save_report(db: sqlite_utils.Database, report: ResultReport) -> int:
    """Insert or replace the one report of `report.match_id`."""
    row = [getattr(report, c) for c in _REPORT_COLUMNS]
    db.execute(f"INSERT INTO consulting_reports ({', '.join(_REPORT_COLUMNS)}) "
               f"VALUES ({', '.join('?' * len(_REPORT_COLUMNS))}) ON CONFLICT(match_id) DO UPDATE SET "
               + ", ".join(f"{c} = excluded.{c}" for c in _REPORT_COLUMNS[1:]), row)
    return int(db.execute("SELECT id FROM consulting_reports WHERE match_id = ?", [report.match_id]).fetchone()[0])


# --- yearly counts ----------------------------------------------------------------------------------

_YEAR_SQL = """
WITH events(app_id, applications, matches, sessions, fees, completed) AS (
  SELECT id, 1, 0, 0, 0, status = '완료' FROM consulting_applications WHERE substr(applied_on, 1, 4) = :y
  UNION ALL
  SELECT application_id, 0, 1, 0, 0, 0 FROM consulting_matches WHERE substr(confirmed_on, 1, 4) = :y
  UNION ALL
  SELECT x.application_id, 0, 0, substr(s.held_on, 1, 4) = :y,
         CASE WHEN s.paid_on != '' AND substr(s.paid_on, 1, 4) = :y THEN s.fee ELSE 0 END, 0
  FROM consulting_sessions s JOIN consulting_matches x ON x.id = s.match_id
  WHERE substr(s.held_on, 1, 4) = :y OR (s.paid_on != '' AND substr(s.paid_on, 1, 4) = :y)
), live AS (
  SELECT e.* FROM events e JOIN consulting_applications a ON a.id = e.app_id WHERE a.deleted_at IS NULL
)
SELECT NULL, coalesce(sum(applications), 0), coalesce(sum(matches), 0), coalesce(sum(sessions), 0),
       coalesce(sum(fees), 0), coalesce(sum(completed), 0) FROM live
UNION ALL
SELECT f.field_id, sum(applications), sum(matches), sum(sessions), sum(fees), sum(completed)
FROM live JOIN consulting_application_fields f ON f.application_id = live.app_id GROUP BY f.field_id
"""


def year_counts(db: sqlite_utils.Database, year: int) -> dict[int | None, tuple[int, int, int, int, int]]:
    """(applications, matches, sessions, fees paid, completed) of `year`: in total (key None) and per field id
    (a field with no activity that year is left out). Each is counted by its own date — applied, confirmed,
    held, paid — and only for applications on the board (not deleted)."""
    rows = db.execute(_YEAR_SQL, {"y": str(year)})
    return {r[0]: tuple(int(v) for v in r[1:]) for r in rows}  # type: ignore[misc]


def years_with_activity(db: sqlite_utils.Database) -> list[int]:
    """Every year in which an application was made or a session held, newest first."""
    rows = db.execute("SELECT DISTINCT substr(applied_on, 1, 4) FROM consulting_applications WHERE applied_on != '' "
                      "UNION SELECT DISTINCT substr(held_on, 1, 4) FROM consulting_sessions ORDER BY 1 DESC")
    return [int(r[0]) for r in rows if r[0] and r[0].isdigit()]


def mentor_organisation_keys(db: sqlite_utils.Database) -> dict[int, str]:
    """name_key of every organisation offering mentoring, to recognise an applicant spelled differently."""
    return {int(r[0]): r[1] for r in db.execute(
        "SELECT id, name_key FROM organisations WHERE id IN (SELECT organisation_id FROM mentor_offers "
        "WHERE deleted_at IS NULL)")}
