"""A4 label sheets for mailing labels (주소 라벨), measured in millimetres, and where each label sits.

One row of `LABEL_SHEETS` per sheet: add a row for another product and `--sheet` and the window
offer it. The measurements are those printed on the sheets' packets (the common A4 layouts sold
under many brands in Korea: 16, 21 and 14 labels): page margins to the first label, label size and
the gaps between labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from seecodesk.core.errors import NotFoundError

A4_MM = (210.0, 297.0)


@dataclass(frozen=True)
class LabelSheet:
    """One sheet layout: `columns` × `rows` labels of `width` × `height` mm, from the top-left margins."""

    name: str
    description: str
    columns: int
    rows: int
    width: float
    height: float
    left: float  # page edge to the first label's left edge
    top: float  # page edge to the first label's top edge
    column_gap: float = 0.0
    row_gap: float = 0.0

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def cell(self, index: int) -> tuple[float, float, float, float]:
        """(left, top, width, height) in mm from the page's top-left corner of label `index` (0-based, across first)."""
        row, column = divmod(index % self.per_page, self.columns)
        return (self.left + column * (self.width + self.column_gap), self.top + row * (self.height + self.row_gap),
                self.width, self.height)

    def fits_a4(self) -> bool:
        """True when every label lies on the A4 page."""
        right = self.left + self.columns * self.width + (self.columns - 1) * self.column_gap
        bottom = self.top + self.rows * self.height + (self.rows - 1) * self.row_gap
        return right <= A4_MM[0] + 1e-6 and bottom <= A4_MM[1] + 1e-6


LABEL_SHEETS: tuple[LabelSheet, ...] = (
    LabelSheet("2x8", "16칸, 2열 8줄, 99.1 × 33.9 mm", 2, 8, 99.1, 33.9, left=4.65, top=12.9, column_gap=2.5),
    LabelSheet("3x7", "21칸, 3열 7줄, 63.5 × 38.1 mm", 3, 7, 63.5, 38.1, left=7.25, top=15.15, column_gap=2.5),
    LabelSheet("2x7", "14칸, 2열 7줄, 99.1 × 38.1 mm", 2, 7, 99.1, 38.1, left=4.65, top=15.15, column_gap=2.5),
)
DEFAULT_SHEET = "2x8"


def sheet_named(name: str) -> LabelSheet:
    """The sheet called `name` (× and spaces allowed: '3 × 7'); NotFoundError listing the sheets otherwise."""
    wanted = name.strip().lower().replace("×", "x").replace(" ", "")
    for sheet in LABEL_SHEETS:
        if sheet.name == wanted:
            return sheet
    known = ", ".join(f"{s.name} ({s.description})" for s in LABEL_SHEETS)
    raise NotFoundError(f"라벨 용지 이름이 틀렸습니다: '{name}'. 쓸 수 있는 용지: {known}")
