"""Unit tests of core/atomic_files: a file asked for is either whole or the earlier one is left as it was."""

import errno
import os
import stat

import pytest

from seecodesk.core.atomic_files import replaced_atomically
from seecodesk.core.errors import ExportError


def test_a_finished_file_replaces_the_earlier_one_and_leaves_nothing_beside_it(tmp_path):
    target = tmp_path / "회원사.csv"
    target.write_text("이전", encoding="utf-8")
    with replaced_atomically(target) as temp:
        temp.write_text("새 목록", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "새 목록"
    assert [p.name for p in tmp_path.iterdir()] == ["회원사.csv"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_full_disk_midway_keeps_the_earlier_file_and_says_so_in_korean(tmp_path):
    target = tmp_path / "보고서.pdf"
    target.write_bytes(b"earlier")
    with pytest.raises(ExportError, match="이전 파일은 그대로"):
        with replaced_atomically(target) as temp:
            temp.write_bytes(b"half")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert target.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["보고서.pdf"]


def test_a_cancelled_build_writes_nothing(tmp_path):
    target = tmp_path / "카탈로그.pdf"
    with pytest.raises(KeyboardInterrupt):
        with replaced_atomically(target) as temp:
            temp.write_bytes(b"half")
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_take_a_file_is_refused_before_any_work(tmp_path):
    built: list[str] = []
    with pytest.raises(ExportError, match="파일을 저장하지 못했습니다"):
        with replaced_atomically(tmp_path / "없는 폴더" / "자료.zip") as temp:
            built.append(str(temp))
    assert built == []


def test_the_file_is_written_hidden_beside_the_target_and_flushed_before_it_replaces_it(tmp_path, monkeypatch):
    target = tmp_path / "회원사.xlsx"
    target.write_bytes(b"earlier")
    flushed: list[tuple[int, bytes]] = []
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        flushed.append((os.fstat(fd).st_ino, target.read_bytes()))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with replaced_atomically(target) as temp:
        assert temp.parent == target.parent  # same folder, same disk: the rename cannot half-happen
        assert temp.name.startswith(".") and temp.name.endswith(".part")  # hidden, and plainly unfinished
        temp.write_bytes(b"whole")
        written = temp.stat().st_ino
    assert flushed == [(written, b"earlier")]  # the new bytes reached the disk while the earlier file still stood
    assert target.read_bytes() == b"whole"


def test_the_error_names_the_file_that_was_not_saved(tmp_path):
    target = tmp_path / "없는 폴더" / "자료.zip"
    with pytest.raises(ExportError) as refused:
        with replaced_atomically(target):
            pass
    assert str(target) in str(refused.value)
    kept = tmp_path / "보고서.pdf"
    with pytest.raises(ExportError) as failed:
        with replaced_atomically(kept):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert str(kept) in str(failed.value)


def test_a_file_that_was_never_there_is_not_said_to_be_kept(tmp_path):
    with pytest.raises(ExportError) as caught:
        with replaced_atomically(tmp_path / "새 목록.csv") as temp:
            temp.write_bytes(b"half")
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    assert "디스크 공간이 부족합니다" in str(caught.value) and "이전 파일" not in str(caught.value)
