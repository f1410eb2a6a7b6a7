"""What goes into the member catalog and in which order: selection, grouping, 가나다 sorting.

Plain records and pure functions; the service fills them from the database and the report
draws them.
"""

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from seecodesk.core.korean_search import choseong_of
from seecodesk.core.products import Product

ORDERS = {"category": "품목 분류별", "designation": "인증·지정 유형별", "name": "이름순(가나다)"}
# Badge labels as catalogs print them; the stored kind 사회적기업 means the certified one.
BADGE_LABELS = {"사회적기업": "인증사회적기업"}
DESIGNATION_ORDER = (
    "사회적기업", "예비사회적기업", "마을기업", "예비마을기업", "협동조합", "사회적협동조합",
    "자활기업", "소셜벤처", "지역공동체기업",
)
CATALOG_DESIGNATIONS = ("사회적기업", "예비사회적기업", "마을기업", "협동조합", "사회적협동조합", "자활기업")
OTHER_SECTION = "기타"
_LEGAL_PREFIX = re.compile(r"^\s*(\((주|사|유|재|합)\)|주식회사|사단법인|재단법인|유한회사|농업회사법인)\s*")
_INITIAL_GROUPS = {"ㄲ": "ㄱ", "ㄸ": "ㄷ", "ㅃ": "ㅂ", "ㅆ": "ㅅ", "ㅉ": "ㅈ"}


@dataclass
class CatalogOptions:
    """Which organisations and products, in which order, on which paper."""

    categories: tuple[str, ...] = ()
    designations: tuple[str, ...] = ()
    members_only: bool = False
    organisation_ids: tuple[int, ...] | None = None
    order: str = "category"
    paper: str = "A4"
    year: int = 2025
    booklet: bool = False  # pad to a multiple of 4 pages with blank pages before the back cover
    bleed_mm: float = 0.0  # bleed around the full-colour covers, with crop marks


@dataclass
class CatalogTexts:
    """The words around the entries: cover, 인사말, contact, back cover."""

    cover_title: str = ""
    subtitle: str = ""
    greeting: str = ""
    logo: str = ""
    contact: str = ""
    back_cover: str = ""


@dataclass
class CatalogEntry:
    """One organisation as the catalog prints it, with its products."""

    id: int
    name: str
    designations: tuple[str, ...] = ()
    representative: str = ""
    phone: str = ""
    address: str = ""
    homepage: str = ""
    email: str = ""
    intro: str = ""
    is_member: bool = True
    products: list[Product] = field(default_factory=list)
    category: str = ""

    @property
    def key(self) -> str:
        return f"org{self.id}"


@dataclass
class CatalogSection:
    title: str
    entries: list[CatalogEntry]


@dataclass
class Catalog:
    """Everything the PDF needs, with no database behind it (safe to hand to a worker thread)."""

    network: str
    texts: CatalogTexts
    options: CatalogOptions
    sections: list[CatalogSection]
    photo_root: Path | None = None
    logo_path: Path | None = None
    withheld: int = 0  # contact values left out for want of 제3자 제공 consent

    @property
    def entries(self) -> list[CatalogEntry]:
        return [e for s in self.sections for e in s.entries]


def badge_label(kind: str) -> str:
    return BADGE_LABELS.get(kind, kind)


def sort_name(name: str) -> str:
    """The name as the 가나다 index sorts it: without a leading (주)/주식회사 and spaces."""
    return "".join(_LEGAL_PREFIX.sub("", name).split())


def index_initial(name: str) -> str:
    """The index group of a name: its first 초성 (ㄲ filed under ㄱ), or 'A–Z·0–9' for other text."""
    first = sort_name(name)[:1]
    initial = choseong_of(first)
    if initial and "ㄱ" <= initial <= "ㅎ":
        return _INITIAL_GROUPS.get(initial, initial)
    return "A–Z·0–9"


def primary_category(products: list[Product], category_order: list[str]) -> str:
    """The category most of the products share; ties go to the category printed first."""
    counts = Counter(p.category or OTHER_SECTION for p in products)
    if not counts:
        return OTHER_SECTION
    rank = {name: i for i, name in enumerate(category_order)}
    return min(counts, key=lambda c: (-counts[c], rank.get(c, len(rank)), c))


def product_intro(entry: CatalogEntry) -> str:
    """A short introduction made of the products when the organisation has no news or notes."""
    names = [p.name for p in entry.products[:4]]
    return f"주요 품목: {', '.join(names)}" if names else ""


def select_entries(entries: list[CatalogEntry], options: CatalogOptions) -> list[CatalogEntry]:
    """The entries the options ask for, each keeping only the products of the chosen categories."""
    chosen = []
    for entry in entries:
        if options.organisation_ids is not None and entry.id not in options.organisation_ids:
            continue
        if options.members_only and not entry.is_member:
            continue
        if options.designations and not set(options.designations) & set(entry.designations):
            continue
        products = [p for p in entry.products if not options.categories or p.category in options.categories]
        if products:
            chosen.append(replace(entry, products=products))
    return chosen


def arrange(entries: list[CatalogEntry], order: str, category_order: list[str]) -> list[CatalogSection]:
    """Group and sort the entries into sections for the chosen order."""
    by_name = sorted(entries, key=lambda e: (sort_name(e.name), e.id))
    for entry in by_name:
        entry.category = primary_category(entry.products, category_order)
    if order == "name":
        return [CatalogSection("회원사 (가나다순)", by_name)] if by_name else []
    if order == "designation":
        titles = [badge_label(k) for k in DESIGNATION_ORDER] + [OTHER_SECTION]
        key = _designation_section
    elif order == "category":
        titles = list(category_order) + [OTHER_SECTION]
        def key(e):
            return (e.category if e.category in category_order else OTHER_SECTION)
    else:
        raise ValueError(order)
    groups: dict[str, list[CatalogEntry]] = {}
    for entry in by_name:
        groups.setdefault(key(entry), []).append(entry)
    return [CatalogSection(t, groups[t]) for t in dict.fromkeys(titles) if t in groups]


def _designation_section(entry: CatalogEntry) -> str:
    for kind in DESIGNATION_ORDER:
        if kind in entry.designations:
            return badge_label(kind)
    return OTHER_SECTION


def index_groups(entries: list[CatalogEntry]) -> list[tuple[str, list[CatalogEntry]]]:
    """The back index: entries in 가나다 order, grouped under their initial consonant."""
    groups: dict[str, list[CatalogEntry]] = {}
    for entry in sorted(entries, key=lambda e: (sort_name(e.name), e.id)):
        groups.setdefault(index_initial(entry.name), []).append(entry)
    return list(groups.items())
