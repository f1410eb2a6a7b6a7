"""The catalog PDF: page references that agree, literal text, graceful gaps, QR, paper and fonts."""

import re
import subprocess
import zlib

import pytest
from PIL import Image

from seecodesk.core.catalog import CatalogOptions
from seecodesk.reports.catalog import build_catalog_pdf
from seecodesk.reports.catalog_parts import QrCode, qr_modules, qr_path
from seecodesk.services.catalog import load_catalog
from tests.catalog_helpers import add_org, build, fonts_embedded, pages_text, pdfinfo, photo

CATEGORIES = ("식품·먹거리", "체험학습", "돌봄·사회서비스")


@pytest.fixture
def big_network(db):
    """90 organisations with 1–4 products each, so headers fall near many page feet."""
    for i in range(90):
        products = [(f"품목{i:02d}-{j}", CATEGORIES[i % 3], 1000 * (j + 1)) for j in range(1 + i % 4)]
        add_org(db, f"조직{i:02d}협동조합", ("협동조합",), products=products)
    return db


def listed_pages(text: str, names: list[str]) -> dict[str, int]:
    """name → page number as a contents/index line 'name 12' shows it."""
    found = {}
    for name in names:
        match = re.search(re.escape(name) + r"\s+(\d+)\n", text)
        if match:
            found[name] = int(match.group(1))
    return found


def test_contents_and_index_numbers_are_where_the_entries_landed(big_network, tmp_path):
    pdf = build(big_network, tmp_path, paper="A5")
    pages = pages_text(pdf)
    names = [f"조직{i:02d}협동조합" for i in range(90)]
    contents_pages = [i for i, t in enumerate(pages) if t.startswith("차례")]
    index_pages = [i for i, t in enumerate(pages) if t.startswith("찾아보기")]
    assert len(contents_pages) >= 2, "enough entries to make the contents run over a page"
    entry_pages = range(contents_pages[-1] + 1, index_pages[0])
    for where in (contents_pages, index_pages):
        text = "\n".join(pages[i] for i in where)
        listed = listed_pages(text, names)
        assert set(listed) == set(names)
        for name, page in listed.items():
            first = next(p for p in entry_pages if name in pages[p]) + 1
            assert page == first, f"{name}: listed {page}, printed on {first}"
    index_text = "\n".join(pages[i] for i in index_pages)
    assert [m for m in re.findall(r"조직\d\d협동조합", index_text)] == sorted(names)  # in reading order


def test_a_header_never_stays_alone_at_the_foot_of_a_page(big_network, tmp_path):
    pages = pages_text(build(big_network, tmp_path))
    body = [t for t in pages if not t.startswith(("차례", "찾아보기", "인사말"))]
    for i in range(90):
        header_page = next(n for n, t in enumerate(body) if f"조직{i:02d}협동조합\n" in t)
        assert f"품목{i:02d}-0" in body[header_page]


def test_user_text_prints_literally(db, tmp_path):
    long_text = "긴 설명 " * 30 + "끝에 <b>R&D</b> 표시"  # wraps, so it goes through a Paragraph
    add_org(db, "<b>AT&T</b> 협동조합", products=[{"name": "R&D <i>키트</i>", "category": "체험학습",
                                                   "differentiator": "5 < 6 & 7 > 3", "price": 1000},
                                                  {"name": "둘째", "category": "체험학습", "social_value": long_text}])
    text = "\n".join(pages_text(build(db, tmp_path)))
    assert "<b>R&D</b> 표시" in text
    assert "<b>AT&T</b> 협동조합" in text
    assert "R&D <i>키트</i>" in text
    assert "5 < 6 & 7 > 3" in text


def test_missing_photos_and_prices_are_handled(db, tmp_path):
    folder = tmp_path / "net_files"
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "broken.jpg").write_text("not a picture")
    photo(folder / "photos" / "ok.jpg")
    add_org(db, "가람", folder=folder, products=[
        {"name": "사진없음", "category": "체험학습", "photo": "photos/gone.jpg"},
        {"name": "깨진사진", "category": "체험학습", "photo": "photos/broken.jpg", "price_note": "현장 견적"},
        {"name": "좋은사진", "category": "체험학습", "photo": "photos/ok.jpg", "price": 3000, "unit": "1개"}])
    pdf = build(db, tmp_path, folder=folder)
    text = "\n".join(pages_text(pdf))
    assert "가격 문의" in text and "현장 견적" in text and "3,000원 / 1개" in text
    images = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) - 2 == 1


def test_photos_are_downscaled_to_print_resolution(db, tmp_path):
    folder = tmp_path / "net_files"
    big = folder / "photos" / "big.jpg"
    big.parent.mkdir(parents=True)
    Image.effect_noise((3000, 2000), 60).convert("RGB").save(big, quality=95)
    add_org(db, "가람", folder=folder, products=[{"name": "큰사진", "category": "체험학습", "photo": "photos/big.jpg"}])
    pdf = build(db, tmp_path, folder=folder)
    listing = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True).stdout.splitlines()[2]
    width, height = int(listing.split()[3]), int(listing.split()[4])
    assert (width, height) == (315, 236)  # 40 × 30 mm at 200 dpi
    assert pdf.stat().st_size < big.stat().st_size / 5


def test_qr_code_only_for_an_organisation_with_a_homepage(db, tmp_path):
    add_org(db, "가람", homepage="https://garam.example.kr", products=[("두부", "체험학습", 1)])
    add_org(db, "나눔", products=[("빵", "체험학습", 1)])
    catalog = load_catalog(db, CatalogOptions())
    from seecodesk.reports.catalog_entries import GEOMETRIES, EntryStyles, org_header

    def qr_codes(entry):
        header = org_header(entry, GEOMETRIES["A4"], EntryStyles(GEOMETRIES["A4"]))
        return [header.qr] if isinstance(header.qr, QrCode) else []

    with_site, without = sorted(catalog.entries, key=lambda e: e.name)
    assert [q.url for q in qr_codes(with_site)] == ["https://garam.example.kr"]
    assert qr_codes(without) == []
    pdf = build(db, tmp_path)
    page = next(t for t in pages_text(pdf) if "가람\n" in t and "두부" in t)
    assert page.count("홈페이지") == 2  # the contact line and the caption under the code
    streams = []
    data = pdf.read_bytes()
    for start in re.finditer(rb"stream\r?\n", data):
        try:
            streams.append(zlib.decompressobj().decompress(data[start.end():]))
        except zlib.error:
            continue
    drawn = qr_path(qr_modules("https://garam.example.kr"), 2).encode()
    assert sum(drawn in s for s in streams) == 1  # the code's modules are on the page, once


@pytest.mark.parametrize("paper, size", [("A4", "595.276 x 841.89"), ("A5", "419.528 x 595.276")])
def test_paper_size_exact_and_fonts_embedded(db, tmp_path, paper, size):
    add_org(db, "가람", homepage="garam.kr", products=[("두부", "체험학습", 1)])
    pdf = build(db, tmp_path, paper=paper)
    assert f"Page size:       {size} pts" in pdfinfo(pdf)
    embedded = fonts_embedded(pdf)
    assert embedded and all(embedded)


def test_cancelling_leaves_no_file(db, tmp_path):
    add_org(db, "가람", products=[("두부", "체험학습", 1)])
    catalog = load_catalog(db, CatalogOptions())

    def cancel(percent, message):
        if percent > 40:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_catalog_pdf(catalog, tmp_path / "c.pdf", progress=cancel, cache_dir=tmp_path / "cache")
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*part")) == []


def test_a5_prints_no_text_under_7_pt_and_its_body_text_at_8_5_pt_or_more(demo_db, tmp_path, monkeypatch):
    """Read as a print shop reads an A5 booklet: labels and badges ≥ 7 pt, everything a customer reads ≥ 8.5 pt."""
    from reportlab.pdfgen.textobject import PDFTextObject

    drawn: list[tuple[float, str]] = []
    original = PDFTextObject._formatText

    def recording(self, text):
        drawn.append((self._fontsize, text))
        return original(self, text)

    monkeypatch.setattr(PDFTextObject, "_formatText", recording)
    build(demo_db, tmp_path, "a5.pdf", paper="A5")
    printed = [(size, value) for size, value in drawn if value.strip()]
    assert printed and min(size for size, _ in printed) >= 7.0, min(printed)
    product = next(p for p in load_catalog(demo_db, CatalogOptions()).entries[0].products if p.season)
    body = [size for size, value in printed if product.season in value or product.name in value]
    assert body and min(body) >= 8.5, body


def test_products_continued_on_a_new_page_carry_the_organisation_name(demo_db, tmp_path):
    pdf = build(demo_db, tmp_path, "a5.pdf", paper="A5")
    pages = pages_text(pdf)
    continued = [page for page in pages if "(계속)" in page]
    assert continued, "the demo in A5 has entries running over a page"
    names = {e.name for e in load_catalog(demo_db, CatalogOptions()).entries}
    for page in continued:
        label = next(line for line in page.splitlines() if line.endswith("(계속)"))
        assert label.removesuffix(" (계속)").strip() in names


@pytest.mark.parametrize("paper", ["A4", "A5"])
def test_a_continued_entry_prints_every_product_once_and_nothing_over_anything(db, tmp_path, paper):
    from tests.pdf_layout import print_faults, words

    products = [{"name": f"가람들녘 상품{n:02d}", "category": "농산물", "price": 10_000 + n, "season": "연중",
                 "description": f"설명{n:02d} 유기농으로 기른 곡물을 손질해 담았습니다"} for n in range(1, 15)]
    add_org(db, "가람들녘영농조합법인", kinds=("마을기업",), products=products)
    add_org(db, "이웃협동조합", products=[("이웃 두부", "가공식품", 5000)])
    pdf = build(db, tmp_path, f"{paper}.pdf", paper=paper)
    assert any("가람들녘영농조합법인 (계속)" in page for page in pages_text(pdf)), "the entry runs over a page"
    printed = words(pdf)
    assert {n: printed[f"설명{n:02d}"] for n in range(1, 15) if printed[f"설명{n:02d}"] != 1} == {}
    assert print_faults(pdf) == []
