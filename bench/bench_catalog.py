"""Benchmark: a 300-organisation, 1,200-product catalog with one photo per product.

Targets (issue 6): build ≤ 10 s on 2 cores; ratio to a bare ReportLab document with the same text
and images ≤ 1.5; file ≤ 25 MB; peak memory reported. Issue 15: a first build ≤ 2× the same build with
the photos prepared, both the first after saving the products and the first on the network copied to
another computer. Each measured build runs in its own process so its peak memory (max RSS) is its own;
the builds repeat in interleaved rounds, each round in another order, and each ratio is given as median
and p90 over the rounds.

Products are saved as the secretary saves them (ProductService.save_product with a photo file),
which downscales each photo for print at once, into the network's own folder (bench_files/print-copies).
The rows:
- photos prepared ÷ bare ReportLab (same text and images, its photos made beforehand by its own plain
  Pillow code), ≤ 1.5;
- the first build after saving ÷ photos prepared, ≤ 2 (one build: only the first is first);
- the first build on a copied network ÷ photos prepared, ≤ 2: each round copies the database and its
  bench_files folder to a new path and gives the build a fresh SEECODESK_HOME (another computer, an
  empty user cache);
- the build with its print copies deleted (the copied network without bench_files/print-copies, so
  every photo is decoded) ÷ an equal-work floor: plain Pillow making the same copies (draft decoding,
  crop, JPEG) in os.cpu_count() processes, then the photos-prepared build of the same round, ≤ 1.5.
  Deleted copies cannot reach 2× the prepared build on 2 cores — decoding 1,200 phone JPEGs is about
  3 s of CPU even at draft scale — so that row is held to the work it must do instead: the build makes
  its copies beside the layout, so it may cost at most half as much again as doing the two one after the
  other on every core (worker start-up and three processes sharing two cores are the allowance).

    .venv/bin/python bench/bench_catalog.py [--keep DIR] [--rounds N]
"""

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

sys.path[:0] = [str(Path(__file__).resolve().parents[1]), str(Path(__file__).resolve().parent)]
from benchlib import ratio_result, result  # noqa: E402

from seecodesk.reports.catalog_photos import PRINT_COPY_DIR  # noqa: E402

ORGS, PRODUCTS_PER_ORG = 300, 4
CATEGORIES = ("식품·먹거리", "농산물·전통식품", "생활용품·공예", "교육서비스", "체험학습", "문화예술·행사",
              "돌봄·사회서비스", "청소·방역·세탁", "집수리·환경·에너지", "디자인·인쇄·미디어", "공간대여·기타")
KINDS = ("사회적기업", "예비사회적기업", "마을기업", "협동조합", "사회적협동조합", "자활기업")


def photo_pool(size: int = 24) -> list[Image.Image]:
    """Photo-like pictures (smooth gradients and blurred texture), 1600 × 1200 like a phone shot scaled."""
    rng = random.Random(7)
    pool = []
    for _ in range(size):
        noise = Image.effect_noise((400, 300), 80).convert("RGB").resize((1600, 1200))
        tint = Image.new("RGB", (1600, 1200), tuple(rng.randint(60, 230) for _ in range(3)))
        pool.append(Image.blend(noise, tint, 0.55).filter(ImageFilter.GaussianBlur(2)))
    return pool


def make_network(folder: Path) -> Path:
    """The database and its photos; every photo is a distinct file with distinct content."""
    from seecodesk.core.members import Designation, MembershipPeriod, Organisation
    from seecodesk.core.products import Product
    from seecodesk.services.members import MemberService
    from seecodesk.services.products import ProductService
    from seecodesk.storage.database import open_database

    db_path = folder / "bench.seecodesk"
    db = open_database(db_path)
    camera = folder / "camera"  # where the secretary's photos come from
    camera.mkdir(parents=True)
    products = ProductService(db, folder / "bench_files")
    pool, rng = photo_pool(), random.Random(2021)
    members = MemberService(db)
    with db.atomic():
        for i in range(ORGS):
            org = members.save_organisation(Organisation(
                name=f"{'가나다라마바사아자차카타파하'[i % 14]}{i:03d}사회적협동조합", representative="홍길동",
                phone="041-123-4567", address=f"충청남도 가람시 중앙로 {i}", homepage=f"https://org{i}.example.kr" if i % 2 else "",
                news="지역 농산물로 만든 제품을 학교와 공공기관에 납품합니다. 취약계층 주민 12명이 함께 일합니다.",
                designations=[Designation(kind=KINDS[i % 6])], memberships=[MembershipPeriod(joined_on="2020-01-01")]))
            for j in range(PRODUCTS_PER_ORG):
                name = f"p{i:03d}_{j}.jpg"
                picture = pool[(i * 4 + j) % len(pool)].copy()
                ImageDraw.Draw(picture).rectangle((rng.randint(0, 1400), rng.randint(0, 1000), 1599, 1199),
                                                  outline=(255, 255, 255), width=20)
                picture.save(camera / name, "JPEG", quality=85)
                products.save_product(Product(
                    organisation_id=org.id, name=f"제품 {i}-{j} 국산콩 손두부", category=CATEGORIES[(i + j) % 11],
                    price=1000 * (j + 1) * (i % 9 + 1), unit="1개", season="연중",
                    differentiator="가람시 국산콩 100%, 당일 생산 당일 배송, 학교급식 납품 실적", social_value="취약계층 일자리 제공",
                    procurement_eligible=bool(j % 2), certifications="HACCP" if j == 0 else "",
                    sort_order=j + 1), photo_source=camera / name)
    db.close()
    return db_path


def phase(kind: str, db_path: Path, out: Path, cache: Path) -> dict:
    """One measured build, or the floor's copies (runs in a child process)."""
    from seecodesk.core.catalog import CatalogOptions
    from seecodesk.reports.base import register_fonts
    from seecodesk.reports.catalog import build_catalog_pdf
    from seecodesk.services.catalog import load_catalog
    from seecodesk.storage.database import open_database

    register_fonts()
    db = open_database(db_path, create=False)
    files = db_path.parent / "bench_files"
    if kind == "bare":
        from bench_catalog_bare import build_bare, prepare_bare_photos

        prepare_bare_photos(load_catalog(db, CatalogOptions(), data_folder=files), cache)
    if kind == "pillow":
        from bench_catalog_bare import catalog_photos, copies_in_processes

        sources = catalog_photos(load_catalog(db, CatalogOptions(), data_folder=files))
    started = time.perf_counter()
    if kind == "pillow":
        copies_in_processes(sources, cache)
        return {"seconds": time.perf_counter() - started, "peak_mb": peak_memory_mb(), "bytes": 0}
    catalog = load_catalog(db, CatalogOptions(), data_folder=files)
    if kind == "bare":
        build_bare(catalog, out, cache)
    else:
        build_catalog_pdf(catalog, out, cache_dir=None if str(cache) == "-" else cache)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "peak_mb": peak_memory_mb(), "bytes": out.stat().st_size}


def copied_network(folder: Path, target: Path, with_copies: bool) -> Path:
    """The database and its bench_files folder copied to `target` (its print copies left behind unless
    `with_copies`); returns the copy's database path."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    shutil.copy2(folder / "bench.seecodesk", target / "bench.seecodesk")
    ignore = None if with_copies else shutil.ignore_patterns(PRINT_COPY_DIR)
    shutil.copytree(folder / "bench_files", target / "bench_files", ignore=ignore)
    return target / "bench.seecodesk"


def median(values: list[float]) -> float:
    return statistics.median(values)


def peak_memory_mb() -> float:
    """This process's peak resident memory. VmHWM restarts at exec; ru_maxrss would include the parent's."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_phase(kind: str, db_path: Path, out: Path, cache: Path, home: Path | None = None) -> dict:
    """`phase` in a child process (with SEECODESK_HOME at `home` when given: another computer's user folder)."""
    env = {**os.environ, "SEECODESK_HOME": str(home)} if home else None
    result = subprocess.run([sys.executable, __file__, "--phase", kind, str(db_path), str(out), str(cache)],
                            capture_output=True, text=True, check=True, env=env)
    return json.loads(result.stdout.strip().splitlines()[-1])


def pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--phase", nargs=4)
    parser.add_argument("--keep", help="folder to keep the files in (a network already there is reused)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds of the builds")
    args = parser.parse_args()
    if args.phase:
        kind, db_path, out, cache = args.phase
        print(json.dumps(phase(kind, Path(db_path), Path(out), Path(cache))))
        return 0
    folder = Path(args.keep or tempfile.mkdtemp(prefix="bench-catalog-"))
    folder.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    os.environ["SEECODESK_HOME"] = str(folder / "home")  # this computer's user folder
    db_path = folder / "bench.seecodesk"
    if not db_path.exists():
        db_path = make_network(folder)
    print(f"set-up: {ORGS} organisations, {ORGS * PRODUCTS_PER_ORG} products saved with their photos "
          f"(1600×1200 JPEG, prepared for print as each is saved) in {time.perf_counter() - started:.1f} s — {folder}")
    first = run_phase("catalog", db_path, folder / "first.pdf", Path("-"))
    runs = rounds(folder, db_path, args.rounds)
    report(first, runs)
    warm = runs["warm"][-1]
    size_mb = warm["bytes"] / 1_000_000
    print(f"file: {size_mb:.1f} MB, {pages(folder / 'warm.pdf')} pages   target ≤ 25 MB: {'OK' if size_mb <= 25 else 'MISSED'}")
    return 0


KINDS_ORDER = ("copied", "deleted", "warm", "bare", "pillow")


def rounds(folder: Path, db_path: Path, count: int) -> dict[str, list[dict]]:
    """Every kind of build `count` times, interleaved, each round in another order."""
    runs: dict[str, list[dict]] = {kind: [] for kind in KINDS_ORDER}
    for number in range(count):
        copied = copied_network(folder, folder / "elsewhere" / "copied", with_copies=True)
        deleted = copied_network(folder, folder / "elsewhere" / "deleted", with_copies=False)
        shutil.rmtree(folder / "floor-copies", ignore_errors=True)
        for kind in KINDS_ORDER if number % 2 == 0 else tuple(reversed(KINDS_ORDER)):
            home = folder / "elsewhere" / f"home-{kind}-{number}"  # another computer: an empty user folder
            args = {
                "copied": ("catalog", copied, folder / "copied.pdf", Path("-"), home),
                "deleted": ("catalog", deleted, folder / "deleted.pdf", Path("-"), home),
                "warm": ("catalog", db_path, folder / "warm.pdf", Path("-"), None),
                "bare": ("bare", db_path, folder / "bare.pdf", folder / "bare-photos", None),
                "pillow": ("pillow", db_path, folder / "unused.pdf", folder / "floor-copies", None),
            }[kind]
            runs[kind].append(run_phase(*args))
        shutil.rmtree(folder / "elsewhere", ignore_errors=True)
    return runs


def report(first: dict, runs: dict[str, list[dict]]) -> None:
    """The human lines and the RESULT lines."""
    seconds = {kind: [r["seconds"] for r in rows] for kind, rows in runs.items()}
    warm = seconds["warm"]
    peak = {kind: max(r["peak_mb"] for r in rows) for kind, rows in runs.items()}
    print(f"catalog, first build after saving the products: {first['seconds']:.2f} s, peak {first['peak_mb']:.0f} MB")
    print(f"catalog, first build on the copied network: median {median(seconds['copied']):.2f} s, peak {peak['copied']:.0f} MB")
    print(f"catalog, print copies deleted: median {median(seconds['deleted']):.2f} s, peak {peak['deleted']:.0f} MB "
          f"({median(seconds['deleted']) / median(warm):.1f}× the prepared build)")
    print(f"plain Pillow, the same copies in {os.cpu_count()} processes: median {median(seconds['pillow']):.2f} s")
    print(f"catalog, photos prepared (every later build): median {median(warm):.2f} s, peak {peak['warm']:.0f} MB"
          f"   target ≤ 10 s: {'OK' if max(first['seconds'], median(seconds['deleted'])) <= 10 else 'MISSED'}")
    print(f"bare ReportLab, same text and images: median {median(seconds['bare']):.2f} s")
    ratio_result("catalog 300 organisations / 1,200 photos, photos prepared", "bare ReportLab, same text and images",
                 warm, seconds["bare"], 1.5)
    once = first["seconds"] / median(warm)
    result("catalog first build after saving the products", "the same build again (photos prepared)", once, once, 2)
    ratio_result("catalog first build on a copied network (another computer)", "the same build with photos prepared",
                 seconds["copied"], warm, 2)
    floor = [p + w for p, w in zip(seconds["pillow"], warm, strict=True)]
    ratio_result("catalog build with its print copies deleted",
                 f"plain Pillow making the same copies in {os.cpu_count()} processes + the prepared build",
                 seconds["deleted"], floor, 1.5)


if __name__ == "__main__":
    raise SystemExit(main())
