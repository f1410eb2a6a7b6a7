"""SQL for the web of ties: which organisations were tied, how often, by each kind, within a period.

Each query returns (smaller organisation id, larger id, count) rows for live organisations (trades:
for any, see trade_pairs); dates are ISO strings compared as text.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

PairCounts = list[tuple[int, int, float]]

_LIVE = "SELECT id FROM organisations WHERE deleted_at IS NULL"


def agreement_pairs(db: sqlite_utils.Database, start: str, end: str) -> PairCounts:
    """Member parties of the same agreement, for agreements in force at some time in the period."""
    return _rows(db, f"""
        SELECT p1.organisation_id, p2.organisation_id, count(DISTINCT a.id)
        FROM agreements a
        JOIN agreement_parties p1 ON p1.agreement_id = a.id
        JOIN agreement_parties p2 ON p2.agreement_id = a.id AND p1.organisation_id < p2.organisation_id
        WHERE a.deleted_at IS NULL AND coalesce(nullif(a.signed_on, ''), a.starts_on) <= ?
          AND (a.ends_on = '' OR a.ends_on >= ? OR a.auto_renew = 1)
          AND (a.status IN ('체결', '유효') OR a.status_on >= ?)
          AND p1.organisation_id IN ({_LIVE}) AND p2.organisation_id IN ({_LIVE})
        GROUP BY 1, 2""", [end, start, start])


def trade_pairs(db: sqlite_utils.Database, start: str, end: str) -> PairCounts:
    """Trades in the period between two organisations, either direction, deleted organisations included:
    the graph keeps only the live ones (build_graph), and thousands of trades are read faster without
    looking each party up here."""
    rows = db.execute("""
        SELECT min(buyer_id, seller_id), max(buyer_id, seller_id)
        FROM trades WHERE deleted_at IS NULL AND traded_on BETWEEN ? AND ?""", [start, end]).fetchall()
    # counted here, not by GROUP BY: SQLite's sort for the grouping took twice as long for thousands of trades
    return [(a, b, n) for (a, b), n in Counter(rows).items()]


def body_pairs(db: sqlite_utils.Database, start: str, end: str) -> PairCounts:
    """Bodies (분과, TFT, 이사회 …) where people of both organisations held a seat in the period."""
    return _rows(db, f"""
        WITH seats AS (
            SELECT DISTINCT m.body_id, p.organisation_id AS org
            FROM body_members m JOIN people p ON p.id = m.person_id
            WHERE p.deleted_at IS NULL AND p.organisation_id IN ({_LIVE})
              AND (m.started_on = '' OR m.started_on <= ?) AND (m.ended_on = '' OR m.ended_on >= ?))
        SELECT s1.org, s2.org, count(*) FROM seats s1 JOIN seats s2 ON s1.body_id = s2.body_id AND s1.org < s2.org
        GROUP BY 1, 2""", [end, start])


def meeting_pairs(db: sqlite_utils.Database, start: str, end: str) -> PairCounts:
    """Meetings in the period that people of both organisations attended (present or late)."""
    return _rows(db, f"""
        WITH present AS (
            SELECT DISTINCT a.meeting_id, p.organisation_id AS org
            FROM meeting_attendees a JOIN meetings m ON m.id = a.meeting_id JOIN people p ON p.id = a.person_id
            WHERE m.deleted_at IS NULL AND m.date BETWEEN ? AND ? AND a.status IN ('present', 'late')
              AND p.organisation_id IN ({_LIVE}))
        SELECT p1.org, p2.org, count(*) FROM present p1
        JOIN present p2 ON p1.meeting_id = p2.meeting_id AND p1.org < p2.org
        GROUP BY 1, 2""", [start, end])


def consulting_pairs(db: sqlite_utils.Database, start: str, end: str) -> PairCounts:
    """Peer-consulting matches (mentor organisation ↔ applicant) confirmed or met in the period."""
    return _rows(db, f"""
        SELECT min(o.organisation_id, c.organisation_id), max(o.organisation_id, c.organisation_id), count(DISTINCT m.id)
        FROM consulting_matches m
        JOIN mentor_offers o ON o.id = m.mentor_offer_id
        JOIN consulting_applications c ON c.id = m.application_id
        WHERE c.deleted_at IS NULL AND c.organisation_id IS NOT NULL AND o.organisation_id != c.organisation_id
          AND o.organisation_id IN ({_LIVE}) AND c.organisation_id IN ({_LIVE})
          AND (m.confirmed_on BETWEEN ? AND ?
               OR EXISTS (SELECT 1 FROM consulting_sessions s WHERE s.match_id = m.id AND s.held_on BETWEEN ? AND ?))
        GROUP BY 1, 2""", [start, end, start, end])


def activity_years(db: sqlite_utils.Database) -> list[int]:
    """Years in which anything that makes a tie happened, in order."""
    rows = db.execute("""
        SELECT substr(traded_on, 1, 4) FROM trades WHERE deleted_at IS NULL
        UNION SELECT substr(date, 1, 4) FROM meetings WHERE deleted_at IS NULL
        UNION SELECT substr(signed_on, 1, 4) FROM agreements WHERE deleted_at IS NULL AND signed_on != ''
        UNION SELECT substr(confirmed_on, 1, 4) FROM consulting_matches""").fetchall()
    return sorted(int(r[0]) for r in rows if r[0] and r[0].isdigit())


def _rows(db: sqlite_utils.Database, sql: str, params: list[str]) -> PairCounts:
    return db.execute(sql, params).fetchall()  # ids and counts come back as ints already
