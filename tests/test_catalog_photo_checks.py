"""Photos the print shop would reject are named before saving: below 150 dpi at their printed size, or
missing, with the product and organisation; the photo itself is never enlarged or swapped without a word."""

import subprocess

from PIL import Image

from seecodesk.core.catalog import CatalogOptions
from seecodesk.reports.catalog_checks import MIN_DPI, photo_dpi, photo_problems
from seecodesk.services.catalog import load_catalog
from tests.catalog_helpers import add_org, build, photo


def _catalog(db, folder, paper="A4"):
    return load_catalog(db, CatalogOptions(paper=paper), data_folder=folder)


def test_unit_low_missing_and_unreadable_photos_are_named_with_their_product(db, tmp_path):
    folder = tmp_path / "files"
    photo(folder / "photos" / "good.jpg", size=(640, 480))
    photo(folder / "photos" / "small.jpg", size=(200, 150))  # 40 mm wide on A4: 127 dpi
    (folder / "photos" / "broken.jpg").write_bytes(b"not a picture")
    add_org(db, "가람들녘", products=[{"name": "유기농 쌀", "category": "농산물", "photo": "photos/good.jpg"},
                                    {"name": "딸기잼", "category": "가공식품", "photo": "photos/small.jpg"},
                                    {"name": "고춧가루", "category": "농산물", "photo": "photos/gone.jpg"},
                                    {"name": "들기름", "category": "가공식품", "photo": "photos/broken.jpg"},
                                    {"name": "사진 없는 꾸러미", "category": "가공식품"}], folder=folder)
    problems = {p.product: p for p in photo_problems(_catalog(db, folder))}
    assert set(problems) == {"딸기잼", "고춧가루", "들기름"}
    low = problems["딸기잼"]
    assert low.kind == "low" and low.dpi == 127 and low.pixels == (200, 150) and low.needed == (237, 178)
    assert low.message.startswith("'딸기잼' (가람들녘): 사진 해상도가 낮습니다") and "127 dpi" in low.message
    assert problems["고춧가루"].kind == "missing" and "사진 파일이 없습니다" in problems["고춧가루"].message
    assert problems["들기름"].kind == "unreadable"
    a5 = {p.product for p in photo_problems(_catalog(db, folder, "A5"))}
    assert "딸기잼" not in a5  # 30 mm wide on A5: 169 dpi, enough


def test_unit_a_turned_phone_photo_is_measured_the_way_it_prints(tmp_path):
    path = tmp_path / "turned.jpg"
    image = Image.new("RGB", (300, 200))  # 169 dpi if it printed as stored
    exif = image.getexif()
    exif[0x0112] = 6  # stored sideways: printed 200 × 300
    image.save(path, "JPEG", exif=exif.tobytes())
    dpi, pixels = photo_dpi(path, 40 * 72 / 25.4, 30 * 72 / 25.4)
    assert pixels == (200, 300) and round(dpi) == 127 and dpi < MIN_DPI


def test_unit_a_coarse_photo_still_prints_as_itself(db, tmp_path):
    folder = tmp_path / "files"
    photo(folder / "photos" / "small.jpg", size=(120, 90), colour=(20, 160, 40))
    add_org(db, "가람들녘", products=[{"name": "딸기잼", "category": "가공식품", "photo": "photos/small.jpg"}], folder=folder)
    pdf = build(db, tmp_path, folder=folder)
    listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert len(listed.splitlines()) > 2  # the photo is printed (not replaced by the placeholder)


def test_cli_warns_on_stderr_before_writing(demo_template, tmp_path, capsys):
    import shutil

    from seecodesk.cli.main import main

    target = tmp_path / "demo.seecodesk"
    shutil.copyfile(demo_template, target)
    shutil.copytree(demo_template.parent / "demo_files", tmp_path / "demo_files")
    (tmp_path / "demo_files" / "photos" / "demo_001.jpg").unlink()
    assert main(["print", "catalog", str(tmp_path / "c.pdf"), "--db", str(target)]) == 0
    captured = capsys.readouterr()
    warnings = [line for line in captured.err.splitlines() if line.startswith("경고: ")]
    assert len(warnings) == 2, captured.err  # the demo's coarse photo and the one just deleted
    assert any("사진 파일이 없습니다" in w for w in warnings) and any("해상도가 낮습니다" in w for w in warnings)
    assert "카탈로그를 만들었습니다" in captured.out
