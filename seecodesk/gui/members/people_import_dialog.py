"""Importing a people list: every row checked and shown before anything is stored; rows with an error
are red and 가져오기 stays off until the file is fixed (all rows or none), as in the trade import."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QLabel, QTableWidgetItem, QWidget

from seecodesk.core.errors import SeeCoDeskError
from seecodesk.exchange.people_import import PEOPLE_FIELDS, PeopleImportPreview
from seecodesk.gui.widgets.import_preview_layout import lay_out_import_preview
from seecodesk.gui.widgets.screen_fit import fit_to_screen
from seecodesk.gui.widgets.tables import read_only_table

if TYPE_CHECKING:
    import sqlite_utils

    from seecodesk.services.people_import import PeopleImportResult

HEADERS = ("행", "이름", "소속 기관", "직함", "역할", "상태", "확인할 점")
ERROR_FILL, WARNING_FILL = QColor("#fde7e9"), QColor("#fff6d6")


class PeopleImportDialog(QDialog):
    """The preview of one file; `result` holds what was stored after 가져오기."""

    def __init__(self, parent: QWidget | None, db: sqlite_utils.Database, preview: PeopleImportPreview) -> None:
        super().__init__(parent)
        self.setWindowTitle("사람 명단 가져오기")
        self.setObjectName("peopleImportDialog")
        self.db, self.preview = db, preview
        self.result: PeopleImportResult | None = None
        table = preview.table
        encoding = f", {table.encoding_label}" if table.kind == "CSV" else ""
        mapped = ", ".join(f"{h} → {PEOPLE_FIELDS[f]}" for f, h in preview.columns.items()) or "(없음)"
        skipped = f"<br>가져오지 않는 열: {', '.join(preview.unknown_columns)}" if preview.unknown_columns else ""
        about = QLabel(f"<b>{_escaped(table.path.name)}</b> ({table.kind}{encoding}, 머리글 {table.header_row}행)"
                       f"<br>열 연결: {_escaped(mapped)}{_escaped(skipped)}")
        about.setWordWrap(True)
        summary = preview.summary() if preview.can_commit else f"{preview.summary()}\n{preview.refusal()}"
        self.summary = QLabel(summary)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.rows = read_only_table(HEADERS, "importRows")
        self.rows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.rows.horizontalHeader().setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self._fill()
        self.error, self.import_button = lay_out_import_preview(
            self, (about, self.summary, self.rows), f"{len(preview.plans):,}명 가져오기", preview.can_commit, self._import)
        self.resize(1000, 560)
        fit_to_screen(self)  # a laptop at 125% has 582 of Qt's pixels of height for it

    def _fill(self) -> None:
        self.rows.setRowCount(len(self.preview.rows))
        for index, row in enumerate(self.preview.rows):
            person = row.person
            role = person.roles[0] if person and person.roles else None
            values = (row.row, row.name, row.organisation, person.title if person else "",
                      f"{role.role} {role.scope}".strip() if role else "", row.status,
                      "\n".join(f"[{p.column}] {p.message}" if p.column else p.message for p in row.problems))
            fill = ERROR_FILL if row.has_errors else (WARNING_FILL if row.problems else None)
            for column, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))  # a long message is cut at the column's edge
                if fill is not None:
                    item.setBackground(fill)
                self.rows.setItem(index, column, item)
        self.rows.setWordWrap(True)
        self.rows.resizeRowsToContents()  # every problem of a row shown, one a line

    def _import(self) -> None:
        from seecodesk.services.people_import import import_people

        try:
            self.result = import_people(self.db, self.preview)
        except SeeCoDeskError as error:
            self.error.setText(str(error))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, db: sqlite_utils.Database, path: str | Path) -> PeopleImportResult | None:
        """Preview `path` and import it if the secretary agrees; what was stored, or None."""
        from seecodesk.services.people_import import preview_people_file

        try:
            preview = preview_people_file(db, path)
        except SeeCoDeskError as error:
            from seecodesk.gui.messages import show_error

            show_error(parent, error, "가져올 수 없습니다")
            return None
        dialog = cls(parent, db, preview)
        dialog.exec()
        return dialog.result


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
