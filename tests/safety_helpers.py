"""Helpers for the safety-net tests: damaging a file as a failing disk would, running code in a child process."""

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path


def damage(path: Path, table: str = "organisations") -> None:
    """Overwrite the start of `table`'s root page with garbage, as a bad sector or a stray write would."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 64)


def spawn(code: str) -> subprocess.Popen:
    """Run `code` in a new Python process (stdout piped, one line at a time)."""
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, bufsize=1)


def run_cli(*args: str) -> subprocess.CompletedProcess:
    """`seecodesk ARGS…` in a new process."""
    return subprocess.run([sys.executable, "-m", "seecodesk", *args], capture_output=True, text=True, timeout=60)


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()
