"""The action plan as plain records: a plan, its strategy → task → (group) → activity nodes,
task details and budget lines, with the checks that make them valid.

Codes ('1-1', '㉠', '①') are free text typed by the secretary, never generated.
"""

import re
from dataclasses import dataclass, field

from seecodesk.core import validation as v
from seecodesk.core.errors import ValidationError, ValidationErrors
from seecodesk.core.josa import josa
from seecodesk.core.periods import GRAINS, month_index
from seecodesk.core.trade import MAX_AMOUNT, parse_amount

NODE_KINDS = ("strategy", "task", "group", "activity")
NODE_KIND_LABELS = {"strategy": "전략", "task": "과제", "group": "활동 묶음", "activity": "세부활동"}
PRIORITIES = ("", "상", "중상", "중")
STATUSES = ("예정", "진행", "완료", "보류")
# Which kinds may sit under which parent (None = the plan's top level).
ALLOWED_PARENTS: dict[str, tuple[str | None, ...]] = {
    "strategy": (None,),
    "task": (None, "strategy"),
    "group": ("task",),
    "activity": ("task", "group"),
}
_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")


@dataclass
class Plan:
    """A plan with its span (first and last month, 'YYYY-MM') and the grain it is edited at."""

    name: str
    start_month: str
    end_month: str
    grain: str = "quarter"
    notes: str = ""
    id: int | None = None


@dataclass
class BudgetLine:
    """One 사업내역 with its 민 (network) and 관 (city) amounts in 원; the total is computed."""

    item: str
    private_amount: int = 0
    public_amount: int = 0
    note: str = ""
    id: int | None = None

    @property
    def total(self) -> int:
        return self.private_amount + self.public_amount


@dataclass
class TaskDetails:
    """What a task (실행과제) carries beyond its code and title."""

    body_id: int | None = None
    priority: str = ""
    status: str = "예정"
    progress_note: str = ""
    purpose: str = ""
    targets: str = ""
    process: str = ""
    staffing: str = ""
    budget_note: str = ""
    city_roles: list[str] = field(default_factory=list)
    network_roles: list[str] = field(default_factory=list)
    budget: list[BudgetLine] = field(default_factory=list)

    @property
    def private_total(self) -> int:
        return sum(line.private_amount for line in self.budget)

    @property
    def public_total(self) -> int:
        return sum(line.public_amount for line in self.budget)

    @property
    def total(self) -> int:
        return self.private_total + self.public_total


@dataclass
class PlanNode:
    """A strategy, task, activity group or activity of a plan."""

    plan_id: int
    kind: str
    title: str
    code: str = ""
    parent_id: int | None = None
    sort_order: int = 0
    flagged: bool = False
    frequency: str = ""
    notes: str = ""
    task: TaskDetails | None = None
    months: set[str] = field(default_factory=set)
    id: int | None = None

    @property
    def label(self) -> str:
        """'1-1. 단톡방 운영*' as the plan tables print it."""
        code = f"{self.code}. " if self.code and self.code[-1] not in ".)" else (f"{self.code} " if self.code else "")
        return f"{code}{self.title}{'*' if self.flagged else ''}"


def parse_won(text: object, field_name: str = "amount") -> int:
    """An amount typed as '1,800,000', '1800000원', '180만' or blank (0) as whole 원, as a trade's amount is read
    (up to its limit: a longer number is a slip, and SQLite could not store it); a 주민등록번호 is refused."""
    v.refuse_resident_number(field_name, str(text if text is not None else ""))
    raw = str(text if text is not None else "").strip()
    if not raw or raw == "-":
        return 0
    if "." in raw and not any(unit in raw for unit in "만억천"):
        raise ValidationError(field_name, f"금액 '{v.shown(raw)}'{josa(v.shown(raw), '을')} 읽을 수 없습니다. 원 단위 숫자로 적어 주세요 (예: 1,800,000).")
    try:
        return parse_amount(raw)
    except ValidationError as error:
        raise ValidationError(field_name, error.message) from None


def validated_plan(plan: Plan) -> Plan:
    """A cleaned copy of `plan`, or ValidationErrors naming every wrong field."""
    errors: dict[str, str] = {}
    name = v.collect(errors, "name", v.clean_line, plan.name, "name", v.NAME_LENGTH)
    if not name:
        errors.setdefault("name", "계획 이름을 적어 주세요.")
    for key in ("start_month", "end_month"):
        if not _MONTH.match(getattr(plan, key) or ""):
            errors[key] = "기간은 2021-07처럼 연-월로 적어 주세요."
    if not errors and month_index(plan.start_month) > month_index(plan.end_month):
        errors["end_month"] = "끝 달이 시작 달보다 앞섭니다."
    if plan.grain not in GRAINS:
        errors["grain"] = "일정 단위는 월, 분기, 반기 중 하나입니다."
    notes = v.collect(errors, "notes", v.clean_line, plan.notes, "notes", v.NOTE_LENGTH)
    if errors:
        raise ValidationErrors(errors)
    return Plan(name=name, start_month=plan.start_month, end_month=plan.end_month, grain=plan.grain,
                notes=notes, id=plan.id)


def validated_node(node: PlanNode) -> PlanNode:
    """A cleaned copy of `node` (title required; task details checked), or ValidationErrors."""
    errors: dict[str, str] = {}
    title = v.collect(errors, "title", v.clean_line, node.title, "title")
    if not title:
        errors.setdefault("title", "제목을 적어 주세요.")
    if node.kind not in NODE_KINDS:
        errors["kind"] = "알 수 없는 항목 종류입니다."
    lines = {key: v.collect(errors, key, v.clean_line, getattr(node, key), key) for key in ("code", "frequency")}
    notes = v.collect(errors, "notes", v.clean_text, node.notes, "notes")
    task = node.task
    if node.kind == "task":
        task = _validated_task(task or TaskDetails(), errors)
    if errors:
        raise ValidationErrors(errors)
    return PlanNode(plan_id=node.plan_id, kind=node.kind, title=title, code=lines["code"],
                    parent_id=node.parent_id, sort_order=node.sort_order, flagged=bool(node.flagged),
                    frequency=lines["frequency"], notes=notes,
                    task=task if node.kind == "task" else None, months=set(node.months), id=node.id)


def _validated_budget(lines: list[BudgetLine], errors: dict[str, str]) -> list[BudgetLine]:
    budget: list[BudgetLine] = []
    for number, line in enumerate(lines, start=1):
        item = v.collect(errors, "budget", v.clean_line, line.item, "budget")
        note = v.collect(errors, "budget", v.clean_line, line.note, "budget", v.NOTE_LENGTH)
        if not item and not (line.private_amount or line.public_amount or "budget" in errors):
            continue  # an empty row left in the table
        if not item:
            errors.setdefault("budget", f"예산 {number}번째 줄의 사업내역을 적어 주세요.")
        if line.private_amount < 0 or line.public_amount < 0:
            errors["budget"] = f"예산 {number}번째 줄의 금액은 0원 이상이어야 합니다."
        if max(line.private_amount, line.public_amount) > MAX_AMOUNT:
            errors["budget"] = f"예산 {number}번째 줄의 금액이 너무 큽니다. 원 단위인지 확인해 주세요."
        budget.append(BudgetLine(item=item, private_amount=int(line.private_amount),
                                 public_amount=int(line.public_amount), note=note, id=line.id))
    return budget


def _validated_task(task: TaskDetails, errors: dict[str, str]) -> TaskDetails:
    if task.priority not in PRIORITIES:
        errors["priority"] = "중요 정도는 상, 중상, 중 가운데 하나입니다."
    if task.status not in STATUSES:
        errors["status"] = "상태는 예정, 진행, 완료, 보류 가운데 하나입니다."

    def line(key: str) -> str:
        return v.collect(errors, key, v.clean_line, getattr(task, key), key, v.NOTE_LENGTH)

    def text(key: str) -> str:
        return v.collect(errors, key, v.clean_text, getattr(task, key), key)

    def roles(key: str) -> list[str]:
        return [r for r in (v.collect(errors, key, v.clean_text, x, key) for x in getattr(task, key)) if r]

    return TaskDetails(body_id=task.body_id, priority=task.priority, status=task.status,
                       progress_note=line("progress_note"), purpose=text("purpose"), targets=text("targets"),
                       process=text("process"), staffing=text("staffing"), budget_note=line("budget_note"),
                       city_roles=roles("city_roles"), network_roles=roles("network_roles"),
                       budget=_validated_budget(task.budget, errors))


def check_parent(kind: str, parent_kind: str | None) -> None:
    """Refuse a node under a parent of the wrong kind (e.g. a strategy under a task)."""
    if parent_kind not in ALLOWED_PARENTS[kind]:
        where = "계획의 맨 위" if parent_kind is None else NODE_KIND_LABELS[parent_kind]
        raise ValidationError("parent_id", f"{NODE_KIND_LABELS[kind]}{josa(NODE_KIND_LABELS[kind], '은')} {where} 아래에 둘 수 없습니다.")
