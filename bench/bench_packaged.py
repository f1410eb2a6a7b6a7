"""Start-up of the packaged program (dist/SeeCoDesk) against `python -m seecodesk`, to first paint.

Both are started the same way on the same demo network, offscreen, interleaved, each with a fresh
SeeCoDesk home; "first paint" is the moment the program opens its log file, which it does in its
after-first-paint chores (app._after_first_paint). The figure is the ratio packaged / python, median
and p90 over the runs. Build first: bash packaging/build.sh. Run: .venv/bin/python bench/bench_packaged.py [--runs N]
"""

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchlib import result

ROOT = Path(__file__).resolve().parents[1]
BUILT = ROOT / "dist" / "SeeCoDesk" / ("seecodesk.exe" if sys.platform == "win32" else "seecodesk")


def until_first_paint(command: list[str], home: Path, timeout: float = 60.0) -> float:
    """Seconds from starting `command` until it has painted its first screen; the process is then stopped."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SEECODESK_HOME": str(home),
           "XDG_CONFIG_HOME": str(home / "config"), "HOME": str(home)}
    log = home / "seecodesk.log"
    start = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not log.exists():
            if child.poll() is not None:
                raise RuntimeError(f"{command[0]} ended before painting (exit {child.returncode})")
            if time.perf_counter() - start > timeout:
                raise TimeoutError(command)
            time.sleep(0.002)
        return time.perf_counter() - start
    finally:
        child.terminate()
        child.wait()


def p90(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.9 * len(values)) - 1)]


def folder_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    if not BUILT.exists():
        print("먼저 빌드하세요: bash packaging/build.sh", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as work_dir:
        work = Path(work_dir)
        demo = work / "demo.seecodesk"
        subprocess.run([sys.executable, "-m", "seecodesk", "demo", str(demo)], check=True, capture_output=True,
                       env={**os.environ, "SEECODESK_HOME": str(work / "h")})
        packaged, python = [], []
        for run in range(args.runs + 1):  # run 0 warms the disk cache for both and is not counted
            for command, times in (([str(BUILT), "--db", str(demo)], packaged),
                                   ([sys.executable, "-m", "seecodesk", "--db", str(demo)], python)):
                home = work / f"home-{run}-{len(times)}-{len(command)}-{id(times)}"
                home.mkdir()
                seconds = until_first_paint(command, home)
                if run:
                    times.append(seconds)
    ratios = [p / q for p, q in zip(packaged, python, strict=True)]
    print(f"built folder: {folder_size(BUILT.parent) / 2**20:.0f} MiB ({BUILT.parent})")
    print(f"first paint, packaged: median {statistics.median(packaged):.3f} s, p90 {p90(packaged):.3f} s")
    print(f"first paint, python -m seecodesk: median {statistics.median(python):.3f} s, p90 {p90(python):.3f} s")
    print(f"ratio packaged / python (per interleaved pair, {args.runs} pairs): "
          f"median {statistics.median(ratios):.2f}, p90 {p90(ratios):.2f}")
    result("first paint, packaged", "python -m seecodesk", statistics.median(ratios), p90(ratios), 1.2)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
