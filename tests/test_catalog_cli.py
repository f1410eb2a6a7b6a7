"""`seecodesk print catalog`: options, exit codes, and the demo network's full catalog with photos."""

import shutil
import subprocess

import pytest

from seecodesk.cli.main import main
from tests.catalog_helpers import pages_text, pdfinfo


@pytest.fixture
def demo_with_photos(demo_template, tmp_path):
    """A private copy of the demo database and its photo folder."""
    target = tmp_path / "demo.seecodesk"
    shutil.copyfile(demo_template, target)
    shutil.copytree(demo_template.parent / "demo_files", tmp_path / "demo_files")
    return target


def test_demo_catalog_has_every_part_and_its_photos(demo_with_photos, tmp_path, capsys):
    out = tmp_path / "catalog.pdf"
    assert main(["print", "catalog", str(out), "--db", str(demo_with_photos), "--year", "2025"]) == 0
    assert "카탈로그를 만들었습니다" in capsys.readouterr().out
    pages = pages_text(out)
    assert "2025" in pages[0] and "가람시사회적경제기업협의회" in pages[0]
    assert pages[1].startswith("인사말") and pages[2].startswith("차례")
    assert any(p.startswith("찾아보기") for p in pages)
    assert "두부" in "".join(pages) and "수의계약 가능" in "".join(pages)
    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout.splitlines()[2:]
    assert len(images) >= 50  # a photo per demo product (and the logo)


def test_filters_and_paper(demo_path, tmp_path):
    out = tmp_path / "c.pdf"
    assert main(["print", "catalog", str(out), "--db", str(demo_path), "--category", "체험학습",
                 "--designation", "인증사회적기업,마을기업", "--members-only", "--paper", "a5"]) == 0
    text = "".join(pages_text(out))
    assert "들녘한과영농조합법인" in text and "한과 만들기 체험" in text
    assert "전통 유과 선물세트" not in text  # not in the chosen category
    assert "푸른손자연학교" not in text  # 예비사회적기업 only
    assert "419.528 x 595.276" in pdfinfo(out)


@pytest.mark.parametrize("extra, message", [
    (["--category", "없는분류"], "없는 품목 분류"),
    (["--designation", "대기업"], "알 수 없는 인증·지정"),
    (["--year", "20"], "연도"),
])
def test_bad_options_say_what_is_wrong(demo_path, tmp_path, capsys, extra, message):
    assert main(["print", "catalog", str(tmp_path / "c.pdf"), "--db", str(demo_path), *extra]) == 1
    err = capsys.readouterr().err
    assert err.startswith("오류: ") and message in err and "Traceback" not in err
    assert not (tmp_path / "c.pdf").exists()


def test_missing_database_and_empty_selection(db, tmp_path, capsys):
    assert main(["print", "catalog", str(tmp_path / "c.pdf"), "--db", str(tmp_path / "none.seecodesk")]) == 1
    assert "찾을 수 없습니다" in capsys.readouterr().err
    from seecodesk.storage.database import open_database

    open_database(tmp_path / "empty.seecodesk").close()
    assert main(["print", "catalog", str(tmp_path / "c.pdf"), "--db", str(tmp_path / "empty.seecodesk")]) == 1
    assert "제품·서비스가 없어" in capsys.readouterr().err


def test_bad_paper_is_a_usage_error(demo_path, tmp_path):
    with pytest.raises(SystemExit) as exit_info:
        main(["print", "catalog", str(tmp_path / "c.pdf"), "--db", str(demo_path), "--paper", "A3"])
    assert exit_info.value.code == 2


def _boxes(pdf):
    out = subprocess.run(["pdfinfo", "-box", str(pdf)], capture_output=True, text=True,
                         check=True).stdout
    return {line.split(":")[0]: [float(v) for v in line.split(":")[1].split()] for line in out.splitlines()
            if line.split(":")[0] in ("MediaBox", "TrimBox", "BleedBox")} | {
        "Pages": int(next(line.split()[-1] for line in out.splitlines() if line.startswith("Pages")))}


def test_booklet_pads_to_a_multiple_of_four_with_blank_pages_before_the_back_cover(demo_path, tmp_path):
    plain, booklet = tmp_path / "plain.pdf", tmp_path / "booklet.pdf"
    assert main(["print", "catalog", str(plain), "--db", str(demo_path)]) == 0
    assert main(["print", "catalog", str(booklet), "--db", str(demo_path), "--booklet"]) == 0
    pages, padded = _boxes(plain)["Pages"], _boxes(booklet)["Pages"]
    assert padded % 4 == 0 and padded - pages == -pages % 4
    texts = subprocess.run(["pdftotext", str(booklet), "-"], capture_output=True, text=True).stdout.split("\f")[:-1]
    assert all(not page.strip() for page in texts[pages - 1:padded - 1]), "the added pages are blank"
    plain_last = subprocess.run(["pdftotext", "-f", str(pages), "-l", str(pages), str(plain), "-"],
                                capture_output=True, text=True).stdout
    assert texts[-1].split() == plain_last.split(), "the back cover stays the last page"


def test_bleed_adds_3mm_past_the_trim_with_crop_marks_and_the_cover_colour_runs_into_it(demo_path, tmp_path):
    from PIL import Image

    pdf = tmp_path / "bleed.pdf"
    assert main(["print", "catalog", str(pdf), "--db", str(demo_path), "--bleed", "3"]) == 0
    boxes = _boxes(pdf)
    trim, bleed, media = boxes["TrimBox"], boxes["BleedBox"], boxes["MediaBox"]
    assert round(trim[2] - trim[0], 1) == 595.3 and round(trim[3] - trim[1], 1) == 841.9, "A4 after the cut"
    three_mm = 3 * 72 / 25.4
    margins = [b - t for b, t in zip(bleed, trim, strict=True)]
    assert margins == pytest.approx([-three_mm, -three_mm, three_mm, three_mm], abs=0.02)
    assert media[2] > bleed[2] and media[3] > bleed[3], "room outside the bleed for the crop marks"
    subprocess.run(["pdftoppm", "-r", "72", "-f", "1", "-l", "1", "-png", str(pdf), str(tmp_path / "cover")], check=True)
    image = Image.open(next(tmp_path.glob("cover*.png"))).convert("RGB")
    height = image.height
    inside_bleed = (round(bleed[0]) + 2, height - round(bleed[3]) + 2)  # top-left corner, past the trim line
    assert image.getpixel(inside_bleed) != (255, 255, 255), "the cover's colour reaches into the bleed"


def test_a_bleed_out_of_range_is_refused_in_korean(demo_path, tmp_path, capsys):
    assert main(["print", "catalog", str(tmp_path / "x.pdf"), "--db", str(demo_path), "--bleed", "40"]) == 1
    assert "재단 여백" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()
