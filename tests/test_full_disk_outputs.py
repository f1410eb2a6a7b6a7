"""Unit tests: what a full disk, a held file or a killed run leaves behind when the program writes a file.

A full disk is simulated at the file boundary (the handle the export writes into refuses with ENOSPC);
the real-filesystem check (a 2 MB tmpfs) runs only as root.
"""

import errno
import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from seecodesk.core.errors import ExportError
from seecodesk.exchange import member_export
from seecodesk.exchange.member_export import export_members
from seecodesk.exchange.table_export import write_table


class _FullFile:
    """A binary file on a disk that fills up after `room` bytes."""

    def __init__(self, path: Path, room: int) -> None:
        self.handle = open(path, "w+b")  # noqa: SIM115 - closed by the caller's `with`
        self.room = room

    def write(self, data: bytes) -> int:
        if self.room < len(data):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return self.handle.write(data)

    def __getattr__(self, name: str):
        if name == "handle":  # not made yet: no recursion
            raise AttributeError(name)
        return getattr(self.handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()


@pytest.fixture
def full_disk(monkeypatch):
    """Every export handle refuses after 2 KB; unraisable exceptions (noise on stderr) are collected."""
    noise = []
    monkeypatch.setattr(member_export, "open", lambda path, mode: _FullFile(Path(path), 2048), raising=False)
    # Only a description is kept: holding on to the object being finalised would bring it back to life.
    monkeypatch.setattr(sys, "unraisablehook", lambda args: noise.append(repr(args.exc_value)))
    return noise


def test_unit_an_xlsx_export_on_a_full_disk_says_so_and_leaves_no_noise_and_no_file(demo_db, tmp_path, full_disk):
    out = tmp_path / "내보내기"
    out.mkdir()
    with pytest.raises(ExportError, match="디스크 공간이 부족합니다"):
        export_members(demo_db, out / "회원사.xlsx")
    gc.collect()
    assert full_disk == []  # nothing for Python to print as "Exception ignored … Traceback" on stderr
    assert list(out.iterdir()) == []


def test_unit_a_table_xlsx_on_a_full_disk_keeps_the_earlier_file_quietly(tmp_path, full_disk):
    target = tmp_path / "연락망.xlsx"
    target.write_bytes(b"earlier")
    rows = [[f"사람{n}", "010-0000-0000", "x" * 200] for n in range(200)]
    with pytest.raises(ExportError, match="이전 파일은 그대로"):
        write_table(target, ["이름", "전화", "메모"], rows, "연락망")
    gc.collect()
    assert full_disk == []
    assert target.read_bytes() == b"earlier"


def test_unit_a_killed_runs_hidden_part_goes_with_the_next_write_once_an_hour_old(tmp_path):
    from seecodesk.core.atomic_files import replaced_atomically

    target = tmp_path / "명단[1].csv"
    old = tmp_path / ".명단[1].csv.abc123.part"
    fresh = tmp_path / ".명단[1].csv.def456.part"  # perhaps another program's write under way
    other = tmp_path / ".다른.csv.abc123.part"
    for part in (old, fresh, other):
        part.write_bytes(b"half")
    os.utime(old, (0, 0))
    os.utime(other, (0, 0))
    with replaced_atomically(target) as temp:
        temp.write_text("새 명단", encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, fresh.name, other.name])


def test_unit_a_killed_archives_scratch_folder_goes_with_the_next_run(tmp_path):
    from seecodesk.services.file_copies import remove_abandoned, scratch_folder

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f"seecodesk-archive-{dead.pid}-x1"
    mine = tmp_path / f"seecodesk-archive-{os.getpid()}-x2"
    unknown = tmp_path / "seecodesk-archive-abcdef"
    for folder in (left, mine, unknown):
        (folder / "표").mkdir(parents=True)
    remove_abandoned("seecodesk-archive-", tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, unknown.name])
    with scratch_folder("seecodesk-test-") as work:
        assert work.is_dir() and work.name.startswith(f"seecodesk-test-{os.getpid()}-")
    assert not work.exists()


def test_unit_a_demo_network_that_runs_out_of_disk_leaves_nothing_that_looks_like_a_network(tmp_path, monkeypatch):
    import seecodesk.demo as demo

    def half_then_full(db):
        (tmp_path / "망_files" / "photos").mkdir(parents=True)
        db.execute("INSERT INTO settings (key, value) VALUES ('half', '1')")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(demo, "populate_demo", half_then_full)
    with pytest.raises(OSError):
        demo.write_demo_database(tmp_path / "망.seecodesk")
    assert list(tmp_path.iterdir()) == []
