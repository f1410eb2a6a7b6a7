"""Which source column feeds which directory field: suggested from the headers, corrected by the user."""

from dataclasses import dataclass, field

from seecodesk.core.errors import ImportFileError
from seecodesk.exchange.fields import (
    FIELD_LABELS,
    IGNORE,
    MULTI_FIELDS,
    designation_of_name_header,
    field_choices_text,
    field_for_header,
    is_known_skipped,
    parse_designation,
    resolve_field,
    split_designations,
)
from seecodesk.exchange.reading import SourceTable

_DESIGNATION_SHARE = 0.6
_DESIGNATION_SAMPLE = 300  # values looked at per column: enough to tell, quick on a national list


@dataclass
class ColumnMapping:
    """header → field key (IGNORE for a column left out), and the designation every row gets."""

    fields: dict[str, str]
    file_designation: str = ""
    explicit: set[str] = field(default_factory=set)  # headers the user mapped by hand
    # Columns kept for another field whose values are mostly designations (조직형태: 사회적기업, 협동조합 …):
    # their designation words fill the designations too.
    designation_sources: set[str] = field(default_factory=set)

    def columns_for(self, field_key: str) -> list[str]:
        return [h for h, f in self.fields.items() if f == field_key]

    def first_columns(self) -> dict[str, str]:
        """field key → the first column feeding it (one pass: a row's many look-ups use this)."""
        firsts: dict[str, str] = {}
        for header, key in self.fields.items():
            firsts.setdefault(key, header)
        return firsts

    def unknown_columns(self) -> list[str]:
        """Columns left out that are neither chosen by hand nor known running numbers."""
        return [h for h, f in self.fields.items() if f == IGNORE and h not in self.explicit and not is_known_skipped(h)]

    def conflicts(self) -> list[str]:
        """Korean sentences for single-value fields that more than one column feeds."""
        problems = []
        for key, label in FIELD_LABELS.items():
            columns = self.columns_for(key)
            if key != IGNORE and key not in MULTI_FIELDS and len(columns) > 1:
                problems.append(f"'{label}' 항목에 열이 {len(columns)}개 연결되어 있습니다({', '.join(columns)}). 하나만 남겨 주세요.")
        return problems


def suggest_mapping(table: SourceTable) -> ColumnMapping:
    """Map each header to the field its name suggests; a column whose values are mostly designations
    (사회적기업, 마을기업 …) fills the designations whatever its header (유형, 조직형태, 인증구분 …)."""
    fields: dict[str, str] = {}
    taken: set[str] = set()
    sources: set[str] = set()
    for index, header in enumerate(table.headers):
        key = field_for_header(header)
        if key in (None, "legal_form") and "designations" not in taken and _mostly_designations(table, index):
            if key == "legal_form":
                sources.add(header)  # 협동조합 is a legal form and a designation: keep both
            else:
                key = "designations"
        if key is None or (key in taken and key not in MULTI_FIELDS):
            key = IGNORE
        fields[header] = key
        taken.add(key)
    if "designations" in taken:
        sources.clear()  # a real designations column is there: the legal form stays a legal form
    name_columns = [h for h, f in fields.items() if f == "name"]
    implied = designation_of_name_header(name_columns[0]) if name_columns else ""
    return ColumnMapping(fields=fields, file_designation=implied, designation_sources=sources)


def _mostly_designations(table: SourceTable, index: int) -> bool:
    values = [r.cells[index] for r in table.records if index < len(r.cells) and r.cells[index]][:_DESIGNATION_SAMPLE]
    if not values:
        return False
    known = sum(1 for v in values if all(parse_designation(t) for t in split_designations(v)))
    return known / len(values) >= _DESIGNATION_SHARE


def apply_overrides(mapping: ColumnMapping, headers: list[str], overrides: list[str]) -> ColumnMapping:
    """Apply `SOURCE=FIELD` texts (CLI --map); raises `ImportFileError` naming what is wrong."""
    for text in overrides:
        source, sep, target = text.rpartition("=")  # no field name holds '=', a column name may
        source, target = " ".join(source.split()), target.strip()
        if not sep or not source:
            raise ImportFileError(f"--map 값 '{text}'의 형식이 틀렸습니다. '원본 열=항목' 모양으로 써 주세요 (예: 상호=기업명).")
        if source not in headers:
            raise ImportFileError(f"파일에 '{source}' 열이 없습니다. 있는 열: {', '.join(headers)}")
        key = resolve_field(target)
        if key is None:
            raise ImportFileError(f"알 수 없는 항목 '{target}'입니다. 쓸 수 있는 항목: {field_choices_text()}")
        set_field(mapping, source, key)
    return mapping


def carry_over(previous: ColumnMapping, fresh: ColumnMapping) -> ColumnMapping:
    """`fresh` (a file read again, e.g. in another encoding) with the choices the user made in `previous`:
    columns mapped by hand keep their field where the file still has them, and the file's designation stays."""
    for header in previous.explicit:
        if header in fresh.fields:
            set_field(fresh, header, previous.fields[header])
    if previous.file_designation:
        fresh.file_designation = previous.file_designation
    return fresh


def set_field(mapping: ColumnMapping, header: str, key: str) -> None:
    """Point `header` at `key` (chosen by the user); a single-value field leaves its old column."""
    if key not in MULTI_FIELDS and key != IGNORE:
        for other, current in mapping.fields.items():
            if current == key and other != header:
                mapping.fields[other] = IGNORE
    mapping.fields[header] = key
    mapping.explicit.add(header)
    if key != "legal_form" or mapping.columns_for("designations"):
        mapping.designation_sources.discard(header)
    if key == "name" and not mapping.file_designation:
        mapping.file_designation = designation_of_name_header(header)
