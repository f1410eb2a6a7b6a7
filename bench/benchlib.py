"""What every bench script shares: interleaved timing, median and p90 of ratios, and the RESULT line.

The convention (read by bench/run_all.py): besides its own human-readable lines, a bench script prints
one line per figure, tab-separated, starting with the word RESULT:

    RESULT <tab> measure <tab> floor <tab> median <tab> p90 <tab> target [<tab> unit]

- measure: what is timed, in words ("export 100,000 rows to CSV");
- floor: the equal-work baseline it is divided by ("sqlite3 -csv, same query"), or "—" for an
  absolute figure (a stall in ms, a peak in MB);
- median, p90: the ratio (ours / floor) over interleaved repetitions, or the absolute figure;
- target: the largest acceptable median, a plain number;
- unit: "x" for a ratio (the default when left out), otherwise the unit of an absolute figure ("ms", "MB").
A figure is met when its median is at most its target. `result()` below prints the line; a script
that cannot use this module prints the same line itself.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence

RESULT = "RESULT"


def p90(values: Sequence[float]) -> float:
    """The 90th percentile (nearest rank) of `values`."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.9 * (len(ordered) - 1))))]


def result(measure: str, floor: str, median: float, p90_value: float, target: float, unit: str = "x") -> None:
    """Print the machine-readable line run_all.py collects."""
    print(f"{RESULT}\t{measure}\t{floor}\t{median:.3f}\t{p90_value:.3f}\t{target:g}\t{unit}", flush=True)


def ratio_result(measure: str, floor: str, ours: Sequence[float], base: Sequence[float], target: float) -> float:
    """Print the human line and the RESULT line for paired timings; returns the median ratio."""
    ratios = [o / b for o, b in zip(ours, base, strict=True)]
    median = statistics.median(ratios)
    print(f"{measure}: ratio median {median:.2f}, p90 {p90(ratios):.2f} (target <= {target:g}; ours median "
          f"{statistics.median(ours):.3f} s, floor ({floor}) median {statistics.median(base):.3f} s, {len(ratios)} runs)")
    result(measure, floor, median, p90(ratios), target)
    return median


def time_it(action: Callable[[], object]) -> float:
    """Seconds `action()` takes."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def batch(action: Callable[[], object], times: int) -> Callable[[], None]:
    """`action` done `times` times in a row (to time what takes well under a millisecond once)."""
    def run() -> None:
        for _ in range(times):
            action()
    return run


def interleaved(ours: Callable[[], object], floor: Callable[[], object], runs: int,
                warm_up: bool = True) -> tuple[list[float], list[float]]:
    """Time `ours` and `floor` `runs` times each, alternating which goes first; one untimed warm-up of each."""
    if warm_up:
        ours()
        floor()
    mine: list[float] = []
    base: list[float] = []
    for run in range(runs):
        if run % 2 == 0:
            mine.append(time_it(ours))
            base.append(time_it(floor))
        else:
            base.append(time_it(floor))
            mine.append(time_it(ours))
    return mine, base
