"""The packaged program (PyInstaller, dist/SeeCoDesk) works as a secretary would start it.

Skipped where PyInstaller is not installed (CI's test set-up does not install it). With it, the
build is made by `bash packaging/build.sh` when dist/ is missing or older than the sources (about
a minute), then the built executable prints --version, writes the demo, prints the catalog and opens
the window on the demo network under Xvfb, which Ctrl+Q closes cleanly.
"""

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("PyInstaller")

ROOT = Path(__file__).resolve().parents[1]
BUILT = ROOT / "dist" / "SeeCoDesk" / ("seecodesk.exe" if sys.platform == "win32" else "seecodesk")


def _newest_source() -> float:
    files = [*(ROOT / "seecodesk").rglob("*.py"), *(ROOT / "resources").rglob("*"), *(ROOT / "packaging").rglob("*")]
    return max(f.stat().st_mtime for f in files if f.is_file())


@pytest.fixture(scope="module")
def built() -> Path:
    if not BUILT.exists() or BUILT.stat().st_mtime < _newest_source():
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], check=True, capture_output=True, timeout=900)
    return BUILT


def run(built: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "SEECODESK_HOME": str(home), "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
    return subprocess.run([str(built), *args], capture_output=True, text=True, env=env, timeout=120)


def test_the_built_program_runs_its_commands(built, tmp_path):
    from seecodesk import __version__

    version = run(built, "--version", home=tmp_path)
    assert version.returncode == 0 and version.stdout.startswith(f"SeeCoDesk {__version__} (빌드 ")
    demo = run(built, "demo", str(tmp_path / "demo.seecodesk"), home=tmp_path)
    assert demo.returncode == 0 and "데모 네트워크를 만들었습니다" in demo.stdout
    catalog = run(built, "print", "catalog", str(tmp_path / "c.pdf"), "--db", str(tmp_path / "demo.seecodesk"), home=tmp_path)
    assert catalog.returncode == 0, catalog.stderr
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    missing = run(built, "check", "--db", str(tmp_path / "없는파일.seecodesk"), home=tmp_path)
    assert missing.returncode == 1 and missing.stderr.startswith("오류: ") and "Traceback" not in missing.stderr


@pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")), reason="needs Xvfb and xdotool")
def test_the_built_window_opens_the_demo_under_xvfb_and_ctrl_q_closes_it(built, tmp_path):
    display = f":{200 + os.getpid() % 500}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1366x768x24"], stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        home = tmp_path / "home"
        demo = tmp_path / "demo.seecodesk"
        assert run(built, "demo", str(demo), home=home).returncode == 0
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "SEECODESK_HOME": str(home),
               "HOME": str(home), "XDG_CONFIG_HOME": str(home / "config")}
        window = subprocess.Popen([str(built), "--db", str(demo)], env=env, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while not (home / "seecodesk.log").exists():  # opened right after the first paint
            assert window.poll() is None, window.stderr.read()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        xenv = {**os.environ, "DISPLAY": display}
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "SeeCoDesk — 가람시"],
                               capture_output=True, text=True, env=xenv)
        window_id = found.stdout.split()[0]
        subprocess.run(["xdotool", "windowfocus", "--sync", window_id], env=xenv, check=True)
        subprocess.run(["xdotool", "key", "ctrl+q"], env=xenv, check=True)
        assert window.wait(timeout=30) == 0
        assert not demo.with_name(demo.name + ".lock").exists()  # the lock was released: a clean exit
    finally:
        xvfb.terminate()
        xvfb.wait()
