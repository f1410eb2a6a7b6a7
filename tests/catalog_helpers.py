"""Shared builders for the catalog tests: a small network with products, and PDF text per page."""

import subprocess
from pathlib import Path

from PIL import Image

from seecodesk.core.catalog import CatalogOptions
from seecodesk.core.members import Designation, MembershipPeriod, Organisation
from seecodesk.core.products import Product
from seecodesk.reports.catalog import build_catalog_pdf
from seecodesk.services.catalog import load_catalog
from seecodesk.services.members import MemberService
from seecodesk.services.products import ProductService


def add_org(db, name, kinds=(), member=True, homepage="", products=(), folder=None):
    """An organisation with products given as (name, category, price) or Product keyword dicts."""
    org = MemberService(db).save_organisation(Organisation(
        name=name, representative="대표자", phone="041-123-4567", address="충청남도 가람시 중앙로 1",
        homepage=homepage, designations=[Designation(kind=k) for k in kinds],
        memberships=[MembershipPeriod(joined_on="2020-01-01")] if member else []))
    service = ProductService(db, folder)
    for spec in products:
        values = spec if isinstance(spec, dict) else dict(zip(("name", "category", "price"), spec, strict=False))
        service.save_product(Product(organisation_id=org.id, **values))
    return org


def photo(path: Path, size=(640, 480), colour=(200, 120, 60)) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path, "JPEG")
    return path


def build(db, tmp_path, name="c.pdf", folder=None, **options) -> Path:
    catalog = load_catalog(db, CatalogOptions(**options), data_folder=folder)
    return build_catalog_pdf(catalog, tmp_path / name, cache_dir=tmp_path / "cache")


def pages_text(pdf: Path) -> list[str]:
    """The text of each page, in reading order."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def pdfinfo(pdf: Path) -> str:
    return subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout


def fonts_embedded(pdf: Path) -> list[bool]:
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    return [line.split()[-5] == "yes" for line in lines]
