"""What a report preset produces: tables of typed columns, rows and a totals row, with notes.

Values stay plain Python (str, int, float, None); formatting (원/천원, date style, CSV or XLSX)
belongs to the writer in seecodesk.exchange.report_export.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from seecodesk.core.report_period import ReportPeriod

# Column kinds: "text", "code" (business number, phone: text that keeps its leading zeros),
# "int" (a count), "number" (a year, month or ordinal: no thousands separator), "money" (원),
# "date" (ISO day), "percent" (a ratio 0–1).
KINDS = ("text", "code", "int", "number", "money", "date", "percent")


@dataclass(frozen=True)
class Column:
    """One column: a stable key (remembered in settings), its Korean header and kind."""

    key: str
    header: str
    kind: str = "text"
    personal: str = ""  # "phone" or "email": filled only with the person's consent to 제3자 제공
    width: int = 0  # characters; 0 = fit to content
    names_row: bool = False  # names the row (기업명, 과제): repeated beside every column group of a wide printout


@dataclass(frozen=True)
class SqlCells:
    """A main table written to CSV without holding its rows: its cells finished by SQLite.

    `open(columns, thousand_won, dotted_dates)` gives a cursor of the rows as finished CSV lines (one
    column: storage/csv_cells.py `lines_query`), or None when a column's kind can only be written by
    Python; `load()` reads the rows for that way."""

    open: Callable[[list[Column], bool, bool], Any]
    load: Callable[[], list[list[Any]]]
    count: int


@dataclass
class Table:
    """A titled table (one XLSX sheet)."""

    title: str
    columns: list[Column]
    rows: list[list[Any]]
    totals: list[Any] | None = None  # same width as columns; first cell is the label
    sql_cells: SqlCells | None = None  # set (and `rows` empty) when built for a CSV: ReportOptions.for_csv

    @property
    def row_count(self) -> int:
        """The number of rows, held or not."""
        return len(self.rows) if self.sql_cells is None else self.sql_cells.count

    @property
    def key_count(self) -> int:
        """How many leading columns name a row (the run of key columns at the front; at least the first)."""
        count = 0
        while count < len(self.columns) and self.columns[count].names_row:
            count += 1
        return max(1, count)

    def loaded(self) -> Table:
        """The table with its rows held (read now when only its SQL cells were)."""
        if self.sql_cells is None:
            return self
        return Table(self.title, self.columns, self.sql_cells.load(), self.totals)

    def select(self, keys: list[str]) -> Table:
        """The table with only the columns named (in that order); unknown keys are skipped."""
        index = {c.key: i for i, c in enumerate(self.columns)}
        chosen = [index[k] for k in keys if k in index] or list(range(len(self.columns)))
        totals = None
        if self.totals is not None:
            totals = [self.totals[i] for i in chosen]
            if totals[0] in (None, ""):  # a sum moved to the front keeps its number rather than the label
                totals[0] = "합계"
        cells = None
        if self.sql_cells is not None:
            load = self.sql_cells.load
            cells = SqlCells(self.sql_cells.open, lambda: [[row[i] for i in chosen] for row in load()], self.sql_cells.count)
        return Table(self.title, [self.columns[i] for i in chosen], [[row[i] for i in chosen] for row in self.rows],
                     totals, cells)


@dataclass
class ReportOptions:
    """What the user chose: the period, personal columns, units and date style, column order."""

    period: ReportPeriod
    include_phone: bool = False
    include_email: bool = False
    thousand_won: bool = False
    dotted_dates: bool = False
    columns: list[str] | None = None  # keys of the main table's columns, in order; None = the preset's own
    # Only the main table goes to a CSV: a preset may then give it as SqlCells (no rows held) and
    # leave the summary tables' rows out.
    for_csv: bool = False


@dataclass
class Report:
    """A preset's result: the main table first, then any summary tables, and notes for the reader."""

    key: str
    title: str
    network: str
    period: ReportPeriod
    tables: list[Table]
    notes: list[str] = field(default_factory=list)
    withheld: int = 0  # phone/e-mail cells left blank for lack of 제3자 제공 consent

    @property
    def main(self) -> Table:
        return self.tables[0]

    @property
    def heading(self) -> str:
        """'가람시사회적경제기업협의회 — 공공구매 실적 (2026년)'."""
        return f"{self.network} — {self.title} ({self.period.label})"


def ratio(part: int | float, whole: int | float) -> float | None:
    """part/whole, or None when the whole is zero."""
    return part / whole if whole else None


def column_sum(rows: list[list[Any]], index: int) -> int:
    """Sum of the numbers in one column (blank cells count as nothing)."""
    return sum(r[index] for r in rows if isinstance(r[index], (int, float)))
