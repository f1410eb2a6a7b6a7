"""Benchmark: the web of ties for 300 organisations and 5,000 ties.

Measures the time to a drawn view — ties read from the database, graph and figures (with the
previous year's for the change), layout, the QGraphicsView filled and painted — as a ratio to
the floor: networkx's force-directed layout alone on the same graph, in the same run. The two
are interleaved; median and p90 of each and of the per-round ratio are printed. Target: ≤ 1.5.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_network.py [--rounds 15]
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1])]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import networkx as nx  # noqa: E402
from benchlib import result  # noqa: E402

from seecodesk.core.members import Organisation  # noqa: E402
from seecodesk.core.ties import DEFAULT_WEIGHTS  # noqa: E402
from seecodesk.core.trade import Trade  # noqa: E402
from seecodesk.services.network import NetworkService, Period  # noqa: E402
from seecodesk.storage import organisations as org_store  # noqa: E402
from seecodesk.storage import trade as trade_store  # noqa: E402
from seecodesk.storage.database import open_database  # noqa: E402

ORGS, TIES, YEAR = 300, 5000, 2026


def build(path: Path, rng: random.Random) -> None:
    """300 organisations and 5,000 distinct trading pairs in one year (plus a few the year before)."""
    db = open_database(path)
    with db.atomic():
        ids = [org_store.insert_organisation(db, Organisation(name=f"벤치사회적협동조합{i:03d}")) for i in range(ORGS)]
        pairs: set[tuple[int, int]] = set()
        while len(pairs) < TIES:
            a, b = rng.sample(ids[:-4], 2)  # four islands
            pairs.add((min(a, b), max(a, b)))
        for n, (a, b) in enumerate(sorted(pairs)):
            trade_store.insert_trade(db, Trade(buyer_id=a, seller_id=b, traded_on=f"{YEAR}-{n % 12 + 1:02d}-15",
                                               item="물품", amount=rng.randint(1, 100) * 10_000))
            if n % 10 == 0:
                trade_store.insert_trade(db, Trade(buyer_id=b, seller_id=a, traded_on=f"{YEAR - 1}-06-01",
                                                   item="물품", amount=10_000))
    db.close()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--quick", action="store_true", help="5 rounds")
    args = parser.parse_args()
    if args.quick:
        args.rounds = 5
    from PySide6.QtWidgets import QApplication

    from seecodesk.gui.fonts import install_korean_font
    from seecodesk.gui.trade.network_canvas import NetworkCanvas

    app = QApplication.instance() or QApplication([])
    install_korean_font(app)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.seecodesk"
        build(path, random.Random(12))
        db = open_database(path)
        service = NetworkService(db)
        period = Period.year(YEAR)
        canvas = NetworkCanvas()
        canvas.resize(1100, 700)
        canvas.show()
        app.processEvents()
        reference = service.picture(period, DEFAULT_WEIGHTS, with_layout=False).graph
        print(f"graph: {reference.number_of_nodes()} organisations, {reference.number_of_edges()} ties, "
              f"{nx.number_of_isolates(reference)} islands; {args.rounds} interleaved rounds")

        def floor() -> None:
            nx.spring_layout(reference, weight="weight", seed=7)

        def drawn_view() -> None:
            picture = service.picture(period, DEFAULT_WEIGHTS)
            canvas.show_picture(picture)
            canvas.viewport().grab()  # paint every item, as the screen would

        floors, views, floor_cpu, view_cpu = [], [], [], []
        floor()
        drawn_view()  # warm-up: imports, font caches
        for _ in range(args.rounds):
            for work, into, cpu in ((floor, floors, floor_cpu), (drawn_view, views, view_cpu)):
                start, start_cpu = time.perf_counter(), time.process_time()
                work()
                into.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
        ratios = [v / f for v, f in zip(views, floors, strict=True)]
        cpu_ratios = [v / f for v, f in zip(view_cpu, floor_cpu, strict=True)]
        for label, values, unit in (("networkx layout alone (floor)", floors, 1000), ("drawn view", views, 1000)):
            print(f"{label:<32} median {statistics.median(values) * unit:8.1f} ms   p90 {percentile(values, 0.9) * unit:8.1f} ms")
        print(f"{'ratio drawn view / floor':<32} median {statistics.median(ratios):8.2f}      p90 {percentile(ratios, 0.9):8.2f}"
              "      (target ≤ 1.5)")
        result("network view drawn", "networkx layout alone", statistics.median(ratios), percentile(ratios, 0.9), 1.5)
        # CPU time of this process: what other programs on a busy machine do not inflate
        print(f"{'ratio in CPU time':<32} median {statistics.median(cpu_ratios):8.2f}      p90 {percentile(cpu_ratios, 0.9):8.2f}")
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
