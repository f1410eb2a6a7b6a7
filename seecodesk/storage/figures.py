"""SQL for the yearly figures of organisations (organisation_figures)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from seecodesk.core.figures import OrgFigures

if TYPE_CHECKING:
    import sqlite_utils

_COLUMNS = ("organisation_id", "year", "paid_workers", "vulnerable_workers", "vulnerable_types", "revenue",
            "public_revenue", "social_purpose", "contribution", "contribution_category", "beneficiaries", "note")


def _figures(row: dict[str, Any]) -> OrgFigures:
    return OrgFigures(**{k: row[k] for k in (*_COLUMNS, "id")})


def figures_of(db: sqlite_utils.Database, organisation_id: int) -> list[OrgFigures]:
    """Every year of one organisation, newest first."""
    return [_figures(r) for r in db.query(
        "SELECT * FROM organisation_figures WHERE organisation_id = ? ORDER BY year DESC", [organisation_id])]


def figures_for_year(db: sqlite_utils.Database, year: int) -> dict[int, OrgFigures]:
    """The figures of every organisation for `year`, by organisation id."""
    return {r["organisation_id"]: _figures(r)
            for r in db.query("SELECT * FROM organisation_figures WHERE year = ?", [year])}


def replace_figures_of(db: sqlite_utils.Database, organisation_id: int, rows: list[OrgFigures]) -> None:
    """Make `rows` the only figures of the organisation (call inside a transaction)."""
    db.execute("DELETE FROM organisation_figures WHERE organisation_id = ?", [organisation_id])
    for figures in rows:
        db.execute(f"INSERT INTO organisation_figures ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
                   [organisation_id if c == "organisation_id" else getattr(figures, c) for c in _COLUMNS])


def upsert_figures(db: sqlite_utils.Database, figures: OrgFigures) -> None:
    """Store one organisation's figures for one year, replacing that year's earlier ones."""
    db.execute("DELETE FROM organisation_figures WHERE organisation_id = ? AND year = ?",
               [figures.organisation_id, figures.year])
    db.execute(f"INSERT INTO organisation_figures ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' * len(_COLUMNS))})",
               [getattr(figures, c) for c in _COLUMNS])


def years_with_figures(db: sqlite_utils.Database) -> list[int]:
    """Years for which any organisation has figures, newest first."""
    return [r[0] for r in db.execute("SELECT DISTINCT year FROM organisation_figures ORDER BY year DESC")]


def organisation_keys(db: sqlite_utils.Database) -> list[tuple[int, str, str, str]]:
    """(id, name, name_key, business_number) of every live organisation, to match a survey's rows."""
    return [tuple(r) for r in db.execute(  # type: ignore[misc]
        "SELECT id, name, name_key, business_number FROM organisations WHERE deleted_at IS NULL ORDER BY id")]
