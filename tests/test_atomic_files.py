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
