"""`seecodesk print catalog OUT.pdf --db PATH`: the member catalog for fairs as a PDF."""

import argparse
import sys
from datetime import date
from pathlib import Path

from seecodesk.core.catalog import CATALOG_DESIGNATIONS, ORDERS, CatalogOptions
from seecodesk.core.errors import SeeCoDeskError
from seecodesk.core.josa import josa
from seecodesk.reports.catalog import build_catalog_pdf
from seecodesk.reports.catalog_checks import photo_problems
from seecodesk.services.catalog import load_catalog
from seecodesk.storage import products as product_store
from seecodesk.storage.database import open_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar="OUT.pdf", help="만들 PDF 파일")
    parser.add_argument("--db", required=True, help="네트워크 데이터베이스 파일")
    parser.add_argument("--category", action="append", default=[], metavar="분류",
                        help="이 품목 분류만 (여러 번 또는 쉼표로 구분)")
    parser.add_argument("--designation", action="append", default=[], metavar="유형",
                        help=f"이 인증·지정을 가진 조직만 ({', '.join(CATALOG_DESIGNATIONS)})")
    parser.add_argument("--members-only", action="store_true", help="현재 회원사만")
    parser.add_argument("--order", choices=tuple(ORDERS), default="category",
                        help="정렬: category(품목 분류별, 기본), designation(인증·지정 유형별), name(가나다순)")
    parser.add_argument("--paper", type=str.upper, choices=("A4", "A5"), default="A4", help="용지 (기본 A4)")
    parser.add_argument("--year", type=int, default=date.today().year, help="표지의 연도")
    parser.add_argument("--booklet", action="store_true",
                        help="소책자 인쇄: 쪽수를 4의 배수로 맞춥니다 (뒤표지 앞에 빈 쪽, 뒤표지는 마지막)")
    parser.add_argument("--bleed", type=float, default=0.0, metavar="MM",
                        help="표지 재단 여백(도련) mm와 재단선 (예: --bleed 3)")


def _values(raw: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v.strip() for item in raw for v in item.split(",") if v.strip()))


def _designations(raw: list[str]) -> tuple[str, ...]:
    """Accept the badge spelling 인증사회적기업 for the stored kind 사회적기업."""
    values = tuple("사회적기업" if v == "인증사회적기업" else v for v in _values(raw))
    unknown = [v for v in values if v not in CATALOG_DESIGNATIONS + ("예비마을기업", "소셜벤처", "지역공동체기업")]
    if unknown:
        raise SeeCoDeskError(f"알 수 없는 인증·지정 유형입니다: {', '.join(unknown)}. 예: {', '.join(CATALOG_DESIGNATIONS)}")
    return values


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.bleed <= 10:
        raise SeeCoDeskError(f"재단 여백 {args.bleed:g}mm는 쓸 수 없습니다. 0에서 10 사이로 주세요 (보통 3).")
    if not 1900 <= args.year <= 2200:
        raise SeeCoDeskError(f"연도 {args.year}{josa(args.year, '이')} 올바르지 않습니다. 예: --year 2025")
    out = Path(args.out)
    if not out.parent.exists():
        raise SeeCoDeskError(f"저장할 폴더가 없습니다: {out.parent}")
    db_path = Path(args.db)
    db = open_database(db_path, create=False)
    try:
        categories = _values(args.category)
        unknown = [c for c in categories if c not in product_store.categories(db)]
        if unknown:
            raise SeeCoDeskError(f"없는 품목 분류입니다: {', '.join(unknown)}. "
                                 f"있는 분류: {', '.join(product_store.categories(db))}")
        options = CatalogOptions(categories=categories, designations=_designations(args.designation),
                                 members_only=args.members_only, order=args.order, paper=args.paper, year=args.year,
                                 booklet=args.booklet, bleed_mm=args.bleed)
        catalog = load_catalog(db, options, data_folder=db_path.parent / f"{db_path.stem}_files")
    finally:
        db.close()
    if not catalog.entries:
        raise SeeCoDeskError("조건에 맞는 제품·서비스가 없어 카탈로그를 만들 수 없습니다. 조건을 바꾸거나 제품을 먼저 등록해 주세요.")
    if catalog.withheld:
        print(f"개인정보 동의 범위 밖이라 비워 둔 연락처 {catalog.withheld:,}건 (제3자 제공 동의가 없는 사람의 번호·주소)")
    for problem in photo_problems(catalog):  # said before the file is written; the photo is left as it is
        print(f"경고: {problem.message}", file=sys.stderr)
    build_catalog_pdf(catalog, out)
    products = sum(len(e.products) for e in catalog.entries)
    print(f"카탈로그를 만들었습니다: {out} (회원사 {len(catalog.entries)}곳, 제품·서비스 {products}개)")
    return 0
